import GRDB

/// The increments of the denormalised entity counts (`articleCount`, `dealCount`, `stakeCount`,
/// `quoteCount`) that a write transaction owes, applied with one UPDATE per entity at the end
/// (``flush(_:)``).
///
/// Insert triggers did this before (schema v1), one UPDATE per inserted row: running the trigger
/// made every insert a statement of its own with a statement journal, and cost more than the
/// inserts. Deletes still go through triggers (a replaced article's facts leave by cascade). Code
/// that reads counts inside the transaction adds ``articles(of:)`` or flushes first.
final class PendingCounts {
    /// Increments for one entity.
    private struct Delta {
        var articles = 0
        var deals = 0
        var stakes = 0
        var quotes = 0
    }

    private var deltas: [String: Delta] = [:]

    /// One more article links the entity.
    func addArticle(_ id: String) { deltas[id, default: Delta()].articles += 1 }

    /// One more deal names these entities (each entity once, however many roles it has).
    func addDeal(_ ids: [String?]) { add(ids) { $0.deals += 1 } }

    /// One more stake names these entities (each once).
    func addStake(_ ids: [String?]) { add(ids) { $0.stakes += 1 } }

    /// One more quote names these entities (each once).
    func addQuote(_ ids: [String?]) { add(ids) { $0.quotes += 1 } }

    /// Applies `bump` to the delta of each distinct id (a fact names two or three entities:
    /// comparing them is cheaper than building a set).
    @inline(__always)
    private func add(_ ids: [String?], _ bump: (inout Delta) -> Void) {
        for (index, id) in ids.enumerated() {
            guard let id, !ids[..<index].contains(id) else { continue }
            bump(&deltas[id, default: Delta()])
        }
    }

    /// The pending article links per entity.
    var articleDeltas: [(id: String, articles: Int)] {
        deltas.compactMap { $0.value.articles == 0 ? nil : ($0.key, $0.value.articles) }
    }

    /// The article links of the entity not yet counted in its row.
    func articles(of id: String) -> Int { deltas[id]?.articles ?? 0 }

    /// Adds the pending increments to the entity rows. An entity whose rowid `seq(id)` knows is
    /// updated by rowid, in rowid order (no lookup in the `id` index, and the table's pages in
    /// order); the others by id.
    func flush(_ db: Database, seq: (String) -> Int64? = { _ in nil }) throws {
        guard !deltas.isEmpty else { return }
        defer { deltas = [:] }
        var bySeq: [(seq: Int64, delta: Delta)] = []
        var byID: [(id: String, delta: Delta)] = []
        bySeq.reserveCapacity(deltas.count)
        for (id, delta) in deltas {
            if let known = seq(id) { bySeq.append((known, delta)) } else { byID.append((id, delta)) }
        }
        let set = """
            UPDATE entity SET articleCount = articleCount + ?, dealCount = dealCount + ?,
                stakeCount = stakeCount + ?, quoteCount = quoteCount + ?
            """
        if !bySeq.isEmpty {
            var update = try RawInsert(db, sql: set + " WHERE seq = ?")
            for (seq, delta) in bySeq.sorted(by: { $0.seq < $1.seq }) {
                Self.bind(delta, to: &update)
                update.bind(seq)
                try update.run()
            }
        }
        if !byID.isEmpty {
            var update = try RawInsert(db, sql: set + " WHERE id = ?")
            for (id, delta) in byID.sorted(by: { $0.id < $1.id }) {
                Self.bind(delta, to: &update)
                update.bind(id)
                try update.run()
            }
        }
    }

    private static func bind(_ delta: Delta, to update: inout RawInsert) {
        update.bind(delta.articles)
        update.bind(delta.deals)
        update.bind(delta.stakes)
        update.bind(delta.quotes)
    }
}
