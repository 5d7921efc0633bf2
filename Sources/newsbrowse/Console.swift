import Foundation
import NewsModel

/// Writing to the terminal: stdout for results, stderr for messages, with text from articles and
/// file names stripped of control sequences.
enum Console {
    /// Writes a line to stderr.
    static func error(_ line: String) {
        FileHandle.standardError.write(Data((line.hasSuffix("\n") ? line : line + "\n").utf8))
    }

    /// Writes text to stdout as it is (JSON output).
    static func output(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// Text from outside (articles, file names) made safe for a terminal.
    static func safe(_ text: String) -> String { UntrustedText.sanitized(text) }

    /// Whether stderr is a terminal.
    static var stderrIsTerminal: Bool { isatty(STDERR_FILENO) == 1 }
}
