import Foundation
import GRDB
import NewsModel
import Testing
import TestSupport

@testable import NewsStoreSQLite

/// Mentions name their article and entity by rowid (schema v7): a database of schema v6, whose
/// mentions name them by text id, keeps every mention when it is opened, also when an
/// interrupted bulk ingest had left the old mention indexes to build.
@Suite struct MentionKeysTests {
    private static let v6 = "v6: article index merges eight segments at a time"

    /// A database of schema v6 at `path` with two articles and three entities; the first article
    /// mentions two of them (one twice), the second one the third.
    private static func makeV6Database(_ path: String, _ extra: (Database) throws -> Void = { _ in }) throws {
        let queue = try DatabaseQueue(path: path)
        try StoreSchema.migrator.migrate(queue, upTo: v6)
        try queue.write { db in
            try db.execute(
                sql: """
                    INSERT INTO article (seq, id, title, paragraphs, language, contentHash)
                    VALUES (3, 'm1', 'Veltrona', '["Veltrona AG buys Harlow Minerals. Veltrona pays cash."]', 'en', 'h1'),
                           (5, 'm2', 'Ferrick', '["Dana Ferrick spoke."]', 'en', 'h2');
                    INSERT INTO articleSearch (rowid, title, body)
                    VALUES (3, 'veltrona', 'veltrona ag buys harlow minerals. veltrona pays cash.'),
                           (5, 'ferrick', 'dana ferrick spoke.');
                    INSERT INTO entity (seq, id, name, kind, key, articleCount)
                    VALUES (11, 'company:veltrona', 'Veltrona AG', 'company', 'veltrona', 1),
                           (12, 'company:harlowminerals', 'Harlow Minerals', 'company', 'harlowminerals', 1),
                           (13, 'person:danaferrick', 'Dana Ferrick', 'person', 'danaferrick', 1);
                    INSERT INTO entityArticle (entityID, articleID) VALUES
                        ('company:veltrona', 'm1'), ('company:harlowminerals', 'm1'), ('person:danaferrick', 'm2');
                    INSERT INTO mention (seq, articleID, entityID, start, "end", sentenceStart, sentenceEnd) VALUES
                        (1, 'm1', 'company:veltrona', 0, 11, 0, 35),
                        (2, 'm1', 'company:harlowminerals', 17, 32, 0, 35),
                        (3, 'm1', 'company:veltrona', 36, 44, 36, 54),
                        (4, 'm2', 'person:danaferrick', 0, 12, 0, 19);
                    """)
            try extra(db)
        }
    }

    private static func mentions(_ store: SQLiteNewsStore, _ articleID: String) throws -> [String] {
        try store.facts(ofArticle: articleID).mentions.map {
            "\($0.entity) \($0.articleID) \($0.range.start)-\($0.range.end) \($0.sentence.start)-\($0.sentence.end)"
        }
    }

    private static func indexes(_ store: SQLiteNewsStore) throws -> [String] {
        try store.writer.read { db in
            try String.fetchAll(
                db, sql: "SELECT name || ': ' || sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name")
        }
    }

    private static func withDatabase(_ name: String, _ body: (String) throws -> Void) throws {
        let folder = try Fixtures.temporaryFolder(name)
        defer { try? FileManager.default.removeItem(at: folder) }
        try body(folder.appendingPathComponent("news.db").path)
    }

    @Test func mentionsOfSchemaV6AreKeptWithRowidKeys() throws {
        try Self.withDatabase("store-mentions-v6") { path in
            try Self.makeV6Database(path)
            let store = try SQLiteNewsStore(path: path)
            #expect(try Self.mentions(store, "m1") == [
                "company:veltrona m1 0-11 0-35", "company:harlowminerals m1 17-32 0-35", "company:veltrona m1 36-44 36-54",
            ])
            #expect(try Self.mentions(store, "m2") == ["person:danaferrick m2 0-12 0-19"])
            let columns = try store.writer.read { db in try db.columns(in: "mention").map(\.name) }
            #expect(columns == ["seq", "articleSeq", "entitySeq", "start", "end", "sentenceStart", "sentenceEnd"])
            let keys = try store.writer.read { db in
                try Row.fetchAll(db, sql: "SELECT articleSeq, entitySeq FROM mention ORDER BY seq").map { "\($0[0] as Int64)/\($0[1] as Int64)" }
            }
            #expect(keys == ["3/11", "3/12", "3/11", "5/13"])
            #expect(try Self.indexes(store) == Self.indexes(SQLiteNewsStore.inMemory()))
            #expect(try store.writer.read { db in try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").count } == 0)

            // Replacing the article removes its old mentions and stores the new ones.
            var changed = ArticleFixture(id: "m1", paragraphs: ["Harlow Minerals grows."])
            changed.entity("Harlow Minerals")
            #expect(try store.save(changed.article, facts: changed.facts) == .replaced)
            #expect(try Self.mentions(store, "m1") == ["company:harlowminerals m1 0-15 0-15"])
            #expect(try store.writer.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM mention") } == 2)
            #expect(try store.profile(ofEntity: "company:veltrona") == nil)  // no article left
            #expect(try store.searchArticles("grows", limit: 5).map(\.id) == ["m1"])
            #expect(try store.searchArticles("cash", limit: 5).isEmpty)
            try store.writer.write { db in
                try db.execute(sql: "INSERT INTO articleSearch (articleSearch) VALUES ('integrity-check')")
            }
        }
    }

    @Test func oldMentionIndexesLeftByAnInterruptedIngestAreBuiltInTheNewShape() throws {
        try Self.withDatabase("store-mentions-v6-deferred") { path in
            try Self.makeV6Database(path) { db in
                // As a bulk ingest of v6 left them when it was killed: dropped and noted with their
                // old statements, by a process that is gone.
                for name in ["mention_by_article", "mention_by_entity"] {
                    let sql = try String.fetchOne(db, sql: "SELECT sql FROM sqlite_master WHERE name = ?", arguments: [name])
                    try db.execute(sql: "INSERT INTO deferredIndex (name, sql) VALUES (?, ?)", arguments: [name, sql])
                    try db.execute(sql: "DROP INDEX \(name)")
                }
                try DeferredIndexes.recordImporter(db, pid: 1, startedAt: 0)
            }
            let store = try SQLiteNewsStore(path: path)
            #expect(try Self.indexes(store) == Self.indexes(SQLiteNewsStore.inMemory()))
            #expect(try store.writer.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM deferredIndex") } == 0)
            #expect(try Self.mentions(store, "m2") == ["person:danaferrick m2 0-12 0-19"])
        }
    }
}
