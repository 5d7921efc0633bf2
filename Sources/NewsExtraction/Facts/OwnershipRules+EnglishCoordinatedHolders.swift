import NewsModel

/// "A and B, who own a 29 pct stake in X": the relative clause's holding belongs to both coordinated names, not
/// only to B, the antecedent the holding rule reads.
extension OwnershipRules {
    /// Relative pronouns after the coordinated names.
    private static let coordinationRelatives: WordSet = ["who", "which"]
    /// Adverbs allowed between the relative pronoun and the holding verb ("who each have", "which jointly own").
    private static let relativeAdverbs: WordSet = ["each", "jointly", "together", "also", "already", "now", "currently", "still"]
    /// Words that make the first name a complement or part of a longer list, not a holder: "the sale of A and B",
    /// "talks with A and B", "C, A and B".
    private static let governingWords: WordSet = [
        "of", "with", "for", "to", "from", "by", "in", "at", "on", "into", "between", "among", "against", "and", "or", ",",
    ]

    /// The holding of the name coordinated before the holder of `direct` when the holder is the antecedent of a
    /// relative clause that holds the stake: "A and B, who own …". Both names must be of the same kind (people,
    /// or companies and organisations), and no preposition may govern the first. The percent carries over.
    func englishCoordinatedHolders(of direct: StakeCandidate, trigger: Int, _ clause: Range<Int>) -> [StakeCandidate] {
        guard view.language == .english else { return [] }
        var relative = trigger - 1
        while relative > clause.lowerBound, Self.relativeAdverbs.contains(view.word(relative)) { relative -= 1 }
        let second = relative - 2
        let first = second - 2
        guard first >= clause.lowerBound, Self.coordinationRelatives.contains(view.word(relative)), view.word(relative - 1) == ",",
            view.items[second].isParty, view.items[second].entity == direct.holder, view.word(second - 1) == "and",
            view.items[first].isParty, let holder = view.items[first].entity, holder != direct.holder, holder != direct.company,
            let firstKind = view.items[first].mention?.kind, let secondKind = view.items[second].mention?.kind,
            (firstKind == .person) == (secondKind == .person)
        else { return [] }
        if first > 0, Self.governingWords.contains(view.word(first - 1)) { return [] }
        return [StakeCandidate(holder: holder, company: direct.company, percent: direct.percent, since: direct.since, sentence: direct.sentence)]
    }
}
