import GRDB

extension Database {
    /// All rows of `sql`, through a prepared statement kept for the life of the connection.
    func fetchRows(sql: String, arguments: StatementArguments = []) throws -> [Row] {
        try Row.fetchAll(cachedStatement(sql: sql), arguments: arguments)
    }

    /// A cursor over the rows of `sql`, through a cached prepared statement.
    func fetchRowCursor(sql: String, arguments: StatementArguments = []) throws -> RowCursor {
        try Row.fetchCursor(cachedStatement(sql: sql), arguments: arguments)
    }

    /// The strings in the first column of `sql`, through a cached prepared statement.
    func fetchStrings(sql: String, arguments: StatementArguments = []) throws -> [String] {
        try String.fetchAll(cachedStatement(sql: sql), arguments: arguments)
    }
}
