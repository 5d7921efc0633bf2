/// Every key of the browser, as the `?` overlay lists it.
public enum HelpContent {
    /// Key and description pairs, grouped under headings (key empty).
    public static let entries: [(keys: String, action: String)] = [
        ("", "Moving"),
        ("↑ ↓  k j", "previous / next row; scroll the text"),
        ("PgUp PgDn  Ctrl-B Ctrl-F", "one page up / down (Space: down)"),
        ("Ctrl-U Ctrl-D", "half a page up / down"),
        ("g Home  G End", "first / last row"),
        ("Tab  Shift-Tab", "next / previous pane"),
        ("mouse", "click selects a row, wheel scrolls"),
        ("", "Screens"),
        ("1 2 3 4", "Articles, Entities, Deals, Reader (last article)"),
        ("Enter  l  →", "open: article, page, evidence, other company"),
        ("Esc  Backspace  h ← H [", "back (also Ctrl-O)"),
        ("L  ]", "forward"),
        ("", "Search"),
        ("/", "search companies and people (typos forgiven)"),
        ("↑ ↓  Tab", "choose a result; Enter opens it, Esc closes"),
        ("n  N", "open the next / previous match"),
        ("", "Lists"),
        ("s", "articles: sort by date (newest, oldest) or title"),
        ("f", "entities: filter by kind; deals: filter by kind"),
        ("c", "deals: only this deal's company; again: all"),
        ("x", "deals: clear the filters"),
        ("d", "company page: its deals on the timeline"),
        ("", "Other"),
        ("?  F1", "this help (any key closes it)"),
        ("q  Ctrl-C", "quit"),
    ]

    /// The help as lines of text.
    public static var lines: [String] {
        entries.map { entry in
            entry.keys.isEmpty ? entry.action : "  " + CharacterWidth.padded(entry.keys, to: 24) + " " + entry.action
        }
    }
}
