import GRDB
import NewsModel

extension SQLiteNewsStore {
    /// Everything stored in the export shape, or (with `articleID`) that article, its facts and the
    /// entities it mentions, each listed with that article only. Articles by id; entities by name;
    /// deals on the timeline; stakes and quotes in stored order.
    public func exportDump(articleID: String?) throws -> ExportDump {
        try writer.read { db in
            let articleFilter = articleID == nil ? "" : "WHERE ar.id = ?"
            let factFilter = { (alias: String) in articleID == nil ? "" : "WHERE \(alias).articleID = ?" }
            let arguments: StatementArguments = articleID.map { [$0] } ?? []
            var dump = ExportDump()
            dump.articles = try db.fetchRows(sql: "SELECT \(StoredRows.articleSummaryColumns) FROM article ar \(articleFilter) ORDER BY ar.id",
                arguments: arguments
            ).map(StoredRows.articleSummary)

            var articlesByEntity: [String: [String]] = [:]
            let links = try db.fetchRowCursor(sql: "SELECT entityID, articleID FROM entityArticle ea \(factFilter("ea")) ORDER BY entityID, articleID",
                arguments: arguments)
            while let row = try links.next() {
                articlesByEntity[row["entityID"], default: []].append(row["articleID"])
            }
            let ids = try db.fetchStrings(sql: "SELECT id FROM entity ORDER BY name, id")
                .filter { articlesByEntity[$0] != nil }
            dump.entities = try StoredRows.entities(db, ids: ids).map {
                ExportEntity(entity: $0, articleIDs: articlesByEntity[$0.id, default: []])
            }
            dump.deals = try db.fetchRows(sql: StoredRows.dealSelect + " \(factFilter("d")) ORDER BY d.timelineKey, d.seq",
                arguments: arguments
            ).map(StoredRows.deal)
            dump.stakes = try db.fetchRows(sql: StoredRows.stakeSelect + " \(factFilter("st")) ORDER BY st.seq", arguments: arguments
            ).map(StoredRows.stake)
            dump.quotes = try db.fetchRows(sql: StoredRows.quoteSelect + " \(factFilter("q")) ORDER BY q.seq", arguments: arguments
            ).map(QuoteTexts.Reader().quote)
            return dump
        }
    }
}
