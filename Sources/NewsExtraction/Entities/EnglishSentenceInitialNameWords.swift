/// An ordinary word opening a sentence before a company name ("Circuit City Stores, the retailer, …"):
/// capitals there prove nothing, but the article proves the word a name word when it writes the same
/// two words again inside a sentence ("… of Circuit City's shares").
extension EntityScanner {
    /// Whether the sentence-initial word `j` and the next word `j + 1` stand together again, capitalised,
    /// away from the start of a sentence elsewhere in the article. English only.
    func isNameWordRepeatedInside(_ j: Int) -> Bool {
        guard !german, j + 1 < tokens.count else { return false }
        let word = tokens[j].text
        let next = tokens[j + 1].text
        var t = 0
        let last = tokens.count - 1
        while t < last {
            if t != j, tokens[t].text == word, tokens[t + 1].text == next, !isSentenceInitial(t), sameSentence(t, t + 1) { return true }
            t += 1
        }
        return false
    }
}
