import NewsModel

/// The `/` search for companies and people.
public struct SearchState: Sendable, Hashable {
    /// Whether the prompt is open.
    public var isActive = false
    /// What has been typed.
    public var query = ""
    /// The results for ``resultsQuery``, best first.
    public var results: [EntitySummary] = []
    /// The query the results belong to.
    public var resultsQuery = ""
    /// Selection in the result list.
    public var cursor = ListCursor()
    /// The result opened last, for `n` and `N`.
    public var matchIndex: Int?

    /// A closed, empty search.
    public init() {}
}
