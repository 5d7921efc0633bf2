import NewsModel

extension SentenceView {
    /// Words that join two buyers ("Y und Z übernehmen gemeinsam X", "Y and Z jointly acquired X").
    private static let buyerJoiners: Set<String> = ["und", "sowie", "and"]
    /// Words that may stand between the joiner and the second buyer's name.
    private static let buyerLeadWords: Set<String> = [
        "die", "der", "das", "den", "dem", "the", "its", "ihr", "ihre", "sein", "seine", "seiner", "ihrer",
    ]

    /// The holdings of the further buyers of a deal bought jointly: "Y und Z übernehmen gemeinsam X" is one
    /// deal (one transaction, Y as the acquirer, as the model's ``Deal`` has one buyer), and once it is agreed or
    /// done, Z holds X as much as Y does. Nothing for plans, rumours or deals without a buyer.
    func coAcquirerStakes(of deal: DealCandidate) -> [StakeCandidate] {
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
                !isPossessive(next)
            else { break }
            result.append(StakeCandidate(holder: other, company: deal.target, percent: nil, since: nil, sentence: sentence.index))
            position = next + 1
        }
        return result
    }
}
