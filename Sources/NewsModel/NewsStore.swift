/// The persistent store of articles and facts, as the rest of newsbrowse sees it.
///
/// The SQLite implementation lives in `NewsStoreSQLite`; a PostgreSQL one can implement the same
/// protocol without touching the model or the UI. Every method is one transaction; reads return
/// only what a screen needs, page by page.
public protocol NewsStore: Sendable {
    // MARK: Writing

    /// Stores an article and its facts in one transaction, replacing an older version and its facts.
    /// Returns `.unchanged` (and writes nothing) when the same content is already stored.
    func save(_ article: Article, facts: ArticleFacts) throws -> SaveOutcome

    /// Stores several articles with their facts in one transaction: all of them or none.
    /// Returns one outcome per article, in order. Ingest uses it to write in batches.
    func save(_ batch: [ArticleWithFacts]) throws -> [SaveOutcome]

    /// The content hash stored for an article id, if it is stored.
    func contentHash(ofArticle id: String) throws -> String?

    /// Called by ingest before a run of batch saves of about `expectedBytes` of input: a store
    /// may get ready for writing many articles (the SQLite store builds secondary indexes once
    /// at the end when it starts empty). Always paired with ``finishIngest()``.
    func beginIngest(expectedBytes: Int) throws

    /// Called by ingest after the last save of a run, also after a failure: the store ends what
    /// ``beginIngest(expectedBytes:)`` started.
    func finishIngest() throws

    // MARK: Reading

    /// The number of articles stored.
    func articleCount() throws -> Int

    /// One page of the article list.
    func articles(order: ArticleOrder, page: PageRequest) throws -> [ArticleSummary]

    /// The article with this id, with its text.
    func article(id: String) throws -> Article?

    /// The facts and mentions stored for an article, with entity names resolved.
    func facts(ofArticle id: String) throws -> ArticleFacts

    /// The number of entities, optionally of some kinds only.
    func entityCount(kinds: Set<EntityKind>) throws -> Int

    /// One page of the entity list (most articles first), optionally of some kinds only.
    func entities(kinds: Set<EntityKind>, page: PageRequest) throws -> [EntitySummary]

    /// Everything the company or person page shows.
    func profile(ofEntity id: EntityID) throws -> EntityProfile?

    /// The number of deals matching a filter.
    func dealCount(filter: DealFilter) throws -> Int

    /// Deals by date, oldest first, undated ones at the end.
    func deals(filter: DealFilter, page: PageRequest) throws -> [Deal]

    /// Entities whose name or alias matches `query` by prefix, case- and diacritics-insensitive,
    /// best first.
    func searchEntities(_ query: String, limit: Int) throws -> [EntitySummary]

    /// Articles whose title or text matches `query` by prefix, best first.
    func searchArticles(_ query: String, limit: Int) throws -> [ArticleSummary]

    /// Everything stored, or one article's part, in the export shape.
    func exportDump(articleID: String?) throws -> ExportDump
}

/// An article and what was extracted from it, ready to be stored.
public struct ArticleWithFacts: Sendable, Hashable {
    public var article: Article
    public var facts: ArticleFacts

    public init(article: Article, facts: ArticleFacts) {
        self.article = article
        self.facts = facts
    }
}

extension NewsStore {
    /// Does nothing: a store that needs no preparation for ingest.
    public func beginIngest(expectedBytes: Int) throws {}

    /// Does nothing: a store that needs no preparation for ingest.
    public func finishIngest() throws {}

    /// Saves the articles one by one. Stores that can write several articles in one
    /// transaction (as the SQLite store does) replace this.
    public func save(_ batch: [ArticleWithFacts]) throws -> [SaveOutcome] {
        try batch.map { try save($0.article, facts: $0.facts) }
    }
}
