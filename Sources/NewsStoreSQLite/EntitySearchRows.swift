import Dispatch
import GRDB

/// The entity search index anew: for every entity its name and its aliases in the order they
/// were added, as ``SearchIndexBuffer`` writes them one by one. The rows are read from `entity` and
/// `entityAlias` and folded (``SearchText``) on a background thread, written by ``write(_:)``.
final class EntitySearchRows: @unchecked Sendable {
    private let seqs: [Int64]
    private var names: [String]
    private var aliases: [String]
    private let done = DispatchGroup()

    /// Reads the entities and their aliases (in the order they were added) and starts folding.
    init(_ db: Database) throws {
        var aliasesByID: [String: [String]] = [:]
        let aliasRows = try Row.fetchCursor(db, sql: "SELECT entityID, alias FROM entityAlias ORDER BY rowid")
        while let row = try aliasRows.next() { aliasesByID[row[0], default: []].append(row[1]) }
        var seqs: [Int64] = []
        var names: [String] = []
        var aliases: [[String]] = []
        let entities = try Row.fetchCursor(db, sql: "SELECT seq, id, name FROM entity ORDER BY seq")
        while let row = try entities.next() {
            seqs.append(row[0])
            names.append(row[2])
            aliases.append(aliasesByID[row[1]] ?? [])
        }
        self.seqs = seqs
        self.names = []
        self.aliases = []
        done.enter()
        DispatchQueue.global(qos: .userInitiated).async { [self, names, aliases] in
            self.names = names.map(SearchText.name)
            self.aliases = aliases.map(SearchText.aliases)
            done.leave()
        }
    }

    /// Waits for the folding, then replaces the whole entity search index.
    func write(_ db: Database) throws {
        done.wait()
        try db.execute(sql: "DELETE FROM entitySearch")
        var insert = try RawInsert(db, sql: "INSERT INTO entitySearch (rowid, name, aliases) VALUES (?, ?, ?)")
        for index in seqs.indices {
            insert.bind(seqs[index])
            insert.bind(names[index])
            insert.bind(aliases[index])
            try insert.run()
        }
    }
}
