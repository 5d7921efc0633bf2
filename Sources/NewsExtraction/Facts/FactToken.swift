import NewsModel

/// A word, number or punctuation mark of one sentence, as the fact rules see it.
///
/// Words keep inner hyphens, apostrophes and number separators together ("US-Marktplatz", "Acme's",
/// "37,6", "11-5/8"); every other punctuation mark is a token of its own.
struct FactToken: Sendable, Hashable {
    /// The text as written.
    var text: String
    /// The text in lower case (ASCII and Latin-1 letters folded).
    var lower: String
    /// Where it stands in the normalised document text.
    var range: TextRange
    /// Whether the token begins with a digit.
    var startsWithDigit: Bool
    /// Whether the token is a single punctuation or symbol scalar.
    var isPunctuation: Bool
}
