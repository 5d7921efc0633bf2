import GRDB
import NewsModel

/// The SELECT statements that read facts with their entity names resolved, and the decoding of
/// their rows into model values.
enum StoredRows {
    /// Deals with party names; append WHERE/ORDER clauses using the alias `d`.
    static let dealSelect = """
        SELECT d.*, a.name AS acquirerName, s.name AS sellerName, t.name AS targetName
        FROM deal d
        LEFT JOIN entity a ON a.id = d.acquirerID
        LEFT JOIN entity s ON s.id = d.sellerID
        JOIN entity t ON t.id = d.targetID
        """

    /// Stakes with holder and company names; alias `st`.
    static let stakeSelect = """
        SELECT st.*, h.name AS holderName, c.name AS companyName
        FROM stake st
        JOIN entity h ON h.id = st.holderID
        JOIN entity c ON c.id = st.companyID
        """

    /// Quotes with speaker and organisation names; alias `q`.
    static let quoteSelect = "SELECT \(quoteColumns) \(quoteFrom)"

    /// The columns of ``quoteSelect``.
    static let quoteColumns = "q.*, sp.name AS speakerName, o.name AS organizationName"

    /// The FROM clause of ``quoteSelect``.
    static let quoteFrom = """
        FROM quote q
        LEFT JOIN entity sp ON sp.id = q.speakerID
        LEFT JOIN entity o ON o.id = q.organizationID
        """

    /// The columns of an article list row; alias `ar`.
    static let articleSummaryColumns = "ar.id, ar.title, ar.date, ar.source, ar.language, ar.factCount"

    /// The columns of an entity list row; alias `e`.
    static let entitySummaryColumns =
        "e.id, e.name, e.kind, e.articleCount, e.dealCount, e.stakeCount, e.quoteCount"

    static func ref(_ row: Row, id: String, name: String) -> EntityRef? {
        guard let id: String = row[id] else { return nil }
        return EntityRef(id: id, name: row[name] ?? id)
    }

    static func evidence(_ row: Row) -> Evidence {
        Evidence(
            articleID: row["articleID"], sentence: row["evidence"],
            range: TextRange(start: row["evidenceStart"], end: row["evidenceEnd"]))
    }

    static func deal(_ row: Row) -> Deal {
        let minorUnits: Int64? = row["priceMinorUnits"]
        let currency: String? = row["currency"]
        return Deal(
            kind: DealKind(rawValue: row["kind"]) ?? .acquisition,
            acquirer: ref(row, id: "acquirerID", name: "acquirerName"),
            seller: ref(row, id: "sellerID", name: "sellerName"),
            target: ref(row, id: "targetID", name: "targetName") ?? EntityRef(id: "", name: ""),
            percent: row["percent"],
            price: minorUnits.map { Money(minorUnits: $0, currency: currency ?? "") },
            date: StoredFormats.date(row["date"], precision: row["datePrecision"]),
            status: DealStatus(rawValue: row["status"]) ?? .announced,
            evidence: evidence(row),
            moreEvidence: StoredFormats.evidence(row["moreEvidence"]))
    }

    static func stake(_ row: Row) -> Stake {
        Stake(
            holder: ref(row, id: "holderID", name: "holderName") ?? EntityRef(id: "", name: ""),
            company: ref(row, id: "companyID", name: "companyName") ?? EntityRef(id: "", name: ""),
            percent: row["percent"],
            since: StoredFormats.date(row["since"], precision: row["sincePrecision"]),
            until: StoredFormats.date(row["until"], precision: row["untilPrecision"]),
            evidence: evidence(row),
            moreEvidence: StoredFormats.evidence(row["moreEvidence"]))
    }

    static func quote(_ row: Row) -> Quote {
        Quote(
            speaker: ref(row, id: "speakerID", name: "speakerName"),
            speakerDescription: row["speakerDescription"],
            role: row["role"],
            organization: ref(row, id: "organizationID", name: "organizationName"),
            text: row["text"],
            direct: row["direct"],
            range: TextRange(start: row["start"], end: row["end"]),
            evidence: evidence(row))
    }

    static func articleSummary(_ row: Row) -> ArticleSummary {
        ArticleSummary(
            id: row["id"], title: row["title"], date: row["date"], source: row["source"],
            language: Language(rawValue: row["language"]) ?? .english, factCount: row["factCount"])
    }

    static func entitySummary(_ row: Row) -> EntitySummary {
        EntitySummary(
            id: row["id"], name: row["name"], kind: EntityKind(rawValue: row["kind"]) ?? .company,
            articleCount: row["articleCount"], dealCount: row["dealCount"], stakeCount: row["stakeCount"],
            quoteCount: row["quoteCount"])
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
        let rows = try Row.fetchCursor(
            db,
            sql: """
                SELECT e.id, e.name, e.kind, e.role, e.organizationID, o.name AS organizationName
                FROM entity e LEFT JOIN entity o ON o.id = e.organizationID
                WHERE e.id IN (SELECT value FROM json_each(?))
                """, arguments: [idsJSON])
        while let row = try rows.next() {
            let id: String = row["id"]
            byID[id] = Entity(
                id: id, name: row["name"], kind: EntityKind(rawValue: row["kind"]) ?? .company,
                role: row["role"], organization: ref(row, id: "organizationID", name: "organizationName"))
        }
        let aliases = try Row.fetchCursor(
            db,
            sql: """
                SELECT entityID, alias FROM entityAlias
                WHERE entityID IN (SELECT value FROM json_each(?)) ORDER BY entityID, rowid
                """, arguments: [idsJSON])
        while let row = try aliases.next() {
            byID[row["entityID"] as String]?.aliases.append(row["alias"])
        }
        return ids.compactMap { byID[$0] }
    }
}
