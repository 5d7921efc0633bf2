import GRDB
import Testing

@testable import NewsStoreSQLite

@Suite struct RawInsertTests {
    @Test func storesWhatGRDBStores() throws {
        let queue = try DatabaseQueue()
        try queue.write { db in
            try db.execute(sql: "CREATE TABLE t (a TEXT, b INTEGER, c REAL, d TEXT, e INTEGER NOT NULL)")
            var insert = try RawInsert(db, sql: "INSERT INTO t VALUES (?, ?, ?, ?, ?)")
            let texts = ["", "Straße „zitiert“ \u{0}nach dem Nullzeichen", "plain", "日本語 🚢"]
            for text in texts {
                insert.bind(text)
                insert.bind(Int?.some(-42))
                insert.bind(Double?.some(37.6))
                insert.bind(String?.none)
                insert.bind(true)
                try insert.run()
                try db.execute(
                    sql: "INSERT INTO t VALUES (?, ?, ?, ?, ?)", arguments: [text, -42, 37.6, nil as String?, true])
            }
            let rows = try Row.fetchAll(db, sql: "SELECT hex(a), typeof(a), b, typeof(c), c, d IS NULL, e FROM t ORDER BY rowid")
            #expect(rows.count == 2 * texts.count)
            for pair in stride(from: 0, to: rows.count, by: 2) {
                #expect(rows[pair] == rows[pair + 1])
            }
            #expect(rows[0][1] as String == "text")
            #expect(rows[6][0] as String == Array("日本語 🚢".utf8).map { String(format: "%02X", $0) }.joined())
        }
    }

    @Test func failureThrowsSQLitesErrorAndTheStatementStaysUsable() throws {
        let queue = try DatabaseQueue()
        try queue.write { db in
            try db.execute(sql: "CREATE TABLE t (a TEXT NOT NULL)")
            var insert = try RawInsert(db, sql: "INSERT INTO t VALUES (?)")
            insert.bind(String?.none)
            let error = #expect(throws: DatabaseError.self) { try insert.run() }
            #expect(error?.resultCode == .SQLITE_CONSTRAINT)
            #expect(error?.message?.contains("NOT NULL") == true)
            insert.bind("ok")
            try insert.run()
            #expect(try String.fetchAll(db, sql: "SELECT a FROM t") == ["ok"])
        }
    }
}
