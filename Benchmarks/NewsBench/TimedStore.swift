import Foundation
import NewsModel

/// A ``NewsStore`` that forwards every call to another store and adds up the time spent in each
/// kind of call, so the UI benchmark can tell reading from drawing.
final class TimedStore: NewsStore, @unchecked Sendable {
    /// Time and count of one kind of call.
    struct Usage {
        var calls = 0
        var total: Duration = .zero
        var slowest: Duration = .zero
    }

    private let base: any NewsStore
    private let lock = NSLock()
    private var usage: [String: Usage] = [:]
    private var sinceMark: Duration = .zero

    /// Wraps `base`.
    init(_ base: any NewsStore) {
        self.base = base
    }

    /// The time spent per kind of call, slowest total first.
    var report: [(name: String, usage: Usage)] {
        lock.withLock { usage.map { ($0.key, $0.value) }.sorted { $0.1.total > $1.1.total } }
    }

    /// The store time since the last call of this method.
    func takeTimeSinceMark() -> Duration {
        lock.withLock {
            defer { sinceMark = .zero }
            return sinceMark
        }
    }

    private func timed<T>(_ name: String, _ body: () throws -> T) rethrows -> T {
        let start = ContinuousClock.now
        defer {
            let elapsed = ContinuousClock.now - start
            lock.withLock {
                usage[name, default: Usage()].calls += 1
                usage[name, default: Usage()].total += elapsed
                usage[name, default: Usage()].slowest = max(usage[name, default: Usage()].slowest, elapsed)
                sinceMark += elapsed
            }
        }
        return try body()
    }

    func save(_ article: Article, facts: ArticleFacts) throws -> SaveOutcome {
        try timed("save") { try base.save(article, facts: facts) }
    }
    func save(_ batch: [ArticleWithFacts]) throws -> [SaveOutcome] {
        try timed("save(batch)") { try base.save(batch) }
    }
    func beginIngest(expectedBytes: Int) throws {
        try timed("beginIngest") { try base.beginIngest(expectedBytes: expectedBytes) }
    }
    func finishIngest() throws { try timed("finishIngest") { try base.finishIngest() } }
    func contentHash(ofArticle id: String) throws -> String? {
        try timed("contentHash") { try base.contentHash(ofArticle: id) }
    }
    func articleCount() throws -> Int { try timed("articleCount") { try base.articleCount() } }
    func articles(order: ArticleOrder, page: PageRequest) throws -> [ArticleSummary] {
        try timed("articles(page)") { try base.articles(order: order, page: page) }
    }
    func article(id: String) throws -> Article? { try timed("article") { try base.article(id: id) } }
    func facts(ofArticle id: String) throws -> ArticleFacts {
        try timed("facts(ofArticle)") { try base.facts(ofArticle: id) }
    }
    func entityCount(kinds: Set<EntityKind>) throws -> Int {
        try timed("entityCount") { try base.entityCount(kinds: kinds) }
    }
    func entities(kinds: Set<EntityKind>, page: PageRequest) throws -> [EntitySummary] {
        try timed("entities(page)") { try base.entities(kinds: kinds, page: page) }
    }
    func profile(ofEntity id: EntityID) throws -> EntityProfile? {
        try timed("profile(ofEntity)") { try base.profile(ofEntity: id) }
    }
    func dealCount(filter: DealFilter) throws -> Int { try timed("dealCount") { try base.dealCount(filter: filter) } }
    func deals(filter: DealFilter, page: PageRequest) throws -> [Deal] {
        try timed("deals(page)") { try base.deals(filter: filter, page: page) }
    }
    func searchEntities(_ query: String, limit: Int) throws -> [EntitySummary] {
        try timed("searchEntities") { try base.searchEntities(query, limit: limit) }
    }
    func searchArticles(_ query: String, limit: Int) throws -> [ArticleSummary] {
        try timed("searchArticles") { try base.searchArticles(query, limit: limit) }
    }
    func exportDump(articleID: String?) throws -> ExportDump {
        try timed("exportDump") { try base.exportDump(articleID: articleID) }
    }
}
