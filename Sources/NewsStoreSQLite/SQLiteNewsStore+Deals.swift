import GRDB
import NewsModel

extension SQLiteNewsStore {
    /// The number of deals matching a filter.
    public func dealCount(filter: DealFilter) throws -> Int {
        try writer.read { db in
            let (condition, arguments) = Self.dealCondition(filter)
            return try Int.fetchOne(
                db.cachedStatement(sql: "SELECT COUNT(*) FROM deal d \(condition)"), arguments: arguments) ?? 0
        }
    }

    /// Deals by date, oldest first; a date known only to the month or year comes before the days of
    /// that month or year, undated deals come last, ties keep the order in which they were stored.
    public func deals(filter: DealFilter, page: PageRequest) throws -> [Deal] {
        try writer.read { db in try Self.deals(db, filter: filter, page: page) }
    }

    static func deals(_ db: Database, filter: DealFilter, page: PageRequest) throws -> [Deal] {
        var (condition, arguments) = dealCondition(filter)
        arguments += [page.limit, page.offset]
        return try Row.fetchAll(
            db.cachedStatement(
                sql: StoredRows.dealSelect + " \(condition) ORDER BY d.timelineKey, d.seq LIMIT ? OFFSET ?"),
            arguments: arguments
        ).map(StoredRows.deal)
    }

    /// The WHERE clause (on alias `d`) and its arguments for a deal filter.
    static func dealCondition(_ filter: DealFilter) -> (String, StatementArguments) {
        var clauses: [String] = []
        var arguments: StatementArguments = []
        if let entity = filter.entity {
            clauses.append("(d.acquirerID = ? OR d.sellerID = ? OR d.targetID = ?)")
            arguments += [entity, entity, entity]
        }
        // One kind: the (kind, timelineKey) index gives the order. Several: walk the timeline index and
        // filter (the unary + keeps SQLite from choosing the kind index and sorting afterwards).
        if filter.kinds.count == 1, let kind = filter.kinds.first {
            clauses.append("d.kind = ?")
            arguments += [kind.rawValue]
        } else if !filter.kinds.isEmpty {
            clauses.append("+d.kind IN (SELECT value FROM json_each(?))")
            arguments += [StoredFormats.json(filter.kinds.map(\.rawValue).sorted())]
        }
        return (clauses.isEmpty ? "" : "WHERE " + clauses.joined(separator: " AND "), arguments)
    }
}
