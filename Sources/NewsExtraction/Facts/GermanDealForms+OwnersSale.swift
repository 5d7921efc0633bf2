import NewsModel

extension GermanDealRules {
    /// Nouns of a company's owners as a group ("Die Eigentümer der X"), lower case.
    private static let ownerGroupNouns: Set<String> = [
        "eigentümer", "besitzer", "aktionäre", "gesellschafter", "anteilseigner", "altaktionäre", "alteigentümer", "eigner",
    ]

    /// "Die (bisherigen) Eigentümer der X haben ihre Anteile …": the company whose owners open the clause as its
    /// subject before the verb at `trigger`, with "ihre Anteile" (or "alle Anteile", "sämtliche Anteile") in the clause;
    /// nil otherwise.
    func ownersOfSubject(_ clause: Range<Int>, _ trigger: Int) -> EntityID? {
        var position = clause.lowerBound
        guard view.word(position) == "die" else { return nil }
        position += 1
        if !view.items[position].hasMention, view.word(position).hasSuffix("en"), !Self.ownerGroupNouns.contains(view.word(position)) { position += 1 }
        guard Self.ownerGroupNouns.contains(view.word(position)), ["der", "des"].contains(view.word(position + 1)), position + 2 < trigger,
            view.items[position + 2].isOrganisation, !view.isPossessive(position + 2), let owned = view.items[position + 2].entity
        else { return nil }
        let shares = view.span(position + 3, clause.upperBound).contains { index in
            ["anteile", "aktien", "beteiligungen"].contains(view.word(index)) && ["ihre", "alle", "sämtliche"].contains(view.word(index - 1))
        }
        return shares ? owned : nil
    }
}
