import BrowserCore
import Foundation
import Testing

/// Golden screen files in a folder: compares a grid's text with the recorded one, shows the
/// differing rows on a mismatch, and re-records every file when the tests run with
/// `RECORD_SNAPSHOTS=1` (or when a file does not exist yet).
///
/// ```swift
/// let snapshots = ScreenSnapshots(folder: snapshotsFolder, hint: "RECORD_SNAPSHOTS=1 swift test --filter X")
/// snapshots.check(session.grid, "articles-120x40")
/// ```
public struct ScreenSnapshots: Sendable {
    /// Where the golden `.txt` files are.
    public var folder: URL
    /// What to tell the reader of a mismatch (how to re-record).
    public var hint: String

    public init(folder: URL, hint: String) {
        self.folder = folder
        self.hint = hint
    }

    /// Whether this run records the goldens instead of comparing them.
    public var isRecording: Bool { ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" }

    /// The grid as golden text: each row without trailing blanks, then size and cursor.
    public static func text(of grid: Grid) -> String {
        var lines = grid.lines.map { line in String(line.reversed().drop(while: { $0 == " " }).reversed()) }
        let cursor = grid.cursor.map { "\($0.row),\($0.column)" } ?? "none"
        lines.append("[\(grid.columns)x\(grid.rows) cursor \(cursor)]")
        return lines.joined(separator: "\n") + "\n"
    }

    /// Compares (or records) the golden file `name.txt`.
    public func check(_ grid: Grid, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let url = folder.appendingPathComponent(name + ".txt")
        let actual = Self.text(of: grid)
        guard !isRecording, let expected = try? String(contentsOf: url, encoding: .utf8) else {
            do {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                try actual.write(to: url, atomically: true, encoding: .utf8)
            } catch {
                Issue.record("Could not write the snapshot '\(url.path)': \(error)", sourceLocation: sourceLocation)
                return
            }
            if !isRecording {
                Issue.record(
                    "Recorded a new snapshot '\(name).txt'; check it and run the tests again.",
                    sourceLocation: sourceLocation)
            }
            return
        }
        guard expected != actual else { return }
        Issue.record(
            Comment(rawValue: "Snapshot '\(name).txt' differs:\n" + Self.diff(expected, actual) + "\n" + hint),
            sourceLocation: sourceLocation)
    }

    /// A line diff showing only the rows that differ, with their numbers.
    public static func diff(_ expected: String, _ actual: String) -> String {
        let old = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let new = actual.split(separator: "\n", omittingEmptySubsequences: false)
        var output: [String] = []
        for index in 0..<max(old.count, new.count) {
            let a = index < old.count ? String(old[index]) : "<missing>"
            let b = index < new.count ? String(new[index]) : "<missing>"
            if a != b {
                output.append(String(format: "%3d - %@", index + 1, a))
                output.append(String(format: "%3d + %@", index + 1, b))
            }
        }
        return output.joined(separator: "\n")
    }
}
