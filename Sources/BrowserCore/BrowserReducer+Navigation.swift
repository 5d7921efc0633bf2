import NewsModel

extension BrowserReducer {
    /// Opens a page, pushing the current one on the back stack and clearing forward history.
    static func navigate(_ state: inout BrowserState, to location: Location) -> [BrowserEffect] {
        if location == state.location { return [] }
        state.back.append(state.currentVisit)
        if state.back.count > BrowserState.historyLimit {
            state.back.removeFirst(state.back.count - BrowserState.historyLimit)
        }
        state.forward.removeAll()
        return show(&state, location, position: nil)
    }

    /// Goes one page back in history.
    static func goBack(_ state: inout BrowserState) -> [BrowserEffect] {
        guard let previous = state.back.popLast() else {
            state.status = StatusMessage("There is no earlier page.")
            return []
        }
        state.forward.append(state.currentVisit)
        return show(&state, previous.location, position: previous.position)
    }

    /// Goes one page forward in history.
    static func goForward(_ state: inout BrowserState) -> [BrowserEffect] {
        guard let next = state.forward.popLast() else {
            state.status = StatusMessage("There is no later page.")
            return []
        }
        state.back.append(state.currentVisit)
        return show(&state, next.location, position: next.position)
    }

    /// Shows a page, restoring a saved position, and asks for its data if it is not loaded.
    static func show(_ state: inout BrowserState, _ location: Location, position: ViewPosition?) -> [BrowserEffect] {
        state.location = location
        state.focus = position?.focus ?? .primary
        var effects: [BrowserEffect] = []
        switch location {
        case .articles:
            if let position {
                state.articles.cursor = position.cursor
                state.articles.detailScroll = position.textScroll
            }
        case .entities:
            if let position {
                state.entities.cursor = position.cursor
                state.entities.detailScroll = position.textScroll
            }
        case .deals:
            if let position {
                state.deals.cursor = position.cursor
                state.deals.detailScroll = position.textScroll
            }
        case .reader(let id, let mark):
            if var reader = state.reader, reader.articleID == id, !reader.isMissing {
                reader.mark = mark
                reader.needsScrollToMark = mark != nil && position == nil
                state.reader = reader
            } else if var preview = state.articlePreview, preview.articleID == id, preview.isLoaded {
                preview.mark = mark
                preview.wrapWidth = -1
                preview.needsScrollToMark = mark != nil && position == nil
                state.reader = preview
            } else {
                var reader = ReaderState(articleID: id, mark: mark)
                reader.needsScrollToMark = mark != nil && position == nil
                state.reader = reader
                effects.append(.loadArticle(id: id))
            }
            state.readerCursor = position?.secondaryCursor ?? ListCursor()
            state.readerScroll = position?.textScroll ?? 0
            if position == nil, mark != nil { state.focus = .primary }
        case .profile(let id):
            if state.profile?.entityID != id || state.profile?.isMissing == true {
                if let preview = state.entityPreview, preview.entityID == id, preview.profile != nil {
                    state.profile = preview
                } else {
                    state.profile = ProfileState(entityID: id)
                    effects.append(.loadProfile(entityID: id))
                }
            }
            state.profileCursor = position?.cursor ?? ListCursor()
            state.profileDetailScroll = position?.textScroll ?? 0
        }
        return effects
    }

    /// Opens what the selected row points at.
    static func openSelected(_ state: inout BrowserState) -> [BrowserEffect] {
        if case .reader = state.location, state.focus == .primary {
            state.status = StatusMessage("Press Tab to reach the facts, then Enter to mark one in the text.")
            return []
        }
        guard let row = state.selectedRow else { return [] }
        if case .reader(let articleID, _) = state.location {
            switch row {
            case .deal(let deal): return mark(&state, deal.evidence, in: articleID)
            case .stake(let stake, _): return mark(&state, stake.evidence, in: articleID)
            case .quote(let quote): return mark(&state, quote.evidence, in: articleID)
            case .mentioned(let entity): return navigate(&state, to: .profile(entity.id))
            default: return []
            }
        }
        switch row {
        case .header, .note: return []
        case .article(let article): return navigate(&state, to: .reader(articleID: article.id, mark: nil))
        case .entity(let entity): return navigate(&state, to: .profile(entity.id))
        case .mentioned(let entity): return navigate(&state, to: .profile(entity.id))
        case .link(let ref): return navigate(&state, to: .profile(ref.id))
        case .deal(let deal):
            return navigate(&state, to: .reader(articleID: deal.evidence.articleID, mark: deal.evidence.range))
        case .stake(let stake, let held):
            return navigate(&state, to: .profile(held ? stake.company.id : stake.holder.id))
        case .quote(let quote):
            return navigate(&state, to: .reader(articleID: quote.evidence.articleID, mark: quote.evidence.range))
        }
    }

    /// Marks a fact's evidence in the article already open (or opens the other article).
    static func mark(_ state: inout BrowserState, _ evidence: Evidence, in articleID: String) -> [BrowserEffect] {
        guard evidence.articleID == articleID else {
            return navigate(&state, to: .reader(articleID: evidence.articleID, mark: evidence.range))
        }
        state.location = .reader(articleID: articleID, mark: evidence.range)
        state.reader?.mark = evidence.range
        state.reader?.needsScrollToMark = true
        return []
    }
}

extension BrowserState {
    /// The current page as a history entry.
    public var currentVisit: Visit {
        let position: ViewPosition
        switch location {
        case .reader:
            position = ViewPosition(secondaryCursor: readerCursor, textScroll: readerScroll, focus: focus)
        default:
            position = ViewPosition(cursor: primaryCursor, textScroll: detailScroll, focus: focus)
        }
        return Visit(location: location, title: currentTitle, position: position)
    }
}
