import NewsModel

extension BrowserReducer {
    /// Handles a key (or mouse event) in the current mode.
    static func handleKey(_ state: inout BrowserState, _ rawKey: KeyEvent) -> [BrowserEffect] {
        let key = rawKey.normalized
        if state.showsHelp { return helpKey(&state, key) }
        if state.search.isActive { return searchKey(&state, key) }
        switch key {
        case .character("q"), .control("c"):
            state.isQuitting = true
            return [.quit]
        case .character("?"), .function(1):
            state.showsHelp = true
            state.helpScroll = 0
        case .character("/"):
            state.search.isActive = true
            state.search.query = ""
            state.search.results = []
            state.search.resultsQuery = ""
            state.search.cursor = ListCursor()
        case .character("1"): return navigate(&state, to: .articles)
        case .character("2"): return navigate(&state, to: .entities)
        case .character("3"): return navigate(&state, to: .deals)
        case .character("4"):
            guard let reader = state.reader else {
                state.status = StatusMessage("No article has been opened yet: press Enter on an article.")
                return []
            }
            return navigate(&state, to: .reader(articleID: reader.articleID, mark: reader.mark))
        case .tab, .backTab:
            state.focus = state.focus.other
        case .escape, .backspace, .character("h"), .left, .character("H"), .character("["), .control("o"):
            return goBack(&state)
        case .character("L"), .character("]"):
            return goForward(&state)
        case .enter, .character("l"), .right:
            return openSelected(&state)
        case .down, .character("j"): move(&state, by: 1)
        case .up, .character("k"): move(&state, by: -1)
        case .pageDown, .control("f"), .character(" "): move(&state, by: pageHeight(state))
        case .pageUp, .control("b"): move(&state, by: -pageHeight(state))
        case .control("d"): move(&state, by: max(1, pageHeight(state) / 2))
        case .control("u"): move(&state, by: -max(1, pageHeight(state) / 2))
        case .character("g"), .home: move(&state, by: -(Int.max / 4))
        case .character("G"), .end: move(&state, by: Int.max / 4)
        case .character("n"): return nextMatch(&state, step: 1)
        case .character("N"): return nextMatch(&state, step: -1)
        case .character("s"): sortArticles(&state)
        case .character("f"): cycleKindFilter(&state)
        case .character("c"): toggleCompanyFilter(&state)
        case .character("x"): clearDealFilter(&state)
        case .character("d"): return dealsOfProfile(&state)
        case .mouseClick(let row, let column): return click(&state, row: row, column: column)
        case .mouseWheelUp(let row, let column): wheel(&state, row: row, column: column, by: -3)
        case .mouseWheelDown(let row, let column): wheel(&state, row: row, column: column, by: 3)
        default:
            break
        }
        return []
    }

    /// Keys while the help overlay is open: j/k scroll it, anything else closes it.
    static func helpKey(_ state: inout BrowserState, _ key: KeyEvent) -> [BrowserEffect] {
        switch key {
        case .down, .character("j"): state.helpScroll += 1
        case .up, .character("k"): state.helpScroll = max(0, state.helpScroll - 1)
        case .pageDown, .character(" "): state.helpScroll += max(1, state.rows - 4)
        case .pageUp: state.helpScroll = max(0, state.helpScroll - max(1, state.rows - 4))
        case .mouseWheelDown: state.helpScroll += 3
        case .mouseWheelUp: state.helpScroll = max(0, state.helpScroll - 3)
        case .control("c"):
            state.isQuitting = true
            return [.quit]
        default: state.showsHelp = false
        }
        return []
    }

    /// Rows a page key moves in the focused pane.
    static func pageHeight(_ state: BrowserState) -> Int {
        let layout = Layout(for: state)
        let box = layout.box(for: state.focus)
        return max(1, Layout.inside(box).height - 1)
    }

    /// Moves the selection (or scrolls the text) of the focused pane.
    static func move(_ state: inout BrowserState, by delta: Int) {
        switch (state.location, state.focus) {
        case (.reader, .primary):
            state.readerScroll = max(0, state.readerScroll + delta)
            if delta > Int.max / 8 { state.readerScroll = Int.max / 8 }
        case (.reader, .secondary):
            state.readerCursor.move(by: delta, selectable: state.readerFactRows.map(\.isSelectable))
        case (_, .primary):
            var cursor = state.primaryCursor
            cursor.move(by: delta, selectable: state.primaryRows.map(\.isSelectable))
            if cursor.selected != state.primaryCursor.selected { state.detailScroll = 0 }
            state.primaryCursor = cursor
        case (_, .secondary):
            state.detailScroll = min(Int.max / 8, max(0, state.detailScroll + delta))
        }
    }

    /// Opens the next (or previous) search match's page.
    static func nextMatch(_ state: inout BrowserState, step: Int) -> [BrowserEffect] {
        let results = state.search.results
        guard !results.isEmpty else {
            state.status = StatusMessage("There are no matches: press / to search for a company or person.")
            return []
        }
        let current = state.search.matchIndex ?? (step > 0 ? -1 : 0)
        let index = ((current + step) % results.count + results.count) % results.count
        state.search.matchIndex = index
        let effects = navigate(&state, to: .profile(results[index].id))
        state.status = StatusMessage(
            "Match \(index + 1) of \(results.count): \(UntrustedText.sanitized(results[index].name))")
        return effects
    }

    /// `s` on the article list: newest first, oldest first, by title.
    static func sortArticles(_ state: inout BrowserState) {
        guard state.location == .articles else { return }
        let all = ArticleOrder.allCases
        let next = all[((all.firstIndex(of: state.articles.order) ?? 0) + 1) % all.count]
        state.articles.order = next
        state.articles.list.reset()
        state.articles.cursor = ListCursor()
        let names: [ArticleOrder: String] = [
            .newestFirst: "date, newest first", .oldestFirst: "date, oldest first", .title: "title",
        ]
        state.status = StatusMessage("Articles sorted by \(names[next] ?? next.rawValue).")
    }

    /// `f`: the entity list cycles all → companies → people → organisations; the deal timeline
    /// cycles all → acquisitions → stakes → mergers.
    static func cycleKindFilter(_ state: inout BrowserState) {
        switch state.location {
        case .entities:
            let cycle: [EntityKind?] = [nil, .company, .person, .organization]
            let index = cycle.firstIndex(of: state.entities.kindFilter) ?? 0
            state.entities.kindFilter = cycle[(index + 1) % cycle.count]
            state.entities.list.reset()
            state.entities.cursor = ListCursor()
            state.status = StatusMessage("Showing \(state.entities.kindFilter.map { $0.rawValue } ?? "all kinds").")
        case .deals:
            let cycle: [Set<DealKind>] = [[], [.acquisition], [.stake], [.merger]]
            let index = cycle.firstIndex(of: state.deals.filter.kinds) ?? 0
            state.deals.filter.kinds = cycle[(index + 1) % cycle.count]
            state.deals.list.reset()
            state.deals.cursor = ListCursor()
            let name = state.deals.filter.kinds.first.map { $0.rawValue } ?? "all kinds"
            state.status = StatusMessage("Showing deals of \(name).")
        default:
            break
        }
    }

    /// `c` on the timeline: only deals of the selected deal's acquirer (or target); again: all.
    static func toggleCompanyFilter(_ state: inout BrowserState) {
        guard state.location == .deals else { return }
        if state.deals.filter.entity != nil {
            state.deals.filter.entity = nil
            state.deals.filterName = nil
            state.status = StatusMessage("Showing deals of every company.")
        } else {
            guard case .deal(let deal)? = state.selectedRow else { return }
            let company = deal.acquirer ?? deal.target
            state.deals.filter.entity = company.id
            state.deals.filterName = company.name
            state.status = StatusMessage("Showing deals of \(UntrustedText.sanitized(company.name)).")
        }
        state.deals.list.reset()
        state.deals.cursor = ListCursor()
    }

    /// `x` on the timeline: no filters.
    static func clearDealFilter(_ state: inout BrowserState) {
        guard state.location == .deals, state.deals.filter != DealFilter() else { return }
        state.deals.filter = DealFilter()
        state.deals.filterName = nil
        state.deals.list.reset()
        state.deals.cursor = ListCursor()
        state.status = StatusMessage("Filters cleared.")
    }

    /// `d` on a company page: the timeline filtered by that company.
    static func dealsOfProfile(_ state: inout BrowserState) -> [BrowserEffect] {
        guard case .profile(let id) = state.location else { return [] }
        let name = state.profile?.profile?.entity.name ?? id
        state.deals.filter = DealFilter(entity: id)
        state.deals.filterName = name
        state.deals.list.reset()
        state.deals.cursor = ListCursor()
        return navigate(&state, to: .deals)
    }

    /// A mouse click focuses the pane under it and selects the row under it.
    static func click(_ state: inout BrowserState, row: Int, column: Int) -> [BrowserEffect] {
        guard let (pane, index) = rowIndex(state, row: row, column: column) else { return [] }
        state.focus = pane
        guard let index else { return [] }
        if case .reader = state.location {
            let rows = state.readerFactRows
            if index < rows.count, rows[index].isSelectable { state.readerCursor.selected = index }
        } else if pane == .primary {
            let rows = state.primaryRows
            if index < rows.count, rows[index].isSelectable {
                if state.primaryCursor.selected != index { state.detailScroll = 0 }
                state.primaryCursor.selected = index
            }
        }
        return []
    }

    /// The wheel scrolls the pane under the pointer.
    static func wheel(_ state: inout BrowserState, row: Int, column: Int, by delta: Int) {
        if let (pane, _) = rowIndex(state, row: row, column: column) { state.focus = pane }
        move(&state, by: delta)
    }

    /// The pane at a screen position, and the list row index there if the pane is a list.
    static func rowIndex(_ state: BrowserState, row: Int, column: Int) -> (Pane, Int?)? {
        let layout = Layout(for: state)
        for pane in [Pane.primary, .secondary] {
            guard let box = pane == .primary ? layout.primary : layout.secondary,
                box.contains(row: row, column: column)
            else { continue }
            let inner = Layout.inside(box)
            let isList: Bool
            let table: Bool
            let offset: Int
            switch state.location {
            case .reader:
                isList = pane == .secondary
                table = false
                offset = state.readerCursor.offset
            case .profile:
                isList = pane == .primary
                table = false
                offset = state.profileCursor.offset
            default:
                isList = pane == .primary
                table = true
                offset = state.primaryCursor.offset
            }
            guard isList else { return (pane, nil) }
            let top = inner.row + (table && inner.height >= 3 ? 1 : 0)
            guard row >= top else { return (pane, nil) }
            return (pane, offset + row - top)
        }
        return nil
    }
}
