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
    /// (no second pass over the text, no new strings). The words that head a speech cue of
    /// `lexicon` in the document's language are marked (``QuoteToken/isCueHead``).
    static func tokens(of document: Document, lexicon: QuoteLexicon) -> [QuoteToken] {
        let language = document.language
        // The tokens and scalars are read in place through their buffers: no copy of a `Token`
        // (two strings), no bounds checks beyond the one on each token's start.
        return document.tokens.withUnsafeBufferPointer { source in
            document.scalars.withUnsafeBufferPointer { scalars in
                var tokens: [QuoteToken] = []
                tokens.reserveCapacity(source.count)
                for index in source.indices {
                    let range = source[index].range
                    guard range.start >= 0, range.start < scalars.count else { continue }
                    let first = scalars[range.start]
                    let flags = source[index].flags
                    let kind: QuoteToken.Kind =
                        flags.contains(.quote) || isQuoteMark(first) && range.length == 1
                        ? .quoteMark : flags.contains(.word) ? .word : .punctuation
                    let lower = source[index].lower
                    tokens.append(
                        QuoteToken(
                            kind: kind, range: range, lower: lower, isCapitalized: flags.contains(.capitalized),
                            first: first, sentence: source[index].sentence,
                            isCueHead: kind == .word && isCueHead(lower, lexicon: lexicon, language: language)))
                }
                return tokens
            }
        }
    }

    /// Whether a lower-case word heads a speech cue of `lexicon` in `language`, read on its bytes.
    @inline(__always) private static func isCueHead(_ lower: String, lexicon: QuoteLexicon, language: Language) -> Bool {
        lower.utf8.withContiguousStorageIfAvailable { lexicon.hasCues(utf8: $0, language: language) }
            ?? !lexicon.cues(for: lower, language: language).isEmpty
    }
}
