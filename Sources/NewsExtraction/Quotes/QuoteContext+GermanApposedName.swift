import NewsModel

/// "…, sagte der Wirtschaftsdelegierte in London, Jorin Maltby.": a role, a short place or body
/// after it, and the speaker's name apposed after a comma at the end of the clause. The
/// preposition does not end the speaker phrase here, so the name after the comma speaks.
extension QuoteContext {
    /// Whether the preposition at `index` opens a short phrase (at most four words) followed by a
    /// comma and a name of two or three capitalised words that ends the clause.
    func isGermanPlaceBeforeApposedName(at index: Int, limit: Int) -> Bool {
        guard language == .german else { return false }
        var comma: Int?
        var probe = index + 1
        while probe < limit && probe - index <= 5 {
            let token = tokens[probe]
            if token.isPunctuation(",") {
                comma = probe
                break
            }
            guard token.kind == .word, token.isCapitalized || Self.determiners.contains(token.lower) else { return false }
            probe += 1
        }
        guard let comma, comma > index + 1 else { return false }
        var words = 0
        var end = comma + 1
        while end < limit, !tokens[end].endsSentence {
            let token = tokens[end]
            guard token.kind == .word, token.isCapitalized, !Self.determiners.contains(token.lower) else { return false }
            words += 1
            end += 1
        }
        return words >= 2 && words <= 3
    }
}
