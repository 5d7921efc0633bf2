import NewsModel

/// Turns the tokens of a ``Document`` into ``QuoteToken``s: words, punctuation and quotation marks.
enum QuoteTokenizer {
    /// The quotation marks the rules know.
    static func isQuoteMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x22, 0x201E, 0x201C, 0x201D, 0x00BB, 0x00AB, 0x201A, 0x2018, 0x2019, 0x201F, 0x2039, 0x203A: true
        default: false
        }
    }

    /// The tokens of a document, each with its sentence index: a view of ``Document/tokens``
    /// (no second pass over the text, no new strings).
    static func tokens(of document: Document) -> [QuoteToken] {
        let scalars = document.scalars
        var tokens: [QuoteToken] = []
        tokens.reserveCapacity(document.tokens.count)
        for token in document.tokens {
            guard token.range.start < scalars.count else { continue }
            let first = scalars[token.range.start]
            let kind: QuoteToken.Kind =
                token.isQuote || isQuoteMark(first) && token.range.length == 1
                ? .quoteMark : token.isWord ? .word : .punctuation
            tokens.append(
                QuoteToken(
                    kind: kind, range: token.range, lower: token.lower, isCapitalized: token.isCapitalized,
                    first: first, sentence: token.sentence))
        }
        return tokens
    }
}
