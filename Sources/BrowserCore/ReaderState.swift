import NewsModel

/// The reader: one article, its wrapped text, and its facts.
public struct ReaderState: Sendable, Hashable {
    /// The article shown.
    public var articleID: String
    /// The evidence range marked (from a fact), if any.
    public var mark: TextRange?
    /// The article, once loaded.
    public var article: Article?
    /// Its facts and mentions, once loaded.
    public var facts: ArticleFacts?
    /// Whether loading failed or found nothing.
    public var isMissing = false
    /// The text wrapped to ``wrapWidth`` columns.
    public var lines: [TextLine] = []
    /// The width the lines were wrapped for (-1 before wrapping).
    public var wrapWidth = -1
    /// Whether the text should scroll to the mark at the next layout.
    public var needsScrollToMark = false

    /// A reader waiting for its article.
    public init(articleID: String, mark: TextRange?) {
        self.articleID = articleID
        self.mark = mark
        self.needsScrollToMark = mark != nil
    }

    /// Whether the article and its facts have arrived.
    public var isLoaded: Bool { article != nil && facts != nil }
}
