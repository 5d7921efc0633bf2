import Foundation
import GRDB
// GRDB's own SQLite module (a library product of GRDB.swift, declared as a dependency of this
// target in Package.swift); GRDB itself does not re-export the C API.
import GRDBSQLite

/// Runs a prepared INSERT (or UPDATE) through the SQLite C API: the values are bound one by one,
/// without building `StatementArguments`, for the statements that ingest runs tens or hundreds of
/// thousands of times (articles, entities, aliases, mentions, quotes, article links, entity
/// counts). The statement comes from GRDB's statement cache and is
/// used for nothing else.
///
/// Why not GRDB's API: `StatementArguments` converts each value through a generic, unspecialised
/// path, and a row bound with GRDB's public `StatementBinding` still needs
/// `setUncheckedArguments` and `execute()` per row; both cost more than the insert itself
/// (callgrind, 3,000 Reuters articles: the writer +70M instructions with `StatementBinding`,
/// +480M with multi-row `StatementArguments`). The price: GRDB does not see these statements
/// run, so use this only for plain INSERTs and UPDATEs inside the caller's write transaction, on
/// tables no `TransactionObserver` watches.
struct RawInsert {
    private let statement: Statement
    private let db: Database
    private var index: Int32 = 1

    /// SQLite copies bound text and blobs.
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    /// The insert `sql` from the connection's statement cache.
    init(_ db: Database, sql: String) throws {
        self.db = db
        self.statement = try db.cachedStatement(sql: sql)
    }

    /// Binds the next parameter, as GRDB binds text (a NUL character ends it). The UTF-8 is
    /// given with its length, straight from the string's storage: no NUL-terminated copy (which
    /// `String` to C string bridging makes) and no `strlen` in SQLite.
    mutating func bind(_ value: String?) {
        defer { index += 1 }
        guard var value else {
            sqlite3_bind_null(statement.sqliteStatement, index)
            return
        }
        let handle = statement.sqliteStatement
        let position = index
        value.withUTF8 { utf8 in
            guard let base = utf8.baseAddress, !utf8.isEmpty else {
                // '' (a nil pointer would bind NULL).
                sqlite3_bind_text(handle, position, "", 0, Self.transient)
                return
            }
            let length = memchr(base, 0, utf8.count).map { base.distance(to: $0.assumingMemoryBound(to: UInt8.self)) } ?? utf8.count
            base.withMemoryRebound(to: CChar.self, capacity: utf8.count) { text in
                _ = sqlite3_bind_text(handle, position, text, Int32(length), Self.transient)
            }
        }
    }

    /// Binds the next parameter.
    mutating func bind(_ value: Int?) {
        defer { index += 1 }
        guard let value else {
            sqlite3_bind_null(statement.sqliteStatement, index)
            return
        }
        sqlite3_bind_int64(statement.sqliteStatement, index, Int64(value))
    }

    /// Binds the next parameter.
    mutating func bind(_ value: Int64) {
        sqlite3_bind_int64(statement.sqliteStatement, index, value)
        index += 1
    }

    /// Binds the next parameter.
    mutating func bind(_ value: Double?) {
        defer { index += 1 }
        guard let value else {
            sqlite3_bind_null(statement.sqliteStatement, index)
            return
        }
        sqlite3_bind_double(statement.sqliteStatement, index, value)
    }

    /// Binds the next parameter (0 or 1).
    mutating func bind(_ value: Bool) { bind(value ? 1 : 0) }

    /// Runs the insert with the values bound since the last run.
    ///
    /// - Throws: `DatabaseError` with SQLite's code and message.
    mutating func run() throws {
        index = 1
        let handle = statement.sqliteStatement
        let code = sqlite3_step(handle)
        guard code == SQLITE_DONE else {
            let message = String(cString: sqlite3_errmsg(db.sqliteConnection))
            let extended = sqlite3_extended_errcode(db.sqliteConnection)
            sqlite3_reset(handle)
            throw DatabaseError(resultCode: ResultCode(rawValue: extended), message: message, sql: statement.sql)
        }
        sqlite3_reset(handle)
    }
}
