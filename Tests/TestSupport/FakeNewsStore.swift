import Foundation
import NewsModel

/// An in-memory ``NewsStore`` for UI tests: articles and facts in arrays, every read computed
/// on the fly, every call recorded. It can also be told to fail.
public final class FakeNewsStore: NewsStore, @unchecked Sendable {
    /// The error a failing fake throws.
    public struct Failure: Error, CustomStringConvertible {
        /// The method that failed.
        public var method: String
        /// A full sentence.
        public var description: String { "The fake store was told to fail in '\(method)'." }
    }

    private let lock = NSLock()
    private var entries: [BrowserFixtures.Entry]
    private var log: [String] = []
    private var failing: Set<String> = []

    /// A store holding these articles and facts.
    public init(entries: [BrowserFixtures.Entry] = BrowserFixtures.corpus) {
        self.entries = entries
    }

    /// The fixture corpus plus `count` generated articles without facts (for paging tests).
    public static func large(count: Int) -> FakeNewsStore {
        var entries = BrowserFixtures.corpus
        for index in 0..<count {
            let day = index % 28 + 1
            let month = index / 28 % 12 + 1
            let article = Article(
                id: "gen-\(index)", title: "Generated market report number \(index)", paragraphs: ["Text \(index)."],
                date: "1999-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)", language: .english,
                source: "generator")
            entries.append((article, .empty))
        }
        return FakeNewsStore(entries: entries)
    }

    /// Every method called so far, with its main arguments, e.g. `articles(newestFirst,0,100)`.
    public var calls: [String] { lock.withLock { log } }

    /// Makes the named method (e.g. "profile") throw from now on.
    public func fail(_ method: String) { lock.withLock { _ = failing.insert(method) } }

    private func record(_ call: String, _ method: String) throws {
        try lock.withLock {
            log.append(call)
            if failing.contains(method) { throw Failure(method: method) }
        }
    }

    private var snapshot: [BrowserFixtures.Entry] { lock.withLock { entries } }

    // MARK: Writing

    /// The in-memory answer to ``NewsStore/save``, recorded in ``calls``.
    public func save(_ article: Article, facts: ArticleFacts) throws -> SaveOutcome {
        try record("save(\(article.id))", "save")
        return lock.withLock {
            if let index = entries.firstIndex(where: { $0.article.id == article.id }) {
                if entries[index].article.contentHash == article.contentHash { return .unchanged }
                entries[index] = (article, facts)
                return .replaced
            }
            entries.append((article, facts))
            return .inserted
        }
    }

    /// The in-memory answer to ``NewsStore/contentHash``, recorded in ``calls``.
    public func contentHash(ofArticle id: String) throws -> String? {
        try record("contentHash(\(id))", "contentHash")
        return snapshot.first { $0.article.id == id }?.article.contentHash
    }

    // MARK: Articles

    /// The in-memory answer to ``NewsStore/articleCount``, recorded in ``calls``.
    public func articleCount() throws -> Int {
        try record("articleCount", "articleCount")
        return snapshot.count
    }

    private static func summary(_ entry: BrowserFixtures.Entry) -> ArticleSummary {
        ArticleSummary(
            id: entry.article.id, title: entry.article.title, date: entry.article.date,
            source: entry.article.source, language: entry.article.language, factCount: entry.facts.factCount)
    }

    /// The in-memory answer to ``NewsStore/articles``, recorded in ``calls``.
    public func articles(order: ArticleOrder, page: PageRequest) throws -> [ArticleSummary] {
        try record("articles(\(order.rawValue),\(page.offset),\(page.limit))", "articles")
        let sorted = snapshot.map(Self.summary).sorted { lhs, rhs in
            switch order {
            case .newestFirst: return (lhs.date ?? "", lhs.id) > (rhs.date ?? "", rhs.id)
            case .oldestFirst: return (lhs.date ?? "9999", lhs.id) < (rhs.date ?? "9999", rhs.id)
            case .title: return (lhs.title, lhs.id) < (rhs.title, rhs.id)
            }
        }
        return Array(sorted.dropFirst(page.offset).prefix(page.limit))
    }

    /// The in-memory answer to ``NewsStore/article``, recorded in ``calls``.
    public func article(id: String) throws -> Article? {
        try record("article(\(id))", "article")
        return snapshot.first { $0.article.id == id }?.article
    }

    /// The in-memory answer to ``NewsStore/facts``, recorded in ``calls``.
    public func facts(ofArticle id: String) throws -> ArticleFacts {
        try record("facts(\(id))", "facts")
        return snapshot.first { $0.article.id == id }?.facts ?? .empty
    }

    // MARK: Entities

    private func allEntities() -> [Entity] {
        var seen: [EntityID: Entity] = [:]
        var order: [EntityID] = []
        for entry in snapshot {
            for entity in entry.facts.entities {
                if var known = seen[entity.id] {
                    for alias in entity.aliases where !known.aliases.contains(alias) { known.aliases.append(alias) }
                    seen[entity.id] = known
                } else {
                    seen[entity.id] = entity
                    order.append(entity.id)
                }
            }
        }
        return order.compactMap { seen[$0] }
    }

    private func summary(of entity: Entity, in entries: [BrowserFixtures.Entry]) -> EntitySummary {
        let facts = entries.map(\.facts)
        return EntitySummary(
            id: entity.id, name: entity.name, kind: entity.kind,
            articleCount: facts.filter { $0.entities.contains { $0.id == entity.id } }.count,
            dealCount: facts.flatMap(\.deals).filter { $0.parties.contains { $0.id == entity.id } }.count,
            stakeCount: facts.flatMap(\.stakes).filter { $0.holder.id == entity.id || $0.company.id == entity.id }
                .count,
            quoteCount: facts.flatMap(\.quotes).filter { $0.speaker?.id == entity.id }.count)
    }

    private func summaries(kinds: Set<EntityKind>) -> [EntitySummary] {
        let entries = snapshot
        return allEntities().filter { kinds.isEmpty || kinds.contains($0.kind) }
            .map { summary(of: $0, in: entries) }
            .sorted { ($0.articleCount, $1.name) > ($1.articleCount, $0.name) }
    }

    /// The in-memory answer to ``NewsStore/entityCount``, recorded in ``calls``.
    public func entityCount(kinds: Set<EntityKind>) throws -> Int {
        try record("entityCount", "entityCount")
        return summaries(kinds: kinds).count
    }

    /// The in-memory answer to ``NewsStore/entities``, recorded in ``calls``.
    public func entities(kinds: Set<EntityKind>, page: PageRequest) throws -> [EntitySummary] {
        try record(
            "entities(\(kinds.map(\.rawValue).sorted().joined(separator: "+")),\(page.offset),\(page.limit))",
            "entities")
        return Array(summaries(kinds: kinds).dropFirst(page.offset).prefix(page.limit))
    }

    /// The in-memory answer to ``NewsStore/profile``, recorded in ``calls``.
    public func profile(ofEntity id: EntityID) throws -> EntityProfile? {
        try record("profile(\(id))", "profile")
        let entries = snapshot
        guard let entity = allEntities().first(where: { $0.id == id }) else { return nil }
        let facts = entries.map(\.facts)
        let stakes = facts.flatMap(\.stakes)
        let quotes = facts.flatMap(\.quotes)
        let names = entity.allNames.map(EntityKey.fold)
        let people = allEntities().filter { $0.kind == .person && $0.organization?.id == id }
        return EntityProfile(
            entity: entity,
            stakesHeld: stakes.filter { $0.holder.id == id },
            stakesIn: stakes.filter { $0.company.id == id },
            deals: DealTimeline.ordered(facts.flatMap(\.deals).filter { $0.parties.contains { $0.id == id } }),
            quotesBy: quotes.filter { $0.speaker?.id == id || $0.organization?.id == id },
            quotesAbout: quotes.filter { quote in
                quote.speaker?.id != id && quote.organization?.id != id
                    && names.contains { EntityKey.fold(quote.evidence.sentence).contains($0) }
            },
            people: people.map { summary(of: $0, in: entries) },
            articles: entries.filter { $0.facts.entities.contains { $0.id == id } }.map(Self.summary)
                .sorted { ($0.date ?? "") > ($1.date ?? "") })
    }

    // MARK: Deals

    private func deals(filter: DealFilter) -> [Deal] {
        DealTimeline.ordered(snapshot.flatMap(\.facts.deals)).filter { deal in
            (filter.entity.map { id in deal.parties.contains { $0.id == id } } ?? true)
                && (filter.kinds.isEmpty || filter.kinds.contains(deal.kind))
        }
    }

    /// The in-memory answer to ``NewsStore/dealCount``, recorded in ``calls``.
    public func dealCount(filter: DealFilter) throws -> Int {
        try record("dealCount", "dealCount")
        return deals(filter: filter).count
    }

    /// The in-memory answer to ``NewsStore/deals``, recorded in ``calls``.
    public func deals(filter: DealFilter, page: PageRequest) throws -> [Deal] {
        try record(
            "deals(\(filter.entity ?? "*"),\(filter.kinds.map(\.rawValue).sorted().joined(separator: "+")),\(page.offset),\(page.limit))",
            "deals")
        return Array(deals(filter: filter).dropFirst(page.offset).prefix(page.limit))
    }

    // MARK: Search

    /// The in-memory answer to ``NewsStore/searchEntities``, recorded in ``calls``.
    public func searchEntities(_ query: String, limit: Int) throws -> [EntitySummary] {
        try record("searchEntities(\(query))", "searchEntities")
        let folded = EntityKey.fold(query).trimmingCharacters(in: .whitespaces)
        guard !folded.isEmpty else { return [] }
        let entries = snapshot
        let matches = allEntities().filter { $0.kind != .place }.filter { entity in
            entity.allNames.contains { name in
                let key = EntityKey.fold(name)
                return key.hasPrefix(folded) || EntityKey.words(of: name).contains { $0.hasPrefix(folded) }
            }
        }
        return Array(
            matches.map { summary(of: $0, in: entries) }
                .sorted { ($0.articleCount, $1.name) > ($1.articleCount, $0.name) }.prefix(limit))
    }

    /// The in-memory answer to ``NewsStore/searchArticles``, recorded in ``calls``.
    public func searchArticles(_ query: String, limit: Int) throws -> [ArticleSummary] {
        try record("searchArticles(\(query))", "searchArticles")
        let folded = EntityKey.fold(query)
        return Array(
            snapshot.filter { EntityKey.fold($0.article.title).contains(folded) }.map(Self.summary).prefix(limit))
    }

    /// The in-memory answer to ``NewsStore/exportDump``, recorded in ``calls``.
    public func exportDump(articleID: String?) throws -> ExportDump {
        try record("exportDump", "exportDump")
        let chosen = snapshot.filter { articleID == nil || $0.article.id == articleID }
        return ExportDump(
            articles: chosen.map(Self.summary),
            entities: allEntities().map { entity in
                ExportEntity(
                    entity: entity,
                    articleIDs: chosen.filter { $0.facts.entities.contains { $0.id == entity.id } }.map(\.article.id))
            },
            deals: chosen.flatMap(\.facts.deals), stakes: chosen.flatMap(\.facts.stakes),
            quotes: chosen.flatMap(\.facts.quotes))
    }
}
