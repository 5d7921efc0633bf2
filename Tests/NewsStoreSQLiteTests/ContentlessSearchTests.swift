import Foundation
import GRDB
import NewsModel
import Testing
import TestSupport

@testable import NewsStoreSQLite

/// The article index keeps no copy of the text (schema v3): replacing an article must remove
/// exactly the terms it added, and a database of schema v2 gets its index rebuilt from the articles.
@Suite struct ContentlessSearchTests {
    private static func integrityCheck(_ store: SQLiteNewsStore) throws {
        try store.writer.write { db in
            try db.execute(sql: "INSERT INTO articleSearch (articleSearch) VALUES ('integrity-check')")
        }
    }

    @Test func replacedArticleIsFoundOnlyByItsNewTextAndTheIndexStaysIntact() throws {
        let store = try SQLiteNewsStore.inMemory()
        let old = ArticleFixture(id: "s1", title: "Große Werft", paragraphs: ["Kestrel buys a shipyard.", "Zweiter Absatz über Straßen."])
        let other = ArticleFixture(id: "s2", paragraphs: ["Kestrel sells a ferry."])
        _ = try store.save([ArticleWithFacts(article: old.article, facts: old.facts), ArticleWithFacts(article: other.article, facts: other.facts)])
        let changed = ArticleFixture(id: "s1", title: "Brauerei", paragraphs: ["Kestrel buys a brewery."])
        #expect(try store.save(changed.article, facts: changed.facts) == .replaced)
        try Self.integrityCheck(store)
        #expect(try store.searchArticles("shipyard", limit: 10).isEmpty)
        #expect(try store.searchArticles("strasse", limit: 10).isEmpty)
        #expect(try store.searchArticles("werft", limit: 10).isEmpty)
        #expect(try store.searchArticles("brewery", limit: 10).map(\.id) == ["s1"])
        #expect(try store.searchArticles("kestrel", limit: 10).map(\.id).sorted() == ["s1", "s2"])
    }

    @Test func databaseOfSchemaV2GetsTheContentlessIndexFromItsArticles() throws {
        let folder = try Fixtures.temporaryFolder("store-v2")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("news.db").path
        do {
            let queue = try DatabaseQueue(path: path)
            try StoreSchema.migrator.migrate(queue, upTo: "v2: entity counts kept by the writer on insert")
            try queue.write { db in
                try db.execute(
                    sql: """
                        INSERT INTO article (seq, id, title, paragraphs, language, contentHash)
                        VALUES (7, 'v2a', 'Übersee-Reederei', '["Die Reederei kauft Schiffe.","Hafen"]', 'de', 'x');
                        INSERT INTO articleSearch (rowid, title, body) VALUES (7, 'ubersee-reederei', 'die reederei kauft schiffe.\n\nhafen');
                        """)
            }
        }
        let store = try SQLiteNewsStore(path: path)
        let options = try store.writer.read { db in
            try String.fetchOne(db, sql: "SELECT sql FROM sqlite_master WHERE name = 'articleSearch'")
        }
        #expect(options?.contains("content = ''") == true)
        #expect(try store.searchArticles("ubersee", limit: 10).map(\.id) == ["v2a"])
        #expect(try store.searchArticles("hafen schiffe", limit: 10).map(\.id) == ["v2a"])
        try Self.integrityCheck(store)
        let changed = ArticleFixture(id: "v2a", paragraphs: ["Neuer Text."], language: .german)
        #expect(try store.save(changed.article, facts: changed.facts) == .replaced)
        try Self.integrityCheck(store)
        #expect(try store.searchArticles("hafen", limit: 10).isEmpty)
        #expect(try store.searchArticles("neuer", limit: 10).map(\.id) == ["v2a"])
    }
}
