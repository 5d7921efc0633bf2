/// A run of neighbouring cells in one row that share a style: what a backend draws in one call.
public struct CellRun: Sendable, Hashable {
    /// The row.
    public var row: Int
    /// The first column.
    public var column: Int
    /// The style of every cell of the run.
    public var style: CellStyle
    /// The characters to draw (continuation cells of wide characters left out).
    public var text: String
    /// How many columns the run covers.
    public var width: Int

    /// Creates a run.
    public init(row: Int, column: Int, style: CellStyle, text: String, width: Int) {
        self.row = row
        self.column = column
        self.style = style
        self.text = text
        self.width = width
    }
}

extension Grid {
    /// The runs of cells that differ from `previous` (all cells when there is no previous grid
    /// or its size differs), split where the style changes. A backend draws only these.
    ///
    /// ```swift
    /// for run in grid.changedRuns(from: lastDrawn) {
    ///     // move to (run.row, run.column), set run.style's attributes, write run.text
    /// }
    /// ```
    public func changedRuns(from previous: Grid?) -> [CellRun] {
        let all = previous == nil || previous?.rows != rows || previous?.columns != columns
        var runs: [CellRun] = []
        for row in 0..<rows {
            var changed = (0..<columns).map { column in
                all || previous!.cells[row * columns + column] != cells[row * columns + column]
            }
            // A change in either half of a wide character redraws the whole character.
            for column in 0..<columns where changed[column] {
                let width = self[row, column].width
                if width == 0, column > 0 { changed[column - 1] = true }
                if width == 2, column + 1 < columns { changed[column + 1] = true }
            }
            var column = 0
            while column < columns {
                guard changed[column] else {
                    column += 1
                    continue
                }
                let style = self[row, column].style
                var run = CellRun(row: row, column: column, style: style, text: "", width: 0)
                while column < columns, changed[column], self[row, column].style == style {
                    let cell = self[row, column]
                    if cell.width != 0 { run.text.append(cell.character) }
                    run.width += 1
                    column += 1
                }
                runs.append(run)
            }
        }
        return runs
    }
}
