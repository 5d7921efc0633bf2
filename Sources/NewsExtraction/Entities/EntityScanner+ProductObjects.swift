/// "Harlow Breweries, which makes Rosa Maltby, said …": in English a name right after a verb of
/// making or selling is the thing made or sold (a brand), not a person.
extension EntityScanner {
    /// Whether the English name starting at token `i` is the object of a product verb ("makes",
    /// "brews", "sells", …) right before it.
    func isProductObject(at i: Int) -> Bool {
        guard !german, i > 0, sameSentence(i - 1, i), tokens[i - 1].isWord else { return false }
        return Self.englishProductVerbs.contains(tokens[i - 1].lower)
    }

    /// Verbs whose object is a product or brand.
    static let englishProductVerbs: Set<String> = [
        "makes", "brews", "brewed", "produces", "produced", "manufactures", "manufactured", "sells",
        "markets", "bottles", "distributes",
    ]
}
