import Foundation
import GRDB
import NewsModel

/// The SQLite implementation of ``NewsStore``, on GRDB.
///
/// A file database is opened as a `DatabasePool` in WAL mode, so readers never wait for the writer;
/// ``inMemory()`` gives a private `DatabaseQueue` for tests. The schema is created or upgraded by
/// versioned migrations when the store opens. Every write is one transaction.
///
/// ```swift
/// let store = try SQLiteNewsStore(path: "/tmp/news.db")
/// let outcome = try store.save(article, facts: extractor.extract(from: article))
/// let firstPage = try store.articles(order: .newestFirst, page: PageRequest(limit: 50))
/// ```
public struct SQLiteNewsStore: NewsStore, Sendable {
    /// The database connection(s).
    let writer: any DatabaseWriter

    /// The path of the database file, or nil for an in-memory store.
    public let path: String?

    /// Whether an ingest runs without the secondary indexes.
    let ingestState = IngestState()

    /// The smallest input (in bytes) for which an ingest into an empty store builds the secondary
    /// indexes at the end rather than row by row.
    static let deferIndexesFromBytes = 2_000_000

    /// Opens (or creates) the database file at `path`, creating missing folders, and brings its
    /// schema up to date.
    ///
    /// A large first ingest builds the secondary indexes only at its end (``beginIngest(expectedBytes:)``).
    /// Opening the database while that ingest runs leaves them to it: queries work, only slower,
    /// and entity search finds only entities stored before the ingest began. When the process that
    /// ran the ingest is gone (killed, or the machine restarted), opening builds the indexes,
    /// which can take a while on a large database.
    ///
    /// - Throws: ``StoreError`` with a message such as
    ///   `Unable to open database at '/x/news.db': the file is not a SQLite database.`, or
    ///   `Unable to build the indexes left by an interrupted import in '/x/news.db': …` when that
    ///   repair fails.
    public init(path: String) throws {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw StoreError.opening(path, .cannotCreateFolder, "the folder '\(folder.path)' cannot be created")
        }
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
            throw StoreError.opening(path, .cannotOpen, "it is a folder, not a file")
        }
        let pool: DatabasePool
        do {
            pool = try DatabasePool(path: path, configuration: Self.configuration())
        } catch {
            throw Self.openingError(path, error)
        }
        try self.init(writer: pool, path: path)
    }

    /// A new, empty store in memory, for tests and throw-away work.
    public static func inMemory() throws -> SQLiteNewsStore {
        let queue = try DatabaseQueue(configuration: configuration())
        return try SQLiteNewsStore(writer: queue, path: nil)
    }

    /// Wraps an open database and migrates it.
    private init(writer: any DatabaseWriter, path: String?) throws {
        self.writer = writer
        self.path = path
        let migrator = StoreSchema.migrator
        let shownPath = path ?? ":memory:"
        do {
            if try writer.read({ try migrator.hasBeenSuperseded($0) }) {
                throw StoreError.opening(
                    shownPath, .newerSchema, "it was written by a newer version of newsbrowse")
            }
            try migrator.migrate(writer)
        } catch let error as StoreError {
            throw error
        } catch let error as DatabaseError where error.resultCode == .SQLITE_NOTADB {
            throw Self.openingError(shownPath, error)
        } catch {
            throw StoreError.opening(shownPath, .migrationFailed, "the schema cannot be upgraded (\(error))")
        }
        try repairInterruptedIngest(shownPath)
    }

    /// Builds the indexes an ingest left out when the process that ran it is gone (killed, or the
    /// machine restarted). While it runs, its indexes stay to it: the store works without them,
    /// only slower, and does not wait for the write lock.
    private func repairInterruptedIngest(_ shownPath: String) throws {
        do {
            guard try writer.read({ db in try DeferredIndexes.pending(db) && !DeferredIndexes.importerIsRunning(db) })
            else { return }
            try writer.write { db in
                // Checked again under the write lock: another store may have repaired meanwhile.
                if try DeferredIndexes.pending(db) && !DeferredIndexes.importerIsRunning(db) {
                    try DeferredIndexes.restore(db)
                }
            }
        } catch {
            let reason = (error as? DatabaseError).map { $0.message ?? "SQLite error \($0.resultCode.rawValue)" } ?? "\(error)"
            throw StoreError(
                code: .repairFailed,
                message: "Unable to build the indexes left by an interrupted import in '\(shownPath)': \(reason).")
        }
    }

    /// Connection settings: foreign keys on, `synchronous = NORMAL` (safe with WAL: a crash may lose
    /// the last transactions, never consistency), temporary tables in memory, and the file mapped
    /// into memory for reading (fewer copies than `read` calls).
    private static func configuration() -> Configuration {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.label = "newsbrowse"
        // Another process (a second ingest) may hold the write lock for a moment.
        configuration.busyMode = .timeout(10)
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            try db.execute(sql: "PRAGMA temp_store = MEMORY")
            try db.execute(sql: "PRAGMA mmap_size = \(256 << 20)")
            if db.configuration.readonly {
                // Readers get 8 MiB, enough for the pages a screen needs.
                try db.execute(sql: "PRAGMA cache_size = -8000")
            } else {
                // The writer touches some thirty b-trees per article: a 32 MiB cache keeps their
                // pages in memory during ingest. The WAL is copied back into the database every
                // 32 MiB (not every 4 MiB), so a page changed by many transactions is written back
                // once; afterwards the WAL file is cut to 64 MiB.
                try db.execute(sql: "PRAGMA cache_size = -32000")
                try db.execute(sql: "PRAGMA wal_autocheckpoint = 8000")
                try db.execute(sql: "PRAGMA journal_size_limit = \(64 << 20)")
            }
        }
        return configuration
    }

    /// A ``StoreError`` for a failure to open the file at `path`.
    private static func openingError(_ path: String, _ error: any Error) -> StoreError {
        guard let error = error as? DatabaseError else {
            return StoreError.opening(path, .cannotOpen, "\(error)")
        }
        switch error.resultCode {
        case .SQLITE_NOTADB:
            return StoreError.opening(path, .notADatabase, "the file is not a SQLite database")
        case .SQLITE_CORRUPT:
            return StoreError.opening(path, .notADatabase, "the database file is damaged")
        case .SQLITE_CANTOPEN, .SQLITE_PERM, .SQLITE_READONLY, .SQLITE_AUTH:
            return StoreError.opening(path, .cannotOpen, "the file cannot be opened for reading and writing")
        default:
            return StoreError.opening(path, .cannotOpen, error.message ?? "SQLite error \(error.resultCode.rawValue)")
        }
    }

    /// The journal mode SQLite reports ("wal" for file databases, "memory" in memory).
    public func journalMode() throws -> String {
        try writer.read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") ?? "" }
    }

    // MARK: Writing

    /// Stores an article and its facts in one transaction: new, replacing an older version and its
    /// facts, or (same content hash) writing nothing. Entity ids in `facts` are article-local; they are
    /// mapped to corpus-wide entities.
    @discardableResult
    public func save(_ article: Article, facts: ArticleFacts) throws -> SaveOutcome {
        try writeArticles(naming: { article.id }) { writer in try writer.save(article, facts: facts) }
    }

    /// Stores several articles with their facts in one transaction: all of them or none. A
    /// failure names the article that could not be saved.
    public func save(_ batch: [ArticleWithFacts]) throws -> [SaveOutcome] {
        var current = batch.first?.article.id ?? ""
        return try writeArticles(naming: { current }) { writer in
            let outcomes = try batch.map { item in
                current = item.article.id
                return try writer.save(item.article, facts: item.facts)
            }
            current = batch.last?.article.id ?? ""
            return outcomes
        }
    }

    /// Runs `body` with an ``ArticleWriter`` in one write transaction and writes the entity counts
    /// and search rows it gathered before the commit. After a failure the ingest state forgets
    /// what the rollback undid, and a database error becomes a ``StoreError`` naming the article
    /// `current()` gives.
    private func writeArticles<T>(naming current: () -> String, _ body: (ArticleWriter) throws -> T) throws -> T {
        do {
            let result = try writer.write { db in
                ingestState.transactionArticles = [:]
                let search = SearchIndexBuffer(ingest: ingestState)
                let counts = PendingCounts()
                let candidates = try ingestState.candidates(db)
                do {
                    let result = try body(ArticleWriter(
                        db: db, search: search, counts: counts, candidates: candidates, ingest: ingestState))
                    if candidates.isComplete { candidates.addArticles(counts.articleDeltas) }
                    try counts.flush(db, seq: { candidates.candidate(id: $0)?.seq })
                    try search.flush(db)
                    return result
                } catch {
                    ingestState.transactionFailed()
                    throw error
                }
            }
            ingestState.transactionCommitted()
            return result
        } catch let error as DatabaseError {
            ingestState.transactionFailed()  // also when the commit failed
            throw StoreError(
                code: .writeFailed,
                message: "Unable to save article '\(current())': \(error.message ?? "SQLite error \(error.resultCode.rawValue)").")
        }
    }

    /// The content hash stored for an article id, if it is stored. One statement needs no
    /// transaction around it; it is prepared once per connection (ingest asks for every article).
    /// During a bulk ingest into an empty store the answer comes from the articles the ingest
    /// committed (``IngestedArticles``), without a query.
    public func contentHash(ofArticle id: String) throws -> String? {
        switch ingestState.articles.lookup(id) {
        case .absent: return nil
        case .stored(let hash): return hash
        case .unknown: break
        }
        return try writer.unsafeRead { db in
            try String.fetchOne(db.cachedStatement(sql: "SELECT contentHash FROM article WHERE id = ?"), arguments: [id])
        }
    }

    /// Gets ready for an ingest of `expectedBytes` of input: when the store holds no article yet
    /// and the input is large (``deferIndexesFromBytes``), drops the secondary indexes, to be built
    /// once by ``finishIngest()`` (see ``DeferredIndexes``). A crash in between leaves a
    /// consistent database whose indexes are built when it is opened next.
    public func beginIngest(expectedBytes: Int) throws {
        guard expectedBytes >= Self.deferIndexesFromBytes else { return }
        try writeWrapped("Unable to prepare the database for ingest") { db in
            guard !ingestState.deferring,
                try !(Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM article)") ?? true)
            else { return }
            try DeferredIndexes.drop(db)
            ingestState.deferring = true
            ingestState.began = true
            ingestState.articles.start()
            // Should the transaction roll back, nothing was dropped: stop as ``IngestState``
            // does after a failed transaction.
            db.afterNextTransaction(onCommit: { _ in }, onRollback: { [ingestState] _ in
                ingestState.deferring = false
                ingestState.began = false
            })
        }
        guard ingestState.began, !ingestState.bulkSettings else { return }
        // Until finishIngest, the writer connection does not check foreign keys (the writer stores
        // every entity and article before the rows that refer to them, and deletes dependent rows
        // itself: ``ArticleWriter``). It keeps `synchronous = NORMAL`: with `OFF` a power cut during
        // the ingest could damage the database, for a gain of about 0.3 s on all of Reuters.
        // Nor does it overwrite freed pages with zeros (`secure_delete`, on in some SQLite builds):
        // what a bulk ingest frees is mostly its own index segments, merged into larger ones.
        // Connection settings: a store opened later, also after a crash, has the ordinary ones.
        try writeWrapped("Unable to prepare the database for ingest", transaction: false) { db in
            try db.execute(sql: "PRAGMA foreign_keys = OFF")
            ingestState.secureDelete = try Int.fetchOne(db, sql: "PRAGMA secure_delete") ?? 0
            try db.execute(sql: "PRAGMA secure_delete = OFF")
            ingestState.bulkSettings = true
        }
    }

    /// Ends an ingest: builds the indexes ``beginIngest(expectedBytes:)`` dropped.
    public func finishIngest() throws {
        var failure: (any Error)?
        do {
            try writeWrapped("Unable to build the database indexes after ingest") { db in
                try ingestState.finish(db)
            }
        } catch {
            failure = error
        }
        if ingestState.bulkSettings {
            // Back to the ordinary settings (``configuration()``), then a checkpoint that copies
            // the WAL into the database file.
            try writeWrapped("Unable to write the ingested articles to disk in", transaction: false) { db in
                try db.execute(sql: "PRAGMA foreign_keys = ON")
                try db.execute(sql: "PRAGMA secure_delete = \(ingestState.secureDelete)")
                ingestState.bulkSettings = false
                try db.execute(sql: "PRAGMA wal_checkpoint(PASSIVE)")
            }
        }
        if let failure { throw failure }
    }

    /// Runs `body` in a write transaction; a database error becomes a ``StoreError`` starting
    /// with `message`.
    private func writeWrapped(_ message: String, transaction: Bool = true, _ body: (Database) throws -> Void) throws {
        do {
            if transaction {
                try writer.write(body)
            } else {
                try writer.writeWithoutTransaction(body)
            }
        } catch let error as DatabaseError {
            throw StoreError(
                code: .writeFailed,
                message: "\(message) '\(path ?? ":memory:")': \(error.message ?? "SQLite error \(error.resultCode.rawValue)").")
        }
    }
}
