import NewsModel

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
