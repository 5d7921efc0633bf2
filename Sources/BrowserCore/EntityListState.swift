import NewsModel

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
