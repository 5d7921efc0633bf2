import GRDB
import NewsModel

/// Maps the article-local entities the extractor proposes to corpus-wide entities, inside the
/// transaction that saves the article.
///
/// A local entity joins a stored one of a compatible kind (company and organisation are
/// compatible; people only match people, places only places) when
/// 1. both names have the same ``EntityKey`` ("Conseco Inc" and "Conseco"), or
/// 2. its name's key equals a stored alias's key, or
/// 3. one of its aliases' keys equals the stored entity's name key.
///
/// Two aliases alone never merge entities ("Deutsche" may be short for two banks). Keys shorter than
/// three characters, and one-word names of people ("Smith"), are too ambiguous for rules 2 and 3:
/// they only merge by rule 1. Among several candidates the best rule wins, then the entity seen in
/// more articles. Otherwise a new entity is created, with an id like `company:conseco`.
struct EntityResolver {
    /// A stored (or just created) entity that a local one may join.
    private struct Candidate {
        var seq: Int64
        var id: String
        var kind: EntityKind
        var name: String
        var articleCount: Int
    }

    let db: Database
    /// Stored entities by the key of their name.
    private var byNameKey: [String: [Candidate]] = [:]
    /// Stored entities by the keys of their matchable aliases.
    private var byAliasKey: [String: [Candidate]] = [:]

    init(db: Database) {
        self.db = db
    }

    /// Whether a name is specific enough to merge entities by an alias: a key of at least three
    /// characters and, for people, at least two words.
    static func isDistinctive(_ name: String, kind: EntityKind) -> Bool {
        guard EntityKey.of(name).count >= 3 else { return false }
        return kind != .person || EntityKey.words(of: name).count >= 2
    }

    /// Which kinds may be one entity.
    static func compatible(_ lhs: EntityKind, _ rhs: EntityKind) -> Bool {
        func group(_ kind: EntityKind) -> Int {
            switch kind {
            case .company, .organization: 0
            case .person: 1
            case .place: 2
            }
        }
        return group(lhs) == group(rhs)
    }

    /// Resolves every local entity; returns the corpus-wide reference for each local id.
    mutating func resolve(_ entities: [Entity]) throws -> [EntityID: EntityRef] {
        try loadCandidates(for: entities)
        var refs: [EntityID: EntityRef] = [:]
        for entity in entities where refs[entity.id] == nil {
            refs[entity.id] = try resolve(entity)
        }
        for entity in entities {
            guard let person = refs[entity.id] else { continue }
            if let organization = entity.organization.flatMap({ refs[$0.id] }), organization.id != person.id {
                try db.cachedStatement(sql: "UPDATE entity SET organizationID = ? WHERE id = ?")
                    .execute(arguments: [organization.id, person.id])
            }
            if let role = entity.role, !role.isEmpty {
                try db.cachedStatement(sql: "UPDATE entity SET role = ? WHERE id = ?")
                    .execute(arguments: [role, person.id])
            }
        }
        return refs
    }

    /// Reads, in two queries, every stored entity whose name or alias key could match.
    private mutating func loadCandidates(for entities: [Entity]) throws {
        var allKeys: Set<String> = []
        var nameKeys: Set<String> = []
        for entity in entities {
            let key = EntityKey.of(entity.name)
            allKeys.insert(key)
            if Self.isDistinctive(entity.name, kind: entity.kind) { nameKeys.insert(key) }
            for alias in entity.aliases where Self.isDistinctive(alias, kind: entity.kind) {
                allKeys.insert(EntityKey.of(alias))
            }
        }
        allKeys.remove("")
        let byName = try Row.fetchCursor(
            db.cachedStatement(
                sql: """
                    SELECT seq, id, kind, name, key, articleCount FROM entity
                    WHERE key IN (SELECT value FROM json_each(?))
                    """),
            arguments: [StoredFormats.json(Array(allKeys))])
        while let row = try byName.next() {
            byNameKey[row["key"], default: []].append(Self.candidate(row))
        }
        guard !nameKeys.isEmpty else { return }
        let byAlias = try Row.fetchCursor(
            db.cachedStatement(
                sql: """
                    SELECT e.seq, e.id, e.kind, e.name, e.articleCount, a.key AS aliasKey
                    FROM entityAlias a JOIN entity e ON e.id = a.entityID
                    WHERE a.matchable AND a.key IN (SELECT value FROM json_each(?))
                    """),
            arguments: [StoredFormats.json(Array(nameKeys))])
        while let row = try byAlias.next() {
            byAliasKey[row["aliasKey"], default: []].append(Self.candidate(row))
        }
    }

    private static func candidate(_ row: Row) -> Candidate {
        Candidate(
            seq: row["seq"], id: row["id"], kind: EntityKind(rawValue: row["kind"]) ?? .company,
            name: row["name"], articleCount: row["articleCount"])
    }

    /// The best stored entity for a local one, by the rules above.
    private func bestCandidate(for entity: Entity) -> Candidate? {
        let nameKey = EntityKey.of(entity.name)
        guard !nameKey.isEmpty else { return nil }
        let compatible = { (candidate: Candidate) in Self.compatible(candidate.kind, entity.kind) }
        var tiers: [[Candidate]] = [byNameKey[nameKey, default: []].filter(compatible)]
        if Self.isDistinctive(entity.name, kind: entity.kind) {
            tiers.append(byAliasKey[nameKey, default: []].filter(compatible))
        }
        let aliasKeys = entity.aliases.filter { Self.isDistinctive($0, kind: entity.kind) }.map(EntityKey.of)
        tiers.append(
            aliasKeys.flatMap { byNameKey[$0, default: []] }.filter {
                compatible($0) && Self.isDistinctive($0.name, kind: $0.kind)
            })
        for tier in tiers where !tier.isEmpty {
            return tier.max { lhs, rhs in
                lhs.articleCount != rhs.articleCount ? lhs.articleCount < rhs.articleCount : lhs.seq > rhs.seq
            }
        }
        return nil
    }

    /// Joins a local entity to a stored one (adding its new aliases) or creates it.
    private mutating func resolve(_ entity: Entity) throws -> EntityRef {
        var names: [String] = []
        for name in entity.allNames.map({ $0.trimmingCharacters(in: .whitespacesAndNewlines) })
        where !name.isEmpty && !names.contains(name) {
            names.append(name)
        }
        let candidate: Candidate
        if let found = bestCandidate(for: entity) {
            candidate = found
        } else {
            candidate = try create(entity, name: names.first ?? entity.name)
        }
        var added = false
        for alias in names where alias != candidate.name {
            let matchable = Self.isDistinctive(alias, kind: candidate.kind)
            try db.cachedStatement(
                sql: "INSERT OR IGNORE INTO entityAlias (entityID, alias, key, matchable) VALUES (?, ?, ?, ?)"
            ).execute(arguments: [candidate.id, alias, EntityKey.of(alias), matchable])
            guard db.changesCount > 0 else { continue }
            added = true
            if matchable { byAliasKey[EntityKey.of(alias), default: []].append(candidate) }
        }
        if added { try refreshSearchRow(candidate) }
        return EntityRef(id: candidate.id, name: candidate.name)
    }

    /// Inserts a new entity and its search row.
    private mutating func create(_ entity: Entity, name: String) throws -> Candidate {
        let key = EntityKey.of(name)
        let id = try uniqueID(kind: entity.kind, key: key.isEmpty ? SearchText.name(name) : key)
        try db.cachedStatement(sql: "INSERT INTO entity (id, name, kind, key) VALUES (?, ?, ?, ?)")
            .execute(arguments: [id, name, entity.kind.rawValue, key])
        let candidate = Candidate(
            seq: db.lastInsertedRowID, id: id, kind: entity.kind, name: name, articleCount: 0)
        try db.cachedStatement(sql: "INSERT INTO entitySearch (rowid, name, aliases) VALUES (?, ?, '')")
            .execute(arguments: [candidate.seq, SearchText.name(name)])
        if !key.isEmpty { byNameKey[key, default: []].append(candidate) }
        return candidate
    }

    /// `kind:key`, or `kind:key-2`, `-3`, … when taken.
    private func uniqueID(kind: EntityKind, key: String) throws -> String {
        let base = kind.rawValue + ":" + (key.isEmpty ? "unnamed" : key)
        let exists = try db.cachedStatement(sql: "SELECT 1 FROM entity WHERE id = ?")
        var id = base
        var suffix = 1
        while try Bool.fetchOne(exists, arguments: [id]) != nil {
            suffix += 1
            id = base + "-\(suffix)"
        }
        return id
    }

    /// Rewrites the entity's row in the name index after aliases were added.
    private func refreshSearchRow(_ candidate: Candidate) throws {
        let aliases = try String.fetchAll(
            db.cachedStatement(sql: "SELECT alias FROM entityAlias WHERE entityID = ? ORDER BY rowid"),
            arguments: [candidate.id])
        try db.cachedStatement(sql: "DELETE FROM entitySearch WHERE rowid = ?").execute(arguments: [candidate.seq])
        try db.cachedStatement(sql: "INSERT INTO entitySearch (rowid, name, aliases) VALUES (?, ?, ?)")
            .execute(arguments: [candidate.seq, SearchText.name(candidate.name), SearchText.aliases(aliases)])
    }
}
