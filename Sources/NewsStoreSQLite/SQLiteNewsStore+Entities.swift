import GRDB
import NewsModel

extension SQLiteNewsStore {
    /// The number of entities, of the given kinds (all when empty).
    public func entityCount(kinds: Set<EntityKind>) throws -> Int {
        try writer.read { db in
            if kinds.isEmpty { return try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM entity") ?? 0 }
            return try Int.fetchOne(
                db.cachedStatement(
                    sql: "SELECT COUNT(*) FROM entity WHERE kind IN (SELECT value FROM json_each(?))"),
                arguments: [Self.kindsJSON(kinds)]) ?? 0
        }
    }

    /// One page of the entity list, most articles first (ties by name), of the given kinds (all when
    /// empty). Counts come from columns kept up to date at save time, so a page costs an index walk.
    public func entities(kinds: Set<EntityKind>, page: PageRequest) throws -> [EntitySummary] {
        try writer.read { db in
            // One kind: walk the (kind, articleCount) index. Several: walk the articleCount index and
            // filter (the unary + keeps SQLite from choosing the kind index and sorting afterwards).
            let filter =
                switch kinds.count {
                case 0: ""
                case 1: "WHERE e.kind = ?"
                default: "WHERE +e.kind IN (SELECT value FROM json_each(?))"
                }
            var arguments: StatementArguments =
                switch kinds.count {
                case 0: []
                case 1: [kinds.first!.rawValue]
                default: [Self.kindsJSON(kinds)]
                }
            arguments += [page.limit, page.offset]
            return try Row.fetchAll(
                db.cachedStatement(
                    sql: """
                        SELECT \(StoredRows.entitySummaryColumns) FROM entity e \(filter)
                        ORDER BY e.articleCount DESC, e.name LIMIT ? OFFSET ?
                        """),
                arguments: arguments
            ).map(StoredRows.entitySummary)
        }
    }

    static func kindsJSON(_ kinds: Set<EntityKind>) -> String {
        StoredFormats.json(kinds.map(\.rawValue).sorted())
    }
}
