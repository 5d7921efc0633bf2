/// Everything extracted from one article.
public struct ArticleFacts: Sendable, Hashable, Codable {
    public var entities: [Entity]
    public var mentions: [Mention]
    public var deals: [Deal]
    public var stakes: [Stake]
    public var quotes: [Quote]

    public init(
        entities: [Entity] = [], mentions: [Mention] = [], deals: [Deal] = [], stakes: [Stake] = [],
        quotes: [Quote] = []
    ) {
        self.entities = entities
        self.mentions = mentions
        self.deals = deals
        self.stakes = stakes
        self.quotes = quotes
    }

    /// No facts at all.
    public static let empty = ArticleFacts()

    /// The number of deals, stakes and quotes.
    public var factCount: Int { deals.count + stakes.count + quotes.count }
}

/// Turns an article into facts. The extraction module implements it; ingest calls it once per
/// new or changed article and stores the result.
public protocol FactExtractor: Sendable {
    /// A version string; when it changes, stored facts were made by another extractor.
    var version: String { get }
    /// Extracts entities, mentions, deals, stakes and quotes. Pure computation, no I/O.
    func extract(from article: Article) -> ArticleFacts
}

/// An extractor that finds nothing. Useful for tests of ingest and the store.
public struct NoFactExtractor: FactExtractor {
    public init() {}
    public var version: String { "none" }
    public func extract(from article: Article) -> ArticleFacts { .empty }
}
