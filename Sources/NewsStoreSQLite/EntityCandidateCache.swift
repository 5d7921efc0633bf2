import GRDB
import NewsModel

/// A stored (or just created) entity that a local one may join.
struct EntityCandidate {
    var seq: Int64
    var id: String
    var kind: EntityKind
    var name: String
    /// The article count in the entity row when it was read (the transaction's pending links
    /// come on top: ``PendingCounts/articles(of:)``).
    var storedArticleCount: Int
}

/// The stored entities by name key and by matchable alias key, read once per key and
/// transaction and kept up to date as the transaction creates entities and adds aliases, so that
/// an entity named in many articles of a batch is looked up once.
///
/// Valid while entities are only added: ``clear()`` it when rows are deleted or counts flushed
/// (replacing an article).
final class EntityCandidateCache {
    private var byNameKey: [String: [EntityCandidate]] = [:]
    private var byAliasKey: [String: [EntityCandidate]] = [:]

    /// Forgets everything read.
    func clear() {
        byNameKey = [:]
        byAliasKey = [:]
    }

    /// The entities whose name has `key`.
    func named(_ key: String, _ db: Database) throws -> [EntityCandidate] {
        if let known = byNameKey[key] { return known }
        let statement = try db.cachedStatement(
            sql: "SELECT seq, id, kind, name, articleCount FROM entity WHERE key = ?")
        let found = try Self.candidates(statement, key)
        byNameKey[key] = found
        return found
    }

    /// The entities with a matchable alias of `key`.
    func aliased(_ key: String, _ db: Database) throws -> [EntityCandidate] {
        if let known = byAliasKey[key] { return known }
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

    /// Notes an entity just inserted with name key `key`.
    func created(_ candidate: EntityCandidate, key: String) {
        byNameKey[key]?.append(candidate)
    }

    /// Notes a matchable alias of key `key` just added to the entity.
    func aliasAdded(_ candidate: EntityCandidate, key: String) {
        byAliasKey[key]?.append(candidate)
    }

    private static func candidates(_ statement: Statement, _ key: String) throws -> [EntityCandidate] {
        var found: [EntityCandidate] = []
        let rows = try Row.fetchCursor(statement, arguments: [key])
        while let row = try rows.next() {
            found.append(
                EntityCandidate(
                    seq: row[0], id: row[1], kind: EntityKind(rawValue: row[2]) ?? .company, name: row[3],
                    storedArticleCount: row[4]))
        }
        return found
    }
}
