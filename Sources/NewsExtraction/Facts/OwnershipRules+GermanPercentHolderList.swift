import NewsModel

/// "Aktionäre der X sind die Y mit 30 Prozent und die Z mit 20 Prozent": after a holder stated with its own
/// percent ("mit N Prozent"), further parties each with their own percent hold the same company.
extension OwnershipRules {
    /// Articles that may stand before each listed holder.
    private static let listArticles: WordSet = ["der", "die", "das", "dem", "den"]

    /// The holdings listed after `first` as "(, | und | sowie) [article] party mit N Prozent", each with its own
    /// percent; the list ends at the first pair of another shape.
    func germanPercentHolderList(after first: StakeCandidate, _ clause: Range<Int>) -> [StakeCandidate] {
        guard view.language == .german, first.percent != nil,
            var current = clause.first(where: { view.items[$0].entity == first.holder && view.items[$0].isParty })
        else { return [] }
        var result: [StakeCandidate] = []
        while result.count < 8, let (_, afterPercent) = ownPercent(of: current, clause) {
            guard afterPercent + 1 < clause.upperBound, [",", "und", "sowie"].contains(view.word(afterPercent)) else { break }
            var next = afterPercent + 1
            if Self.listArticles.contains(view.word(next)) { next += 1 }
            guard next < clause.upperBound, view.items[next].isParty, let holder = view.items[next].entity,
                holder != first.company, holder != first.holder, !result.contains(where: { $0.holder == holder }),
                let (percent, _) = ownPercent(of: next, clause)
            else { break }
            result.append(StakeCandidate(holder: holder, company: first.company, percent: percent, since: first.since, sentence: first.sentence))
            current = next
        }
        return result
    }

    /// The percent of "party mit (rund) N Prozent" and the item right after it (the clause's end at most).
    private func ownPercent(of party: Int, _ clause: Range<Int>) -> (percent: Double, next: Int)? {
        guard view.word(party + 1) == "mit",
            let entry = view.quantities.first(where: { $0.item > party + 1 && $0.item <= party + 3 && clause.contains($0.item) }),
            let percent = entry.quantity.percent
        else { return nil }
        var next = entry.item + 1
        while next < clause.upperBound, view.items[next].tokens.lowerBound < entry.quantity.tokens.upperBound { next += 1 }
        return (percent, next)
    }
}
