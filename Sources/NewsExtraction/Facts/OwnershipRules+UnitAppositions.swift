import NewsModel

/// Unit nouns in appositions with "the" or a possessive: "X, the Y unit, …" and "X, Y's brokerage arm, …" (Y holds
/// X, named before the apposition); "the Y subsidiary, X" (Y holds X, named after the comma). The "a Y subsidiary"
/// and "Y's unit, X" forms are read by the main unit rule.
extension OwnershipRules {
    /// Words after the company that make it the speaker of a trailing "…, X said", not the unit.
    private static let reportingWords: WordSet = ["said", "says", "told", "reported", "announced", "added"]

    /// The holding a "the"/possessive unit apposition states, English only.
    func unitApposition(_ trigger: Int, _ clause: Range<Int>, _ context: RoleContext) -> StakeCandidate? {
        guard view.language == .english, trigger >= 2, !view.span(clause.lowerBound, trigger).contains(where: { view.isA(.sell, $0) || view.isA(.salenoun, $0) }) else {
            return nil
        }
        // The holder: "the Y unit" or "Y's (describing word) unit".
        var owner = trigger - 1
        if !view.items[owner].hasMention, owner > clause.lowerBound, isLowerCaseWord(owner), view.isPossessive(owner - 1) { owner -= 1 }
        guard view.items[owner].isOrganisation, let holder = view.items[owner].entity else { return nil }
        let possessive = view.isPossessive(owner)
        guard possessive || view.word(owner - 1) == "the" else { return nil }
        let opening = possessive ? owner - 1 : owner - 2
        // "X, the Y unit, …": the name before the apposition, the apposition closed by a phrase end.
        if opening >= 1, view.word(opening) == ",", Self.phraseEnds.contains(view.word(trigger + 1)),
            view.items[opening - 1].isOrganisation, !view.isPossessive(opening - 1), let company = view.items[opening - 1].entity, company != holder
        {
            return StakeCandidate(holder: holder, company: company, percent: nil, since: nil, sentence: view.sentence.index)
        }
        // "the Y subsidiary, X, …" (not "…, X said").
        if !possessive, view.word(trigger + 1) == ",", trigger + 2 < clause.upperBound, view.items[trigger + 2].isOrganisation,
            let company = view.items[trigger + 2].entity, company != holder, !Self.reportingWords.contains(view.word(trigger + 3))
        {
            return StakeCandidate(holder: holder, company: company, percent: nil, since: nil, sentence: view.sentence.index)
        }
        return nil
    }

    /// Whether the item is one lower-case word of letters and no mention ("brokerage", "insurance").
    private func isLowerCaseWord(_ index: Int) -> Bool {
        let item = view.items[index]
        guard !item.hasMention, !item.isTrigger else { return false }
        return view.tokens[item.tokens.lowerBound].text.unicodeScalars.allSatisfy { ("a"..."z").contains($0) }
    }
}
