import Foundation
import GRDB

/// Secondary indexes left out while a large ingest fills an empty database, and built once at
/// the end (one sorted `CREATE INDEX` is several times cheaper than keeping the index up to date
/// through a hundred thousand inserts in random key order).
///
/// The indexes dropped are written, with their exact `CREATE INDEX` statement, into the table
/// `deferredIndex` (schema v4) in the same transaction that drops them, so the database always
/// says what it lacks: ``restore(_:)`` builds them again at the end of the ingest, before an
/// article is replaced, and when a store opens a database whose ingest was killed. Queries stay
/// correct without them, only slower.
///
/// Entity resolution looks entities up by key while it writes; meanwhile it uses a complete
/// in-memory ``EntityCandidateCache`` instead of `entity_by_key` and `entityAlias_by_key`, so
/// those go too. Unique constraints and primary keys are not indexes of this kind and stay (the
/// writer needs them: `INSERT OR IGNORE`, foreign keys, lookups by id).
enum DeferredIndexes {
    /// Indexes never dropped (none: the writer reads through unique constraints only).
    static let kept: Set<String> = []

    /// The `deferredIndex` row that stands for the entity search index: while it is there, the
    /// writer leaves `entitySearch` alone, and ``restore(_:)`` builds it again from the entity
    /// and alias rows (once, instead of rewriting an entity's row whenever a batch adds an alias).
    static let entitySearch = "entitySearch"

    /// The `deferredIndex` row that names the process running the ingest, as
    /// `-- process <pid> started <seconds since 1970>`: while that process lives, a store opening
    /// the database leaves the indexes to it (``importerIsRunning(_:)``).
    static let importer = "importer"

    /// Drops every other secondary index, noting each in `deferredIndex`, notes that the entity
    /// search index is to be rebuilt, and records this process as the importer.
    static func drop(_ db: Database) throws {
        try db.execute(
            sql: "INSERT OR REPLACE INTO deferredIndex (name, sql) VALUES (?, ?)",
            arguments: [entitySearch, "-- rebuilt from entity and entityAlias"])
        try recordImporter(db, pid: getpid(), startedAt: Int(Date().timeIntervalSince1970))
        let indexes = try Row.fetchAll(
            db, sql: "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name")
        let note = try db.makeStatement(sql: "INSERT OR REPLACE INTO deferredIndex (name, sql) VALUES (?, ?)")
        for row in indexes {
            let name: String = row[0]
            let sql: String = row[1]
            guard !kept.contains(name) else { continue }
            try note.execute(arguments: [name, sql])
            try db.execute(sql: "DROP INDEX \(name.quotedDatabaseIdentifier)")
        }
    }

    /// Notes `pid`, started at `startedAt` (seconds since 1970), as the process running the ingest.
    static func recordImporter(_ db: Database, pid: Int32, startedAt: Int) throws {
        try db.execute(
            sql: "INSERT OR REPLACE INTO deferredIndex (name, sql) VALUES (?, ?)",
            arguments: [importer, "-- process \(pid) started \(startedAt)"])
    }

    /// The process recorded as running the ingest, if any.
    static func recordedImporter(_ db: Database) throws -> (pid: Int32, startedAt: Int)? {
        guard let note = try String.fetchOne(db, sql: "SELECT sql FROM deferredIndex WHERE name = ?", arguments: [importer])
        else { return nil }
        let words = note.split(separator: " ")
        guard words.count == 5, let pid = Int32(words[2]), let startedAt = Int(words[4]) else { return nil }
        return (pid, startedAt)
    }

    /// Whether the process that dropped the indexes is still running (and will build them): it
    /// is gone when `kill(pid, 0)` fails with `ESRCH` or it is a zombie, or when the machine started after the
    /// ingest began (the pid may belong to another process since). False when no process is
    /// recorded.
    static func importerIsRunning(_ db: Database) throws -> Bool {
        guard let (pid, startedAt) = try recordedImporter(db) else { return false }
        if pid == getpid() { return true }
        if kill(pid, 0) != 0, errno == ESRCH { return false }
        if isZombie(pid) { return false }
        if let boot = bootTime(), startedAt < boot { return false }
        return true
    }

    /// Whether `pid` has ended but its parent has not collected it yet (`kill` still finds it),
    /// where the system tells.
    static func isZombie(_ pid: Int32) -> Bool {
        #if os(Linux)
        // "<pid> (<command>) <state> …": the state follows the last parenthesis.
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
            let close = stat.lastIndex(of: ")")
        else { return false }
        return stat[stat.index(after: close)...].trimmingCharacters(in: .whitespaces).hasPrefix("Z")
        #else
        return false
        #endif
    }

    /// When the machine started (seconds since 1970), where the system tells.
    static func bootTime() -> Int? {
        #if os(Linux)
        guard let stat = try? String(contentsOfFile: "/proc/stat", encoding: .utf8) else { return nil }
        for line in stat.split(separator: "\n") where line.hasPrefix("btime ") {
            return Int(line.dropFirst(6).trimmingCharacters(in: .whitespaces))
        }
        #endif
        return nil
    }

    /// Whether some index is missing.
    static func pending(_ db: Database) throws -> Bool {
        try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM deferredIndex)") ?? false
    }

    /// Builds every missing index again and forgets it was missing.
    static func restore(_ db: Database) throws {
        let rows = try Row.fetchAll(db, sql: "SELECT name, sql FROM deferredIndex ORDER BY name")
        // The entity index rows are folded on another thread while this one builds the indexes.
        var entityRows: EntitySearchRows?
        if rows.contains(where: { $0[0] == entitySearch }) { entityRows = try EntitySearchRows(db) }
        for row in rows {
            let name: String = row[0]
            let sql: String = row[1]
            if name == importer || name == entitySearch { continue }
            let exists = try Bool.fetchOne(
                db, sql: "SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = ?)",
                arguments: [name]) ?? false
            if !exists { try db.execute(sql: sql) }
        }
        if let entityRows { try entityRows.write(db) }
        try db.execute(sql: "DELETE FROM deferredIndex")
    }
}

/// What a bulk ingest keeps between its transactions: whether the secondary indexes are left
/// out (``DeferredIndexes``) and, meanwhile, a complete ``EntityCandidateCache``. Read and
/// changed only inside the store's write transactions, which GRDB runs one at a time.
final class IngestState: @unchecked Sendable {
    /// True between ``SQLiteNewsStore/beginIngest(expectedBytes:)`` dropping the indexes and
    /// their restoration. When it ends, ``articles`` stops tracking.
    var deferring = false {
        didSet { if !deferring { articles.stop() } }
    }
    /// The articles this ingest committed, tracked from ``SQLiteNewsStore/beginIngest(expectedBytes:)``
    /// (on an empty store) while ``deferring``.
    let articles = IngestedArticles()
    /// The articles the current write transaction inserted, with their content hashes: noted in
    /// ``articles`` when it commits (``transactionCommitted()``).
    var transactionArticles: [String: String] = [:]
    /// True from the moment this store dropped the indexes until ``finish(_:)``, whatever
    /// transactions failed in between.
    var began = false
    /// True from ``SQLiteNewsStore/beginIngest(expectedBytes:)`` to ``SQLiteNewsStore/finishIngest()``
    /// while the writer connection runs with the bulk settings (foreign keys and `secure_delete` off).
    var bulkSettings = false
    /// The writer connection's `secure_delete` setting before the bulk settings turned it off.
    var secureDelete = 0
    /// The matching forms of the names the writer resolved, kept across transactions (and
    /// ingests: they depend on the name alone).
    let names = NameInfoMemo()
    /// The complete entity cache of the ingest, and the `PRAGMA data_version` it was valid for
    /// (the version changes when another connection commits).
    private var cache: EntityCandidateCache?
    private var dataVersion = 0

    /// The entity cache for a write transaction: while deferring, the complete cache kept across
    /// transactions (read again when another connection wrote); otherwise a new ordinary one.
    func candidates(_ db: Database) throws -> EntityCandidateCache {
        guard deferring else {
            cache = nil
            return EntityCandidateCache()
        }
        let version = try Int.fetchOne(db, sql: "PRAGMA data_version") ?? 0
        if let cache, cache.isComplete, version == dataVersion { return cache }
        let stillDeferred = try DeferredIndexes.pending(db)
        if cache != nil || !stillDeferred {
            // Another connection wrote (and may have built the indexes when it opened the
            // database), or the cache was dropped after a rollback and the indexes were built
            // meanwhile: the ingest goes on as an ordinary one.
            try restoreIndexes(db)
            return EntityCandidateCache()
        }
        let complete = EntityCandidateCache()
        try complete.loadAll(db)
        cache = complete
        dataVersion = version
        return complete
    }

    /// Forgets the cache after a transaction that was rolled back (it may hold entities that were
    /// never stored).
    func transactionFailed() {
        cache = nil
        transactionArticles = [:]
    }

    /// Notes the articles the committed transaction inserted.
    func transactionCommitted() {
        articles.add(transactionArticles)
        transactionArticles = [:]
    }

    /// Whether the article `id` is known not to be stored (so the writer need not look it up):
    /// only while ``articles`` tracks and the current transaction has not inserted it.
    func knownAbsent(_ id: String) -> Bool {
        transactionArticles[id] == nil && articles.lookup(id) == .absent
    }

    /// Builds the indexes again if they were dropped (inside a write transaction). The rest of
    /// the transaction writes as an ordinary one; if it is rolled back, the indexes are dropped
    /// again (and noted in `deferredIndex`), so the ingest goes on deferring.
    func restoreIndexes(_ db: Database) throws {
        guard deferring else { return }
        try DeferredIndexes.restore(db)
        deferring = false
        cache = nil
        guard db.isInsideTransaction else { return }
        db.afterNextTransaction(onCommit: { _ in }, onRollback: { [self] _ in
            deferring = true
            cache = nil
        })
    }

    /// Builds the indexes the database still lacks (whatever the flag says, which a failed
    /// transaction may have left out of step) and ends the deferring.
    /// Indexes another process dropped for its own running ingest stay to that process.
    func finish(_ db: Database) throws {
        if try DeferredIndexes.pending(db),
            try began || !DeferredIndexes.importerIsRunning(db)
        {
            try DeferredIndexes.restore(db)
        }
        deferring = false
        began = false
        cache = nil
    }
}
