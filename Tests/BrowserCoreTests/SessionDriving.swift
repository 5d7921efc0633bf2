import BrowserCore
import NewsModel
import TestSupport

extension BrowserSession {
    /// A session on the fixture corpus.
    static func fixture(rows: Int = 24, columns: Int = 80, theme: Theme = .dark, store: FakeNewsStore = FakeNewsStore())
        -> BrowserSession
    {
        BrowserSession(store: store, rows: rows, columns: columns, theme: theme)
    }

    /// Types each character as a key.
    func type(_ text: String) {
        for character in text { send(.character(character)) }
    }

    /// Sends several keys.
    func press(_ keys: KeyEvent...) {
        for key in keys { send(key) }
    }

    /// Opens an entity's page through the search prompt.
    func openPage(searching query: String) {
        send(.character("/"))
        type(query)
        send(.enter)
    }

    /// Selects the first row of the focused list for which `matches` holds.
    @discardableResult
    func select(where matches: (RowItem) -> Bool) -> Bool {
        for _ in 0..<200 {
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
