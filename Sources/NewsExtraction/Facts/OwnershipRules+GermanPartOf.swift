import NewsModel

/// German membership in a group stated with "Teil": "X ist seit 2000 ein Teil der Y", "X wurde Teil
/// des Y-Konzerns", "X bleibt Teil der Y": Y holds X (percent unknown). "zum Teil" (partly) and a
/// negated clause state nothing.
extension OwnershipRules {
    /// Verbs that link the member to "Teil".
    static let partOfCopulas: Set<String> = ["ist", "sind", "war", "waren", "wird", "wurde", "wurden", "bleibt", "blieb", "bleiben"]

    /// Words that may stand between the copula and "Teil" besides dates and numbers.
    static let partOfFillers: Set<String> = [
        "ein", "seit", "nun", "jetzt", "bereits", "schon", "mittlerweile", "inzwischen", "damit", "künftig", "fortan",
        "weiterhin", "wieder", "dann", "fester", "wichtiger", "integraler", "eigenständiger", "dem", "jahr", "jahren", "der", "die",
        "das", "auch",
    ]

    /// "X ist (seit 2000) (ein) Teil der Y": the subject of the copula is held by the organisation right
    /// after "Teil der/des".
    func germanPartOf(_ trigger: Int, _ clause: Range<Int>, _ context: RoleContext) -> StakeCandidate? {
        guard view.language == .german, ["der", "des"].contains(view.word(trigger + 1)), view.word(trigger - 1) != "zum",
            let holder = view.party(after: trigger, in: clause, governedBy: [nil], organisationOnly: true), holder.index <= trigger + 3,
            view.span(trigger + 1, holder.index).allSatisfy({ !view.items[$0].hasMention })
        else { return nil }
        // Back to the copula over fillers, numbers and at most one name: "Seit 2000 ist X ein Teil der Y".
        var copula = trigger - 1
        var inverted: EntityID?
        while copula > clause.lowerBound, trigger - copula <= 7, !Self.partOfCopulas.contains(view.word(copula)) {
            if view.items[copula].hasMention {
                guard inverted == nil, view.items[copula].isOrganisation, let entity = view.items[copula].entity else { return nil }
                inverted = entity
            } else {
                let token = view.tokens[view.items[copula].tokens.lowerBound]
                guard Self.partOfFillers.contains(view.word(copula)) || token.startsWithDigit else { return nil }
            }
            copula -= 1
        }
        guard Self.partOfCopulas.contains(view.word(copula)), !view.isNegated(trigger, in: clause) else { return nil }
        let company: EntityID
        if let inverted {
            company = inverted
        } else {
            guard let subject = view.subject(of: copula, in: clause, context: context),
                view.items.indices.contains(where: { $0 < copula && view.items[$0].entity == subject }) || view.isPronoun(copula - 1)
            else { return nil }
            company = subject
        }
        guard company != holder.entity else { return nil }
        return StakeCandidate(holder: holder.entity, company: company, percent: nil, since: nil, sentence: view.sentence.index)
    }
}
