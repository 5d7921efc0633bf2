import NewsModel

/// Everything the browser shows, as a plain value. ``reduce(_:_:)`` changes it,
/// ``render(_:)`` draws it.
public struct BrowserState: Sendable, Hashable {
    /// Terminal height in cells.
    public var rows: Int
    /// Terminal width in cells.
    public var columns: Int
    /// Colours.
    public var theme: Theme

    /// The page shown.
    public var location: Location = .articles
    /// Pages before the current one, oldest first (Backspace/Esc/h go back).
    public var back: [Visit] = []
    /// Pages after the current one, nearest last (`]`/`L` go forward).
    public var forward: [Visit] = []
    /// The pane with the keyboard focus.
    public var focus: Pane = .primary

    /// The article list.
    public var articles = ArticleListState()
    /// The entity list.
    public var entities = EntityListState()
    /// The deal timeline.
    public var deals = DealListState()
    /// The reader (the article opened last).
    public var reader: ReaderState?
    /// Selection in the reader's fact list.
    public var readerCursor = ListCursor()
    /// Scroll of the reader's text, in lines.
    public var readerScroll = 0
    /// The company or person page opened last.
    public var profile: ProfileState?
    /// Selection in the page's list.
    public var profileCursor = ListCursor()
    /// Scroll of the page's detail pane.
    public var profileDetailScroll = 0

    /// The article previewed in the detail pane of the article list (wide terminals only).
    public var articlePreview: ReaderState?
    /// The page previewed in the detail pane of the entity list (wide terminals only).
    public var entityPreview: ProfileState?

    /// The `/` search.
    public var search = SearchState()
    /// Whether the help overlay is shown.
    public var showsHelp = false
    /// Scroll of the help overlay.
    public var helpScroll = 0
    /// The status bar message, until the next key.
    public var status: StatusMessage?
    /// Set when the user asked to quit.
    public var isQuitting = false

    /// A browser on the article list.
    public init(rows: Int, columns: Int, theme: Theme = .dark) {
        self.rows = max(0, rows)
        self.columns = max(0, columns)
        self.theme = theme
    }

    /// The most pages kept in the back history.
    public static let historyLimit = 200

    /// Rows of a list loaded per page.
    public static let pageSize = 100
}
