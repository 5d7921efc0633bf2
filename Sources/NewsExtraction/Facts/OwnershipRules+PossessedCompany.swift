import NewsModel

extension OwnershipRules {
    /// What may follow the company in "Y's X said": a verb of saying, a comma, or the company's own possessive.
    private static let afterPossessedCompany: WordSet = ["said", "says", "announced", "reported", "told", ","]
    /// Nouns after "Y's X" that name a dealing with X, not X itself: "Y's X account", "Y's X rival".
    private static let notOwnedAfter: WordSet = [
        "account", "accounts", "contract", "contracts", "rival", "rivals", "competitor", "competitors", "partner", "partners",
        "dispute", "suit", "lawsuit", "case", "talks", "battle", "fight", "deal", "agreement", "pact", "venture", "alliance", "customer", "customers",
        // "AMC's Renault cars", "Regency's Federal Maritime Commission bond": a brand or a paper, not a company.
        "car", "cars", "model", "models", "brand", "brands", "bond", "bonds", "rating", "ratings",
    ]

    /// "Brixel Corp's Zentor Airways said …", "Y's X's line of products", "Brixel Inc <BRX>'s Zentor Airways
    /// lost money": a company named right after another's possessive is the possessor's. English only.
    func possessedCompany(_ index: Int, _ clause: Range<Int>) -> StakeCandidate? {
        guard view.language == .english, view.items[index].isOrganisation, let next = itemAfterPossessive(index) else { return nil }
        guard next < clause.upperBound,
            view.items[next].isOrganisation, let holder = view.items[index].entity, let company = view.items[next].entity, holder != company,
            // "rejected Y's X bid": no deal word right after.
            !view.isA(.takeovernoun, next + 1), !view.isA(.offernoun, next + 1), !view.isA(.mergernoun, next + 1), !view.isA(.salenoun, next + 1),
            !Self.notOwnedAfter.contains(view.word(next + 1))
        else { return nil }
        // Between two companies: "the Finance Ministry's Customs Administration Department" is a part of a public body.
        guard view.items[index].mention?.kind == .company, view.items[next].mention?.kind == .company else { return nil }
        var stake = StakeCandidate(holder: holder, company: company, percent: nil, since: nil, sentence: view.sentence.index)
        // "Y's X said", "Y's X's line": the company acts or possesses in turn, a sure sign that "Y's X" names it;
        // otherwise the holder must be named again in the article.
        stake.needsRepeatedHolder = !view.isPossessive(next) && !Self.afterPossessedCompany.contains(view.word(next + 1))
        return stake
    }

    /// The first item after a possessor and its possessive mark ("'s" or "' s" as items of their own, or a suffix of
    /// the name), also past a ticker in angle brackets ("Y Inc <YY>'s X"); nil when the name is no possessor.
    private func itemAfterPossessive(_ index: Int) -> Int? {
        if view.word(index + 1) == "<", let close = view.span(index + 1, min(view.items.count, index + 5)).first(where: { view.word($0) == ">" }) {
            switch view.word(close + 1) {
            case "'s", "’s": return close + 2
            case "'", "’": return view.word(close + 2) == "s" ? close + 3 : nil
            default: return nil
            }
        }
        guard view.isPossessive(index) else { return nil }
        var position = index + 1
        while SentenceView.closingMarks.contains(view.word(position)) { position += 1 }
        switch view.word(position) {
        case "'s", "’s": return position + 1
        case "'", "’": return view.word(position + 1) == "s" ? position + 2 : position + 1
        default: return position
        }
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
