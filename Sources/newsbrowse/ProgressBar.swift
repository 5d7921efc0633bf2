import Foundation
import NewsImport

/// A one-line progress bar on stderr, shown only once a run has taken more than a second.
final class ProgressBar {
    private let started = Date()
    private var lastDraw = Date.distantPast
    private var visible = false

    /// Redraws the bar (at most ten times a second).
    func update(_ progress: IngestProgress) {
        let now = Date()
        guard now.timeIntervalSince(started) > 1, now.timeIntervalSince(lastDraw) > 0.1 || progress.fraction >= 1 else { return }
        lastDraw = now
        let width = 30
        let filled = Int((progress.fraction * Double(width)).rounded(.down))
        let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
        let percent = Int((progress.fraction * 100).rounded(.down))
        FileHandle.standardError.write(Data(
            "\r[\(bar)] \(percent)%  \(progress.articlesDone) articles  \(progress.filesDone)/\(progress.totalFiles) files\u{1B}[K".utf8))
        visible = true
    }

    /// Puts `text` in the bar's place until the next update or ``clear()`` (only once the run
    /// has taken more than a second, as the bar).
    func show(_ text: String) {
        guard Date().timeIntervalSince(started) > 1 else { return }
        FileHandle.standardError.write(Data("\r\(text)\u{1B}[K".utf8))
        visible = true
    }

    /// Removes the bar so that a message can take the line.
    func clear() {
        guard visible else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
        visible = false
    }
}
