import BrowserCore
import NewsModel
import TestSupport

extension BrowserSession {
    /// A session on the ingested demo corpus, without colours so that the goldens hold text only.
    static func demo(rows: Int, columns: Int, store: (any NewsStore)? = nil) throws -> BrowserSession {
        BrowserSession(store: try store ?? DemoCorpus.store(), rows: rows, columns: columns, theme: .noColor)
    }
}
