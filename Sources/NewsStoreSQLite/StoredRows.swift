import GRDB
import NewsModel

/// The SELECT statements that read facts with their entity names resolved, and the decoding of
/// their rows into model values. Columns are listed explicitly and decoded by position (GRDB's
/// lookup by name costs more than the rest of the decoding).
enum StoredRows {
    /// Deals with party names; append WHERE/ORDER clauses using the alias `d`.
    static let dealSelect = """
        SELECT d.articleID, d.kind, d.acquirerID, a.name, d.sellerID, s.name, d.targetID, t.name, d.percent,
            d.priceMinorUnits, d.currency, d.date, d.datePrecision, d.status,
            d.evidence, d.evidenceStart, d.evidenceEnd, d.moreEvidence
        FROM deal d
        LEFT JOIN entity a ON a.id = d.acquirerID
        LEFT JOIN entity s ON s.id = d.sellerID
        JOIN entity t ON t.id = d.targetID
        """

    /// Stakes with holder and company names; alias `st`.
    static let stakeSelect = """
        SELECT st.articleID, st.holderID, h.name, st.companyID, c.name, st.percent, st.since, st.sincePrecision,
            st."until", st.untilPrecision, st.evidence, st.evidenceStart, st.evidenceEnd, st.moreEvidence
        FROM stake st
        JOIN entity h ON h.id = st.holderID
        JOIN entity c ON c.id = st.companyID
        """

    /// Quotes with speaker and organisation names; alias `q`.
    static let quoteSelect = "SELECT \(quoteColumns) \(quoteFrom)"

    /// The columns of ``quoteSelect``; a query may add its own after them. The last two are the
    /// quote's ``QuoteTexts`` bits and, when a text is left out, the article's paragraphs: read
    /// the rows with ``QuoteTexts/Reader``.
    static let quoteColumns = """
        q.articleID, q.speakerID, sp.name, q.speakerDescription, q.role, q.organizationID, o.name, q.text,
        q.direct, q.start, q."end", q.evidence, q.evidenceStart, q.evidenceEnd,
        q.fromArticle, CASE WHEN q.fromArticle != 0 THEN qa.paragraphs END
        """

    /// The number of columns in ``quoteColumns``.
    static let quoteColumnCount = 16

    /// The FROM clause of ``quoteSelect``.
    static let quoteFrom = """
        FROM quote q
        LEFT JOIN entity sp ON sp.id = q.speakerID
        LEFT JOIN entity o ON o.id = q.organizationID
        LEFT JOIN article qa ON qa.id = q.articleID
        """

    /// The columns of an article list row; alias `ar`.
    static let articleSummaryColumns = "ar.id, ar.title, ar.date, ar.source, ar.language, ar.factCount"

    /// The columns of an entity list row; alias `e`.
    static let entitySummaryColumns =
        "e.id, e.name, e.kind, e.articleCount, e.dealCount, e.stakeCount, e.quoteCount"

    /// The reference in columns `id` and `id + 1` (its id and name).
    static func ref(_ row: Row, _ id: Int) -> EntityRef? {
        guard let value: String = row[id] else { return nil }
        return EntityRef(id: value, name: row[id + 1] ?? value)
    }

    /// Evidence from the article id in column 0 and sentence, start and end from column `sentence`.
    static func evidence(_ row: Row, _ sentence: Int) -> Evidence {
        Evidence(
            articleID: row[0], sentence: row[sentence],
            range: TextRange(start: row[sentence + 1], end: row[sentence + 2]))
    }

    static func deal(_ row: Row) -> Deal {
        let minorUnits: Int64? = row[9]
        let currency: String? = row[10]
        return Deal(
            kind: DealKind(rawValue: row[1]) ?? .acquisition,
            acquirer: ref(row, 2),
            seller: ref(row, 4),
            target: ref(row, 6) ?? EntityRef(id: "", name: ""),
            percent: row[8],
            price: minorUnits.map { Money(minorUnits: $0, currency: currency ?? "") },
            date: StoredFormats.date(row[11], precision: row[12]),
            status: DealStatus(rawValue: row[13]) ?? .announced,
            evidence: evidence(row, 14),
            moreEvidence: StoredFormats.evidence(row[17]))
    }

    static func stake(_ row: Row) -> Stake {
        Stake(
            holder: ref(row, 1) ?? EntityRef(id: "", name: ""),
            company: ref(row, 3) ?? EntityRef(id: "", name: ""),
            percent: row[5],
            since: StoredFormats.date(row[6], precision: row[7]),
            until: StoredFormats.date(row[8], precision: row[9]),
            evidence: evidence(row, 10),
            moreEvidence: StoredFormats.evidence(row[13]))
    }

    /// The quote of a row of ``quoteColumns`` as stored (texts left out are ''; see
    /// ``QuoteTexts/Reader``).
    static func quote(_ row: Row) -> Quote {
        Quote(
            speaker: ref(row, 1),
            speakerDescription: row[3],
            role: row[4],
            organization: ref(row, 5),
            text: row[7],
            direct: row[8],
            range: TextRange(start: row[9], end: row[10]),
            evidence: evidence(row, 11))
    }

    static func articleSummary(_ row: Row) -> ArticleSummary {
        ArticleSummary(
            id: row[0], title: row[1], date: row[2], source: row[3],
            language: Language(rawValue: row[4]) ?? .english, factCount: row[5])
    }

    static func entitySummary(_ row: Row) -> EntitySummary {
        EntitySummary(
            id: row[0], name: row[1], kind: EntityKind(rawValue: row[2]) ?? .company,
            articleCount: row[3], dealCount: row[4], stakeCount: row[5], quoteCount: row[6])
    }

    static func article(_ row: Row) -> Article {
        Article(
            id: row["id"], title: row["title"], paragraphs: StoredFormats.strings(row["paragraphs"]),
            date: row["date"], language: Language(rawValue: row["language"]) ?? .english,
            source: row["source"], origin: row["origin"], url: row["url"],
            topics: StoredFormats.strings(row["topics"]))
    }

    /// Full entities (with aliases and organisation) by id, in the order of `ids`.
    static func entities(_ db: Database, ids: [String]) throws -> [Entity] {
        guard !ids.isEmpty else { return [] }
        let idsJSON = StoredFormats.json(ids)
        var byID: [String: Entity] = [:]
        let rows = try db.fetchRowCursor(sql: """
                SELECT e.id, e.name, e.kind, e.role, e.organizationID, o.name AS organizationName
                FROM entity e LEFT JOIN entity o ON o.id = e.organizationID
                WHERE e.id IN (SELECT value FROM json_each(?))
                """, arguments: [idsJSON])
        while let row = try rows.next() {
            let id: String = row["id"]
            byID[id] = Entity(
                id: id, name: row["name"], kind: EntityKind(rawValue: row["kind"]) ?? .company,
                role: row["role"], organization: ref(row, 4))
        }
        let aliases = try db.fetchRowCursor(sql: """
                SELECT entityID, alias FROM entityAlias
                WHERE entityID IN (SELECT value FROM json_each(?)) ORDER BY entityID, rowid
                """, arguments: [idsJSON])
        while let row = try aliases.next() {
            byID[row["entityID"] as String]?.aliases.append(row["alias"])
        }
        return ids.compactMap { byID[$0] }
    }
}
