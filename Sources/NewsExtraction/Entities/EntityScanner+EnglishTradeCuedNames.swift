import NewsModel

/// English company names introduced by a trade and a company noun ("engineering group Tarrowby",
/// "investment firm Dale Corwen"): names the plain cue rule skips because they are, or open with,
/// a given name.
extension EntityScanner {
    /// Trades written before a company noun ("engineering group", "investment firm", "mining giant").
    static let englishTradeModifiers: WordSet = [
        "advertising", "aerospace", "airline", "banking", "brewing", "chemicals", "construction", "consulting",
        "defence", "defense", "drinks", "drugs", "electronics", "energy", "engineering", "entertainment", "equity",
        "fashion", "financial", "food", "insurance", "investment", "leisure", "media", "mining", "music", "oil",
        "pharmaceutical", "pharmaceuticals", "property", "publishing", "retail", "retailing", "shipping", "software",
        "steel", "support", "technology", "telecoms", "textile", "textiles", "tobacco", "transport", "travel",
        "utility", "utilities",
    ]
    /// Company nouns that take a trade before them and a company's name after them ("group", "firm").
    static let englishTradeHeads: WordSet = ["firm", "group", "company", "giant", "conglomerate", "concern"]
    /// Trade nouns that stand for a company on their own, even before a given name
    /// ("housebuilder Ross Merrow", "bookmaker Alfred Quill"); not "brewer" or "retailer", which
    /// also describe people ("brewer Dale Corwen").
    static let englishCompanyTradeNouns: WordSet = [
        "housebuilder", "homebuilder", "carmaker", "automaker", "insurer", "bookmaker", "supermarket",
    ]

    /// "engineering group Tarrowby", "investment firm Dale Corwen", "housebuilder Ross Merrow":
    /// after a trade word and a company noun (or after a trade noun that only companies are
    /// called by), the capitalised run is a company, even when it opens with a given name.
    mutating func findEnglishTradeCuedNames() {
        guard !german else { return }
        let n = tokens.count
        guard n > 2 else { return }
        for i in 2..<n where tokens[i].isCapitalized && tokens[i].isWord && isFree(i) && !tokens[i - 1].isCapitalized {
            guard tokens[i - 1].isWord, sameSentence(i - 2, i), !isShouting(i) else { continue }
            let head = tokens[i - 1].lower
            let cued =
                Self.englishTradeHeads.contains(head) && tokens[i - 2].isWord
                    && Self.englishTradeModifiers.contains(tokens[i - 2].lower)
                || Self.englishCompanyTradeNouns.contains(head)
            guard cued, let end = tradeCuedNameEnd(from: i) else { continue }
            add(span(i, end, kind: .company, strength: 2))
        }
    }

    /// The end of a name after a trade cue: a given name (with the capitalised words after it),
    /// or whatever ``nameRun(from:allowGivenName:)`` takes.
    private func tradeCuedNameEnd(from i: Int) -> Int? {
        guard isNameShaped(i), !tokens[i].flags.contains(.hyphenated) else { return nil }
        let lower = tokens[i].lower
        if EntityLexicons.isStopword(lower) || isRoleOrCue(lower) || isPlace(tokens[i].text) { return nil }
        guard EntityLexicons.firstNames.contains(tokens[i].text) else { return nameRun(from: i, allowGivenName: true) }
        // "investment firm Grant Samuel": the given name may be an ordinary word ("grant"), and
        // so may the word after it.
        let next = i + 1
        guard next < tokens.count, sameSentence(i, next), isFree(next), isNameShaped(next),
            !tokens[next].flags.contains(.hyphenated)
        else { return next }
        let word = tokens[next].text
        let nextLower = tokens[next].lower
        if EntityLexicons.isStopword(nextLower) || isRoleOrCue(nextLower) || isPlace(word)
            || TextLexicons.months.contains(nextLower) || Self.weekdays.contains(nextLower)
            || EntityLexicons.demonyms.contains(word)
        {
            return next
        }
        if next + 1 < tokens.count, sameSentence(i, next + 1), isFree(next + 1), isNameShaped(next + 1),
            let end = nameRun(from: next + 1, allowGivenName: true)
        {
            return end
        }
        return next + 1
    }
}
