import BrowserCore
import Foundation
import Testing
import TestSupport

/// The golden screens of this target, in `Snapshots/` beside this file.
enum SnapshotAssertion {
    static let snapshots = ScreenSnapshots(
        folder: URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
            "Snapshots", isDirectory: true),
        hint: "(if the change is intended: RECORD_SNAPSHOTS=1 swift test --filter DemoScreen)")

    /// Whether this run records the goldens instead of comparing them.
    static var isRecording: Bool { snapshots.isRecording }

    /// Compares (or records) the golden file `name.txt`.
    static func check(_ grid: Grid, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        snapshots.check(grid, name, sourceLocation: sourceLocation)
    }

    /// The grid as golden text.
    static func text(of grid: Grid) -> String { ScreenSnapshots.text(of: grid) }
}
