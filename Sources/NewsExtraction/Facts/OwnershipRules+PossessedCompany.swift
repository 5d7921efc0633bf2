import NewsModel

extension OwnershipRules {
    /// What may follow the company in "Y's X said": a verb of saying, a comma, or the company's own possessive.
    private static let afterPossessedCompany: WordSet = ["said", "says", "announced", "reported", "told", ","]

    /// "Brixel Corp's Zentor Airways said …", "Y's X's line of products": a company named right after another's
    /// possessive, and then speaking or possessing, is the possessor's. English only.
    func possessedCompany(_ index: Int, _ clause: Range<Int>) -> StakeCandidate? {
        let next = index + 1
        guard view.language == .english, view.items[index].isOrganisation, view.isPossessive(index), next < clause.upperBound,
            view.items[next].isOrganisation, let holder = view.items[index].entity, let company = view.items[next].entity, holder != company,
            view.isPossessive(next) || Self.afterPossessedCompany.contains(view.word(next + 1)),
            // "rejected Y's X bid": no deal word right after.
            !view.isA(.takeovernoun, next + 1), !view.isA(.offernoun, next + 1)
        else { return nil }
        return StakeCandidate(holder: holder, company: company, percent: nil, since: nil, sentence: view.sentence.index)
    }

    /// "a director of Y subsidiary X", "Y unit X said": a unit noun between two names with no possessive before the
    /// first (that is "its Y unit").
    func unitBetweenNames(_ trigger: Int, _ clause: Range<Int>) -> StakeCandidate? {
        let owner = trigger - 1
        // "Y unit, X, said": the unit's name between commas.
        let apposed = view.word(trigger + 1) == "," && view.word(trigger + 3) == ","
        let next = apposed ? trigger + 2 : trigger + 1
        guard view.language == .english, owner >= clause.lowerBound, next < (apposed ? view.items.count : clause.upperBound), view.items[owner].isOrganisation, !view.isPossessive(owner),
            view.items[next].isOrganisation, !["its", "their", "a", "an", "the"].contains(view.word(owner - 1)),
            owner == clause.lowerBound || !view.items[owner - 1].hasMention,
            let holder = view.items[owner].entity, let company = view.items[next].entity, holder != company
        else { return nil }
        return StakeCandidate(holder: holder, company: company, percent: nil, since: nil, sentence: view.sentence.index)
    }
}
