import Foundation
import GRDB
import NewsModel
import Testing
import TestSupport

@testable import NewsStoreSQLite

@Suite struct TransactionTests {
    /// Makes every quote insert fail, as a crash or a full disk would in the middle of a save.
    static func breakQuotes(_ store: SQLiteNewsStore) throws {
        try store.writer.write { db in
            try db.execute(
                sql: """
                    CREATE TEMP TRIGGER fail_quotes BEFORE INSERT ON quote
                    BEGIN SELECT RAISE(ABORT, 'disk on fire'); END
                    """)
        }
    }

    /// Four quoted articles ready to save as one batch; `id` names the article of each index 1...4
    /// (equal ids put one article twice in the batch), dated day 1...4 of `month` ("1987-01").
    static func quotedBatch(month: String, id: (Int) -> String) -> [ArticleWithFacts] {
        (1...4).map { index in
            let fixture = quotedArticle(id: id(index), date: "\(month)-0\(index)")
            return ArticleWithFacts(article: fixture.article, facts: fixture.facts)
        }
    }

    static func quotedArticle(id: String, date: String) -> ArticleFixture {
        let sentence = "\"We buy,\" said Ivo Renk of Kestrel, which bought Tarnberg."
        var fixture = ArticleFixture(id: id, paragraphs: [sentence], date: date)
        let kestrel = fixture.entity("Kestrel")
        let target = fixture.entity("Tarnberg")
        let renk = fixture.entity("Ivo Renk", .person, organization: kestrel)
        fixture.deal(.acquisition, acquirer: kestrel, target: target, sentence: sentence)
        fixture.quote("We buy,", speaker: renk, sentence: sentence)
        return fixture
    }

    @Test func failedSaveOfANewArticleLeavesNothing() throws {
        let store = try SQLiteNewsStore.inMemory()
        try Self.breakQuotes(store)
        let fixture = Self.quotedArticle(id: "t1", date: "1987-01-01")
        let error = #expect(throws: StoreError.self) { try store.save(fixture.article, facts: fixture.facts) }
        #expect(error?.code == .writeFailed)
        #expect(error?.message == "Unable to save article 't1': disk on fire.")
        #expect(try store.articleCount() == 0)
        #expect(try store.entityCount(kinds: []) == 0)
        #expect(try store.dealCount(filter: DealFilter()) == 0)
        #expect(try store.searchArticles("kestrel", limit: 5).isEmpty)
        #expect(try store.searchEntities("kestrel", limit: 5).isEmpty)
    }

    @Test func failedReplaceKeepsTheOldVersion() throws {
        let store = try SQLiteNewsStore.inMemory()
        let old = Self.quotedArticle(id: "t1", date: "1987-01-01")
        try store.save(old.article, facts: old.facts)
        let before = try store.exportDump(articleID: nil)
        try Self.breakQuotes(store)
        let changed = Self.quotedArticle(id: "t1", date: "1987-01-02")
        #expect(throws: StoreError.self) { try store.save(changed.article, facts: changed.facts) }
        #expect(try store.exportDump(articleID: nil) == before)
        #expect(try store.contentHash(ofArticle: "t1") == old.article.contentHash)
        #expect(try store.searchEntities("kestrel", limit: 1).first?.articleCount == 1)
    }

    @Test func readersSeeCommittedArticlesWhileAnotherConnectionWrites() async throws {
        let folder = try Fixtures.temporaryFolder("store-concurrent")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("news.db").path
        let writer = try SQLiteNewsStore(path: path)
        let reader = try SQLiteNewsStore(path: path)
        let count = 200
        async let writes: Void = {
            for index in 0..<count {
                let fixture = Self.quotedArticle(id: "c\(index)", date: "1987-01-01")
                try writer.save(fixture.article, facts: fixture.facts)
            }
        }()
        var seen = 0
        let deadline = Date().addingTimeInterval(120)
        while seen < count, Date() < deadline {
            let articles = try reader.articleCount()
            let deals = try reader.dealCount(filter: DealFilter())
            #expect(deals >= seen)
            #expect(articles >= seen)
            seen = articles
            await Task.yield()
        }
        try await writes
        #expect(try reader.searchEntities("kestrel", limit: 1).first?.articleCount == count)
        #expect(try reader.searchEntities("kestrel", limit: 1).first?.dealCount == count)
    }
}

@Suite struct BatchSaveTests {
    private func plain(_ id: String, _ text: String) -> ArticleWithFacts {
        let fixture = ArticleFixture(id: id, paragraphs: [text])
        return ArticleWithFacts(article: fixture.article, facts: fixture.facts)
    }

    @Test func aBatchReportsEachArticlesOutcome() throws {
        let store = try SQLiteNewsStore.inMemory()
        let batch = [plain("b1", "One."), plain("b2", "Two.")]
        #expect(try store.save(batch) == [.inserted, .inserted])
        #expect(try store.save(batch + [plain("b3", "Three.")]) == [.unchanged, .unchanged, .inserted])
        #expect(try store.save([plain("b1", "One, changed.")]) == [.replaced])
        #expect(try store.articleCount() == 3)
    }

    @Test func aFailingArticleRollsBackTheWholeBatchAndIsNamed() throws {
        let store = try SQLiteNewsStore.inMemory()
        try TransactionTests.breakQuotes(store)
        let quoted = TransactionTests.quotedArticle(id: "q1", date: "1987-01-01")
        let batch = [plain("b1", "One."), ArticleWithFacts(article: quoted.article, facts: quoted.facts), plain("b2", "Two.")]
        let error = #expect(throws: StoreError.self) { try store.save(batch) }
        #expect(error?.message == "Unable to save article 'q1': disk on fire.")
        #expect(try store.articleCount() == 0)
    }
}
