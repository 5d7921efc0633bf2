import NewsModel

/// Turns an article into a ``Document``: normalisation (with offsets back to the original),
/// tokenisation, sentence splitting, language detection and repeated-sentence marking.
public struct TextPreparer: Sendable {
    /// Creates a preparer; the lexicons load once, on first use.
    public init() {}

    /// Prepares an article.
    public func prepare(_ article: Article) -> Document {
        var original = article.text
        let (normalized, originalText) = original.withUTF8 { bytes in
            // A String's bytes are valid UTF-8, so the one-pass normaliser always succeeds.
            guard let normalized = TextNormalizer.normalizeAll(utf8: bytes) else {
                preconditionFailure("The text of article '\(article.id)' is not valid UTF-8.")
            }
            return (normalized, ScalarOffsets(utf8: bytes))
        }
        let scalars = normalized.scalars
        let offsets = normalized.offsets
        let utf8 = normalized.text
        let text = utf8.string(0, scalars.count)
        let raw = Tokenizer.tokenize(scalars)
        // Lower-case strings are made once, with the tokens, after the splitting: the splitter and
        // the repeat keys read the few they need (and ASCII words) straight from the bytes.
        let ranges = SentenceSplitter.split(scalars, tokens: raw, utf8: utf8)
        let repeats = RepeatDetector.repeats(ranges, tokens: raw, lower: [], utf8: utf8)
        let paragraphStarts = normalized.paragraphStarts

        var tokens: [Token] = []
        tokens.reserveCapacity(raw.count)
        var sentences: [Sentence] = []
        sentences.reserveCapacity(ranges.count)
        var paragraph = 0
        for (index, range) in ranges.enumerated() {
            let start = raw[range.lowerBound].start
            let end = raw[range.upperBound - 1].end
            while paragraph + 1 < paragraphStarts.count, paragraphStarts[paragraph + 1] <= start { paragraph += 1 }
            sentences.append(
                Sentence(
                    index: index, range: TextRange(start: start, end: end), text: utf8.string(start, end),
                    paragraph: paragraph, repeatOf: repeats[index], tokenRange: range))
            for t in range {
                let r = raw[t]
                // The lower case shares the text's string when nothing changes.
                let tokenText = utf8.string(r.start, r.end)
                tokens.append(
                    Token(
                        range: TextRange(start: r.start, end: r.end), text: tokenText,
                        lower: utf8.lowercased(r.start, r.end, text: tokenText), sentence: index, flags: r.flags))
            }
        }
        let detected = utf8.languageVotes(tokens)
        return Document(
            article: article, language: detected ?? article.language, text: text, scalars: scalars,
            originalOffsets: offsets, sentences: sentences, tokens: tokens, utf8: utf8, original: originalText,
            articleText: original)
    }
}

/// The normalised text as UTF-8 bytes with the byte offset of every scalar: strings for tokens
/// and sentences are made by copying bytes, not by re-encoding scalars.
struct UTF8Text: Sendable {
    private(set) var bytes: [UInt8] = []
    /// Byte offset of each scalar, plus one past the end.
    private(set) var offsets: [Int32] = []

    /// The text of already encoded bytes and the byte offset of each scalar (plus one past the end).
    init(bytes: [UInt8], offsets: [Int32]) {
        self.bytes = bytes
        self.offsets = offsets
    }

    /// The text of scalars `start..<end`.
    func string(_ start: Int, _ end: Int) -> String {
        let from = Int(offsets[start])
        let to = Int(offsets[end])
        // One ASCII scalar (most punctuation tokens): a ready-made string, no UTF-8 validation.
        if to - from == 1, bytes[from] < 0x80 { return Self.asciiStrings[Int(bytes[from])] }
        return bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[from..<to]), as: UTF8.self) }
    }

    /// The language of tokens of this text, as ``LanguageDetector/detect(lowercaseWords:)`` of
    /// their lower case: ASCII words are lower-cased and looked up from the bytes.
    func languageVotes(_ tokens: [Token]) -> Language? {
        let votes = TextLexicons.stopwordVotes
        return bytes.withUnsafeBufferPointer { bytes in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 10) { folded in
                LanguageDetector.decide(
                    votes: tokens.indices.lazy.map { t -> Int8? in
                        let from = Int(offsets[tokens[t].range.start])
                        let to = Int(offsets[tokens[t].range.end])
                        var ascii = true
                        for k in from..<to where bytes[k] >= 0x80 {
                            ascii = false
                            break
                        }
                        // Other words: their lower case may differ in length.
                        guard ascii else {
                            let lower = tokens[t].lower
                            return lower.utf8.count > 10 ? nil : votes[lower]
                        }
                        guard to - from <= 10 else { return nil }
                        for k in from..<to {
                            let b = bytes[k]
                            folded[k - from] = b >= 0x41 && b <= 0x5A ? b + 0x20 : b
                        }
                        return votes.value(utf8: UnsafeBufferPointer(rebasing: folded[0..<(to - from)]))
                    })
            }
        }
    }

    /// The 128 one-scalar ASCII strings, by scalar value.
    private static let asciiStrings: [String] = (0..<128).map { String(Unicode.Scalar(UInt8($0))) }

    /// The lower-case text of scalars `start..<end` (ASCII fast path).
    func lowercased(_ start: Int, _ end: Int) -> String { lowercased(start, end, text: nil) }

    /// The lower-case text of scalars `start..<end`, given their `text` when already made (then
    /// returned itself when it has no capitals).
    func lowercased(_ start: Int, _ end: Int, text: String?) -> String {
        let from = Int(offsets[start])
        let to = Int(offsets[end])
        if to - from == end - start {
            var needsChange = false
            for k in from..<to where bytes[k] >= 0x41 && bytes[k] <= 0x5A {
                needsChange = true
                break
            }
            if !needsChange { return text ?? string(start, end) }
            return String(unsafeUninitializedCapacity: to - from) { buffer in
                for k in from..<to {
                    let b = bytes[k]
                    buffer[k - from] = b >= 0x41 && b <= 0x5A ? b + 0x20 : b
                }
                return to - from
            }
        }
        return (text ?? string(start, end)).lowercased()
    }
}
