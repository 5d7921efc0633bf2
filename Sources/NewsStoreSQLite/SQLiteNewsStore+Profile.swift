import GRDB
import NewsModel

extension SQLiteNewsStore {
    /// The most rows any list of a profile holds.
    public static let profileListLimit = 300

    /// Everything the company or person page shows, each list capped at ``profileListLimit``:
    /// - stakes it holds and stakes held in it;
    /// - deals in which it takes part in any role, on the timeline (oldest first, undated last);
    /// - quotes by it: said by it, for it (the quote's organisation), or by people whose organisation
    ///   it is, newest article first;
    /// - quotes about it: said by others, in articles that mention it, whose words or sentence name it
    ///   (a stored mention inside them, or one of its distinctive names in their text);
    /// - people whose organisation it is, most articles first;
    /// - articles that mention it, newest first.
    public func profile(ofEntity id: EntityID) throws -> EntityProfile? {
        try writer.read { db in
            guard let entity = try StoredRows.entities(db, ids: [id]).first else { return nil }
            let limit = Self.profileListLimit
            var profile = EntityProfile(entity: entity)
            profile.stakesHeld = try db.fetchRows(sql: StoredRows.stakeSelect + " WHERE st.holderID = ? ORDER BY st.seq LIMIT ?",
                arguments: [id, limit]
            ).map(StoredRows.stake)
            profile.stakesIn = try db.fetchRows(sql: StoredRows.stakeSelect + " WHERE st.companyID = ? ORDER BY st.seq LIMIT ?",
                arguments: [id, limit]
            ).map(StoredRows.stake)
            profile.deals = try Self.deals(db, filter: DealFilter(entity: id), page: PageRequest(limit: limit))
            profile.quotesBy = try db.fetchRows(sql: StoredRows.quoteSelect + """
                     JOIN article ar ON ar.id = q.articleID
                    WHERE q.seq IN (\(Self.quotesBySQL))
                    ORDER BY ar.date DESC, q.seq LIMIT :limit
                    """, arguments: ["id": id, "limit": limit]
            ).map(QuoteTexts.Reader().quote)
            profile.quotesAbout = try Self.quotesAbout(db, entity: entity, limit: limit)
            profile.people = try db.fetchRows(sql: """
                    SELECT \(StoredRows.entitySummaryColumns) FROM entity e WHERE e.organizationID = ?
                    ORDER BY e.articleCount DESC, e.name LIMIT ?
                    """, arguments: [id, limit]
            ).map(StoredRows.entitySummary)
            profile.articles = try db.fetchRows(sql: """
                    SELECT \(StoredRows.articleSummaryColumns)
                    FROM entityArticle ea JOIN article ar ON ar.id = ea.articleID
                    WHERE ea.entityID = ? ORDER BY ea.articleDate DESC, ea.articleID DESC LIMIT ?
                    """, arguments: [id, limit]
            ).map(StoredRows.articleSummary)
            return profile
        }
    }

    /// The `seq` of every quote by the entity `:id`, as a subquery that uses the quote indexes.
    private static let quotesBySQL = """
        SELECT seq FROM quote WHERE speakerID = :id
        UNION SELECT seq FROM quote WHERE organizationID = :id
        UNION SELECT seq FROM quote WHERE speakerID IN (SELECT id FROM entity WHERE organizationID = :id)
        """

    /// The most quotes ``quotesAbout(_:entity:limit:)`` looks at (newest articles first), so that
    /// the page of an entity in thousands of articles stays fast.
    static let quotesAboutScanLimit = 1000

    /// Quotes by others that name the entity, newest article first: a stored mention of it lies
    /// inside the quote's words or sentence, or one of its distinctive names stands in them.
    private static func quotesAbout(_ db: Database, entity: Entity, limit: Int) throws -> [Quote] {
        let names = Set(
            entity.allNames.map(NameInfo.init).filter { $0.isDistinctive(for: entity.kind) }
                .map { Array((" " + $0.coreForm + " ").utf8) })
        let candidates = try db.fetchRowCursor(sql: """
                SELECT \(StoredRows.quoteColumns), EXISTS (
                    SELECT 1 FROM mention m
                    WHERE m.entitySeq = (SELECT seq FROM entity WHERE id = :id)
                      AND m.articleSeq = (SELECT seq FROM article WHERE id = q.articleID)
                      AND ((m.start >= q.evidenceStart AND m."end" <= q.evidenceEnd)
                        OR (m.start >= q.start AND m."end" <= q."end"))
                ) AS mentioned
                \(StoredRows.quoteFrom)
                JOIN entityArticle ea ON ea.articleID = q.articleID AND ea.entityID = :id
                WHERE q.seq NOT IN (\(quotesBySQL))
                ORDER BY ea.articleDate DESC, q.seq
                LIMIT :scan
                """, arguments: ["id": entity.id, "scan": quotesAboutScanLimit])
        var quotes: [Quote] = []
        let reader = QuoteTexts.Reader()
        while quotes.count < limit, let row = try candidates.next() {
            let quote = reader.quote(row)
            let mentioned: Bool = row[StoredRows.quoteColumnCount]
            if mentioned || names.contains(where: { name in
                SearchText.contains(SearchText.wordBytes(quote.text), name)
                    || SearchText.contains(SearchText.wordBytes(quote.evidence.sentence), name)
            }) {
                quotes.append(quote)
            }
        }
        return quotes
    }
}
