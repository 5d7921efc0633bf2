import NewsModel

/// "X said its parent Y …" and "… profits at parent Y", "… sold by owner Y": a parent or owner named right after a
/// pronoun or a preposition holds the company the sentence is about (the pronoun's party, or the first company of
/// the sentence). English only.
extension OwnershipRules {
    /// Prepositions after which "parent Y" or "owner Y" stands for the holder of the sentence's company.
    private static let parentPrepositions: WordSet = ["at", "to", "from", "for", "by", "with", "of"]

    /// The holding a bare "parent Y" or "owner Y" states.
    func bareParent(_ trigger: Int, _ clause: Range<Int>, _ context: RoleContext) -> StakeCandidate? {
        guard view.language == .english, trigger >= 1, view.word(trigger) != "owners" else { return nil }
        var next = trigger + 1
        if view.word(next) == "company" { next += 1 }
        guard next < clause.upperBound, view.items[next].isOrganisation, !view.isPossessive(next), let holder = view.items[next].entity else { return nil }
        let before = trigger - 1
        let company: EntityID?
        if ["its", "their"].contains(view.word(before)), !view.items[before].hasMention {
            // The pronoun's party, named earlier in the sentence ("T-Online … competing with its parent Y" with
            // T-Online unrecognised gives no holding to the article's company).
            company = (view.coordinatedOwner(ofPronoun: before) ?? view.subject(of: before, in: clause, context: context))
                .flatMap { party in view.span(0, before).contains(where: { view.items[$0].entity == party }) ? party : nil }
        } else if Self.parentPrepositions.contains(view.word(before)) {
            // The first company of the sentence that is not the parent: the one the sentence is about.
            company = view.span(0, before).first(where: { view.items[$0].isOrganisation && view.items[$0].entity != holder && !view.isPossessive($0) })
                .flatMap { view.items[$0].entity }
        } else {
            company = nil
        }
        guard let company, company != holder else { return nil }
        return StakeCandidate(holder: holder, company: company, percent: nil, since: nil, sentence: view.sentence.index)
    }
}
