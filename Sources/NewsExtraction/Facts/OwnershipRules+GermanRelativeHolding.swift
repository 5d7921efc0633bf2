import NewsModel

extension OwnershipRules {
    /// Relative pronouns after "an" ("X, an der Y …", "X, an dem Y …").
    private static let relativeAfterAn: WordSet = ["der", "dem", "denen", "welcher", "welchem"]
    /// German verbs of holding in a relative clause.
    private static let holdingVerbs: WordSet = ["hält", "halten", "hielt", "hielten", "besitzt", "besitzen", "besaß"]

    /// "Die X AG, an der die Y 30 Prozent hält, …": Y holds X (the antecedent before "an der"). German
    /// only; the holder is the first party of the relative clause, the verb of holding ends it, and the
    /// percent is the one stated between them.
    func germanRelativeHoldings() -> [StakeCandidate] {
        guard view.language == .german else { return [] }
        var result: [StakeCandidate] = []
        let n = view.items.count
        var index = 2
        while index + 3 < n {
            defer { index += 1 }
            guard view.word(index) == "an", view.word(index - 1) == ",", Self.relativeAfterAn.contains(view.word(index + 1)),
                view.items[index - 2].isOrganisation, let company = view.items[index - 2].entity
            else { continue }
            // The relative clause runs to the next comma.
            var end = index + 2
            while end < n, view.word(end) != "," { end += 1 }
            guard let holder = view.span(index + 2, end).first(where: { view.items[$0].isParty && !view.isPossessive($0) }),
                let holderEntity = view.items[holder].entity, holderEntity != company,
                let verb = view.span(holder + 1, end).first(where: { Self.holdingVerbs.contains(view.word($0)) })
            else { continue }
            let percent = view.quantities(in: view.span(holder + 1, verb)).compactMap(\.percent).first
            result.append(StakeCandidate(holder: holderEntity, company: company, percent: percent, since: nil, sentence: view.sentence.index))
        }
        return result
    }
}
