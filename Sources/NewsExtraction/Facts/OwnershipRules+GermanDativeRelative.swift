import NewsModel

/// "Die Y, der die X gehört", "der Konzern Y, dem die X gehört": a dative relative pronoun makes the
/// antecedent the owner, and the named party in the relative clause the owned company (the reverse of "die X,
/// die der Y gehört").
extension OwnershipRules {
    /// Whether the relative pronoun at `relative` (right after a comma) is a dative: "dem" and "denen" always,
    /// "der" when a nominative article follows it ("der die X gehört").
    func isGermanDativeRelative(_ relative: Int) -> Bool {
        guard view.language == .german, relative > 0, view.word(relative - 1) == "," else { return false }
        switch view.word(relative) {
        case "dem", "denen": return true
        case "der": return ["die", "das"].contains(view.word(relative + 1))
        default: return false
        }
    }

    /// The company the antecedent of a dative relative owns: the first organisation no preposition governs
    /// between the pronoun and the verb.
    func germanDativeRelativeHolding(_ antecedent: (entity: EntityID, relative: Int), _ trigger: Int, _ clause: Range<Int>) -> StakeCandidate? {
        guard isGermanDativeRelative(antecedent.relative),
            let owned = view.span(antecedent.relative + 1, trigger).first(where: {
                view.items[$0].isOrganisation && view.items[$0].entity != antecedent.entity && view.preposition(before: $0) == nil
            }),
            let company = view.items[owned].entity
        else { return nil }
        let stated = view.quantities(in: view.span(antecedent.relative, trigger)).compactMap(\.percent).first
        return StakeCandidate(holder: antecedent.entity, company: company, percent: stated.flatMap { $0 > 0 && $0 <= 100 ? $0 : nil }, since: nil, sentence: view.sentence.index)
    }
}
