import NewsModel

/// A quote found by a rule, before it becomes a ``Quote``.
struct QuoteCandidate: Sendable {
    /// The token ranges of the quoted words; more than one when the attribution splits the quote.
    var parts: [Range<Int>]
    var direct: Bool
    var speaker: SpeakerGuess
    /// The sentence the quote (its first part) stands in.
    var sentence: Int
}
