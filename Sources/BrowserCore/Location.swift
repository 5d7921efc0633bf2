import NewsModel

/// A place the browser can show, as a browser history entry names it.
public enum Location: Sendable, Hashable {
    /// The article list.
    case articles
    /// The entity list (companies, people, organisations).
    case entities
    /// The deal timeline.
    case deals
    /// One article in the reader; `mark` is the evidence range to scroll to and mark.
    case reader(articleID: String, mark: TextRange?)
    /// A company, person or organisation page.
    case profile(EntityID)

    /// Whether this is one of the top-level list screens (number keys 1–3).
    public var isTopLevel: Bool {
        switch self {
        case .articles, .entities, .deals: return true
        case .reader, .profile: return false
        }
    }
}

/// Which pane of a screen has the keyboard focus.
public enum Pane: Int, Sendable, Hashable {
    /// The list (or the article text in the reader).
    case primary
    /// The detail pane (or the fact list in the reader).
    case secondary

    /// The other pane.
    public var other: Pane { self == .primary ? .secondary : .primary }
}

/// Where the user was on a page, restored when going back or forward to it.
public struct ViewPosition: Sendable, Hashable {
    /// Selection and scroll of the primary list.
    public var cursor: ListCursor
    /// Selection and scroll of the secondary list (reader facts).
    public var secondaryCursor: ListCursor
    /// Scroll of the reader text or the detail pane, in lines.
    public var textScroll: Int
    /// The focused pane.
    public var focus: Pane

    /// Creates a position.
    public init(
        cursor: ListCursor = ListCursor(), secondaryCursor: ListCursor = ListCursor(), textScroll: Int = 0,
        focus: Pane = .primary
    ) {
        self.cursor = cursor
        self.secondaryCursor = secondaryCursor
        self.textScroll = textScroll
        self.focus = focus
    }
}

/// One entry of the back/forward history.
public struct Visit: Sendable, Hashable {
    /// The page.
    public var location: Location
    /// Its title for the breadcrumb (already sanitised).
    public var title: String
    /// Where the user was on it.
    public var position: ViewPosition

    /// Creates a history entry.
    public init(location: Location, title: String, position: ViewPosition = ViewPosition()) {
        self.location = location
        self.title = title
        self.position = position
    }
}
