import NewsModel

/// The article list screen: one page of summaries after another, in the chosen order.
public struct ArticleListState: Sendable, Hashable {
    /// The sort order (the `s` key cycles it).
    public var order: ArticleOrder = .newestFirst
    /// The summaries loaded so far.
    public var list = PagedList<ArticleSummary>()
    /// Selection and scroll.
    public var cursor = ListCursor()
    /// Scroll of the detail pane.
    public var detailScroll = 0

    /// An empty list, newest first.
    public init() {}
}
