import GRDB

/// The rows a write transaction adds to the two FTS5 indexes, held back and written together at
/// the end of the transaction (``flush(_:)``).
///
/// Before every statement that may have to be undone on its own (an insert into a table with
/// foreign keys or triggers), SQLite asks each FTS5 table already written in the transaction to
/// save its pending terms as a new index segment. Written between an article's fact rows, the
/// index got one tiny segment per article and spent most of the ingest merging them; written
/// together, the terms of a whole batch go into a few large segments.
final class SearchIndexBuffer {
    /// The folded title and text of a new article.
    private struct ArticleRow {
        var seq: Int64
        var title: String
        var body: String
    }

    /// New article rows by article id (a later version of the same id replaces an earlier one).
    private var articles: [String: ArticleRow] = [:]
    /// Entities whose index row must be written, by `seq`: true when the entity is new in this
    /// transaction (it has no row yet), false when its old row must be replaced.
    private var entities: [Int64: Bool] = [:]
    /// While a bulk ingest defers the entity index (``DeferredIndexes/entitySearch``), entity
    /// changes are not noted: the index is rebuilt at the end.
    private let ingest: IngestState?

    /// A buffer for one write transaction of a store in the given ingest state.
    init(ingest: IngestState? = nil) {
        self.ingest = ingest
    }

    /// Adds the index row of a newly inserted article.
    func addArticle(id: String, seq: Int64, title: String, text: String) {
        articles[id] = ArticleRow(seq: seq, title: SearchText.indexed(title), body: SearchText.indexed(text))
    }

    /// Removes the article `id` from the index before its row is deleted: a row still pending is
    /// dropped, a row written by an earlier transaction is removed from the index.
    func removeArticle(id: String, _ db: Database) throws {
        if articles.removeValue(forKey: id) == nil {
            try ArticleSearchRows.remove(articleID: id, db)
        }
    }

    /// Notes an entity created in this transaction.
    func entityCreated(seq: Int64) {
        if ingest?.deferring == true { return }
        entities[seq] = true
    }

    /// Notes an entity whose aliases changed.
    func entityChanged(seq: Int64) {
        if ingest?.deferring == true { return }
        if entities[seq] == nil { entities[seq] = false }
    }

    /// Writes the pending rows: entity rows as the entity's name and all its aliases now stored
    /// (entities deleted meanwhile are skipped), article rows in `seq` order.
    func flush(_ db: Database) throws {
        defer {
            articles = [:]
            entities = [:]
        }
        let touched = entities.keys.sorted()
        let delete = try db.cachedStatement(sql: "DELETE FROM entitySearch WHERE rowid = ?")
        for seq in touched where entities[seq] == false {
            try delete.execute(arguments: [seq])
        }
        let name = try db.cachedStatement(sql: "SELECT id, name FROM entity WHERE seq = ?")
        let aliases = try db.cachedStatement(sql: "SELECT alias FROM entityAlias WHERE entityID = ? ORDER BY rowid")
        let insertEntity = try db.cachedStatement(sql: "INSERT INTO entitySearch (rowid, name, aliases) VALUES (?, ?, ?)")
        for seq in touched {
            guard let row = try Row.fetchOne(name, arguments: [seq]) else { continue }
            let id: String = row[0]
            let entityName: String = row[1]
            let names = try String.fetchAll(aliases, arguments: [id])
            try insertEntity.execute(arguments: [seq, SearchText.name(entityName), SearchText.aliases(names)])
        }
        var insertArticle = try RawInsert(db, sql: "INSERT INTO articleSearch (rowid, title, body) VALUES (?, ?, ?)")
        for row in articles.values.sorted(by: { $0.seq < $1.seq }) {
            insertArticle.bind(row.seq)
            insertArticle.bind(row.title)
            insertArticle.bind(row.body)
            try insertArticle.run()
        }
    }
}
