import Foundation
import GRDB
import NewsModel
import Testing
import TestSupport

@testable import NewsStoreSQLite

/// A large ingest into an empty store drops the secondary indexes and builds them at the end;
/// the database always records what it lacks, so a killed ingest is repaired on the next open.
@Suite struct DeferredIndexTests {
    /// Articles with quotes, deals and links, as the batch tests use them.
    private static func articles() -> [ArticleWithFacts] {
        (1...4).map { index in
            let fixture = TransactionTests.quotedArticle(id: "d\(index)", date: "1987-02-0\(index)")
            return ArticleWithFacts(article: fixture.article, facts: fixture.facts)
        }
    }

    /// The names and statements of the store's indexes.
    private static func indexes(_ store: SQLiteNewsStore) throws -> [String] {
        try store.writer.read { db in
            try String.fetchAll(
                db, sql: "SELECT name || ': ' || sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name")
        }
    }

    private static func deferredCount(_ store: SQLiteNewsStore) throws -> Int {
        try store.writer.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM deferredIndex") ?? -1 }
    }

    @Test func largeIngestIntoAnEmptyStoreBuildsTheSameIndexesAtTheEnd() throws {
        let plain = try SQLiteNewsStore.inMemory()
        let expected = try Self.indexes(plain)
        _ = try plain.save(Self.articles())

        let bulk = try SQLiteNewsStore.inMemory()
        try bulk.beginIngest(expectedBytes: SQLiteNewsStore.deferIndexesFromBytes)
        let during = try Self.indexes(bulk)
        #expect(during.count < expected.count)
        #expect(during.allSatisfy { line in DeferredIndexes.kept.contains { line.hasPrefix($0 + ":") } })
        #expect(try Self.deferredCount(bulk) == expected.count - during.count)
        _ = try bulk.save(Self.articles())
        try bulk.finishIngest()
        #expect(try Self.indexes(bulk) == expected)
        #expect(try Self.deferredCount(bulk) == 0)
        #expect(try bulk.exportDump(articleID: nil) == plain.exportDump(articleID: nil))
    }

    @Test func smallIngestOrAStoreWithArticlesKeepsItsIndexes() throws {
        let store = try SQLiteNewsStore.inMemory()
        let expected = try Self.indexes(store)
        try store.beginIngest(expectedBytes: SQLiteNewsStore.deferIndexesFromBytes - 1)
        #expect(try Self.indexes(store) == expected)
        try store.finishIngest()
        _ = try store.save(Array(Self.articles().prefix(1)))
        try store.beginIngest(expectedBytes: Int.max)
        #expect(try Self.indexes(store) == expected)
        #expect(try Self.deferredCount(store) == 0)
        try store.finishIngest()
    }

    @Test func aKilledIngestGetsItsIndexesWhenTheStoreOpensAgain() throws {
        let folder = try Fixtures.temporaryFolder("store-deferred")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("news.db").path
        let expected = try Self.indexes(try SQLiteNewsStore.inMemory())
        do {
            let store = try SQLiteNewsStore(path: path)
            try store.beginIngest(expectedBytes: Int.max)
            _ = try store.save(Self.articles())
            #expect(try Self.indexes(store) != expected)
            // No finishIngest: the process "dies" here.
        }
        let reopened = try SQLiteNewsStore(path: path)
        #expect(try Self.indexes(reopened) == expected)
        #expect(try Self.deferredCount(reopened) == 0)
        #expect(try reopened.articleCount() == 4)
    }

    @Test func replacingAnArticleDuringTheIngestBuildsTheIndexesFirst() throws {
        let store = try SQLiteNewsStore.inMemory()
        let expected = try Self.indexes(store)
        try store.beginIngest(expectedBytes: Int.max)
        _ = try store.save(Self.articles())
        let changed = TransactionTests.quotedArticle(id: "d2", date: "1990-01-01")
        var article = changed.article
        article.paragraphs.append("A later paragraph changes the content.")
        #expect(try store.save([ArticleWithFacts(article: article, facts: .empty)]) == [.replaced])
        #expect(try Self.indexes(store) == expected)
        #expect(try store.facts(ofArticle: "d2").quotes.isEmpty)
        try store.finishIngest()
        #expect(try Self.indexes(store) == expected)

        let plain = try SQLiteNewsStore.inMemory()
        _ = try plain.save(Self.articles())
        _ = try plain.save([ArticleWithFacts(article: article, facts: .empty)])
        #expect(try store.exportDump(articleID: nil) == plain.exportDump(articleID: nil))
    }
}
