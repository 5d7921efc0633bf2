/// The outcome of scoring one article: counts per fact type, and what went wrong, for reports.
public struct ArticleScore: Sendable, Hashable {
    /// The article id.
    public var article: String
    /// Counts per fact type.
    public var counts: [FactType: Counts]
    /// Required gold facts that were not found, described briefly, per fact type.
    public var missed: [FactType: [String]]
    /// Predictions that matched nothing, described briefly, per fact type.
    public var spurious: [FactType: [String]]

    /// Creates a score.
    public init(
        article: String, counts: [FactType: Counts] = [:], missed: [FactType: [String]] = [:],
        spurious: [FactType: [String]] = [:]
    ) {
        self.article = article
        self.counts = counts
        self.missed = missed
        self.spurious = spurious
    }

    /// The counts of one fact type (zero if absent).
    public subscript(type: FactType) -> Counts { counts[type] ?? Counts() }
}
