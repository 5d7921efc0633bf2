import NewsModel

/// English names that stand before a role and another name: "said Harlow Research analyst Dana
/// Ferrick" names Dana Ferrick's employer, however much "Harlow Research" looks like a person.
extension EntityScanner {
    /// Whether the name-shaped words `start..<end` are followed by a lower-case role word, alone
    /// or after one lower-case word ("analyst", "chief economist"), and a capitalised word in the same sentence: they name the
    /// employer of the person after the role, not a person.
    func isEmployerBeforeRole(_ start: Int, _ end: Int) -> Bool {
        let n = tokens.count
        guard !german, end + 1 < n, sameSentence(start, end + 1), tokens[end].isWord, !tokens[end].isCapitalized
        else { return false }
        var after = end + 1
        // "chief economist", "senior analyst": a role after one lower-case word.
        if !EntityLexicons.roles.matches(tokens[end].lower) {
            guard end + 2 < n, sameSentence(start, end + 2), tokens[end + 1].isWord, !tokens[end + 1].isCapitalized,
                EntityLexicons.roles.matches(tokens[end + 1].lower)
            else { return false }
            after = end + 2
        }
        return tokens[after].isWord && tokens[after].isCapitalized && !tokens[after].isAllCaps
    }
}
