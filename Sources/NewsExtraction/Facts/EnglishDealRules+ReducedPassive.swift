import NewsModel

/// A purchase told in a participle phrase after the bought company's name: "X, acquired by Y in 1985, makes
/// valves", "the business of X, bought by the company last year": Y (or the article's company) bought X.
extension EnglishDealRules {
    /// Company nouns that, after "the", stand for the article's company: "acquired by the company".
    private static let articleCompanyNouns: WordSet = ["company", "group", "firm", "concern"]

    /// The deal of "X, acquired by Y" at the participle `trigger`, if the sentence has that shape.
    func reducedPassive(_ trigger: Int, _ clause: Range<Int>, _ context: RoleContext) -> DealCandidate? {
        guard view.word(trigger + 1) == "by", view.word(trigger - 1) == ",", trigger >= 2 else { return nil }
        var name = trigger - 2
        // "<X>, acquired by Y": a Reuters bracket around the name.
        if view.word(name) == ">", let open = view.span(max(0, name - 5), name).last(where: { view.word($0) == "<" }) { name = open + 1 }
        guard view.items[name].isOrganisation, !view.isPossessive(name), let target = view.items[name].entity else { return nil }
        let acquirer: EntityID?
        let after = trigger + 2
        if after < view.items.count, view.items[after].isParty, !view.isPossessive(after) {
            acquirer = view.items[after].entity
        } else if view.word(after) == "the", Self.articleCompanyNouns.contains(view.word(after + 1)), !view.items[after + 1].hasMention {
            acquirer = context.topic
        } else {
            acquirer = nil
        }
        guard let acquirer, acquirer != target else { return nil }
        return make(.acquisition, acquirer: acquirer, seller: nil, target: target, trigger: trigger, clause: clause, past: true)
    }
}
