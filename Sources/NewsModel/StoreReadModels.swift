/// A row of the article list: the article without its text, and how many facts it carries.
public struct ArticleSummary: Sendable, Hashable, Codable, Identifiable {
    public var id: String
    public var title: String
    public var date: String?
    public var source: String?
    public var language: Language
    /// Deals, stakes and quotes extracted from it.
    public var factCount: Int

    public init(id: String, title: String, date: String?, source: String?, language: Language, factCount: Int) {
        self.id = id
        self.title = title
        self.date = date
        self.source = source
        self.language = language
        self.factCount = factCount
    }
}

/// A row of the entity list or of search results, with how often the entity occurs.
public struct EntitySummary: Sendable, Hashable, Codable, Identifiable {
    public var id: EntityID
    public var name: String
    public var kind: EntityKind
    public var articleCount: Int
    public var dealCount: Int
    public var stakeCount: Int
    public var quoteCount: Int

    public init(
        id: EntityID, name: String, kind: EntityKind, articleCount: Int, dealCount: Int, stakeCount: Int,
        quoteCount: Int
    ) {
        self.id = id
        self.name = name
        self.kind = kind
        self.articleCount = articleCount
        self.dealCount = dealCount
        self.stakeCount = stakeCount
        self.quoteCount = quoteCount
    }
}

/// Everything a company or person page shows.
public struct EntityProfile: Sendable, Hashable, Codable {
    public var entity: Entity
    /// Stakes this entity holds in others.
    public var stakesHeld: [Stake]
    /// Stakes others hold in this entity.
    public var stakesIn: [Stake]
    /// Deals in which it is acquirer, seller or target, by date (undated last).
    public var deals: [Deal]
    /// Quotes by this person, or by people speaking for this organisation.
    public var quotesBy: [Quote]
    /// Quotes whose text or sentence mentions this entity, said by others.
    public var quotesAbout: [Quote]
    /// People whose organisation is this entity.
    public var people: [EntitySummary]
    /// Articles that mention it, newest first.
    public var articles: [ArticleSummary]

    public init(
        entity: Entity, stakesHeld: [Stake] = [], stakesIn: [Stake] = [], deals: [Deal] = [],
        quotesBy: [Quote] = [], quotesAbout: [Quote] = [], people: [EntitySummary] = [],
        articles: [ArticleSummary] = []
    ) {
        self.entity = entity
        self.stakesHeld = stakesHeld
        self.stakesIn = stakesIn
        self.deals = deals
        self.quotesBy = quotesBy
        self.quotesAbout = quotesAbout
        self.people = people
        self.articles = articles
    }
}

/// How the article list is ordered.
public enum ArticleOrder: String, Sendable, Hashable, Codable, CaseIterable {
    case newestFirst, oldestFirst, title
}

/// A page of a longer list: `offset` rows skipped, at most `limit` returned.
public struct PageRequest: Sendable, Hashable, Codable {
    public var offset: Int
    public var limit: Int

    public init(offset: Int = 0, limit: Int = 100) {
        self.offset = max(0, offset)
        self.limit = max(0, limit)
    }
}

/// Which deals the timeline shows.
public struct DealFilter: Sendable, Hashable, Codable {
    /// Only deals in which this entity takes part, in any role.
    public var entity: EntityID?
    /// Only deals of these kinds; empty means all.
    public var kinds: Set<DealKind>

    public init(entity: EntityID? = nil, kinds: Set<DealKind> = []) {
        self.entity = entity
        self.kinds = kinds
    }
}

/// What happened to one article during ingest.
public enum SaveOutcome: String, Sendable, Hashable, Codable {
    /// A new article.
    case inserted
    /// An article with the same id but new content; old facts were replaced.
    case replaced
    /// Same id and content hash as stored: nothing was written.
    case unchanged
}

/// Everything stored (or one article's part of it), in the public export shape.
public struct ExportDump: Sendable, Hashable, Codable {
    public var articles: [ArticleSummary]
    public var entities: [ExportEntity]
    public var deals: [Deal]
    public var stakes: [Stake]
    public var quotes: [Quote]

    public init(
        articles: [ArticleSummary] = [], entities: [ExportEntity] = [], deals: [Deal] = [], stakes: [Stake] = [],
        quotes: [Quote] = []
    ) {
        self.articles = articles
        self.entities = entities
        self.deals = deals
        self.stakes = stakes
        self.quotes = quotes
    }
}

/// An entity in the export: its names and the articles it occurs in.
public struct ExportEntity: Sendable, Hashable, Codable {
    public var entity: Entity
    public var articleIDs: [String]

    public init(entity: Entity, articleIDs: [String]) {
        self.entity = entity
        self.articleIDs = articleIDs
    }
}
