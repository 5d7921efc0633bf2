/// A screen's worth of cells. Widgets render into it; the terminal backend draws it.
public struct Grid: Sendable, Hashable {
    public private(set) var rows: Int
    public private(set) var columns: Int
    public var cells: [Cell]
    /// Where the terminal cursor should rest (focused row or prompt), for screen readers.
    public var cursor: (row: Int, column: Int)? {
        get { cursorPosition.map { ($0.row, $0.column) } }
        set { cursorPosition = newValue.map { CursorPosition(row: $0.row, column: $0.column) } }
    }
    private var cursorPosition: CursorPosition?

    private struct CursorPosition: Sendable, Hashable {
        var row: Int
        var column: Int
    }

    /// A blank grid; negative sizes count as zero.
    public init(rows: Int, columns: Int) {
        self.rows = max(0, rows)
        self.columns = max(0, columns)
        self.cells = Array(repeating: .blank, count: self.rows * self.columns)
    }

    public subscript(row: Int, column: Int) -> Cell {
        get {
            guard row >= 0, row < rows, column >= 0, column < columns else { return .blank }
            return cells[row * columns + column]
        }
        set {
            guard row >= 0, row < rows, column >= 0, column < columns else { return }
            cells[row * columns + column] = newValue
        }
    }

    /// Each row as plain text (continuation cells left out), for tests.
    public var lines: [String] {
        (0..<rows).map { row in
            var line = ""
            for column in 0..<columns {
                let cell = self[row, column]
                if cell.width == 0 { continue }
                line.append(cell.character)
            }
            return line
        }
    }
}
