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
    /// The publication date, if the article has one: the anchor for relative dates.
    public let publicationDate: FactDate?

    public init(
        article: Article, language: Language, text: String, originalOffsets: [Int], sentences: [Sentence],
        publicationDate: FactDate?
    ) {
        self.article = article
        self.language = language
        self.text = text
        self.scalars = Array(text.unicodeScalars)
        self.originalOffsets = originalOffsets
        self.sentences = sentences
        self.publicationDate = publicationDate
    }

    /// The normalised text in a normalised range.
    public func slice(_ range: TextRange) -> String {
        let lower = min(max(0, range.start), scalars.count)
        let upper = min(max(lower, range.end), scalars.count)
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[lower..<upper])
        return String(view)
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
            articleID: article.id, sentence: article.text.substring(in: original), range: original
        )
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

    public init(index: Int, range: TextRange, text: String, paragraph: Int, repeatOf: Int?) {
        self.index = index
        self.range = range
        self.text = text
        self.paragraph = paragraph
        self.repeatOf = repeatOf
    }
}
