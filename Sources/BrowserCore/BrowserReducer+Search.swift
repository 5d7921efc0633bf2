import NewsModel

extension BrowserReducer {
    /// Keys while the `/` prompt is open: typing searches at once, Enter opens the result.
    static func searchKey(_ state: inout BrowserState, _ key: KeyEvent) -> [BrowserEffect] {
        switch key {
        case .escape:
            state.search.isActive = false
        case .control("c"):
            state.isQuitting = true
            return [.quit]
        case .enter:
            let results = state.search.results
            guard !results.isEmpty, state.search.resultsQuery == state.search.query else {
                let query = UntrustedText.sanitized(state.search.query)
                state.status = StatusMessage("No company or person matches '\(query)'.", isError: true)
                return []
            }
            let index = min(max(0, state.search.cursor.selected), results.count - 1)
            state.search.matchIndex = index
            state.search.isActive = false
            return navigate(&state, to: .profile(results[index].id))
        case .backspace, .delete:
            guard !state.search.query.isEmpty else {
                state.search.isActive = false
                return []
            }
            state.search.query.removeLast()
            return queryChanged(&state)
        case .control("u"):
            state.search.query = ""
            return queryChanged(&state)
        case .down, .tab, .control("n"):
            state.search.cursor.move(by: 1, selectable: state.search.results.map { _ in true })
        case .up, .backTab, .control("p"):
            state.search.cursor.move(by: -1, selectable: state.search.results.map { _ in true })
        case .mouseClick(let row, let column):
            guard let index = SearchOverlay.resultIndex(state, row: row, column: column) else { return [] }
            state.search.cursor.selected = index
            return searchKey(&state, .enter)
        case .mouseWheelDown:
            state.search.cursor.move(by: 3, selectable: state.search.results.map { _ in true })
        case .mouseWheelUp:
            state.search.cursor.move(by: -3, selectable: state.search.results.map { _ in true })
        case .character(let character):
            guard Grid.isPrintable(character), state.search.query.count < 80 else { return [] }
            state.search.query.append(character)
            return queryChanged(&state)
        default:
            break
        }
        return []
    }

    /// Each change of the query searches again (incremental search).
    static func queryChanged(_ state: inout BrowserState) -> [BrowserEffect] {
        state.search.cursor = ListCursor()
        state.search.matchIndex = nil
        guard !state.search.query.allSatisfy({ $0 == " " }) else {
            state.search.results = []
            state.search.resultsQuery = state.search.query
            return []
        }
        return [.searchEntities(query: state.search.query)]
    }
}
