import Foundation
import GRDB
import NewsModel
import Testing
import TestSupport

@testable import NewsStoreSQLite

/// A large ingest into an empty store writes with foreign keys and `secure_delete` off (and still `synchronous =
/// NORMAL`, so a power cut cannot damage the database) until it ends; the writer keeps the rows consistent itself, also when it replaces an article
/// meanwhile. Schema v6 makes the article index merge eight segments at a time.
@Suite struct BulkSettingsTests {
    private static func articles() -> [ArticleWithFacts] {
        TransactionTests.quotedBatch(month: "1987-02") { "b\($0)" }
    }

    /// `PRAGMA name` on the writer connection.
    private static func writerSetting(_ store: SQLiteNewsStore, _ name: String) throws -> Int {
        try store.writer.writeWithoutTransaction { db in try Int.fetchOne(db, sql: "PRAGMA \(name)") ?? -1 }
    }

    /// Every row of the tables that refer to others, as text, to compare two stores.
    private static func dependentRows(_ store: SQLiteNewsStore) throws -> [String] {
        try store.writer.read { db in
            try ["entityAlias", "entityArticle", "mention", "deal", "stake", "quote"].flatMap { table in
                try Row.fetchAll(db, sql: "SELECT * FROM \(table)").map { "\(table): \($0.description)" }.sorted()
            }
        }
    }

    private static func foreignKeyProblems(_ store: SQLiteNewsStore) throws -> Int {
        try store.writer.read { db in try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").count }
    }

    @Test func aBulkIngestWritesWithoutForeignKeysUntilItEnds() throws {
        let folder = try Fixtures.temporaryFolder("store-bulk-settings")
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try SQLiteNewsStore(path: folder.appendingPathComponent("news.db").path)
        #expect(try Self.writerSetting(store, "synchronous") == 1)  // NORMAL
        #expect(try Self.writerSetting(store, "foreign_keys") == 1)
        // Debian's and Ubuntu's SQLite have it on by default.
        try store.writer.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA secure_delete = ON") }
        try store.beginIngest(expectedBytes: Int.max)
        #expect(try Self.writerSetting(store, "synchronous") == 1)
        #expect(try Self.writerSetting(store, "foreign_keys") == 0)
        #expect(try Self.writerSetting(store, "secure_delete") == 0)
        _ = try store.save(Self.articles())
        try store.finishIngest()
        #expect(try Self.writerSetting(store, "synchronous") == 1)
        #expect(try Self.writerSetting(store, "foreign_keys") == 1)
        #expect(try Self.writerSetting(store, "secure_delete") == 1)
        #expect(try Self.foreignKeyProblems(store) == 0)
        // The checkpoint at the end copied the WAL into the database.
        let (busy, log, copied) = try store.writer.writeWithoutTransaction { db in
            let row = try #require(try Row.fetchOne(db, sql: "PRAGMA wal_checkpoint(PASSIVE)"))
            return (row[0] as Int, row[1] as Int, row[2] as Int)
        }
        #expect(busy == 0 && log == copied)
    }

    @Test func aSmallIngestKeepsTheOrdinarySettings() throws {
        let store = try SQLiteNewsStore.inMemory()
        try store.beginIngest(expectedBytes: SQLiteNewsStore.deferIndexesFromBytes - 1)
        #expect(try Self.writerSetting(store, "foreign_keys") == 1)
        try store.finishIngest()
        #expect(try Self.writerSetting(store, "foreign_keys") == 1)
    }

    @Test func replacingDuringABulkIngestRemovesTheOldRowsAsTheCascadeDoes() throws {
        // b9 alone names Quarrow (with an alias): replaced without facts, it leaves Quarrow
        // without any article, so the entity and its alias go too.
        var lone = ArticleFixture(id: "b9", paragraphs: ["Quarrow Mining Ltd, called Quarrow, grew."], date: "1987-03-01")
        _ = lone.entity("Quarrow Mining Ltd")
        lone.facts.entities[0].aliases = ["Quarrow"]
        let items = Self.articles() + [ArticleWithFacts(article: lone.article, facts: lone.facts)]
        var changed = TransactionTests.quotedArticle(id: "b2", date: "1990-01-01").article
        changed.paragraphs.append("A later paragraph changes the content.")
        var emptied = lone.article
        emptied.paragraphs = ["Nothing to see."]
        let replacement = [
            ArticleWithFacts(article: changed, facts: .empty), ArticleWithFacts(article: emptied, facts: .empty),
        ]

        let bulk = try SQLiteNewsStore.inMemory()
        try bulk.beginIngest(expectedBytes: Int.max)
        _ = try bulk.save(items)
        #expect(try Self.writerSetting(bulk, "foreign_keys") == 0)
        #expect(try bulk.writer.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM entityAlias WHERE alias = 'Quarrow'") } == 1)
        #expect(try bulk.save(replacement) == [.replaced, .replaced])
        try bulk.finishIngest()

        let plain = try SQLiteNewsStore.inMemory()
        _ = try plain.save(items)
        _ = try plain.save(replacement)
        #expect(try Self.dependentRows(bulk) == Self.dependentRows(plain))
        #expect(try Self.dependentRows(bulk).contains { $0.contains("b2") && !$0.hasPrefix("entityAlias") } == false)
        #expect(try Self.dependentRows(bulk).contains { $0.lowercased().contains("quarrow") } == false)
        #expect(try bulk.exportDump(articleID: nil) == plain.exportDump(articleID: nil))
        #expect(try Self.foreignKeyProblems(bulk) == 0)
        let entities = try bulk.writer.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM entity") }
        let plainEntities = try plain.writer.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM entity") }
        #expect(entities == plainEntities)
    }

    /// The `automerge` setting of the article index (FTS5 keeps it in its config table).
    private static func automerge(_ db: Database) throws -> Int? {
        try Int.fetchOne(db, sql: "SELECT v FROM articleSearch_config WHERE k = 'automerge'")
    }

    @Test func theArticleIndexMergesEightSegmentsAtATimeAlsoAfterAnUpgrade() throws {
        let fresh = try SQLiteNewsStore.inMemory()
        #expect(try fresh.writer.read(Self.automerge) == StoreSchema.articleSearchAutomerge)

        let folder = try Fixtures.temporaryFolder("store-v5")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("news.db").path
        do {
            let queue = try DatabaseQueue(path: path)
            try StoreSchema.migrator.migrate(queue, upTo: "v5: quote texts taken from the article")
            #expect(try queue.read(Self.automerge) == nil)
        }
        let upgraded = try SQLiteNewsStore(path: path)
        #expect(try upgraded.writer.read(Self.automerge) == 8)
        let item = Self.articles()[0]
        _ = try upgraded.save([item])
        #expect(try upgraded.searchArticles("kestrel", limit: 5).map(\.id) == [item.article.id])
    }
}
