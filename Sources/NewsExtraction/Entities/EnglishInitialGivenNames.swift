import NewsModel

/// English names that open with an initial before a known given name: "A. Wendell Quarrie",
/// "F. Lee Darrowin". The initial belongs to the name.
extension EntityScanner {
    /// The index of the initial ("A" of "A. Wendell Quarrie") right before the given name at `i`:
    /// one capital letter and a dot, free, in the same sentence. Nil when there is none, or when
    /// the dot ends a chain of initials ("U.S. Wendell …": an abbreviation, not a given name's initial).
    func englishInitialBefore(givenName i: Int) -> Int? {
        guard !german, i >= 2, tokens[i - 1].text == ".", sameSentence(i - 2, i), isFree(i - 2), isFree(i - 1),
            tokens[i - 2].isCapitalized, tokens[i - 2].text.unicodeScalars.count == 1
        else { return nil }
        if i >= 3, sameSentence(i - 3, i), tokens[i - 3].text == "." { return nil }
        return i - 2
    }
}
