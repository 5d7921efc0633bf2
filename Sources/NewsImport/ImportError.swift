import Foundation

/// Why a file, or one record in it, could not be ingested.
///
/// Every error names the file (and the line, for JSON Lines) and gives one full-sentence reason,
/// ready for one line on stderr:
///
/// ```
/// 'data/x.jsonl' line 17: not valid JSON (unexpected end of data); the other lines were ingested.
/// ```
public struct ImportError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong, with the details the message needs.
    public enum Reason: Error, Sendable, Hashable {
        /// The file could not be opened or read (missing, permissions, a folder that cannot be listed).
        case unreadable(String)
        /// The file holds NUL bytes: an image, an archive, a database.
        case binary
        /// The bytes are neither UTF-8 nor Windows-1252 nor Latin-1 text.
        case notText
        /// The file is empty or holds only white space.
        case empty
        /// The file (or one record) is larger than the configured limit.
        case tooLarge(bytes: Int, limit: Int)
        /// A JSON Lines record is not valid JSON.
        case invalidJSONLine(line: Int, detail: String)
        /// A JSON Lines record is JSON but not a usable article.
        case invalidRecord(line: Int, detail: String)
        /// An element of a JSON array is not a usable article (`index` counts from 1).
        case invalidItem(index: Int, detail: String)
        /// A `.json` file is not valid JSON.
        case invalidJSON(detail: String)
        /// A JSON file holds no article records (not an object or an array of objects).
        case noArticles(detail: String)
        /// A feed file is not well-formed XML.
        case invalidXML(line: Int, detail: String)
        /// A feed file is XML but neither RSS nor Atom.
        case notAFeed(root: String)
        /// A plain-text file has no title line.
        case noTitle
    }

    /// The file as the user named it (or as found in a folder).
    public var file: String
    public var reason: Reason

    /// Creates an error about `file`.
    public init(file: String, reason: Reason) {
        self.file = file
        self.reason = reason
    }

    /// True when the rest of the file was still read (a bad line in JSON Lines).
    public var isPartial: Bool {
        switch reason {
        case .invalidJSONLine, .invalidRecord, .invalidItem: true
        default: false
        }
    }

    /// The one-line message, without a leading "error: ".
    public var message: String {
        let name = "'\(file)'"
        switch reason {
        case .unreadable(let why): return "\(name): cannot be read (\(why))."
        case .binary: return "\(name): is a binary file, not text; it was skipped."
        case .notText: return "\(name): is not text in UTF-8, Windows-1252 or Latin-1; it was skipped."
        case .empty: return "\(name): is empty; it was skipped."
        case .tooLarge(let bytes, let limit):
            return "\(name): is too large (\(Self.megabytes(bytes)), the limit is \(Self.megabytes(limit))); it was skipped."
        case .invalidJSONLine(let line, let detail):
            return "\(name) line \(line): not valid JSON (\(detail)); the other lines were ingested."
        case .invalidRecord(let line, let detail):
            return "\(name) line \(line): not an article (\(detail)); the other lines were ingested."
        case .invalidItem(let index, let detail):
            return "\(name) item \(index): not an article (\(detail)); the other items were ingested."
        case .invalidJSON(let detail): return "\(name): not valid JSON (\(detail)); it was skipped."
        case .noArticles(let detail): return "\(name): holds no articles (\(detail)); it was skipped."
        case .invalidXML(let line, let detail):
            return "\(name): is not a feed: not well-formed XML at line \(line) (\(detail)); it was skipped."
        case .notAFeed(let root):
            return "\(name): is XML but neither RSS nor Atom (the root element is <\(root)>); it was skipped."
        case .noTitle: return "\(name): has no title line; it was skipped."
        }
    }

    public var description: String { message }

    /// "12.5 MB", "300 bytes", "4 KB": sizes as a person reads them.
    static func megabytes(_ bytes: Int) -> String {
        if bytes < 1024 { return "\(bytes) bytes" }
        let (unit, size) = bytes < 1024 * 1024 ? ("KB", 1024) : ("MB", 1024 * 1024)
        let tenths = bytes * 10 / size
        return tenths % 10 == 0 ? "\(tenths / 10) \(unit)" : "\(tenths / 10).\(tenths % 10) \(unit)"
    }
}
