import BrowserCore

extension BrowserSession {
    /// Types each character as a key.
    public func type(_ text: String) {
        for character in text { send(.character(character)) }
    }

    /// Sends several keys.
    public func press(_ keys: KeyEvent...) {
        for key in keys { send(key) }
    }

    /// Opens the first match of a search by company or person: `/`, the query, Enter.
    public func openPage(searching query: String) {
        send(.character("/"))
        type(query)
        send(.enter)
    }

    /// Moves down the focused list until `matches` holds for the selected row; false when the
    /// list ends first.
    @discardableResult
    public func select(where matches: (RowItem) -> Bool) -> Bool {
        for _ in 0..<2_000 {
            if let row = state.selectedRow, matches(row) { return true }
            let before = state
            send(.down)
            if before == state { return false }
        }
        return false
    }

    /// The whole screen as one string.
    public var screen: String { grid.lines.joined(separator: "\n") }
}
