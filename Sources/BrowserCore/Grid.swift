/// A screen's worth of cells. Widgets render into it; the terminal backend draws it.
public struct Grid: Sendable, Hashable {
    /// The number of rows.
    public private(set) var rows: Int
    /// The number of columns.
    public private(set) var columns: Int
    /// The cells, row by row.
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

    /// The cell at a position; reads outside the grid give a blank cell, writes outside are ignored.
    /// Overwriting either half of a wide character blanks its other half.
    public subscript(row: Int, column: Int) -> Cell {
        get {
            guard row >= 0, row < rows, column >= 0, column < columns else { return .blank }
            return cells[row * columns + column]
        }
        set {
            guard row >= 0, row < rows, column >= 0, column < columns else { return }
            let index = row * columns + column
            let old = cells[index]
            // Never leave half of a wide character behind: overwriting either half blanks the other.
            if old.width == 0, newValue.width != 0, column > 0, cells[index - 1].width == 2 {
                cells[index - 1] = Cell(character: " ", style: cells[index - 1].style)
            }
            if old.width == 2, column + 1 < columns, cells[index + 1].width == 0 {
                cells[index + 1] = Cell(character: " ", style: cells[index + 1].style)
            }
            cells[index] = newValue
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
