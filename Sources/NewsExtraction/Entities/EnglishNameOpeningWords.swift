/// Ordinary English words that often open a company's name ("First Interstate Bancorp", "General Motors", "Great
/// Western Financial"): at the start of a sentence, where capitals prove nothing, such a word right before a name
/// word still belongs to the name ending in a legal form.
extension EntityScanner {
    /// Adjectives and nouns that open company names, as written.
    static let englishNameOpeningWords: Set<String> = [
        "First", "General", "United", "National", "American", "Great", "Western", "Eastern", "Northern", "Southern",
        "Pacific", "Atlantic", "Standard", "Royal", "Golden", "Central", "Federal", "Continental", "Consolidated",
        "International", "Allied", "Mutual", "Imperial", "Universal", "Commercial", "Southwest", "Northwest",
        "Southeast", "Northeast", "Midwest", "Southwestern", "Northwestern", "Intercontinental", "Transworld",
    ]

    /// Whether sentence-initial word `j` is one of ``englishNameOpeningWords`` and the word after it a name word that
    /// is no ordinary word ("First Norvale Bancorp said"). English only.
    func isEnglishNameOpening(_ j: Int) -> Bool {
        guard !german, j + 1 < tokens.count, Self.englishNameOpeningWords.contains(tokens[j].text), sameSentence(j, j + 1),
            isNameShaped(j + 1), !tokens[j + 1].isAllCaps
        else { return false }
        return !EntityLexicons.commonEnglish.contains(tokens[j + 1].lower) || isLegalForm(j + 2) || EntityLexicons.companyWords.contains(tokens[j + 2].lower)
    }
}
