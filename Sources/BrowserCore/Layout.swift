/// Where the parts of the screen go for a terminal size: header, panes and status bar.
///
/// Wide terminals (at least ``wideColumns`` columns) show the list and its detail side by
/// side; the reader stacks its text above its facts when there are enough rows; otherwise one
/// pane (the focused one) fills the screen.
public struct Layout: Sendable, Hashable {
    /// The tab row at the top, if there is room.
    public var header: Rect?
    /// The status bar at the bottom, if there is room.
    public var status: Rect?
    /// The primary pane's box (border included), if shown.
    public var primary: Rect?
    /// The secondary pane's box (border included), if shown.
    public var secondary: Rect?
    /// How the two panes share the screen.
    public var arrangement: Arrangement
    /// The area between header and status bar.
    public var content: Rect

    /// How panes are arranged.
    public enum Arrangement: Sendable, Hashable {
        /// One pane at a time.
        case single
        /// Primary left, secondary right, sharing the border column.
        case sideBySide
        /// Primary above, secondary below, sharing the border row.
        case stacked
    }

    /// The narrowest terminal that shows list and detail side by side.
    public static let wideColumns = 100
    /// The lowest terminal that stacks the reader's text above its facts.
    public static let stackedRows = 16

    /// The layout of a state's screen.
    public init(for state: BrowserState) {
        self.init(rows: state.rows, columns: state.columns, location: state.location, focus: state.focus)
    }

    /// The layout for a size, screen and focus.
    public init(rows: Int, columns: Int, location: Location, focus: Pane) {
        header = nil
        status = nil
        primary = nil
        secondary = nil
        arrangement = .single
        content = Rect(row: 0, column: 0, height: 0, width: 0)
        guard rows > 0, columns > 0 else { return }
        var top = 0
        var bottom = rows
        if rows >= 2 {
            status = Rect(row: rows - 1, column: 0, height: 1, width: columns)
            bottom = rows - 1
        }
        if rows >= 6 {
            header = Rect(row: 0, column: 0, height: 1, width: columns)
            top = 1
        }
        let content = Rect(row: top, column: 0, height: bottom - top, width: columns)
        self.content = content
        guard content.height > 0 else { return }
        let isReader: Bool
        if case .reader = location { isReader = true } else { isReader = false }
        if isReader, content.height >= Layout.stackedRows, columns >= 20 {
            arrangement = .stacked
            let lower = max(5, content.height / 3)
            primary = Rect(row: content.row, column: 0, height: content.height - lower + 1, width: columns)
            secondary = Rect(row: content.row + content.height - lower, column: 0, height: lower, width: columns)
        } else if !isReader, columns >= Layout.wideColumns, content.height >= 3 {
            arrangement = .sideBySide
            let left = columns * 2 / 3
            primary = Rect(row: content.row, column: 0, height: content.height, width: left + 1)
            secondary = Rect(row: content.row, column: left, height: content.height, width: columns - left)
        } else if focus == .primary {
            primary = content
        } else {
            secondary = content
        }
    }

    /// The box of a pane, or where it would be if it were the one shown.
    public func box(for pane: Pane) -> Rect {
        (pane == .primary ? primary : secondary) ?? content
    }

    /// The drawable inside of a pane box: without its border when the box is big enough.
    public static func inside(_ box: Rect) -> Rect {
        box.height >= 3 && box.width >= 4 ? box.inner : box
    }

    /// Whether a pane box is big enough to get a border.
    public static func hasBorder(_ box: Rect) -> Bool { box.height >= 3 && box.width >= 4 }

    /// Rows a list shows in a pane box; tables lose one row to their column header.
    public static func visibleRows(in box: Rect?, tableHeader: Bool) -> Int {
        guard let box else { return 1 }
        let inner = inside(box)
        return max(1, inner.height - (tableHeader && inner.height >= 3 ? 1 : 0))
    }
}
