import GRDB
import NewsModel

/// A stored (or just created) entity that a local one may join. A class, so that the cache's
/// lists by name key and by alias key share one object whose article count can be updated.
final class EntityCandidate {
    let seq: Int64
    let id: String
    let kind: EntityKind
    let name: String
    /// The article count in the entity row when it was read, or (in a complete cache) as the
    /// committed transactions left it; the transaction's pending links come on top:
    /// ``PendingCounts/articles(of:)``.
    var storedArticleCount: Int
    /// In a complete cache, the entity's stored aliases, role and organisation (kept up to date
    /// by the writer), so that writing what is already stored needs no statement; nil otherwise.
    var stored: StoredEntityFields?

    init(seq: Int64, id: String, kind: EntityKind, name: String, storedArticleCount: Int) {
        self.seq = seq
        self.id = id
        self.kind = kind
        self.name = name
        self.storedArticleCount = storedArticleCount
    }
}

/// The columns and aliases of a stored entity that the writer may change, as stored.
struct StoredEntityFields {
    /// The `alias` values of the entity's `entityAlias` rows, as UTF-8 (the unique constraint
    /// compares bytes, not canonically equivalent strings).
    var aliases: Set<[UInt8]> = []
    var role: String?
    var organizationID: String?

    /// Whether `alias` is stored for the entity.
    func hasAlias(_ alias: String) -> Bool { aliases.contains(Array(alias.utf8)) }

    /// Whether two optional texts are the same bytes (as SQLite's `IS` compares them).
    static func same(_ lhs: String?, _ rhs: String?) -> Bool {
        switch (lhs, rhs) {
        case (nil, nil): true
        case (let lhs?, let rhs?): lhs.utf8.elementsEqual(rhs.utf8)
        default: false
        }
    }
}

/// The stored entities by name key and by matchable alias key, so that an entity named in many
/// articles is looked up once.
///
/// An ordinary cache reads each key once per transaction and is kept up to date as the
/// transaction creates entities and adds aliases. It is valid while entities are only added:
/// ``clear()`` it when rows are deleted or counts flushed (replacing an article).
///
/// A *complete* cache (``loadAll(_:)``) holds every entity and matchable alias of the database,
/// so a key it does not know has no entity and needs no query; it lives across the transactions
/// of a bulk ingest, which tells it the counts it flushes (``addArticles(_:)``). It is only valid
/// while this connection is the only writer: the store checks `PRAGMA data_version` before each
/// transaction and drops it when another connection wrote.
final class EntityCandidateCache {
    private var byNameKey: [String: [EntityCandidate]] = [:]
    private var byAliasKey: [String: [EntityCandidate]] = [:]
    /// Every entity of a complete cache, by id.
    private var byID: [String: EntityCandidate] = [:]
    /// Whether the cache holds every entity and alias of the database.
    private(set) var isComplete = false

    /// Forgets everything read (a complete cache becomes an ordinary, empty one).
    func clear() {
        byNameKey = [:]
        byAliasKey = [:]
        byID = [:]
        isComplete = false
    }

    /// Reads every entity and matchable alias: the cache becomes complete.
    func loadAll(_ db: Database) throws {
        clear()
        let entities = try Row.fetchCursor(
            db, sql: "SELECT seq, id, kind, name, articleCount, key, role, organizationID FROM entity ORDER BY seq")
        while let row = try entities.next() {
            let candidate = Self.candidate(row)
            candidate.stored = StoredEntityFields(role: row[6], organizationID: row[7])
            byID[candidate.id] = candidate
            byNameKey[row[5], default: []].append(candidate)
        }
        let aliases = try Row.fetchCursor(db, sql: "SELECT entityID, key, matchable, alias FROM entityAlias ORDER BY rowid")
        while let row = try aliases.next() {
            guard let candidate = byID[row[0]] else { continue }
            let alias: String = row[3]
            candidate.stored?.aliases.insert(Array(alias.utf8))
            if row[2] { byAliasKey[row[1], default: []].append(candidate) }
        }
        isComplete = true
    }

    /// The entities whose name has `key`.
    func named(_ key: String, _ db: Database) throws -> [EntityCandidate] {
        if let known = byNameKey[key] { return known }
        if isComplete { return [] }
        let statement = try db.cachedStatement(
            sql: "SELECT seq, id, kind, name, articleCount FROM entity WHERE key = ?")
        let found = try Self.candidates(statement, key)
        byNameKey[key] = found
        return found
    }

    /// The entities with a matchable alias of `key`.
    func aliased(_ key: String, _ db: Database) throws -> [EntityCandidate] {
        if let known = byAliasKey[key] { return known }
        if isComplete { return [] }
        let statement = try db.cachedStatement(
            sql: """
                SELECT e.seq, e.id, e.kind, e.name, e.articleCount
                FROM entityAlias a JOIN entity e ON e.id = a.entityID
                WHERE a.matchable AND a.key = ?
                """)
        let found = try Self.candidates(statement, key)
        byAliasKey[key] = found
        return found
    }

    /// Whether a complete cache knows an entity with this id (nil: the cache cannot tell).
    func contains(id: String) -> Bool? {
        isComplete ? byID[id] != nil : nil
    }

    /// The entity with this id in a complete cache (nil: unknown, or not complete).
    func candidate(id: String) -> EntityCandidate? {
        isComplete ? byID[id] : nil
    }

    /// Notes an entity just inserted with name key `key` (an empty key: not findable by name).
    func created(_ candidate: EntityCandidate, key: String) {
        guard !key.isEmpty else {
            if isComplete {
                candidate.stored = StoredEntityFields()
                byID[candidate.id] = candidate
            }
            return
        }
        if isComplete {
            candidate.stored = StoredEntityFields()
            byID[candidate.id] = candidate
            byNameKey[key, default: []].append(candidate)
        } else {
            byNameKey[key]?.append(candidate)
        }
    }

    /// Notes a matchable alias of key `key` just added to the entity.
    func aliasAdded(_ candidate: EntityCandidate, key: String) {
        if isComplete {
            byAliasKey[key, default: []].append(candidate)
        } else {
            byAliasKey[key]?.append(candidate)
        }
    }

    /// Adds flushed article counts to the entities of a complete cache.
    func addArticles(_ deltas: [(id: String, articles: Int)]) {
        guard isComplete else { return }
        for (id, articles) in deltas { byID[id]?.storedArticleCount += articles }
    }

    private static func candidate(_ row: Row) -> EntityCandidate {
        EntityCandidate(
            seq: row[0], id: row[1], kind: EntityKind(rawValue: row[2]) ?? .company, name: row[3],
            storedArticleCount: row[4])
    }

    private static func candidates(_ statement: Statement, _ key: String) throws -> [EntityCandidate] {
        var found: [EntityCandidate] = []
        let rows = try Row.fetchCursor(statement, arguments: [key])
        while let row = try rows.next() { found.append(candidate(row)) }
        return found
    }
}
