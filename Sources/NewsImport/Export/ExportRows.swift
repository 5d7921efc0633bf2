import NewsModel

/// One value of an export row: shared by the JSON and the CSV format.
public enum ExportCell: Sendable, Hashable {
    case text(String?)
    case number(Double?)
    case flag(Bool)
    case list([String])

    /// The value as JSON.
    public var json: JSONValue {
        switch self {
        case .text(let text): .optional(text)
        case .number(let number): .optional(number)
        case .flag(let flag): .bool(flag)
        case .list(let items): .array(items.map(JSONValue.string))
        }
    }

    /// The value as a CSV field: empty for null, lists joined with "|".
    public var csv: String {
        switch self {
        case .text(let text): text ?? ""
        case .number(let number): number.map(JSONValue.format) ?? ""
        case .flag(let flag): flag ? "true" : "false"
        case .list(let items): items.joined(separator: "|")
        }
    }
}

/// The rows of the export tables, as ordered (column, value) pairs.
public enum ExportRows {
    /// Table names in export order.
    public static let tables = ["articles", "entities", "deals", "stakes", "quotes"]

    /// The rows of each table of `dump`, in ``tables`` order.
    public static func rows(of dump: ExportDump) -> [(table: String, columns: [String], rows: [[ExportCell]])] {
        func table(_ name: String, _ rows: [[(String, ExportCell)]], _ empty: [(String, ExportCell)]) -> (String, [String], [[ExportCell]]) {
            (name, empty.map(\.0), rows.map { $0.map(\.1) })
        }
        let sampleEvidence = Evidence(articleID: "", sentence: "", range: TextRange(start: 0, end: 0))
        let sampleRef = EntityRef(id: "", name: "")
        return [
            table("articles", dump.articles.map(article), article(ArticleSummary(id: "", title: "", date: nil, source: nil, language: .english, factCount: 0))),
            table("entities", dump.entities.map(entity), entity(ExportEntity(entity: Entity(id: "", name: "", kind: .company), articleIDs: []))),
            table("deals", dump.deals.map(deal), deal(Deal(kind: .stake, acquirer: nil, target: sampleRef, status: .announced, evidence: sampleEvidence))),
            table("stakes", dump.stakes.map(stake), stake(Stake(holder: sampleRef, company: sampleRef, evidence: sampleEvidence))),
            table("quotes", dump.quotes.map(quote), quote(Quote(speaker: nil, text: "", direct: true, range: sampleEvidence.range, evidence: sampleEvidence))),
        ]
    }

    static func article(_ article: ArticleSummary) -> [(String, ExportCell)] {
        [("id", .text(article.id)), ("title", .text(article.title)), ("date", .text(article.date)),
         ("language", .text(article.language.rawValue)), ("source", .text(article.source))]
    }

    static func entity(_ item: ExportEntity) -> [(String, ExportCell)] {
        [("id", .text(item.entity.id)), ("name", .text(item.entity.name)), ("kind", .text(item.entity.kind.rawValue)),
         ("aliases", .list(item.entity.aliases)), ("articles", .list(item.articleIDs))]
    }

    static func deal(_ deal: Deal) -> [(String, ExportCell)] {
        [("kind", .text(deal.kind.rawValue)), ("acquirer", .text(deal.acquirer?.name)), ("seller", .text(deal.seller?.name)),
         ("target", .text(deal.target.name)), ("percent", .number(deal.percent)), ("amount", .number(deal.price?.amount)),
         ("currency", .text(deal.price?.currency)), ("date", .text(deal.date?.iso)), ("status", .text(deal.status.rawValue)),
         ("article", .text(deal.evidence.articleID)), ("evidence", .text(deal.evidence.sentence))]
    }

    static func stake(_ stake: Stake) -> [(String, ExportCell)] {
        [("holder", .text(stake.holder.name)), ("company", .text(stake.company.name)), ("percent", .number(stake.percent)),
         ("since", .text(stake.since?.iso)), ("until", .text(stake.until?.iso)), ("article", .text(stake.evidence.articleID)),
         ("evidence", .text(stake.evidence.sentence))]
    }

    static func quote(_ quote: Quote) -> [(String, ExportCell)] {
        [("speaker", .text(quote.speaker?.name ?? quote.speakerDescription)), ("role", .text(quote.role)),
         ("organization", .text(quote.organization?.name)), ("text", .text(quote.text)), ("direct", .flag(quote.direct)),
         ("article", .text(quote.evidence.articleID)), ("evidence", .text(quote.evidence.sentence))]
    }
}
