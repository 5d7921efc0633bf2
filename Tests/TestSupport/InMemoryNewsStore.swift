import Foundation
import NewsModel

/// A `NewsStore` in memory, for tests of ingest and of screens. Thread-safe; counts its writes.
///
/// Entities are merged by ``EntityKey`` across articles, as a real store would; queries are
/// simple scans.
public final class InMemoryNewsStore: NewsStore, @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [String: (article: Article, hash: String, facts: ArticleFacts)] = [:]
    private var order: [String] = []
    private var saves = 0
    private let writeLimit: Int?

    /// The error a store with a write limit throws once the limit is reached.
    public struct Full: Error, CustomStringConvertible {
        public var description: String { "the in-memory store is full" }
    }

    /// An empty store; with `writeLimit`, every write after that many throws ``Full`` (to test
    /// how callers handle a failing database).
    public init(writeLimit: Int? = nil) {
        self.writeLimit = writeLimit
    }

    /// How many times ``save(_:facts:)`` wrote something (inserted or replaced).
    public var writeCount: Int { locked { saves } }

    /// The ids of stored articles, in the order they were first saved.
    public var articleIDs: [String] { locked { order } }

    /// Saves a batch atomically, as a transactional store does: when the write limit would be
    /// passed, nothing of the batch is written.
    public func save(_ batch: [ArticleWithFacts]) throws -> [SaveOutcome] {
        let newWrites = locked {
            batch.filter { stored[$0.article.id]?.hash != $0.article.contentHash }.count
        }
        if let writeLimit, locked({ saves }) + newWrites > writeLimit { throw Full() }
        return try batch.map { try save($0.article, facts: $0.facts) }
    }

    public func save(_ article: Article, facts: ArticleFacts) throws -> SaveOutcome {
        try locked {
            let hash = article.contentHash
            if let old = stored[article.id], old.hash == hash { return .unchanged }
            if let writeLimit, saves >= writeLimit { throw Full() }
            let outcome: SaveOutcome = stored[article.id] == nil ? .inserted : .replaced
            if outcome == .inserted { order.append(article.id) }
            stored[article.id] = (article, hash, facts)
            saves += 1
            return outcome
        }
    }

    public func contentHash(ofArticle id: String) throws -> String? { locked { stored[id]?.hash } }

    public func articleCount() throws -> Int { locked { stored.count } }

    public func articles(order: ArticleOrder, page: PageRequest) throws -> [ArticleSummary] {
        let all = locked { self.order.compactMap { stored[$0] }.map { summary($0.article, $0.facts) } }
        let sorted: [ArticleSummary]
        switch order {
        case .newestFirst: sorted = all.sorted { ($0.date ?? "") > ($1.date ?? "") }
        case .oldestFirst: sorted = all.sorted { ($0.date ?? "") < ($1.date ?? "") }
        case .title: sorted = all.sorted { $0.title < $1.title }
        }
        return Array(sorted.dropFirst(page.offset).prefix(page.limit))
    }

    public func article(id: String) throws -> Article? { locked { stored[id]?.article } }

    public func facts(ofArticle id: String) throws -> ArticleFacts { locked { stored[id]?.facts ?? .empty } }

    public func entityCount(kinds: Set<EntityKind>) throws -> Int { try entities(kinds: kinds, page: PageRequest(limit: .max)).count }

    public func entities(kinds: Set<EntityKind>, page: PageRequest) throws -> [EntitySummary] {
        let all = mergedEntities().filter { kinds.isEmpty || kinds.contains($0.entity.kind) }
        return Array(all.map(entitySummary).sorted { $0.articleCount > $1.articleCount }.dropFirst(page.offset).prefix(page.limit))
    }

    public func profile(ofEntity id: EntityID) throws -> EntityProfile? {
        guard let merged = mergedEntities().first(where: { $0.entity.id == id }) else { return nil }
        let key = EntityKey.of(merged.entity.name)
        let facts = locked { stored.values.map(\.facts) }
        let deals = facts.flatMap(\.deals).filter { $0.parties.contains { EntityKey.of($0.name) == key } }
        let stakes = facts.flatMap(\.stakes)
        let quotes = facts.flatMap(\.quotes)
        return EntityProfile(
            entity: merged.entity, stakesHeld: stakes.filter { EntityKey.of($0.holder.name) == key },
            stakesIn: stakes.filter { EntityKey.of($0.company.name) == key }, deals: DealTimeline.ordered(deals),
            quotesBy: quotes.filter { $0.speaker.map { EntityKey.of($0.name) == key } ?? false })
    }

    public func dealCount(filter: DealFilter) throws -> Int { try deals(filter: filter, page: PageRequest(limit: .max)).count }

    public func deals(filter: DealFilter, page: PageRequest) throws -> [Deal] {
        let all = locked { order.compactMap { stored[$0]?.facts.deals }.flatMap { $0 } }
        let filtered = all.filter { deal in
            (filter.kinds.isEmpty || filter.kinds.contains(deal.kind))
                && (filter.entity.map { id in deal.parties.contains { $0.id == id } } ?? true)
        }
        return Array(DealTimeline.ordered(filtered).dropFirst(page.offset).prefix(page.limit))
    }

    public func searchEntities(_ query: String, limit: Int) throws -> [EntitySummary] {
        let folded = EntityKey.fold(query)
        return Array(
            mergedEntities().filter { merged in
                merged.entity.allNames.contains { name in EntityKey.words(of: name).contains { $0.hasPrefix(folded) } }
            }.map(entitySummary).sorted { $0.articleCount > $1.articleCount }.prefix(limit))
    }

    public func searchArticles(_ query: String, limit: Int) throws -> [ArticleSummary] {
        let folded = EntityKey.fold(query)
        let all = locked { order.compactMap { stored[$0] } }
        return Array(
            all.filter { EntityKey.words(of: $0.article.title + " " + $0.article.text).contains { $0.hasPrefix(folded) } }
                .map { summary($0.article, $0.facts) }.prefix(limit))
    }

    public func exportDump(articleID: String?) throws -> ExportDump {
        let chosen = locked { order.compactMap { stored[$0] } }.filter { articleID == nil || $0.article.id == articleID }
        var entities: [String: ExportEntity] = [:]
        var entityOrder: [String] = []
        for item in chosen {
            for entity in item.facts.entities {
                let key = EntityKey.of(entity.name)
                if entities[key] == nil {
                    entities[key] = ExportEntity(entity: entity, articleIDs: [])
                    entityOrder.append(key)
                }
                if entities[key]?.articleIDs.contains(item.article.id) == false {
                    entities[key]?.articleIDs.append(item.article.id)
                }
            }
        }
        return ExportDump(
            articles: chosen.map { summary($0.article, $0.facts) }, entities: entityOrder.compactMap { entities[$0] },
            deals: chosen.flatMap(\.facts.deals), stakes: chosen.flatMap(\.facts.stakes), quotes: chosen.flatMap(\.facts.quotes))
    }

    // MARK: Helpers

    private func locked<T>(_ body: () throws -> T) rethrows -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body()
    }

    private func summary(_ article: Article, _ facts: ArticleFacts) -> ArticleSummary {
        ArticleSummary(
            id: article.id, title: article.title, date: article.date, source: article.source, language: article.language,
            factCount: facts.factCount)
    }

    private struct Merged {
        var entity: Entity
        var articles: Set<String>
    }

    private func mergedEntities() -> [Merged] {
        let dump = (try? exportDump(articleID: nil)) ?? ExportDump()
        return dump.entities.map { Merged(entity: $0.entity, articles: Set($0.articleIDs)) }
    }

    private func entitySummary(_ merged: Merged) -> EntitySummary {
        let key = EntityKey.of(merged.entity.name)
        let facts = locked { stored.values.map(\.facts) }
        return EntitySummary(
            id: merged.entity.id, name: merged.entity.name, kind: merged.entity.kind, articleCount: merged.articles.count,
            dealCount: facts.flatMap(\.deals).filter { $0.parties.contains { EntityKey.of($0.name) == key } }.count,
            stakeCount: facts.flatMap(\.stakes).filter { EntityKey.of($0.holder.name) == key || EntityKey.of($0.company.name) == key }.count,
            quoteCount: facts.flatMap(\.quotes).filter { $0.speaker.map { EntityKey.of($0.name) == key } ?? false }.count)
    }
}
