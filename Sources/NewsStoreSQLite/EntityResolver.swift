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
    /// A local entity with the matching forms of its name and aliases (trimmed, without repeats).
    private struct LocalEntity {
        var entity: Entity
        var name: NameInfo
        var aliases: [NameInfo]

        init(_ entity: Entity, memo: NameInfoMemo) {
            self.entity = entity
            var names: [String] = []
            for name in entity.allNames.map(TextTrimming.spacesAndNewlines)
            where !name.isEmpty && !names.contains(name) {
                names.append(name)
            }
            let infos = names.map(memo.info)
            self.name = infos.first ?? memo.info(entity.name)
            self.aliases = Array(infos.dropFirst())
        }
    }

    let db: Database
    /// Where new and changed entities' index rows go.
    let search: SearchIndexBuffer
    /// Article links of this transaction not yet counted in the entity rows.
    let counts: PendingCounts
    /// Stored entities by name and alias key, shared by the articles of the transaction.
    let cache: EntityCandidateCache
    /// The matching forms of names resolved before.
    let names: NameInfoMemo
    /// The rowid (`entity.seq`) of the corpus-wide entity ``resolve(_:)`` mapped each local id to.
    private(set) var seqs: [EntityID: Int64] = [:]

    init(db: Database, search: SearchIndexBuffer, counts: PendingCounts, cache: EntityCandidateCache, names: NameInfoMemo) {
        self.db = db
        self.search = search
        self.counts = counts
        self.cache = cache
        self.names = names
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
        let locals = entities.map { LocalEntity($0, memo: names) }
        var refs: [EntityID: EntityRef] = [:]
        for local in locals where refs[local.entity.id] == nil {
            refs[local.entity.id] = try resolve(local)
        }
        for entity in entities {
            guard let person = refs[entity.id] else { continue }
            // A complete cache knows the stored values: an update that changes nothing is skipped.
            let stored = cache.candidate(id: person.id)
            if let organization = entity.organization.flatMap({ refs[$0.id] }), organization.id != person.id,
                !(stored?.stored.map { StoredEntityFields.same($0.organizationID, organization.id) } ?? false)
            {
                try db.cachedStatement(sql: "UPDATE entity SET organizationID = ?1 WHERE id = ?2 AND organizationID IS NOT ?1")
                    .execute(arguments: [organization.id, person.id])
                stored?.stored?.organizationID = organization.id
            }
            if let role = entity.role, !role.isEmpty,
                !(stored?.stored.map { StoredEntityFields.same($0.role, role) } ?? false)
            {
                try db.cachedStatement(sql: "UPDATE entity SET role = ?1 WHERE id = ?2 AND role IS NOT ?1")
                    .execute(arguments: [role, person.id])
                stored?.stored?.role = role
            }
        }
        return refs
    }

    /// The best stored entity for a local one, by the rules above.
    private func bestCandidate(for local: LocalEntity) throws -> EntityCandidate? {
        let kind = local.entity.kind
        let nameKey = local.name.key
        guard !nameKey.isEmpty else { return nil }
        let compatible = { (candidate: EntityCandidate) in Self.compatible(candidate.kind, kind) }
        var tiers: [[EntityCandidate]] = [try cache.named(nameKey, db).filter(compatible)]
        if local.name.isDistinctive(for: kind) {
            tiers.append(try cache.aliased(nameKey, db).filter(compatible))
        }
        let aliasKeys = local.aliases.filter { $0.isDistinctive(for: kind) }.map(\.key)
        tiers.append(
            try aliasKeys.flatMap { try cache.named($0, db) }.filter {
                compatible($0) && names.info($0.name).isDistinctive(for: $0.kind)
            })
        for tier in tiers where !tier.isEmpty {
            let ranked = tier.map { ($0, $0.storedArticleCount + counts.articles(of: $0.id)) }
            return ranked.max { lhs, rhs in
                lhs.1 != rhs.1 ? lhs.1 < rhs.1 : lhs.0.seq > rhs.0.seq
            }?.0
        }
        return nil
    }

    /// Joins a local entity to a stored one (adding its new aliases) or creates it.
    private mutating func resolve(_ local: LocalEntity) throws -> EntityRef {
        let candidate: EntityCandidate
        if let found = try bestCandidate(for: local) {
            candidate = found
        } else {
            candidate = try create(local)
        }
        var added = false
        for alias in [local.name] + local.aliases where alias.name != candidate.name {
            // A complete cache knows the stored aliases: one already stored needs no statement.
            if candidate.stored?.hasAlias(alias.name) == true { continue }
            let matchable = alias.isDistinctive(for: candidate.kind)
            var insert = try RawInsert(
                db, sql: "INSERT OR IGNORE INTO entityAlias (entityID, alias, key, matchable) VALUES (?, ?, ?, ?)")
            insert.bind(candidate.id)
            insert.bind(alias.name)
            insert.bind(alias.key)
            insert.bind(matchable)
            try insert.run()
            guard db.changesCount > 0 else { continue }
            candidate.stored?.aliases.insert(Array(alias.name.utf8))
            added = true
            if matchable { cache.aliasAdded(candidate, key: alias.key) }
        }
        if added { search.entityChanged(seq: candidate.seq) }
        seqs[local.entity.id] = candidate.seq
        return EntityRef(id: candidate.id, name: candidate.name)
    }

    /// Inserts a new entity (its search row is written when the transaction's rows are flushed).
    private mutating func create(_ local: LocalEntity) throws -> EntityCandidate {
        let name = local.name
        let key = name.key
        let kind = local.entity.kind
        let id = try uniqueID(kind: kind, key: key.isEmpty ? name.searchForm : key)
        var insert = try RawInsert(db, sql: "INSERT INTO entity (id, name, kind, key) VALUES (?, ?, ?, ?)")
        insert.bind(id)
        insert.bind(name.name)
        insert.bind(kind.rawValue)
        insert.bind(key)
        try insert.run()
        let candidate = EntityCandidate(seq: db.lastInsertedRowID, id: id, kind: kind, name: name.name, storedArticleCount: 0)
        search.entityCreated(seq: candidate.seq)
        cache.created(candidate, key: key)
        return candidate
    }

    /// `kind:key`, or `kind:key-2`, `-3`, … when taken.
    private func uniqueID(kind: EntityKind, key: String) throws -> String {
        let base = kind.rawValue + ":" + (key.isEmpty ? "unnamed" : key)
        let exists = try db.cachedStatement(sql: "SELECT 1 FROM entity WHERE id = ?")
        func taken(_ id: String) throws -> Bool {
            if let known = cache.contains(id: id) { return known }
            return try Bool.fetchOne(exists, arguments: [id]) != nil
        }
        var id = base
        var suffix = 1
        while try taken(id) {
            suffix += 1
            id = base + "-\(suffix)"
        }
        return id
    }
}
