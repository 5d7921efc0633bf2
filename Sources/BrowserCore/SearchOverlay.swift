import NewsModel

/// The `/` prompt and its result list, drawn over the screen.
public enum SearchOverlay {
    /// The overlay's box for a state, if there is room for one.
    public static func frame(_ state: BrowserState) -> Rect? {
        let layout = Layout(for: state)
        let content = layout.content
        guard content.height >= 1, content.width >= 1 else { return nil }
        let width = min(content.width, 64)
        let height = min(content.height, 14)
        return Rect(row: content.row, column: (content.width - width) / 2, height: height, width: width)
    }

    /// How many results fit.
    public static func visibleResults(_ state: BrowserState) -> Int {
        guard let box = frame(state) else { return 1 }
        return max(1, Layout.inside(box).height - 1)
    }

    /// The result under a screen position, if any.
    public static func resultIndex(_ state: BrowserState, row: Int, column: Int) -> Int? {
        guard let box = frame(state), box.contains(row: row, column: column) else { return nil }
        let inner = Layout.inside(box)
        let index = state.search.cursor.offset + row - inner.row - 1
        guard row > inner.row, index >= 0, index < state.search.results.count else { return nil }
        return index
    }

    /// Draws the prompt and results; the cursor rests at the end of the prompt.
    static func draw(_ grid: inout Grid, _ state: BrowserState, _ styles: Styles) {
        guard let box = frame(state) else {
            if grid.rows > 0 {
                let prompt = "/" + state.search.query
                grid.writeFitted(prompt, row: grid.rows - 1, column: 0, width: grid.columns, style: styles.statusBar)
                grid.cursor = (grid.rows - 1, min(max(0, grid.columns - 1), CharacterWidth.width(of: prompt)))
            }
            return
        }
        grid.fill(box)
        if Layout.hasBorder(box) {
            grid.drawBox(box, title: "Search companies and people", style: styles.focusedBorder)
        }
        let inner = Layout.inside(box)
        guard inner.height > 0, inner.width > 0 else { return }
        let prompt = "/" + UntrustedText.sanitized(state.search.query)
        let promptWidth = min(inner.width - 1, CharacterWidth.width(of: prompt))
        let shown =
            CharacterWidth.width(of: prompt) > inner.width - 1
            ? "…" + String(prompt.suffix(max(1, inner.width - 3))) : prompt
        grid.writeFitted(shown, row: inner.row, column: inner.column, width: inner.width, style: styles.header)
        grid.cursor = (inner.row, inner.column + max(0, min(promptWidth, CharacterWidth.width(of: shown))))
        let results = state.search.results
        let listRows = inner.height - 1
        guard listRows > 0 else { return }
        if results.isEmpty {
            let text: String
            if state.search.query.isEmpty {
                text = "Type a company or person; typos are forgiven."
            } else if state.search.resultsQuery == state.search.query {
                text = "No company or person matches."
            } else {
                text = "Searching…"
            }
            grid.writeFitted(text, row: inner.row + 1, column: inner.column, width: inner.width, style: styles.muted)
            return
        }
        let cursor = state.search.cursor
        for line in 0..<listRows {
            let index = cursor.offset + line
            guard index < results.count else { break }
            let result = results[index]
            let selected = index == cursor.selected
            let style = selected ? styles.selection : styles.fact(.entity(result))
            let text = " " + result.name + " · " + result.kind.rawValue + " · \(result.articleCount) articles"
            if selected {
                grid.fill(
                    Rect(row: inner.row + 1 + line, column: inner.column, height: 1, width: inner.width), style: style)
            }
            grid.writeFitted(text, row: inner.row + 1 + line, column: inner.column, width: inner.width, style: style)
        }
    }
}
