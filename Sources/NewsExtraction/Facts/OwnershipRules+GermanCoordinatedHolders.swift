import NewsModel

/// "An der X sind die Y und die Z beteiligt", "Y, Z sowie W sind an X beteiligt": every coordinated party holds
/// a stake in X, not only the first one the participation rule finds.
extension OwnershipRules {
    /// Articles that may stand before each coordinated party.
    private static let coordinationArticles: WordSet = ["der", "die", "das", "dem", "den"]

    /// The holdings of the parties coordinated with the holder of `direct` ("und", "sowie" or a comma between
    /// them, an article allowed before each). The percent carries over only with "je" ("mit je 50 Prozent").
    func germanCoordinatedHolders(of direct: StakeCandidate, _ clause: Range<Int>) -> [StakeCandidate] {
        guard view.language == .german,
            let first = clause.first(where: { view.items[$0].entity == direct.holder && view.items[$0].isParty })
        else { return [] }
        let each = clause.contains { view.word($0) == "je" }
        var listed: [(entity: EntityID, joiner: String)] = []
        var current = first
        while current + 2 < clause.upperBound, listed.count < 6, case let joiner = view.word(current + 1), [",", "und", "sowie"].contains(joiner) {
            var next = current + 2
            if Self.coordinationArticles.contains(view.word(next)) { next += 1 }
            guard next < clause.upperBound, view.items[next].isParty, let other = view.items[next].entity else { break }
            listed.append((other, joiner))
            current = next
        }
        // A comma alone may open an apposition or a relative clause: the list must close with "und" or "sowie".
        while let last = listed.last, last.joiner == "," { listed.removeLast() }
        var result: [StakeCandidate] = []
        for (other, _) in listed where other != direct.holder && other != direct.company && !result.contains(where: { $0.holder == other }) {
            result.append(StakeCandidate(holder: other, company: direct.company, percent: each ? direct.percent : nil, since: direct.since, sentence: direct.sentence))
        }
        return result
    }
}
