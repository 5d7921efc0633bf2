import NewsModel

/// A word or punctuation mark of a ``Document``, as the quote rules see it.
struct QuoteToken: Sendable {
    /// What a token is.
    enum Kind: Sendable, Equatable {
        case word
        /// A punctuation mark other than a quotation mark (",", ".", ":", "(", "–" …).
        case punctuation
        /// A quotation mark of any style.
        case quoteMark
    }

    var kind: Kind
    /// Where it stands in the normalised text.
    var range: TextRange
    /// The text in lower case (words) or the mark itself.
    var lower: String
    /// Whether the word starts with an upper-case letter.
    var isCapitalized: Bool
    /// The first scalar (for punctuation tests).
    var first: Unicode.Scalar
    /// The sentence it belongs to.
    var sentence: Int
    /// Whether the word heads a speech cue of the lexicon in the document's language
    /// (``QuoteLexicon/cues(for:language:)`` is not empty): set once per token, so that
    /// ``QuoteContext/cue(at:limit:)`` rules out most words on this flag, with no lookup.
    var isCueHead = false

    /// Whether this is the punctuation mark `mark`.
    func isPunctuation(_ mark: Unicode.Scalar) -> Bool { kind == .punctuation && first == mark }

    /// Whether this is a sentence-ending mark.
    var endsSentence: Bool { kind == .punctuation && (first == "." || first == "!" || first == "?") }

    /// Whether this is a clause boundary inside a sentence (",", ";", ":", dashes, brackets).
    var isClauseBoundary: Bool {
        kind == .punctuation
            && (first == "," || first == ";" || first == ":" || first == "–" || first == "—" || first == "("
                || first == ")")
    }
}
