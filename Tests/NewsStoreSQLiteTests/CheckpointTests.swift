import Foundation
import GRDB
import NewsModel
import Testing
import TestSupport

@testable import NewsStoreSQLite

/// A file store copies its WAL back into the database file in the background, never in the
/// writer's commit.
@Suite struct CheckpointTests {
    @Test func savesReachTheDatabaseFileThroughTheBackgroundCheckpointer() throws {
        let folder = try Fixtures.temporaryFolder("store-checkpoint")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("news.db").path
        let store = try SQLiteNewsStore(path: path)
        #expect(store.checkpointer != nil)
        let automatic = try store.writer.writeWithoutTransaction { db in try Int.fetchOne(db, sql: "PRAGMA wal_autocheckpoint") }
        #expect(automatic == 0)
        let sizeBefore = try Self.fileSize(path)
        let batch = (1...40).map { index in
            let fixture = ArticleFixture(id: "c\(index)", paragraphs: [String(repeating: "Kestrel buys ships. ", count: 200)])
            return ArticleWithFacts(article: fixture.article, facts: fixture.facts)
        }
        _ = try store.save(batch)
        // Only the background checkpointer writes pages into the main file while the store is open.
        let deadline = Date().addingTimeInterval(20)
        while try Self.fileSize(path) <= sizeBefore, Date() < deadline { usleep(20_000) }
        #expect(try Self.fileSize(path) > sizeBefore)
        #expect(try SQLiteNewsStore(path: path).articleCount() == 40)
    }

    @Test func inMemoryStoreHasNoCheckpointer() throws {
        #expect(try SQLiteNewsStore.inMemory().checkpointer == nil)
    }

    private static func fileSize(_ path: String) throws -> Int {
        (try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
    }
}
