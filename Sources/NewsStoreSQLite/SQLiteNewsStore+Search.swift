import GRDB
import NewsModel

extension SQLiteNewsStore {
    /// Entities whose name or alias has words starting with the query's words (case, diacritics and
    /// "ß"/"ss" ignored), best first:
    /// 1. the name is the query (or has the same ``EntityKey``: "conseco" finds "Conseco Inc");
    /// 2. the name starts with the query;
    /// 3. an alias starts with the query;
    /// 4. any other match (a later word of the name or an alias);
    ///
    /// then more articles first, then by name. Any text is a valid query: quotes and FTS5 operators
    /// are taken as plain words; a query with no letters or digits finds nothing.
    public func searchEntities(_ query: String, limit: Int) throws -> [EntitySummary] {
        guard let pattern = SearchText.pattern(for: query), limit > 0 else { return [] }
        let info = NameInfo(query)
        return try writer.read { db in
            try Row.fetchAll(
                db.cachedStatement(
                    sql: """
                        SELECT \(StoredRows.entitySummaryColumns),
                            CASE WHEN entitySearch.name = :folded OR e.key = :key THEN 0
                                 WHEN substr(entitySearch.name, 1, length(:folded)) = :folded THEN 1
                                 WHEN instr(entitySearch.aliases, char(31) || :folded) > 0 THEN 2
                                 ELSE 3 END AS tier
                        FROM entitySearch JOIN entity e ON e.seq = entitySearch.rowid
                        WHERE entitySearch MATCH :pattern
                        ORDER BY tier, e.articleCount DESC, e.name, e.id
                        LIMIT :limit
                        """),
                arguments: ["folded": info.searchForm, "key": info.key, "pattern": pattern, "limit": limit]
            ).map(StoredRows.entitySummary)
        }
    }

    /// Articles whose title or text has words starting with the query's words (case, diacritics and
    /// "ß"/"ss" ignored), best first by BM25 with title words weighing more; ties newest first.
    public func searchArticles(_ query: String, limit: Int) throws -> [ArticleSummary] {
        guard let pattern = SearchText.pattern(for: query), limit > 0 else { return [] }
        return try writer.read { db in
            try Row.fetchAll(
                db.cachedStatement(
                    sql: """
                        SELECT \(StoredRows.articleSummaryColumns)
                        FROM articleSearch JOIN article ar ON ar.seq = articleSearch.rowid
                        WHERE articleSearch MATCH ?
                        ORDER BY bm25(articleSearch, 4.0, 1.0), ar.date DESC
                        LIMIT ?
                        """),
                arguments: [pattern, limit]
            ).map(StoredRows.articleSummary)
        }
    }
}
