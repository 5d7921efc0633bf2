import GRDB
import NewsModel
import Testing
import TestSupport

@testable import NewsStoreSQLite

/// Runs store reads with statement tracing on, then asks SQLite how it executes each statement.
@Suite struct QueryPlanTests {
    /// The query plan lines of every SELECT, UPDATE and DELETE a store call ran.
    static func plans(_ store: SQLiteNewsStore, _ call: (SQLiteNewsStore) throws -> Void) throws -> [String: [String]] {
        let recorded = Recorded()
        store.writer.writeWithoutTransaction { db in
            db.trace(options: .statement) { event in
                if case let .statement(statement) = event { recorded.append(statement.expandedSQL) }
            }
        }
        try call(store)
        store.writer.writeWithoutTransaction { db in db.trace(options: .statement, nil) }
        var plans: [String: [String]] = [:]
        try store.writer.read { db in
            for sql in recorded.values
            where ["SELECT", "UPDATE", "DELETE"].contains(where: sql.uppercased().hasPrefix) {
                plans[sql] = try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql).map { $0["detail"] }
            }
        }
        return plans
    }

    final class Recorded: @unchecked Sendable {
        private(set) var values: [String] = []
        func append(_ value: String) { values.append(value) }
    }

    /// Plan lines that read a whole table rather than an index range. FTS5's own read of its
    /// few-row `_config` table (when a connection first uses an index after a schema change)
    /// is not ours.
    static func fullScans(_ plans: [String: [String]]) -> [String] {
        plans.filter { sql, _ in !(sql.hasPrefix("SELECT k, v FROM ") && sql.hasSuffix("_config'")) }.flatMap { sql, plan in
            plan.filter { $0.hasPrefix("SCAN") && !$0.contains("INDEX") }.map { "\($0) in \(sql)" }
        }
    }

    @Test(arguments: [
        "articles newest", "articles oldest", "articles title", "entities all", "entities company",
        "entities company+organization", "entities person", "deals all", "deals stake", "deals stake+merger",
    ])
    func listPagesWalkAnIndexInOrder(screen: String) throws {
        let store = try ProfileTests.store()
        let page = PageRequest(offset: 1, limit: 50)
        let plans = try Self.plans(store) { store in
            switch screen {
            case "articles newest": _ = try store.articles(order: .newestFirst, page: page)
            case "articles oldest": _ = try store.articles(order: .oldestFirst, page: page)
            case "articles title": _ = try store.articles(order: .title, page: page)
            case "entities all": _ = try store.entities(kinds: [], page: page)
            case "entities company": _ = try store.entities(kinds: [.company], page: page)
            case "entities company+organization": _ = try store.entities(kinds: [.company, .organization], page: page)
            case "entities person": _ = try store.entities(kinds: [.person], page: page)
            case "deals all": _ = try store.deals(filter: DealFilter(), page: page)
            case "deals stake": _ = try store.deals(filter: DealFilter(kinds: [.stake]), page: page)
            case "deals stake+merger": _ = try store.deals(filter: DealFilter(kinds: [.stake, .merger]), page: page)
            default: Issue.record("unknown screen \(screen)")
            }
        }
        #expect(plans.count == 1)
        for (sql, plan) in plans {
            #expect(!plan.contains { $0.contains("TEMP B-TREE") }, "sorts instead of walking an index: \(sql) \(plan)")
            #expect(plan.first?.contains("INDEX") == true, "\(sql) \(plan)")
        }
    }

    @Test func detailScreensUseIndexes() throws {
        let store = try ProfileTests.store()
        let plans = try Self.plans(store) { store in
            _ = try store.profile(ofEntity: "company:kestrel")
            _ = try store.profile(ofEntity: "person:ivorenk")
            _ = try store.facts(ofArticle: "p1")
            _ = try store.article(id: "p1")
            _ = try store.deals(filter: DealFilter(entity: "company:kestrel", kinds: [.acquisition]), page: PageRequest())
            _ = try store.searchEntities("kes", limit: 10)
            _ = try store.searchArticles("kes", limit: 10)
            _ = try store.entityCount(kinds: [.company])
            _ = try store.dealCount(filter: DealFilter(entity: "company:kestrel"))
        }
        #expect(plans.count > 15)
        #expect(Self.fullScans(plans) == [])
    }

    @Test func savingLooksUpByIndex() throws {
        let store = try SQLiteNewsStore.inMemory()
        let fixture = SaveTests.dealArticle()
        let savePlans = try Self.plans(store) { store in
            try store.save(fixture.article, facts: fixture.facts)
            var changed = SaveTests.dealArticle(extra: "A second paragraph.")
            changed.entity("Brightwater")
            try store.save(changed.article, facts: changed.facts)
            // A third version without facts leaves the entities orphaned: they are deleted.
            try store.save(SaveTests.dealArticle(extra: "A third paragraph.").article, facts: .empty)
        }
        #expect(savePlans.keys.contains { $0.hasPrefix("DELETE FROM article") })
        #expect(savePlans.keys.contains { $0.hasPrefix("DELETE FROM entity") })
        #expect(Self.fullScans(savePlans) == [])
    }
}
