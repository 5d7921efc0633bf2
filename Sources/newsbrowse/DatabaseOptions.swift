import ArgumentParser
import Foundation
import NewsStoreSQLite

/// The `--db PATH` option every subcommand shares, and where the database is when it is not given.
struct DatabaseOptions: ParsableArguments {
    @Option(
        name: .customLong("db"),
        help: ArgumentHelp(
            "The database file.",
            discussion: "Default: $NEWSBROWSE_DB, else $XDG_DATA_HOME/newsbrowse/news.db, else ~/.local/share/newsbrowse/news.db."),
        completion: .file())
    var path: String?

    /// True when no `--db` was given: the default database (where browse loads the demo).
    var isDefault: Bool { path == nil }

    /// The database path to use.
    var resolvedPath: String { path ?? Self.defaultPath(environment: ProcessInfo.processInfo.environment) }

    /// `$NEWSBROWSE_DB`, else `$XDG_DATA_HOME/newsbrowse/news.db`, else `~/.local/share/newsbrowse/news.db`.
    static func defaultPath(environment: [String: String]) -> String {
        if let explicit = environment["NEWSBROWSE_DB"], !explicit.isEmpty { return explicit }
        if let data = environment["XDG_DATA_HOME"], !data.isEmpty { return data + "/newsbrowse/news.db" }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return home + "/.local/share/newsbrowse/news.db"
    }

    /// Opens (or creates) the database.
    func openStore() throws -> SQLiteNewsStore {
        try SQLiteNewsStore(path: resolvedPath)
    }

    /// Opens a database that must exist already (for export and search).
    func openExistingStore() throws -> SQLiteNewsStore {
        guard FileManager.default.fileExists(atPath: resolvedPath) else {
            throw CommandFailure("there is no database at '\(resolvedPath)'; run 'newsbrowse ingest PATH...' first.")
        }
        return try openStore()
    }
}

/// A failure of a command, printed as `error: <message>` with exit code 1.
struct CommandFailure: Error, CustomStringConvertible {
    var description: String

    init(_ message: String) { description = message }
}
