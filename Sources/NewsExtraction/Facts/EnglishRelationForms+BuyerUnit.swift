import NewsModel

/// "agreed to sell the plant to X, a Y unit", "sold it to X, a unit of Y": the buyer named with its parent in an
/// apposition after "to". The ownership rule for units skips clauses with a verb of selling (there the unit is
/// usually the seller's own, "sold its X division"); after "to" the unit is the buyer's, held by the parent named.
extension EnglishRelationForms {
    /// The words that may close the apposition.
    private static let appositionEnds: WordSet = ["", ".", ",", ";", "and", "for", "in", "on"]

    /// Y holds X in "… sell … to X, a(n) Y unit" or "… sell … to X, a unit of Y"; nil otherwise.
    func buyerApposedUnit(_ trigger: Int, _ clause: Range<Int>) -> StakeCandidate? {
        var holder: EntityID?
        var head = trigger - 4
        if ["a", "an"].contains(view.word(trigger - 2)), trigger >= 1, view.items[trigger - 1].isOrganisation, !view.isPossessive(trigger - 1),
            Self.appositionEnds.contains(view.word(trigger + 1))
        {
            holder = view.items[trigger - 1].entity
        } else if ["a", "an"].contains(view.word(trigger - 1)), view.word(trigger + 1) == "of", trigger + 2 < clause.upperBound,
            view.items[trigger + 2].isOrganisation, Self.appositionEnds.contains(view.word(trigger + 3))
        {
            holder = view.items[trigger + 2].entity
            head = trigger - 3
        }
        guard let holder, head - 1 >= clause.lowerBound, view.word(head + 1) == ",", view.word(head - 1) == "to",
            view.items[head].isOrganisation, !view.isPossessive(head), let company = view.items[head].entity, company != holder,
            view.span(clause.lowerBound, head - 1).contains(where: { view.isA(.sell, $0) })
        else { return nil }
        return StakeCandidate(holder: holder, company: company, percent: nil, since: nil, sentence: view.sentence.index)
    }
}
