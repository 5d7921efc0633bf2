import NewsModel

/// Relative clauses around an attribution: after the speaker ("…, sagte X, die auch Y leitet, …")
/// and after a subject that is no content ("Der Chef, der … hatte, erklärte …").
extension QuoteContext {
    /// The description of "es" in "Weiter hieß es: …": a source that continues the one before.
    static let impersonalSource = "es"

    /// Words that open a relative clause after a name.
    static let relativeSpeakerOpeners: Set<String> = [
        "der", "die", "das", "dem", "den", "deren", "dessen", "welche", "welcher", "who", "which", "whose",
    ]

    /// Whether a relative clause starts at `index`: "who …", "which …", or a German relative
    /// pronoun before a lower-case word that is no adjective ("die auch", not "die neue Chefin").
    func isRelativeClause(at index: Int) -> Bool {
        guard index + 1 < tokens.count, tokens[index].kind == .word,
            Self.relativeSpeakerOpeners.contains(tokens[index].lower)
        else { return false }
        if ["who", "which", "whose"].contains(tokens[index].lower) { return language == .english }
        guard language == .german else { return false }
        let next = tokens[index + 1]
        return next.kind == .word && !next.isCapitalized && !Self.isGermanAdjective(next.lower)
            && !("0"..."9").contains(next.first)
    }

    /// Whether an article and a noun start at `index` ("der Milliardär hinter der Firma").
    func isArticleApposition(at index: Int) -> Bool {
        guard language == .german, index + 1 < tokens.count, ["der", "die", "das"].contains(tokens[index].lower)
        else { return false }
        return tokens[index + 1].kind == .word && tokens[index + 1].isCapitalized
    }

    /// Whether a German stretch before an attribution's comma is a noun phrase followed by its
    /// relative clause ("Der 51-Jährige, der die Elf gerettet hatte"): the subject of the verb
    /// after the comma, not a statement; so is a name with its apposition ("Paul Kern, der Chef
    /// der Firma, kündigte …").
    func isSubjectWithRelativeClause(_ range: Range<Int>) -> Bool {
        guard language == .german, !range.isEmpty else { return false }
        guard
            let comma = range.first(where: {
                tokens[$0].isPunctuation(",") && $0 + 1 < range.upperBound
                    && (isRelativeClause(at: $0 + 1) || isArticleApposition(at: $0 + 1))
            }), comma > range.lowerBound
        else { return false }
        // The relative clause runs to the end: no other comma after it.
        if ((comma + 1)..<range.upperBound).contains(where: { tokens[$0].isPunctuation(",") }) { return false }
        return isNounPhrase(range.lowerBound..<comma) && wordCount(range.lowerBound..<comma) <= 5
    }
}
