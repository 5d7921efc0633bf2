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

    /// A local entity with the matching forms of its name and aliases (trimmed, without repeats).
    private struct LocalEntity {
        var entity: Entity
        var name: NameInfo
        var aliases: [NameInfo]

        init(_ entity: Entity) {
            self.entity = entity
            var names: [String] = []
            for name in entity.allNames.map({ $0.trimmingCharacters(in: .whitespacesAndNewlines) })
            where !name.isEmpty && !names.contains(name) {
                names.append(name)
            }
            let infos = names.map(NameInfo.init)
            self.name = infos.first ?? NameInfo(entity.name)
            self.aliases = Array(infos.dropFirst())
        }
    }

    let db: Database
    /// Where new and changed entities' index rows go.
    let search: SearchIndexBuffer
    /// Article links of this transaction not yet counted in the entity rows.
    let counts: PendingCounts
    /// Stored entities by the key of their name.
    private var byNameKey: [String: [Candidate]] = [:]
    /// Stored entities by the keys of their matchable aliases.
    private var byAliasKey: [String: [Candidate]] = [:]

    init(db: Database, search: SearchIndexBuffer, counts: PendingCounts) {
        self.db = db
        self.search = search
        self.counts = counts
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
        let locals = entities.map(LocalEntity.init)
        try loadCandidates(for: locals)
        var refs: [EntityID: EntityRef] = [:]
        for local in locals where refs[local.entity.id] == nil {
            refs[local.entity.id] = try resolve(local)
        }
        for entity in entities {
            guard let person = refs[entity.id] else { continue }
            if let organization = entity.organization.flatMap({ refs[$0.id] }), organization.id != person.id {
                try db.cachedStatement(sql: "UPDATE entity SET organizationID = ?1 WHERE id = ?2 AND organizationID IS NOT ?1")
                    .execute(arguments: [organization.id, person.id])
            }
            if let role = entity.role, !role.isEmpty {
                try db.cachedStatement(sql: "UPDATE entity SET role = ?1 WHERE id = ?2 AND role IS NOT ?1")
                    .execute(arguments: [role, person.id])
            }
        }
        return refs
    }

    /// Reads every stored entity whose name or alias key could match, one indexed lookup per key
    /// through cached statements.
    private mutating func loadCandidates(for entities: [LocalEntity]) throws {
        var allKeys: Set<String> = []
        var nameKeys: Set<String> = []
        for local in entities {
            allKeys.insert(local.name.key)
            if local.name.isDistinctive(for: local.entity.kind) { nameKeys.insert(local.name.key) }
            for alias in local.aliases where alias.isDistinctive(for: local.entity.kind) {
                allKeys.insert(alias.key)
            }
        }
        allKeys.remove("")
        let byName = try db.cachedStatement(
            sql: "SELECT seq, id, kind, name, articleCount FROM entity WHERE key = ?")
        for key in allKeys {
            let rows = try Row.fetchCursor(byName, arguments: [key])
            while let row = try rows.next() {
                byNameKey[key, default: []].append(candidate(row))
            }
        }
        guard !nameKeys.isEmpty else { return }
        let byAlias = try db.cachedStatement(
            sql: """
                SELECT e.seq, e.id, e.kind, e.name, e.articleCount
                FROM entityAlias a JOIN entity e ON e.id = a.entityID
                WHERE a.matchable AND a.key = ?
                """)
        for key in nameKeys {
            let rows = try Row.fetchCursor(byAlias, arguments: [key])
            while let row = try rows.next() {
                byAliasKey[key, default: []].append(candidate(row))
            }
        }
    }

    /// The candidate in columns seq, id, kind, name, articleCount (read by position), with the
    /// article links this transaction has not counted in the row yet.
    private func candidate(_ row: Row) -> Candidate {
        let id: String = row[1]
        return Candidate(
            seq: row[0], id: id, kind: EntityKind(rawValue: row[2]) ?? .company,
            name: row[3], articleCount: row[4] + counts.articles(of: id))
    }

    /// The best stored entity for a local one, by the rules above.
    private func bestCandidate(for local: LocalEntity) -> Candidate? {
        let kind = local.entity.kind
        let nameKey = local.name.key
        guard !nameKey.isEmpty else { return nil }
        let compatible = { (candidate: Candidate) in Self.compatible(candidate.kind, kind) }
        var tiers: [[Candidate]] = [byNameKey[nameKey, default: []].filter(compatible)]
        if local.name.isDistinctive(for: kind) {
            tiers.append(byAliasKey[nameKey, default: []].filter(compatible))
        }
        let aliasKeys = local.aliases.filter { $0.isDistinctive(for: kind) }.map(\.key)
        tiers.append(
            aliasKeys.flatMap { byNameKey[$0, default: []] }.filter {
                compatible($0) && NameInfo($0.name).isDistinctive(for: $0.kind)
            })
        for tier in tiers where !tier.isEmpty {
            return tier.max { lhs, rhs in
                lhs.articleCount != rhs.articleCount ? lhs.articleCount < rhs.articleCount : lhs.seq > rhs.seq
            }
        }
        return nil
    }

    /// Joins a local entity to a stored one (adding its new aliases) or creates it.
    private mutating func resolve(_ local: LocalEntity) throws -> EntityRef {
        let candidate: Candidate
        if let found = bestCandidate(for: local) {
            candidate = found
        } else {
            candidate = try create(local)
        }
        var added = false
        for alias in [local.name] + local.aliases where alias.name != candidate.name {
            let matchable = alias.isDistinctive(for: candidate.kind)
            try db.cachedStatement(
                sql: "INSERT OR IGNORE INTO entityAlias (entityID, alias, key, matchable) VALUES (?, ?, ?, ?)"
            ).execute(arguments: [candidate.id, alias.name, alias.key, matchable])
            guard db.changesCount > 0 else { continue }
            added = true
            if matchable { byAliasKey[alias.key, default: []].append(candidate) }
        }
        if added { search.entityChanged(seq: candidate.seq) }
        return EntityRef(id: candidate.id, name: candidate.name)
    }

    /// Inserts a new entity (its search row is written when the transaction's rows are flushed).
    private mutating func create(_ local: LocalEntity) throws -> Candidate {
        let name = local.name
        let key = name.key
        let kind = local.entity.kind
        let id = try uniqueID(kind: kind, key: key.isEmpty ? name.searchForm : key)
        try db.cachedStatement(sql: "INSERT INTO entity (id, name, kind, key) VALUES (?, ?, ?, ?)")
            .execute(arguments: [id, name.name, kind.rawValue, key])
        let candidate = Candidate(seq: db.lastInsertedRowID, id: id, kind: kind, name: name.name, articleCount: 0)
        search.entityCreated(seq: candidate.seq)
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
}
