import NewsModel

/// A purchase told in a participle phrase with an adverb of time after the bought company's name: "X, recently
/// acquired by Y, said …", "X, newly bought by a unit of Y, …": Y bought X (a buying unit named only as "a unit
/// of Y" is named by its parent).
extension EnglishDealRules {
    /// Adverbs that may stand between the comma and the participle.
    private static let recentAdverbs: WordSet = ["recently", "newly", "just"]

    /// The deal of "X, recently acquired by Y" at the participle `trigger`, if the sentence has that shape.
    func recentPassive(_ trigger: Int, _ clause: Range<Int>) -> DealCandidate? {
        guard trigger >= 3, view.word(trigger + 1) == "by", Self.recentAdverbs.contains(view.word(trigger - 1)), view.word(trigger - 2) == ",",
            view.items[trigger - 3].isOrganisation, !view.isPossessive(trigger - 3), let target = view.items[trigger - 3].entity
        else { return nil }
        var after = trigger + 2
        // "by a unit of Y", "by a subsidiary of Y": the parent.
        if ["a", "an"].contains(view.word(after)), view.isA(.unitnoun, after + 1), view.word(after + 2) == "of" { after += 3 }
        guard after < clause.upperBound, view.items[after].isParty, !view.isPossessive(after), let acquirer = view.items[after].entity, acquirer != target else { return nil }
        return make(.acquisition, acquirer: acquirer, seller: nil, target: target, trigger: trigger, clause: clause, past: true)
    }
}
