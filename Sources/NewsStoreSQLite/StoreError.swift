import Foundation

/// An error of the SQLite store, with a full-sentence message that names the database file or the
/// article concerned.
///
/// `Unable to open database at '/x/news.db': the file is not a SQLite database.`
public struct StoreError: Error, Sendable, Hashable, CustomStringConvertible, LocalizedError {
    /// What went wrong, for callers that react differently to different failures.
    public enum Code: String, Sendable, Hashable {
        /// The folder of the database could not be created.
        case cannotCreateFolder
        /// The file exists but is not a SQLite database (or is encrypted or damaged).
        case notADatabase
        /// SQLite could not open or create the file (permissions, a folder in the way, …).
        case cannotOpen
        /// The database was written by a newer version of newsbrowse.
        case newerSchema
        /// The schema could not be created or upgraded.
        case migrationFailed
        /// The indexes an interrupted ingest left out could not be built.
        case repairFailed
        /// Writing an article failed.
        case writeFailed
    }

    /// The kind of failure.
    public var code: Code
    /// The full sentence shown to the user.
    public var message: String

    /// Creates an error from a code and its message.
    public init(code: Code, message: String) {
        self.code = code
        self.message = message
    }

    /// The message.
    public var description: String { message }

    /// The message, for `localizedDescription`.
    public var errorDescription: String? { message }

    /// An error opening the database at `path`, ending with `reason`.
    static func opening(_ path: String, _ code: Code, _ reason: String) -> StoreError {
        StoreError(code: code, message: "Unable to open database at '\(path)': \(reason).")
    }
}
