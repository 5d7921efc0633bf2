import BrowserCore
import Foundation
import Testing

/// Golden screen files under `Snapshots/`: compares a grid's text with the recorded one and
/// re-records when `RECORD_SNAPSHOTS=1` is set (or the file does not exist yet).
enum SnapshotAssertion {
    static var folder: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
            "Snapshots", isDirectory: true)
    }

    /// The grid as golden text: each row without trailing blanks, then the cursor.
    static func text(of grid: Grid) -> String {
        var lines = grid.lines.map { line in String(line.reversed().drop(while: { $0 == " " }).reversed()) }
        let cursor = grid.cursor.map { "\($0.row),\($0.column)" } ?? "none"
        lines.append("[\(grid.columns)x\(grid.rows) cursor \(cursor)]")
        return lines.joined(separator: "\n") + "\n"
    }

    static func check(_ grid: Grid, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let url = folder.appendingPathComponent(name + ".txt")
        let actual = text(of: grid)
        let record = ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1"
        guard !record, let expected = try? String(contentsOf: url, encoding: .utf8) else {
            try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try? actual.write(to: url, atomically: true, encoding: .utf8)
            if !record {
                Issue.record(
                    "Recorded a new snapshot '\(name).txt'; check it and run the tests again.",
                    sourceLocation: sourceLocation)
            }
            return
        }
        guard expected != actual else { return }
        Issue.record(
            Comment(rawValue: "Snapshot '\(name).txt' differs:\n" + diff(expected, actual)),
            sourceLocation: sourceLocation)
    }

    /// A line diff showing only the rows that differ, with their numbers.
    static func diff(_ expected: String, _ actual: String) -> String {
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
        return output.joined(separator: "\n") + "\n(re-record with RECORD_SNAPSHOTS=1 if the change is intended)"
    }
}
