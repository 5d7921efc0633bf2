import NewsModel

/// "Die X besitzt eine hundertprozentige Tochter namens Y", "X hat eine Tochter namens Y": a verb of having
/// before an indefinite unit noun with the unit's name after it; the verb's subject holds the unit.
extension OwnershipRules {
    /// Verbs of having or founding a unit.
    private static let unitHavingVerbs: WordSet = [
        "besitzt", "besitzen", "besaß", "hat", "haben", "hatte", "hatten", "gründete", "gründeten", "gegründet", "unterhält", "betreibt",
    ]
    /// Indefinite articles before the unit noun.
    private static let indefiniteArticles: WordSet = ["eine", "einer", "ein", "einen"]

    /// The holding of an indefinite unit named after the unit noun at `trigger`, or nil.
    func germanIndefiniteUnit(_ trigger: Int, _ clause: Range<Int>, _ context: RoleContext) -> StakeCandidate? {
        // "hat eine Tochter namens Y verkauft": held no longer.
        guard view.language == .german, !clause.contains(where: { view.isA(.sell, $0) || view.isA(.particlesell, $0) }) else { return nil }
        // "eine (hundertprozentige) Tochter": the article at most two words before the noun.
        guard let article = [trigger - 1, trigger - 2].first(where: { $0 >= clause.lowerBound && Self.indefiniteArticles.contains(view.word($0)) }),
            article == trigger - 1 || !view.items[trigger - 1].hasMention,
            let verb = [article - 1, article - 2].first(where: { $0 >= clause.lowerBound && Self.unitHavingVerbs.contains(view.word($0)) })
        else { return nil }
        var next = trigger + 1
        if view.word(next) == "namens" || view.word(next) == "," { next += 1 }
        guard next < clause.upperBound, view.items[next].isOrganisation, let company = view.items[next].entity,
            let holder = view.subject(of: verb, in: clause, context: context), holder != company,
            view.items.indices.contains(where: { $0 < verb && view.items[$0].entity == holder })
        else { return nil }
        let whole = view.span(article + 1, trigger).contains { Self.whollyOwnedWords.contains(view.word($0)) }
        return StakeCandidate(holder: holder, company: company, percent: whole ? 100 : nil, since: nil, sentence: view.sentence.index)
    }
}
