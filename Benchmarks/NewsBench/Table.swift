import Foundation

/// A plain-text table with right-aligned number columns; a Markdown table when the environment
/// has `BENCH_MARKDOWN=1` (for pasting into the README).
struct Table {
    /// Whether tables render as Markdown.
    static let markdown = ProcessInfo.processInfo.environment["BENCH_MARKDOWN"] == "1"

    let header: [String]
    var rows: [[String]] = []

    init(_ header: String...) {
        self.header = header
    }

    mutating func add(_ cells: [String]) { rows.append(cells) }

    /// The table as lines; the first column is left-aligned, the rest right-aligned.
    func render() -> String {
        let all = [header] + rows
        let widths = header.indices.map { column in all.map { $0.indices.contains(column) ? $0[column].count : 0 }.max() ?? 0 }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { column, cell in
                let pad = String(repeating: " ", count: max(0, widths[column] - cell.count))
                return column == 0 ? cell + pad : pad + cell
            }.joined(separator: Self.markdown ? "\u{1}" : "  ")
        }
        if Self.markdown {
            func markdownLine(_ cells: [String]) -> String { "| " + line(cells).replacingOccurrences(of: "\u{1}", with: " | ") + " |" }
            let rule = "|" + widths.enumerated().map { $0 == 0 ? ":" + String(repeating: "-", count: $1 + 1) : String(repeating: "-", count: $1 + 1) + ":" }
                .joined(separator: "|") + "|"
            return ([markdownLine(header), rule] + rows.map(markdownLine)).joined(separator: "\n")
        }
        let rule = widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")
        return ([line(header), rule] + rows.map(line)).joined(separator: "\n")
    }
}

/// Formatting of scores.
enum Format {
    /// A score with three decimals, or "-" when undefined.
    static func score(_ value: Double?) -> String {
        guard let value else { return "-" }
        return String(format: "%.3f", value)
    }
}
