import NewsModel

/// What reading one file gave: its articles, and the problems met (a whole-file problem, or
/// bad lines of a JSON Lines file whose other lines are still among `articles`).
public struct FileReadResult: Sendable, Hashable {
    public var articles: [Article]
    public var errors: [ImportError]

    /// Creates a result.
    public init(articles: [Article] = [], errors: [ImportError] = []) {
        self.articles = articles
        self.errors = errors
    }
}
