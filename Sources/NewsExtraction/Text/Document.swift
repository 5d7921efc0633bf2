import NewsModel

/// An article's text prepared for the extraction rules: normalised, split into sentences, with
/// every offset mappable back to the original ``Article/text``.
///
/// Owner: the text-preparation stage. Rules read ``text`` and ``sentences`` and map what they find
/// back with ``originalRange(_:)`` before it goes into a fact.
public struct Document: Sendable {
    public let article: Article
    public let language: Language
    /// The normalised text (non-breaking spaces as spaces, soft hyphens removed, …).
    public let text: String
    /// The normalised text as scalars, for fast offset access.
    public let scalars: [Unicode.Scalar]
    /// For each scalar offset of ``text`` (and one past the end), the offset in the original text.
    public let originalOffsets: [Int]
    public let sentences: [Sentence]
    /// The tokens of ``text`` in order; each knows its sentence, and ``Sentence/tokenRange`` gives a
    /// sentence's tokens (see ``tokens(in:)``).
    public let tokens: [Token]
    /// The publication date, if the article has one: the anchor for relative dates.
    public let publicationDate: FactDate?
    /// The normalised text as UTF-8 with scalar offsets, for fast slicing (set by the preparer).
    let utf8: UTF8Text?
    /// Byte offsets of the original text's scalars, for fast evidence slicing (set by the preparer).
    let original: ScalarOffsets?
    /// ``Article/text`` joined once (``Article/text`` joins the paragraphs on every call); set by the preparer.
    let articleText: String?

    /// Creates a document. Without `tokens`, the text is tokenised here and each token is given
    /// the sentence whose range holds it (sentences then get their ``Sentence/tokenRange``).
    public init(
        article: Article, language: Language, text: String, originalOffsets: [Int], sentences: [Sentence],
        publicationDate: FactDate?, tokens: [Token]? = nil
    ) {
        self.article = article
        self.language = language
        self.text = text
        let scalars = Array(text.unicodeScalars)
        self.scalars = scalars
        self.originalOffsets = originalOffsets
        self.publicationDate = publicationDate
        self.utf8 = nil
        self.original = nil
        self.articleText = nil
        if let tokens {
            self.tokens = tokens
            self.sentences = sentences
        } else {
            let built = Document.assign(Tokenizer.tokenize(scalars), scalars: scalars, to: sentences)
            self.tokens = built.tokens
            self.sentences = built.sentences
        }
    }

    /// The tokens of a sentence.
    public func tokens(in sentence: Sentence) -> ArraySlice<Token> {
        tokens[sentence.tokenRange.clamped(to: 0..<tokens.count)]
    }

    /// The tokens of the sentence at `index`.
    public func tokens(inSentence index: Int) -> ArraySlice<Token> { tokens(in: sentences[index]) }

    /// The index of the token that contains a normalised offset, or nil between tokens.
    public func tokenIndex(containing offset: Int) -> Int? {
        var low = 0
        var high = tokens.count - 1
        while low <= high {
            let mid = (low + high) / 2
            let range = tokens[mid].range
            if offset < range.start { high = mid - 1 } else if offset >= range.end { low = mid + 1 } else { return mid }
        }
        return nil
    }

    /// Gives raw tokens the sentence whose range holds their start, and sentences their token ranges.
    private static func assign(_ raw: [RawToken], scalars: [Unicode.Scalar], to sentences: [Sentence]) -> (
        tokens: [Token], sentences: [Sentence]
    ) {
        var tokens: [Token] = []
        tokens.reserveCapacity(raw.count)
        var updated = sentences
        var sentence = 0
        var first = 0
        for (index, token) in raw.enumerated() {
            while sentence < sentences.count - 1, token.start >= sentences[sentence].range.end {
                updated[sentence].tokenRange = first..<index
                sentence += 1
                first = index
            }
            tokens.append(Token(raw: token, scalars: scalars, sentence: sentence))
        }
        if !sentences.isEmpty {
            updated[sentence].tokenRange = first..<raw.count
            for later in (sentence + 1)..<max(sentence + 1, sentences.count) {
                updated[later].tokenRange = raw.count..<raw.count
            }
        }
        return (tokens, updated)
    }

    /// The normalised text in a normalised range.
    public func slice(_ range: TextRange) -> String {
        let lower = min(max(0, range.start), scalars.count)
        let upper = min(max(lower, range.end), scalars.count)
        if let utf8 { return utf8.string(lower, upper) }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[lower..<upper])
        return String(view)
    }

    /// Creates a document from prepared parts (the preparer's fast path: no re-tokenising).
    init(
        article: Article, language: Language, text: String, scalars: [Unicode.Scalar], originalOffsets: [Int],
        sentences: [Sentence], tokens: [Token], utf8: UTF8Text, original: ScalarOffsets? = nil, articleText: String? = nil
    ) {
        self.article = article
        self.language = language
        self.text = text
        self.scalars = scalars
        self.originalOffsets = originalOffsets
        self.sentences = sentences
        self.tokens = tokens
        self.publicationDate = Self.publicationDate(of: article)
        self.utf8 = utf8
        self.original = original
        self.articleText = articleText
    }

    /// ``Article/publicationDate``, with a fast path for the common "YYYY-MM-DD" and
    /// "YYYY-MM-DDThh:mm:ss" forms; anything else goes through ``FactDate/init(iso:)``.
    static func publicationDate(of article: Article) -> FactDate? {
        guard let date = article.date else { return nil }
        let fast: FactDate?? = date.utf8.withContiguousStorageIfAvailable { b -> FactDate? in
            guard b.count >= 10, b.count == 10 || b[10] == UInt8(ascii: "T"), b[4] == UInt8(ascii: "-"),
                b[7] == UInt8(ascii: "-")
            else { return nil }
            func number(_ from: Int, _ to: Int) -> Int? {
                var value = 0
                for k in from..<to {
                    guard b[k] >= 0x30 && b[k] <= 0x39 else { return nil }
                    value = value * 10 + Int(b[k] - 0x30)
                }
                return value
            }
            guard let year = number(0, 4), let month = number(5, 7), let day = number(8, 10), (1...9999).contains(year),
                (1...12).contains(month), (1...31).contains(day)
            else { return nil }
            return FactDate(year: year, month: month, day: day)
        }
        if case .some(.some(let found)) = fast { return found }
        return article.publicationDate
    }

    /// Maps a range of the normalised text to the original article text.
    public func originalRange(_ range: TextRange) -> TextRange {
        guard !originalOffsets.isEmpty else { return range }
        let last = originalOffsets.count - 1
        return TextRange(
            start: originalOffsets[min(max(0, range.start), last)],
            end: originalOffsets[min(max(0, range.end), last)]
        )
    }

    /// The evidence for a fact stated in a sentence: the article and the original sentence text.
    public func evidence(for sentence: Sentence) -> Evidence {
        let original = originalRange(sentence.range)
        return Evidence(
            articleID: article.id, sentence: originalText(original), range: original
        )
    }

    /// The original article text in a range of original offsets.
    func originalText(_ range: TextRange) -> String {
        guard let original else { return (articleText ?? article.text).substring(in: range) }
        return original.substring(of: articleText ?? article.text, in: range)
    }

    /// The sentence that contains a normalised offset.
    public func sentenceIndex(containing offset: Int) -> Int? {
        var low = 0
        var high = sentences.count - 1
        while low <= high {
            let mid = (low + high) / 2
            let range = sentences[mid].range
            if offset < range.start { high = mid - 1 } else if offset >= range.end { low = mid + 1 } else { return mid }
        }
        return nil
    }
}

/// One sentence of a ``Document``.
public struct Sentence: Sendable, Hashable {
    /// Position in ``Document/sentences``.
    public let index: Int
    /// Where it stands in the normalised text.
    public let range: TextRange
    /// Its normalised text.
    public let text: String
    /// The paragraph it belongs to (0 is the title).
    public let paragraph: Int
    /// If the same sentence (ignoring case, spaces and trailing numbers of captions) stood earlier
    /// in the article, the index of its first occurrence. Facts from repeats become extra evidence.
    public let repeatOf: Int?
    /// Its tokens: indices into ``Document/tokens``.
    public var tokenRange: Range<Int>

    /// Creates a sentence.
    public init(
        index: Int, range: TextRange, text: String, paragraph: Int, repeatOf: Int?, tokenRange: Range<Int> = 0..<0
    ) {
        self.index = index
        self.range = range
        self.text = text
        self.paragraph = paragraph
        self.repeatOf = repeatOf
        self.tokenRange = tokenRange
    }
}
