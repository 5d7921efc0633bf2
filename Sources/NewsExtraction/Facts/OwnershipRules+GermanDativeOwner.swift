import NewsModel

/// "Die X gehört der Y", "X gehört der Y und der Z", "X gehört je zur Hälfte der Y und dem Z": a
/// company named before "gehört" is owned by the organisations in the dative after it (an article
/// "der" or "dem" right before each). Membership ("gehört dem Verband an") and past ownership
/// ("gehörte") are left out.
extension OwnershipRules {
    /// The holdings "gehört" states with dative owners, the coordinated owners included.
    func germanDativeOwners(_ trigger: Int, _ clause: Range<Int>) -> [StakeCandidate] {
        let verb = view.word(trigger)
        guard view.language == .german, verb == "gehört" || verb == "gehören",
            !clause.contains(where: { $0 > trigger && view.word($0) == "an" }),
            let companyIndex = view.span(clause.lowerBound, trigger).first(where: {
                view.items[$0].isOrganisation && view.preposition(before: $0) == nil
            }),
            let company = view.items[companyIndex].entity,
            let holderIndex = view.span(trigger + 1, min(clause.upperBound, trigger + 6)).first(where: {
                view.items[$0].isOrganisation && view.items[$0].entity != company
            }),
            ["der", "dem"].contains(view.word(holderIndex - 1)), view.preposition(before: holderIndex) == nil,
            let holder = view.items[holderIndex].entity
        else { return [] }
        let after = view.span(trigger + 1, holderIndex)
        // "gehört je zur Hälfte der Y und der Z": half each.
        let half = after.contains { view.word($0) == "hälfte" } ? 50.0 : nil
        let stated = view.quantities(in: after).compactMap(\.percent).first ?? half
        let since = view.dates(in: clause).first { $0.isSince }?.date
        let direct = StakeCandidate(
            holder: holder, company: company, percent: stated.flatMap { $0 > 0 && $0 <= 100 ? $0 : nil }, since: since,
            sentence: view.sentence.index)
        return [direct] + germanCoordinatedHolders(of: direct, clause)
    }
}
