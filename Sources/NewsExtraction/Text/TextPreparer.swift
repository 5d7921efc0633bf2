import NewsModel

/// Turns an article into a ``Document``: normalisation (with offsets back to the original),
/// tokenisation, sentence splitting, language detection and repeated-sentence marking.
public struct TextPreparer: Sendable {
    /// Creates a preparer; the lexicons load once, on first use.
    public init() {}

    /// Prepares an article.
    public func prepare(_ article: Article) -> Document {
        let (scalars, offsets) = TextNormalizer.normalize(article.text.unicodeScalars)
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        let text = String(view)
        let raw = Tokenizer.tokenize(scalars)
        let lower = raw.map { lowercase(scalars, $0) }
        let ranges = SentenceSplitter.split(scalars, tokens: raw)
        let repeats = RepeatDetector.repeats(ranges, tokens: raw, lower: lower)
        let paragraphStarts = Self.paragraphStarts(scalars)

        var tokens: [Token] = []
        tokens.reserveCapacity(raw.count)
        var sentences: [Sentence] = []
        sentences.reserveCapacity(ranges.count)
        var paragraph = 0
        for (index, range) in ranges.enumerated() {
            let start = raw[range.lowerBound].start
            let end = raw[range.upperBound - 1].end
            while paragraph + 1 < paragraphStarts.count, paragraphStarts[paragraph + 1] <= start { paragraph += 1 }
            var sentenceView = String.UnicodeScalarView()
            sentenceView.append(contentsOf: scalars[start..<end])
            sentences.append(
                Sentence(
                    index: index, range: TextRange(start: start, end: end), text: String(sentenceView),
                    paragraph: paragraph, repeatOf: repeats[index], tokenRange: range))
            for t in range {
                let r = raw[t]
                var tokenView = String.UnicodeScalarView()
                tokenView.append(contentsOf: scalars[r.start..<r.end])
                tokens.append(
                    Token(
                        range: TextRange(start: r.start, end: r.end), text: String(tokenView), lower: lower[t],
                        sentence: index, flags: r.flags))
            }
        }
        let detected = LanguageDetector.detect(lowercaseWords: lower)
        return Document(
            article: article, language: detected ?? article.language, text: text, originalOffsets: offsets,
            sentences: sentences, publicationDate: article.publicationDate, tokens: tokens)
    }

    /// The offsets where paragraphs start (after each blank line).
    static func paragraphStarts(_ s: [Unicode.Scalar]) -> [Int] {
        var starts = [0]
        var i = 0
        let n = s.count
        while i + 1 < n {
            if s[i] == "\n" && s[i + 1] == "\n" {
                var j = i + 2
                while j < n, s[j] == "\n" { j += 1 }
                starts.append(j)
                i = j
            } else {
                i += 1
            }
        }
        return starts
    }

    private func lowercase(_ s: [Unicode.Scalar], _ token: RawToken) -> String {
        var view = String.UnicodeScalarView()
        var plainASCII = true
        for scalar in s[token.start..<token.end] {
            var v = scalar.value
            if v >= 0x80 { plainASCII = false; break }
            if v >= 0x41 && v <= 0x5A { v += 0x20 }
            view.append(Unicode.Scalar(v)!)
        }
        if plainASCII { return String(view) }
        var full = String.UnicodeScalarView()
        full.append(contentsOf: s[token.start..<token.end])
        return String(full).lowercased()
    }
}
