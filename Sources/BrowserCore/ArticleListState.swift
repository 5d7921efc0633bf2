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

/// The entity list screen, optionally showing one kind only.
public struct EntityListState: Sendable, Hashable {
    /// The kind shown, or nil for companies, people and organisations together (`f` cycles it).
    public var kindFilter: EntityKind?
    /// The summaries loaded so far.
    public var list = PagedList<EntitySummary>()
    /// Selection and scroll.
    public var cursor = ListCursor()
    /// Scroll of the detail pane.
    public var detailScroll = 0

    /// An empty list of all kinds.
    public init() {}

    /// The kinds the store is asked for.
    public var kinds: Set<EntityKind> {
        kindFilter.map { [$0] } ?? [.company, .person, .organization]
    }
}

/// The deal timeline: every deal by date, undated ones at the end.
public struct DealListState: Sendable, Hashable {
    /// Which deals are shown (company and kinds).
    public var filter = DealFilter()
    /// The name of the company filtered by, for the title and breadcrumb.
    public var filterName: String?
    /// The deals loaded so far.
    public var list = PagedList<Deal>()
    /// Selection and scroll (over rows including the "Undated" header).
    public var cursor = ListCursor()
    /// Scroll of the detail pane.
    public var detailScroll = 0

    /// An unfiltered timeline.
    public init() {}
}
