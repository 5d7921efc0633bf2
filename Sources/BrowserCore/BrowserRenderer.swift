import NewsModel

/// Draws a state into a grid of cells (pure: the same state gives the same grid).
public func render(_ state: BrowserState) -> Grid {
    BrowserRenderer.render(state)
}

/// The browser's view, split over several files by screen.
public enum BrowserRenderer {
    /// Draws a state into a grid of cells.
    public static func render(_ state: BrowserState) -> Grid {
        var grid = Grid(rows: state.rows, columns: state.columns)
        guard state.rows > 0, state.columns > 0 else { return grid }
        let styles = Styles(state.theme)
        let layout = Layout(for: state)
        if let header = layout.header { drawTabs(&grid, header, state, styles) }
        switch state.location {
        case .articles, .entities, .deals:
            if let box = layout.primary { drawTable(&grid, box, state, styles) }
            if let box = layout.secondary { drawDetail(&grid, box, state, styles) }
        case .profile:
            if let box = layout.primary { drawProfileList(&grid, box, state, styles) }
            if let box = layout.secondary { drawDetail(&grid, box, state, styles) }
        case .reader:
            if let box = layout.primary { drawReaderText(&grid, box, state, styles) }
            if let box = layout.secondary { drawFactList(&grid, box, state, styles) }
        }
        joinBorders(&grid, layout, styles)
        if let status = layout.status { drawStatus(&grid, status, state, styles) }
        if state.search.isActive { SearchOverlay.draw(&grid, state, styles) }
        if state.showsHelp { drawHelp(&grid, state, styles) }
        return grid
    }

    /// The border style of a pane, and whether it has the focus.
    static func borderStyle(_ pane: Pane, _ state: BrowserState, _ styles: Styles) -> CellStyle {
        state.focus == pane ? styles.focusedBorder : styles.border
    }

    /// Draws the frame of a pane and returns its inside.
    static func frame(
        _ grid: inout Grid, _ box: Rect, title: String, pane: Pane, _ state: BrowserState, _ styles: Styles
    ) -> Rect {
        if Layout.hasBorder(box) {
            let style = borderStyle(pane, state, styles)
            grid.drawBox(
                box, title: title, style: style == styles.border ? styles.border : style,
                titleStyle: state.focus == pane ? styles.focusedBorder : styles.header)
        }
        return Layout.inside(box)
    }

    /// Shared edges of two panes become ┬ ┴ or ├ ┤.
    static func joinBorders(_ grid: inout Grid, _ layout: Layout, _ styles: Styles) {
        guard let primary = layout.primary, let secondary = layout.secondary,
            Layout.hasBorder(primary), Layout.hasBorder(secondary)
        else { return }
        switch layout.arrangement {
        case .sideBySide:
            grid.joinVertical(
                column: secondary.column, top: primary.row, bottom: primary.row + primary.height - 1,
                style: styles.border)
        case .stacked:
            grid.joinHorizontal(
                row: secondary.row, left: 0, right: secondary.column + secondary.width - 1, style: styles.border)
        case .single:
            break
        }
    }

    /// The tab row: 1 Articles 2 Entities 3 Deals 4 Reader.
    static func drawTabs(_ grid: inout Grid, _ rect: Rect, _ state: BrowserState, _ styles: Styles) {
        grid.fill(rect, style: styles.statusBar)
        var column = rect.column + 1
        let tabs: [(String, Bool)] = [
            ("1 Articles", state.location == .articles),
            ("2 Entities", state.location == .entities),
            ("3 Deals", state.location == .deals),
            ("4 Reader", state.isReader),
        ]
        for (title, active) in tabs {
            let style = active ? CellStyle(bold: true) : styles.statusBar
            let shown = active && state.theme.usesColor ? styles.selection : style
            column += grid.write(
                " " + title + " ", row: rect.row, column: column, maxWidth: rect.column + rect.width - column,
                style: shown)
            column += 1
        }
        if case .profile = state.location, column < rect.width {
            let kind = state.profile?.profile?.entity.kind == .person ? "Person" : "Company"
            column += grid.write(
                " " + kind + " ", row: rect.row, column: column, maxWidth: rect.width - column, style: styles.selection)
        }
        let name = "newsbrowse "
        let width = CharacterWidth.width(of: name)
        if rect.width - width > column + 1 {
            grid.write(name, row: rect.row, column: rect.width - width, style: styles.statusBar)
        }
    }

    /// The status bar: breadcrumb, counts, then the message or the key hints.
    static func drawStatus(_ grid: inout Grid, _ rect: Rect, _ state: BrowserState, _ styles: Styles) {
        grid.fill(rect, style: styles.statusBar)
        let crumb = " " + state.breadcrumb.joined(separator: " › ")
        let counts = countsText(state)
        let left = counts.isEmpty ? crumb : crumb + "  " + counts
        if let message = state.status {
            let leftWidth = min(CharacterWidth.width(of: left) + 2, rect.width * 2 / 5)
            grid.writeFitted(left, row: rect.row, column: rect.column, width: leftWidth, style: styles.statusBar)
            grid.writeFitted(
                message.text, row: rect.row, column: rect.column + leftWidth, width: rect.width - leftWidth,
                style: message.isError
                    ? styles.error
                    : CellStyle(
                        foreground: styles.statusBar.foreground, background: styles.statusBar.background, bold: true,
                        reverse: styles.statusBar.reverse))
            return
        }
        let hints = KeyHints.hints(for: state) + " "
        let leftWidth = CharacterWidth.width(of: left)
        let hintsWidth = CharacterWidth.width(of: hints)
        if leftWidth + 2 + hintsWidth <= rect.width {
            grid.write(left, row: rect.row, column: rect.column, style: styles.statusBar)
            grid.write(hints, row: rect.row, column: rect.column + rect.width - hintsWidth, style: styles.statusBar)
        } else {
            let shownLeft = min(leftWidth, max(rect.width / 2, rect.width - hintsWidth - 2))
            grid.writeFitted(left, row: rect.row, column: rect.column, width: shownLeft, style: styles.statusBar)
            let rest = rect.width - shownLeft - 2
            if rest > 3 {
                grid.writeFitted(
                    hints, row: rect.row, column: rect.column + shownLeft + 2, width: rest, style: styles.statusBar)
            }
        }
    }

    /// "3/120" for lists, "line 5/40" for the reader.
    static func countsText(_ state: BrowserState) -> String {
        func count<T>(_ list: PagedList<T>, _ cursor: ListCursor) -> String {
            guard list.hasLoaded else { return "loading…" }
            let total = list.total ?? list.items.count
            return total == 0 ? "0" : "\(min(cursor.selected + 1, list.items.count))/\(total)"
        }
        switch state.location {
        case .articles: return count(state.articles.list, state.articles.cursor)
        case .entities: return count(state.entities.list, state.entities.cursor)
        case .deals:
            guard state.deals.list.hasLoaded else { return "loading…" }
            let rows = state.dealRows
            let index = rows[..<min(rows.count, state.deals.cursor.selected + 1)].filter(\.isSelectable).count
            return "\(index)/\(state.deals.list.total ?? state.deals.list.items.count)"
        case .profile:
            let rows = state.profileRows
            let items = rows.filter(\.isSelectable).count
            guard items > 0 else { return "" }
            let index = rows[..<min(rows.count, state.profileCursor.selected + 1)].filter(\.isSelectable).count
            return "\(index)/\(items)"
        case .reader:
            guard let reader = state.reader, reader.isLoaded else { return "" }
            let facts = reader.facts?.factCount ?? 0
            return
                "line \(min(state.readerScroll + 1, max(1, reader.lines.count)))/\(reader.lines.count) · \(facts) facts"
        }
    }

    /// The help overlay, centred.
    static func drawHelp(_ grid: inout Grid, _ state: BrowserState, _ styles: Styles) {
        let lines = HelpContent.lines
        let width = min(state.columns, 80)
        let height = min(max(0, state.rows - 1), lines.count + 2)
        guard width >= 4, height >= 3 else {
            grid.cursor = (0, 0)
            return
        }
        let box = Rect(
            row: max(0, (state.rows - 1 - height) / 2), column: (state.columns - width) / 2, height: height,
            width: width)
        grid.fill(box)
        grid.drawBox(box, title: "Keys (any key closes)", style: styles.focusedBorder)
        let inner = box.inner
        let start = min(state.helpScroll, max(0, lines.count - inner.height))
        for (offset, line) in lines.dropFirst(start).prefix(inner.height).enumerated() {
            let isHeading = !line.hasPrefix("  ")
            grid.writeFitted(
                line, row: inner.row + offset, column: inner.column, width: inner.width,
                style: isHeading ? styles.header : styles.normal)
        }
        grid.cursor = (inner.row, inner.column)
    }
}
