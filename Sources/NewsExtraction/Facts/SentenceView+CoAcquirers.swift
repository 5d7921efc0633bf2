import NewsModel

extension SentenceView {
    /// Words that join two buyers ("Y und Z übernehmen gemeinsam X", "Y and Z jointly acquired X").
    private static let buyerJoiners: WordSet = ["und", "sowie", "and"]
    /// Words that may stand between the joiner and the second buyer's name.
    private static let buyerLeadWords: WordSet = [
        "die", "der", "das", "den", "dem", "the", "its", "ihr", "ihre", "sein", "seine", "seiner", "ihrer",
    ]

    /// Words that make two names one buying party ("gemeinsam", "jointly").
    private static let jointWords: WordSet = ["gemeinsam", "zusammen", "gemeinschaftlich", "jointly", "together"]
    /// Auxiliaries and modals that may stand between the second buyer and the deal verb ("Y und Z haben X gekauft").
    private static let buyerAuxiliaries: WordSet = ["haben", "hatten", "wollen", "werden", "wollten", "have", "had", "will", "would", "agreed", "plan", "to"]

    /// The holdings of the further buyers of a deal bought jointly: "Y und Z übernehmen gemeinsam X" is one
    /// deal (one transaction, Y as the acquirer, as the model's ``Deal`` has one buyer), and once it is agreed or
    /// done, Z holds X as much as Y does. Nothing for plans, rumours or deals without a buyer. The two names
    /// must be the verb's subject: the deal verb (past an auxiliary) follows the second name, or a word such
    /// as "gemeinsam" says so ("Y and Z said they …" and "Spear, Leeds and Kellogg told …" are no joint buy).
    func coAcquirerStakes(of deal: DealCandidate, trigger: Int) -> [StakeCandidate] {
        guard deal.kind != .merger, deal.status == .completed || deal.status == .announced, let acquirer = deal.acquirer,
            let first = items.indices.first(where: { items[$0].entity == acquirer && items[$0].isParty })
        else { return [] }
        var result: [StakeCandidate] = []
        var position = first + 1
        while position < items.count, Self.buyerJoiners.contains(items[position].lower) {
            var next = position + 1
            var skipped = 0
            while next < items.count, skipped < 2, Self.buyerLeadWords.contains(items[next].lower) {
                next += 1
                skipped += 1
            }
            guard next < items.count, items[next].isParty, let other = items[next].entity,
                other != deal.target, other != deal.seller, other != acquirer,
                !isPossessive(next), next < trigger
            else { break }
            let verbFollows = next + 1 == trigger
                || (next + 1..<trigger).count <= 3 && (next + 1..<trigger).allSatisfy { Self.buyerAuxiliaries.contains(items[$0].lower) }
            guard verbFollows || items.contains(where: { Self.jointWords.contains($0.lower) }) else { break }
            result.append(StakeCandidate(holder: other, company: deal.target, percent: nil, since: nil, sentence: sentence.index))
            position = next + 1
        }
        return result
    }
}
