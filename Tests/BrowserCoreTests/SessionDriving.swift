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
}
