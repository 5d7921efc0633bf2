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
        TransactionTests.quotedBatch(month: "1987-02") { "d\($0)" }
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
        #expect(during.count == DeferredIndexes.kept.count)
        #expect(try Self.deferredCount(bulk) == expected.count - during.count + 2)  // and entity index, importer
        _ = try bulk.save(Self.articles())
        try bulk.finishIngest()
        #expect(try Self.indexes(bulk) == expected)
        #expect(try Self.deferredCount(bulk) == 0)
        #expect(try bulk.exportDump(articleID: nil) == plain.exportDump(articleID: nil))
        for query in ["kestrel", "renk", "tarn", "ivo"] {
            #expect(try bulk.searchEntities(query, limit: 10) == plain.searchEntities(query, limit: 10))
        }
        #expect(try Self.searchRows(bulk) == Self.searchRows(plain))
    }

    /// The rows of the entity search index.
    private static func searchRows(_ store: SQLiteNewsStore) throws -> [String] {
        try store.writer.read { db in
            try String.fetchAll(db, sql: "SELECT rowid || ' ' || name || ' ' || aliases FROM entitySearch ORDER BY rowid")
        }
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
        try Self.withDatabase("store-deferred") { path in
            let expected = try Self.indexes(try SQLiteNewsStore.inMemory())
            do {
                let store = try SQLiteNewsStore(path: path)
                try store.beginIngest(expectedBytes: Int.max)
                _ = try store.save(Self.articles())
                #expect(try Self.indexes(store) != expected)
                // No finishIngest: the process "dies" here.
                let gone = try Self.finishedProcess()
                try store.writer.write { db in
                    try DeferredIndexes.recordImporter(db, pid: gone, startedAt: Int(Date().timeIntervalSince1970))
                }
            }
            let reopened = try SQLiteNewsStore(path: path)
            #expect(try Self.indexes(reopened) == expected)
            #expect(try Self.deferredCount(reopened) == 0)
            #expect(try reopened.articleCount() == 4)
            #expect(try reopened.searchEntities("kestrel", limit: 5).count == 1)
        }
    }

    /// Runs `body` with the path of a database in a new temporary folder, removed afterwards.
    private static func withDatabase(_ name: String, _ body: (String) throws -> Void) throws {
        let folder = try Fixtures.temporaryFolder(name)
        defer { try? FileManager.default.removeItem(at: folder) }
        try body(folder.appendingPathComponent("news.db").path)
    }

    /// The pid of a process that has ended.
    private static func finishedProcess() throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "exit 0"]
        try process.run()
        process.waitUntilExit()
        return process.processIdentifier
    }

    @Test func openingDuringARunningIngestLeavesTheIndexesToIt() throws {
        try Self.withDatabase("store-deferred-live") { path in
            let expected = try Self.indexes(try SQLiteNewsStore.inMemory())
            let bulk = try SQLiteNewsStore(path: path)
            try bulk.beginIngest(expectedBytes: Int.max)
            _ = try bulk.save(Self.articles())
            let deferred = try Self.deferredCount(bulk)
            // This process runs the ingest and is alive: a reader opening meanwhile builds nothing.
            let reader = try SQLiteNewsStore(path: path)
            #expect(try Self.indexes(reader) != expected)
            #expect(try Self.deferredCount(reader) == deferred)
            #expect(try reader.articleCount() == 4)
            // A small ingest of the reader ends without building the importer's indexes.
            try reader.beginIngest(expectedBytes: 1)
            try reader.finishIngest()
            #expect(try Self.deferredCount(reader) == deferred)
            #expect(bulk.ingestState.deferring)
            try bulk.finishIngest()
            #expect(try Self.indexes(reader) == expected)
            #expect(try reader.searchEntities("kestrel", limit: 5).count == 1)
        }
    }

    @Test func openingWhileTheImporterHoldsTheWriteLockNeitherWaitsNorFails() throws {
        try Self.withDatabase("store-deferred-locked") { path in
            let importer = try SQLiteNewsStore(path: path)
            try importer.beginIngest(expectedBytes: Int.max)
            _ = try importer.save(Self.articles())
            // The importer building its indexes holds the write lock for a long while.
            let holding = DispatchSemaphore(value: 0)
            let release = DispatchSemaphore(value: 0)
            let thread = Thread {
                try? importer.writer.writeWithoutTransaction { db in
                    try db.inTransaction(.immediate) {
                        holding.signal()
                        release.wait()
                        return .rollback
                    }
                }
            }
            thread.start()
            holding.wait()
            defer { release.signal() }
            let started = Date()
            let reader = try SQLiteNewsStore(path: path)
            #expect(Date().timeIntervalSince(started) < 5)
            #expect(try reader.articleCount() == 4)
        }
    }

    @Test func aKilledImporterNotYetCollectedByItsParentIsOver() throws {
        #if os(Linux)
        var pid: pid_t = 0
        let words: [String] = ["/bin/sh", "-c", "exit 0"]
        let arguments: [UnsafeMutablePointer<CChar>?] = words.map { word in strdup(word) } + [nil]
        defer { arguments.forEach { free($0) } }
        #expect(posix_spawn(&pid, "/bin/sh", nil, nil, arguments, nil) == 0)
        var status: Int32 = 0
        defer { waitpid(pid, &status, 0) }
        // Until waitpid collects it, the ended child is a zombie that kill(pid, 0) still finds.
        let deadline = Date().addingTimeInterval(5)
        while !DeferredIndexes.isZombie(pid) && Date() < deadline { usleep(10_000) }
        #expect(kill(pid, 0) == 0)
        let store = try SQLiteNewsStore.inMemory()
        try store.writer.write { db in
            try DeferredIndexes.recordImporter(db, pid: pid, startedAt: Int(Date().timeIntervalSince1970))
            #expect(try !DeferredIndexes.importerIsRunning(db))
        }
        #endif
    }

    @Test func anImportStartedBeforeTheMachineStartedIsOver() throws {
        guard DeferredIndexes.bootTime() != nil else { return }  // only where the system tells
        let store = try SQLiteNewsStore.inMemory()
        try store.writer.write { db in
            try DeferredIndexes.recordImporter(db, pid: 1, startedAt: 0)
            #expect(try !DeferredIndexes.importerIsRunning(db))
            try DeferredIndexes.recordImporter(db, pid: 1, startedAt: Int(Date().timeIntervalSince1970))
            #expect(try DeferredIndexes.importerIsRunning(db))  // pid 1 lives for as long as the machine
        }
    }

    @Test func aFailedRepairSaysSo() throws {
        try Self.withDatabase("store-deferred-broken") { path in
            do {
                let store = try SQLiteNewsStore(path: path)
                let gone = try Self.finishedProcess()
                try store.writer.write { db in
                    try DeferredIndexes.recordImporter(db, pid: gone, startedAt: Int(Date().timeIntervalSince1970))
                    try db.execute(
                        sql: "INSERT INTO deferredIndex (name, sql) VALUES ('broken', 'CREATE INDEX broken ON nowhere (x)')")
                }
            }
            let error = #expect(throws: StoreError.self) { try SQLiteNewsStore(path: path) }
            #expect(error?.code == .repairFailed)
            #expect(error?.message.hasPrefix("Unable to build the indexes left by an interrupted import in '\(path)': ") == true)
            #expect(error?.message.contains("nowhere") == true)
        }
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
        #expect(try Self.searchRows(store) == Self.searchRows(plain))
    }

    @Test func aReplacingBatchThatFailsLeavesTheIngestDeferringAndFinishBuildsTheIndexes() throws {
        let store = try SQLiteNewsStore.inMemory()
        let expected = try Self.indexes(store)
        let items = Self.articles()
        try store.beginIngest(expectedBytes: Int.max)
        _ = try store.save(Array(items.prefix(3)))
        var changed = TransactionTests.quotedArticle(id: "d2", date: "1990-01-01").article
        changed.paragraphs.append("A later paragraph changes the content.")
        // The replacement builds the indexes inside the batch; the batch then fails and rolls
        // back, which drops them again.
        try TransactionTests.breakQuotes(store)
        #expect(throws: StoreError.self) {
            try store.save([ArticleWithFacts(article: changed, facts: .empty), items[3]])
        }
        try store.writer.write { db in try db.execute(sql: "DROP TRIGGER fail_quotes") }
        #expect(try Self.indexes(store) != expected)
        #expect(store.ingestState.deferring)
        _ = try store.save([items[3]])
        try store.finishIngest()
        #expect(try Self.indexes(store) == expected)
        #expect(try Self.deferredCount(store) == 0)

        let plain = try SQLiteNewsStore.inMemory()
        _ = try plain.save(items)
        #expect(try store.exportDump(articleID: nil) == plain.exportDump(articleID: nil))
        #expect(try Self.searchRows(store) == Self.searchRows(plain))
    }

    @Test func finishIngestBuildsIndexesTheDatabaseStillLacks() throws {
        let store = try SQLiteNewsStore.inMemory()
        let expected = try Self.indexes(store)
        try store.beginIngest(expectedBytes: Int.max)
        _ = try store.save(Self.articles())
        store.ingestState.deferring = false  // the flag out of step with the database
        try store.finishIngest()
        #expect(try Self.indexes(store) == expected)
        #expect(try Self.deferredCount(store) == 0)
    }

    @Test func entitiesResolveAcrossBatchesAsWithoutDeferring() throws {
        let plain = try SQLiteNewsStore.inMemory()
        for item in Self.articles() { _ = try plain.save([item]) }
        let bulk = try SQLiteNewsStore.inMemory()
        try bulk.beginIngest(expectedBytes: Int.max)
        for item in Self.articles() { _ = try bulk.save([item]) }
        try bulk.finishIngest()
        let kestrel = try #require(try bulk.searchEntities("kestrel", limit: 5).first)
        #expect(try bulk.searchEntities("kestrel", limit: 5).count == 1)
        #expect(kestrel.articleCount == 4)
        #expect(try bulk.exportDump(articleID: nil) == plain.exportDump(articleID: nil))
        #expect(try Self.searchRows(bulk) == Self.searchRows(plain))
    }

    @Test func anotherWriterDuringTheIngestIsSeen() throws {
        let folder = try Fixtures.temporaryFolder("store-deferred-two")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("news.db").path
        let bulk = try SQLiteNewsStore(path: path)
        try bulk.beginIngest(expectedBytes: Int.max)
        let items = Self.articles()
        _ = try bulk.save([items[0]])
        // A second store opens the database (leaving the indexes to the running ingest) and
        // stores an article that names a company the ingest has not seen yet.
        let other = try SQLiteNewsStore(path: path)
        var fixture = ArticleFixture(id: "o1", paragraphs: ["Quillfeather Holdings grew."])
        _ = fixture.entity("Quillfeather Holdings")
        #expect(try other.save(fixture.article, facts: fixture.facts) == .inserted)
        var later = ArticleFixture(id: "o2", paragraphs: ["Quillfeather Holdings shrank."])
        _ = later.entity("Quillfeather Holdings")
        _ = try bulk.save([ArticleWithFacts(article: later.article, facts: later.facts)] + items[1...])
        try bulk.finishIngest()
        let found = try bulk.searchEntities("quillfeather", limit: 5)
        #expect(found.count == 1)
        #expect(found.first?.articleCount == 2)
        #expect(try Self.indexes(bulk) == Self.indexes(try SQLiteNewsStore.inMemory()))
    }
}
