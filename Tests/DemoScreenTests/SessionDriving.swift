import BrowserCore
import NewsModel

extension BrowserSession {
    /// A session on the ingested demo corpus, without colours so that the goldens hold text only.
    static func demo(rows: Int, columns: Int, store: (any NewsStore)? = nil) throws -> BrowserSession {
        BrowserSession(store: try store ?? DemoCorpus.store(), rows: rows, columns: columns, theme: .noColor)
    }

    /// Types each character as a key.
    func type(_ text: String) {
        for character in text { send(.character(character)) }
    }

    /// Sends several keys.
    func press(_ keys: KeyEvent...) {
        for key in keys { send(key) }
    }

    /// Opens the first match of a search by company or person: `/`, the query, Enter.
    func openPage(searching query: String) {
        send(.character("/"))
        type(query)
        send(.enter)
    }

    /// Moves down the focused list until `matches` holds for the selected row; false when the
    /// list ends first.
    @discardableResult
    func select(where matches: (RowItem) -> Bool) -> Bool {
        for _ in 0..<2_000 {
            if let row = state.selectedRow, matches(row) { return true }
            let before = state
            send(.down)
            if before == state { return false }
        }
        return false
    }

    /// The whole screen as one string.
    var screen: String { grid.lines.joined(separator: "\n") }
}
