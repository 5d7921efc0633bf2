import NewsModel

/// German bodies the entity stage missed but the quote rules see as speakers: "kritisierte der
/// Rechnungshof", "berichtet die Ärztezeitung", "Die zentrale Wahlkommission erklärte". A definite
/// article, perhaps adjectives, and one compound word ending in the head noun of a commission, a
/// committee, a court of audit or justice, or a newspaper, with no name after it.
extension QuoteContext {
    /// The token range of the body's name at `index`, if the word there is such a compound.
    func germanInstitutionName(at index: Int) -> Range<Int>? {
        guard language == .german, index > 0, index < tokens.count else { return nil }
        let token = tokens[index]
        guard token.kind == .word, token.isCapitalized, mention(at: index) == nil,
            Self.isGermanInstitutionCompound(token.lower)
        else { return nil }
        // "die Wochenzeitung Quellbote": the name after the noun speaks, not the noun.
        if index + 1 < tokens.count, tokens[index + 1].kind == .word, tokens[index + 1].isCapitalized,
            tokens[index + 1].sentence == token.sentence
        {
            return nil
        }
        // A definite article before it, perhaps with lower-case adjectives between.
        var probe = index - 1
        while probe >= 0, index - probe <= 3, tokens[probe].kind == .word, !tokens[probe].isCapitalized,
            !Self.definiteBodyArticles.contains(tokens[probe].lower)
        {
            probe -= 1
        }
        guard probe >= 0, Self.definiteBodyArticles.contains(tokens[probe].lower) else { return nil }
        return index..<(index + 1)
    }

    /// Whether a lower-case word is a compound naming one body ("rechnungshof", "wahlkommission",
    /// "ärztezeitung", "un-menschenrechts-komitee"): a head with a word before it.
    static func isGermanInstitutionCompound(_ lower: String) -> Bool {
        if singleBodyNouns.contains(lower) { return true }
        // "die Tageszeitung" is a kind of paper, not one.
        if newspaperKinds.contains(lower) { return false }
        return institutionCompoundHeads.contains { head in lower.count >= head.count + 3 && lower.hasSuffix(head) }
    }

    /// Heads of compounds that name a single body ("Wahlkommission", "Ärztezeitung").
    static let institutionCompoundHeads = ["kommission", "komitee", "zeitung", "gerichtshof"]
    /// Kinds of newspaper, which name none ("die Tageszeitung berichtete").
    static let newspaperKinds: Set<String> = [
        "tageszeitung", "wochenzeitung", "sonntagszeitung", "lokalzeitung", "regionalzeitung", "boulevardzeitung",
        "fachzeitung", "wirtschaftszeitung", "parteizeitung", "schülerzeitung", "gratiszeitung", "straßenzeitung",
    ]
    /// Words that name one body on their own.
    static let singleBodyNouns: Set<String> = ["rechnungshof", "verfassungsgerichtshof"]
    /// Definite articles before a body's name, in every case.
    static let definiteBodyArticles: Set<String> = ["der", "die", "das", "des", "dem", "den"]
}
