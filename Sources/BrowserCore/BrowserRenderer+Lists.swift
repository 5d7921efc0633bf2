import NewsModel

extension BrowserRenderer {
    /// The columns of the current table screen.
    static func tableColumns(_ location: Location) -> [TableColumn] {
        switch location {
        case .entities:
            return [
                .flexible("Name", minimum: 10, priority: 9), .fixed("Kind", 7, priority: 3),
                .fixed("Articles", 8, right: true, priority: 4), .fixed("Deals", 5, right: true, priority: 2),
                .fixed("Stakes", 6, right: true, priority: 2), .fixed("Quotes", 6, right: true, priority: 1),
            ]
        case .deals:
            return [
                .fixed("Date", 10, priority: 8), .fixed("Kind", 6, priority: 5),
                .flexible("Acquirer", minimum: 6, weight: 2, priority: 9), .flexible("Seller", minimum: 6, priority: 1),
                .flexible("Target", minimum: 6, weight: 2, priority: 9), .fixed("%", 6, right: true, priority: 4),
                .fixed("Price", 7, right: true, priority: 3), .fixed("Status", 9, priority: 2),
            ]
        default:
            return [
                .fixed("Date", 10, priority: 5), .fixed("Lang", 4, priority: 1),
                .fixed("Facts", 5, right: true, priority: 3),
                .fixed("Source", 14, priority: 2), .flexible("Title", minimum: 10, priority: 9),
            ]
        }
    }

    /// The cell texts of a table row.
    static func tableCells(_ row: RowItem) -> [String] {
        switch row {
        case .article(let a):
            return [FactFormatter.day(a.date), a.language.rawValue, "\(a.factCount)", a.source ?? "", a.title]
        case .entity(let e):
            let kind = e.kind == .organization ? "org" : e.kind.rawValue
            return [e.name, kind, "\(e.articleCount)", "\(e.dealCount)", "\(e.stakeCount)", "\(e.quoteCount)"]
        case .deal(let d):
            return [
                d.date?.description ?? "", FactFormatter.kind(d.kind), FactFormatter.name(d.acquirer),
                FactFormatter.name(d.seller), FactFormatter.name(d.target), FactFormatter.percent(d.percent),
                FactFormatter.money(d.price), d.status.rawValue,
            ]
        default:
            return []
        }
    }

    /// The title of a table pane.
    static func tableTitle(_ state: BrowserState) -> String {
        switch state.location {
        case .entities:
            return "Entities" + (state.entities.kindFilter.map { " · " + $0.rawValue } ?? "")
        case .deals:
            var title = state.title(of: .deals)
            if let kind = state.deals.filter.kinds.first { title += " · " + kind.rawValue }
            return title
        default:
            let order: [ArticleOrder: String] = [
                .newestFirst: "newest first", .oldestFirst: "oldest first", .title: "by title",
            ]
            return "Articles · " + (order[state.articles.order] ?? "")
        }
    }

    /// A list screen as a table with a column header.
    static func drawTable(_ grid: inout Grid, _ box: Rect, _ state: BrowserState, _ styles: Styles) {
        let inner = frame(&grid, box, title: tableTitle(state), pane: .primary, state, styles)
        guard inner.height > 0, inner.width > 0 else { return }
        let columns = tableColumns(state.location)
        let placed = TableColumn.layout(columns, width: inner.width)
        var top = inner.row
        var height = inner.height
        if inner.height >= 3 {
            for slot in placed {
                grid.writeFitted(
                    columns[slot.index].title, row: inner.row, column: inner.column + slot.x, width: slot.width,
                    style: styles.header, alignRight: columns[slot.index].alignRight)
            }
            top += 1
            height -= 1
        }
        let rows = state.primaryRows
        let cursor = state.primaryCursor
        if rows.isEmpty {
            let list: Bool
            switch state.location {
            case .entities: list = state.entities.list.hasLoaded
            case .deals: list = state.deals.list.hasLoaded
            default: list = state.articles.list.hasLoaded
            }
            grid.writeFitted(
                list ? "Nothing here yet." : "Loading…", row: top, column: inner.column, width: inner.width,
                style: styles.muted)
            if state.focus == .primary { grid.cursor = (top, inner.column) }
            return
        }
        for line in 0..<height {
            let index = cursor.offset + line
            guard index < rows.count else { break }
            let row = rows[index]
            let y = top + line
            let selected = index == cursor.selected
            if case .header(let text) = row {
                grid.writeFitted(
                    "── " + text + " ", row: y, column: inner.column, width: inner.width, style: styles.header)
                continue
            }
            let style = selected ? (state.focus == .primary ? styles.selection : styles.inactiveSelection) : .plain
            if selected { grid.fill(Rect(row: y, column: inner.column, height: 1, width: inner.width), style: style) }
            let cells = tableCells(row)
            for slot in placed where slot.index < cells.count {
                var cellStyle = style
                if !selected {
                    cellStyle =
                        slot.index == 0 && state.location != .entities
                        ? styles.muted : (slot.index == 0 ? styles.fact(row) : .plain)
                }
                grid.writeFitted(
                    cells[slot.index], row: y, column: inner.column + slot.x, width: slot.width,
                    style: cellStyle, alignRight: columns[slot.index].alignRight)
            }
            if selected, state.focus == .primary { grid.cursor = (y, inner.column) }
        }
    }

    /// One line of a single-column list (company page, reader facts).
    static func listText(_ row: RowItem) -> String {
        switch row {
        case .header(let text): return text
        case .note(let text): return text
        case .article(let a):
            return "  " + (FactFormatter.day(a.date).isEmpty ? "" : FactFormatter.day(a.date) + "  ") + a.title
        case .entity(let e): return "  " + e.name + " · " + e.kind.rawValue + " · \(e.quoteCount) quotes"
        case .mentioned(let e): return "  " + e.name + " (" + e.kind.rawValue + ")"
        case .deal(let d): return "  " + FactFormatter.dealLine(d)
        case .stake(let s, let held): return "  " + FactFormatter.stakeLine(s, held: held)
        case .quote(let q): return "  " + FactFormatter.quoteLine(q)
        case .link(let ref): return "  → " + FactFormatter.name(ref)
        }
    }

    /// A single-column list with section headers.
    static func drawList(
        _ grid: inout Grid, _ inner: Rect, rows: [RowItem], cursor: ListCursor, focused: Bool, _ styles: Styles,
        text: (RowItem) -> String = listText
    ) {
        guard inner.height > 0, inner.width > 0 else { return }
        for line in 0..<inner.height {
            let index = cursor.offset + line
            guard index < rows.count else { break }
            let row = rows[index]
            let y = inner.row + line
            let selected = index == cursor.selected && row.isSelectable
            let style: CellStyle
            switch row {
            case .header: style = styles.header
            case .note: style = styles.muted
            default: style = selected ? (focused ? styles.selection : styles.inactiveSelection) : styles.fact(row)
            }
            if selected { grid.fill(Rect(row: y, column: inner.column, height: 1, width: inner.width), style: style) }
            grid.writeFitted(text(row), row: y, column: inner.column, width: inner.width, style: style)
            if selected, focused { grid.cursor = (y, inner.column) }
        }
    }

    /// The company or person page's list.
    static func drawProfileList(_ grid: inout Grid, _ box: Rect, _ state: BrowserState, _ styles: Styles) {
        let inner = frame(&grid, box, title: state.currentTitle, pane: .primary, state, styles)
        guard inner.height > 0, inner.width > 0 else { return }
        guard state.profile?.profile != nil else {
            let text = state.profile?.isMissing == true ? "This page could not be loaded." : "Loading…"
            grid.writeFitted(text, row: inner.row, column: inner.column, width: inner.width, style: styles.muted)
            if state.focus == .primary { grid.cursor = (inner.row, inner.column) }
            return
        }
        drawList(
            &grid, inner, rows: state.profileRows, cursor: state.profileCursor, focused: state.focus == .primary, styles
        )
        if state.focus == .primary, grid.cursor == nil { grid.cursor = (inner.row, inner.column) }
    }

    /// The reader's fact list.
    static func drawFactList(_ grid: inout Grid, _ box: Rect, _ state: BrowserState, _ styles: Styles) {
        let count = state.reader?.facts?.factCount ?? 0
        let inner = frame(&grid, box, title: "Facts (\(count))", pane: .secondary, state, styles)
        guard inner.height > 0, inner.width > 0 else { return }
        guard state.reader?.isLoaded == true else {
            grid.writeFitted("Loading…", row: inner.row, column: inner.column, width: inner.width, style: styles.muted)
            return
        }
        drawList(
            &grid, inner, rows: state.readerFactRows, cursor: state.readerCursor, focused: state.focus == .secondary,
            styles
        ) { row in
            if case .stake(let stake, _) = row {
                return "  " + FactFormatter.stakeSentence(stake) + (stake.since.map { " since " + $0.description } ?? "")
            }
            return listText(row)
        }
        if state.focus == .secondary, grid.cursor == nil { grid.cursor = (inner.row, inner.column) }
    }

    /// The detail pane of the selected row.
    static func drawDetail(_ grid: inout Grid, _ box: Rect, _ state: BrowserState, _ styles: Styles) {
        let inner = frame(&grid, box, title: "Detail", pane: .secondary, state, styles)
        guard inner.height > 0, inner.width > 0 else { return }
        let lines = DetailContent.lines(for: state, width: inner.width)
        for (offset, line) in lines.dropFirst(state.detailScroll).prefix(inner.height).enumerated() {
            let style: CellStyle
            switch line.emphasis {
            case .title: style = styles.header
            case .label, .normal: style = .plain
            case .quote: style = styles.quote
            case .muted: style = styles.muted
            }
            grid.writeFitted(line.text, row: inner.row + offset, column: inner.column, width: inner.width, style: style)
        }
        if state.focus == .secondary { grid.cursor = (inner.row, inner.column) }
    }
}
