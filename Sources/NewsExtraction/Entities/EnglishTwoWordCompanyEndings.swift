/// English names that end in two words where only the first is a company word: "Merrill Lynch
/// Capital Markets", "Quarvel Capital Management". The second word alone is an ordinary word that
/// ends no name ("the Export Markets division"), so it continues a name only after its company word.
extension EntityScanner {
    /// The ordinary words that continue a name right after a given company word (lower case).
    static let secondCompanyWords: [String: Set<String>] = [
        "capital": ["markets", "management", "funding"]
    ]

    /// Whether the capitalised word at `i` continues the company name whose last word is `i - 1`:
    /// a company word itself, or (English) an ordinary word that pairs with the company word before it.
    func continuesCompanyWords(_ i: Int) -> Bool {
        guard tokens[i].isCapitalized else { return false }
        if EntityLexicons.companyWords.contains(tokens[i].lower) { return true }
        guard !german, i > 0, !tokens[i].isAllCaps, let seconds = Self.secondCompanyWords[tokens[i - 1].lower] else { return false }
        return seconds.contains(tokens[i].lower)
    }
}
