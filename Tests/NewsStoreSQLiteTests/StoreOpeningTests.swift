import Foundation
import GRDB
import NewsModel
import Testing
import TestSupport

@testable import NewsStoreSQLite

@Suite struct StoreOpeningTests {
    @Test func createsMissingFoldersAndUsesWAL() throws {
        let folder = try Fixtures.temporaryFolder("store-open")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("deep/er/news.db").path
        let store = try SQLiteNewsStore(path: path)
        #expect(FileManager.default.fileExists(atPath: path))
        #expect(try store.journalMode() == "wal")
        #expect(try store.articleCount() == 0)
    }

    @Test func inMemoryStoreIsMigratedAndEnforcesForeignKeys() throws {
        let store = try SQLiteNewsStore.inMemory()
        try store.writer.read { db in
            let applied = try StoreSchema.migrator.appliedMigrations(db)
            #expect(applied == StoreSchema.migrator.migrations)
            for table in ["article", "entity", "entityAlias", "entityArticle", "mention", "deal", "stake", "quote",
                "articleSearch", "entitySearch"]
            {
                #expect(try db.tableExists(table), "missing table \(table)")
            }
            #expect(try Bool.fetchOne(db, sql: "PRAGMA foreign_keys") == true)
        }
    }

    @Test func reopeningKeepsDataAndDoesNotMigrateAgain() throws {
        let folder = try Fixtures.temporaryFolder("store-reopen")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("news.db").path
        let fixture = ArticleFixture(id: "r1", paragraphs: ["Nothing happened at Quillfeather today."])
        #expect(try SQLiteNewsStore(path: path).save(fixture.article, facts: fixture.facts) == .inserted)
        let reopened = try SQLiteNewsStore(path: path)
        #expect(try reopened.articleCount() == 1)
        #expect(try reopened.save(fixture.article, facts: fixture.facts) == .unchanged)
    }

    @Test func fileThatIsNotADatabaseGivesAClearError() throws {
        let folder = try Fixtures.temporaryFolder("store-bad")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("news.db").path
        try Data(String(repeating: "this is plain text, not SQLite\n", count: 200).utf8)
            .write(to: URL(fileURLWithPath: path))
        let error = #expect(throws: StoreError.self) { try SQLiteNewsStore(path: path) }
        #expect(error?.code == .notADatabase)
        #expect(error?.message == "Unable to open database at '\(path)': the file is not a SQLite database.")
    }

    @Test func folderInPlaceOfTheFileGivesAClearError() throws {
        let folder = try Fixtures.temporaryFolder("store-folder")
        defer { try? FileManager.default.removeItem(at: folder) }
        let error = #expect(throws: StoreError.self) { try SQLiteNewsStore(path: folder.path) }
        #expect(error?.message == "Unable to open database at '\(folder.path)': it is a folder, not a file.")
    }

    @Test func databaseFromANewerVersionIsRefused() throws {
        let folder = try Fixtures.temporaryFolder("store-newer")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("news.db").path
        let store = try SQLiteNewsStore(path: path)
        try store.writer.write { db in
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99: from the future')")
        }
        let error = #expect(throws: StoreError.self) { try SQLiteNewsStore(path: path) }
        #expect(error?.code == .newerSchema)
        #expect(
            error?.message
                == "Unable to open database at '\(path)': it was written by a newer version of newsbrowse.")
    }
}

