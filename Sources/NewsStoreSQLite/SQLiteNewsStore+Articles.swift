import GRDB
import NewsModel

extension SQLiteNewsStore {
    /// The number of articles stored.
    public func articleCount() throws -> Int {
        try writer.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM article") ?? 0 }
    }

    /// One page of the article list. Undated articles come last in both date orders; the title order
    /// ignores case.
    public func articles(order: ArticleOrder, page: PageRequest) throws -> [ArticleSummary] {
        let orderBy =
            switch order {
            case .newestFirst: "ar.date DESC, ar.id DESC"
            case .oldestFirst: "ar.date IS NULL, ar.date, ar.id"
            case .title: "ar.title COLLATE NOCASE, ar.id"
            }
        return try writer.read { db in
            try Row.fetchAll(
                db.cachedStatement(
                    sql: """
                        SELECT \(StoredRows.articleSummaryColumns) FROM article ar
                        ORDER BY \(orderBy) LIMIT ? OFFSET ?
                        """),
                arguments: [page.limit, page.offset]
            ).map(StoredRows.articleSummary)
        }
    }

    /// The article with this id, with its paragraphs.
    public func article(id: String) throws -> Article? {
        try writer.read { db in
            try Row.fetchOne(db.cachedStatement(sql: "SELECT * FROM article WHERE id = ?"), arguments: [id])
                .map(StoredRows.article)
        }
    }

    /// The facts and mentions stored for an article, with corpus-wide entity ids and canonical names.
    /// `entities` lists every entity linked to the article, in name order.
    public func facts(ofArticle id: String) throws -> ArticleFacts {
        try writer.read { db in
            let entityIDs = try db.fetchStrings(sql: """
                    SELECT ea.entityID FROM entityArticle ea JOIN entity e ON e.id = ea.entityID
                    WHERE ea.articleID = ? ORDER BY e.name, e.id
                    """, arguments: [id])
            let mentions = try db.fetchRows(sql: """
                    SELECT m.start, m."end", m.sentenceStart, m.sentenceEnd, e.id AS entityID
                    FROM mention m JOIN entity e ON e.seq = m.entitySeq
                    WHERE m.articleSeq = (SELECT seq FROM article WHERE id = ?) ORDER BY m.start, m.seq
                    """, arguments: [id]
            ).map { row in
                Mention(
                    entity: row["entityID"], articleID: id,
                    range: TextRange(start: row["start"], end: row["end"]),
                    sentence: TextRange(start: row["sentenceStart"], end: row["sentenceEnd"]))
            }
            return ArticleFacts(
                entities: try StoredRows.entities(db, ids: entityIDs),
                mentions: mentions,
                deals: try db.fetchRows(sql: StoredRows.dealSelect + " WHERE d.articleID = ? ORDER BY d.seq", arguments: [id]
                ).map(StoredRows.deal),
                stakes: try db.fetchRows(sql: StoredRows.stakeSelect + " WHERE st.articleID = ? ORDER BY st.seq", arguments: [id]
                ).map(StoredRows.stake),
                quotes: try db.fetchRows(sql: StoredRows.quoteSelect + " WHERE q.articleID = ? ORDER BY q.seq", arguments: [id]
                ).map(QuoteTexts.Reader().quote))
        }
    }
}
