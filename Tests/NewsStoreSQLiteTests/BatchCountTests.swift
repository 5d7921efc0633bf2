import Foundation
import GRDB
import NewsModel
import Testing
import TestSupport

@testable import NewsStoreSQLite

/// The entity counts are added by the writer once per transaction: they must equal the rows,
/// whether articles come one by one or in a batch, and in a database made by schema v1.
@Suite struct BatchCountTests {
    /// Articles in which Kestrel buys and quotes appear, one of them twice in the batch.
    private static func articles() -> [ArticleWithFacts] {
        TransactionTests.quotedBatch(month: "1987-01") { "k\($0 % 3)" }
    }

    /// Every entity's counts as the rows give them, and as stored.
    private static func countsFromRows(_ store: SQLiteNewsStore) throws -> (rows: [String], stored: [String]) {
        try store.writer.read { db in
            let rows = try String.fetchAll(
                db,
                sql: """
                    SELECT e.id || ' ' ||
                        (SELECT COUNT(*) FROM entityArticle WHERE entityID = e.id) || ' ' ||
                        (SELECT COUNT(*) FROM deal WHERE e.id IN (acquirerID, sellerID, targetID)) || ' ' ||
                        (SELECT COUNT(*) FROM stake WHERE e.id IN (holderID, companyID)) || ' ' ||
                        (SELECT COUNT(*) FROM quote WHERE e.id IN (speakerID, organizationID))
                    FROM entity e ORDER BY e.id
                    """)
            let stored = try String.fetchAll(
                db,
                sql: """
                    SELECT id || ' ' || articleCount || ' ' || dealCount || ' ' || stakeCount || ' ' || quoteCount
                    FROM entity ORDER BY id
                    """)
            return (rows, stored)
        }
    }

    @Test func batchAndSingleSavesGiveTheCountsOfTheRows() throws {
        let batched = try SQLiteNewsStore.inMemory()
        _ = try batched.save(Self.articles())
        let single = try SQLiteNewsStore.inMemory()
        for item in Self.articles() { try single.save(item.article, facts: item.facts) }
        let (rows, stored) = try Self.countsFromRows(batched)
        #expect(!rows.isEmpty)
        #expect(stored == rows)
        #expect(try Self.countsFromRows(single).stored == rows)
        #expect(try batched.exportDump(articleID: nil) == single.exportDump(articleID: nil))
        let kestrel = try #require(try batched.searchEntities("kestrel", limit: 1).first)
        #expect(kestrel.articleCount == 3)
        #expect(kestrel.dealCount == 3)
    }

    /// A bulk ingest keeps every entity in its complete cache and adds the counts by rowid:
    /// across several transactions they must still equal the rows, and what ordinary saves give.
    @Test func bulkIngestAcrossBatchesGivesTheCountsOfTheRows() throws {
        let bulk = try SQLiteNewsStore.inMemory()
        try bulk.beginIngest(expectedBytes: Int.max)
        let batches = [
            TransactionTests.quotedBatch(month: "1987-01") { "a\($0)" },
            TransactionTests.quotedBatch(month: "1987-02") { "b\($0)" },
        ]
        for batch in batches { _ = try bulk.save(batch) }
        try bulk.finishIngest()
        let single = try SQLiteNewsStore.inMemory()
        for item in batches.joined() { try single.save(item.article, facts: item.facts) }
        let (rows, stored) = try Self.countsFromRows(bulk)
        #expect(!rows.isEmpty)
        #expect(stored == rows)
        #expect(try Self.countsFromRows(single).stored == rows)
        let kestrel = try #require(try bulk.searchEntities("kestrel", limit: 1).first)
        #expect(kestrel.articleCount == 8)
        #expect(kestrel.dealCount == 8)
    }

    @Test func databaseOfSchemaV1IsMigratedAndKeepsItsCounts() throws {
        let folder = try Fixtures.temporaryFolder("store-v1")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("news.db").path
        do {
            let queue = try DatabaseQueue(path: path)
            try StoreSchema.migrator.migrate(queue, upTo: "v1: articles, entities, facts, search")
            let insertTriggers = try queue.read { db in
                try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM sqlite_master WHERE name LIKE '%_counts_insert'")
            }
            #expect(insertTriggers == 4)
        }
        let store = try SQLiteNewsStore(path: path)
        let triggers = try store.writer.read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'trigger' ORDER BY name")
        }
        #expect(!triggers.contains { $0.hasSuffix("_counts_insert") })
        #expect(triggers.contains("quote_counts_delete"))
        _ = try store.save(Self.articles())
        let replaced = TransactionTests.quotedArticle(id: "k1", date: "1990-01-01")
        #expect(try store.save(replaced.article, facts: .empty) == .replaced)
        let (rows, stored) = try Self.countsFromRows(store)
        #expect(stored == rows)
    }
}
