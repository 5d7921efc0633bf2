import NewsModel

/// A rectangle of cells inside a grid.
public struct Rect: Sendable, Hashable {
    /// The top row.
    public var row: Int
    /// The left column.
    public var column: Int
    /// The number of rows.
    public var height: Int
    /// The number of columns.
    public var width: Int

    /// Creates a rectangle; negative sizes count as zero.
    public init(row: Int, column: Int, height: Int, width: Int) {
        self.row = row
        self.column = column
        self.height = max(0, height)
        self.width = max(0, width)
    }

    /// The rectangle without its one-cell border.
    public var inner: Rect { Rect(row: row + 1, column: column + 1, height: height - 2, width: width - 2) }

    /// Whether the rectangle covers the cell.
    public func contains(row r: Int, column c: Int) -> Bool {
        r >= row && r < row + height && c >= column && c < column + width
    }
}

extension Grid {
    /// Writes text at a position, at most `maxWidth` cells, and returns the cells used.
    ///
    /// The text is sanitised first (`UntrustedText.sanitized`), so nothing from an article can
    /// reach the terminal as a control character. Wide characters take two cells (the second a
    /// continuation cell); a wide character that does not fit is replaced by a space;
    /// zero-width characters are dropped.
    @discardableResult
    public mutating func write(
        _ text: String, row: Int, column: Int, maxWidth: Int? = nil, style: CellStyle = .plain
    ) -> Int {
        writeSanitized(UntrustedText.sanitized(text), row: row, column: column, maxWidth: maxWidth, style: style)
    }

    /// Writes characters that are already sanitised (control characters are still skipped).
    @discardableResult
    mutating func writeSanitized<S: Sequence<Character>>(
        _ text: S, row: Int, column: Int, maxWidth: Int? = nil, style: CellStyle = .plain
    ) -> Int {
        guard row >= 0, row < rows, column < columns else { return 0 }
        let limit = min(maxWidth ?? (columns - column), columns - column)
        guard limit > 0 else { return 0 }
        var used = 0
        for character in text {
            let width = CharacterWidth.of(character)
            if width == 0 || !Grid.isPrintable(character) { continue }
            if used + width > limit {
                if used < limit, width == 2 { self[row, column + used] = Cell(character: " ", style: style) }
                break
            }
            if column + used >= 0 {
                self[row, column + used] = Cell(character: character, style: style, width: UInt8(width))
                if width == 2 { self[row, column + used + 1] = Cell(character: " ", style: style, width: 0) }
            }
            used += width
        }
        return used
    }

    /// Writes text cut with "…" (or padded with spaces) to exactly `width` cells.
    public mutating func writeFitted(
        _ text: String, row: Int, column: Int, width: Int, style: CellStyle = .plain, alignRight: Bool = false
    ) {
        guard width > 0 else { return }
        let clean = UntrustedText.sanitized(text)
        writeSanitized(
            CharacterWidth.padded(clean, to: width, alignRight: alignRight), row: row, column: column,
            maxWidth: width, style: style)
    }

    /// Fills a rectangle with one character and style.
    public mutating func fill(_ rect: Rect, character: Character = " ", style: CellStyle = .plain) {
        guard rect.height > 0, rect.width > 0 else { return }
        for r in rect.row..<(rect.row + rect.height) {
            for c in rect.column..<(rect.column + rect.width) {
                self[r, c] = Cell(character: character, style: style)
            }
        }
    }

    /// Sets the style of every cell in a rectangle, keeping the characters.
    public mutating func restyle(_ rect: Rect, _ change: (inout CellStyle) -> Void) {
        guard rect.height > 0, rect.width > 0 else { return }
        for r in rect.row..<(rect.row + rect.height) {
            for c in rect.column..<(rect.column + rect.width) {
                guard r >= 0, r < rows, c >= 0, c < columns else { continue }
                var cell = self[r, c]
                change(&cell.style)
                self[r, c] = cell
            }
        }
    }

    /// Draws a line-drawing box (┌ ┐ └ ┘ ─ │) around a rectangle, with an optional title.
    public mutating func drawBox(
        _ rect: Rect, title: String? = nil, style: CellStyle = .plain, titleStyle: CellStyle? = nil
    ) {
        guard rect.height >= 2, rect.width >= 2 else { return }
        let top = rect.row
        let bottom = rect.row + rect.height - 1
        let left = rect.column
        let right = rect.column + rect.width - 1
        for c in (left + 1)..<right {
            self[top, c] = Cell(character: "─", style: style)
            self[bottom, c] = Cell(character: "─", style: style)
        }
        for r in (top + 1)..<bottom {
            self[r, left] = Cell(character: "│", style: style)
            self[r, right] = Cell(character: "│", style: style)
        }
        self[top, left] = Cell(character: "┌", style: style)
        self[top, right] = Cell(character: "┐", style: style)
        self[bottom, left] = Cell(character: "└", style: style)
        self[bottom, right] = Cell(character: "┘", style: style)
        if let title, rect.width > 4 {
            let text = CharacterWidth.truncated(" " + UntrustedText.sanitized(title) + " ", to: rect.width - 2)
            write(text, row: top, column: left + 1, maxWidth: rect.width - 2, style: titleStyle ?? style)
        }
    }

    /// Joins two boxes that share a vertical edge at `column`: ┬ on top, ┴ at the bottom.
    public mutating func joinVertical(column: Int, top: Int, bottom: Int, style: CellStyle = .plain) {
        self[top, column] = Cell(character: "┬", style: style)
        self[bottom, column] = Cell(character: "┴", style: style)
    }

    /// Joins two boxes that share a horizontal edge at `row`: ├ on the left, ┤ on the right.
    public mutating func joinHorizontal(row: Int, left: Int, right: Int, style: CellStyle = .plain) {
        self[row, left] = Cell(character: "├", style: style)
        self[row, right] = Cell(character: "┤", style: style)
    }

    /// Whether a character may be put in a cell: no control or format scalars at all.
    static func isPrintable(_ character: Character) -> Bool {
        for scalar in character.unicodeScalars {
            let value = scalar.value
            if value < 0x20 || (0x7F..<0xA0).contains(value) { return false }
        }
        return true
    }
}
