import NewsModel

/// Applies an action to the state and returns the effects to perform (pure: no I/O).
///
/// ```swift
/// var state = BrowserState(rows: 24, columns: 80)
/// let effects = reduce(&state, .started)   // [.loadArticles(order: .newestFirst, page: …)]
/// ```
public func reduce(_ state: inout BrowserState, _ action: BrowserAction) -> [BrowserEffect] {
    BrowserReducer.reduce(&state, action)
}

/// The browser's update function, split over several files by concern.
public enum BrowserReducer {
    /// Applies an action to the state and returns the effects to perform.
    public static func reduce(_ state: inout BrowserState, _ action: BrowserAction) -> [BrowserEffect] {
        var effects: [BrowserEffect] = []
        switch action {
        case .started:
            break
        case .keyPressed(let key):
            state.status = nil
            effects += handleKey(&state, key)
        case .resized(let rows, let columns):
            state.rows = max(0, rows)
            state.columns = max(0, columns)
        case .articlesPageLoaded(let order, let page, let items, let total):
            if order == state.articles.order {
                state.articles.list.accept(offset: page.offset, limit: page.limit, items: items, total: total)
            }
        case .entitiesPageLoaded(let kinds, let page, let items, let total):
            if kinds == state.entities.kinds {
                state.entities.list.accept(offset: page.offset, limit: page.limit, items: items, total: total)
            }
        case .dealsPageLoaded(let filter, let page, let items, let total):
            if filter == state.deals.filter {
                state.deals.list.accept(offset: page.offset, limit: page.limit, items: items, total: total)
            }
        case .articleLoaded(let id, let article, let facts):
            if state.articlePreview?.articleID == id {
                state.articlePreview?.article = article
                state.articlePreview?.facts = facts
                state.articlePreview?.isMissing = article == nil
            }
            if var reader = state.reader, reader.articleID == id {
                if let article {
                    reader.article = article
                    reader.facts = facts
                    reader.wrapWidth = -1
                } else {
                    reader.isMissing = true
                    state.status = StatusMessage(
                        "The article '\(UntrustedText.sanitized(id))' was not found.", isError: true)
                }
                state.reader = reader
            }
        case .profileLoaded(let entityID, let profile):
            if state.entityPreview?.entityID == entityID {
                state.entityPreview?.profile = profile
                state.entityPreview?.isMissing = profile == nil
            }
            if var page = state.profile, page.entityID == entityID {
                if let profile {
                    page.profile = profile
                } else {
                    page.isMissing = true
                    state.status = StatusMessage(
                        "No company or person with id '\(UntrustedText.sanitized(entityID))' was found.", isError: true)
                }
                state.profile = page
            }
        case .searchResultsLoaded(let query, let results):
            if query == state.search.query {
                state.search.results = results
                state.search.resultsQuery = query
                state.search.cursor = ListCursor()
            }
        case .loadFailed(let effect, let message):
            state.status = StatusMessage(message, isError: true)
            switch effect {
            case .loadArticles:
                state.articles.list.pendingOffset = nil
                state.articles.list.isComplete = true
            case .loadEntities:
                state.entities.list.pendingOffset = nil
                state.entities.list.isComplete = true
            case .loadDeals:
                state.deals.list.pendingOffset = nil
                state.deals.list.isComplete = true
            case .loadArticle(let id):
                if state.reader?.articleID == id { state.reader?.isMissing = true }
                if state.articlePreview?.articleID == id { state.articlePreview?.isMissing = true }
            case .loadProfile(let id):
                if state.profile?.entityID == id { state.profile?.isMissing = true }
                if state.entityPreview?.entityID == id { state.entityPreview?.isMissing = true }
            case .searchEntities, .quit: break
            }
        }
        state.normalize()
        effects += pageLoads(&state)
        effects += previewLoads(&state)
        return effects
    }

    /// On a wide terminal the detail pane of the article and entity lists previews the
    /// selected row: its article (with facts) or its page is loaded when the selection moves.
    static func previewLoads(_ state: inout BrowserState) -> [BrowserEffect] {
        guard Layout(for: state).arrangement == .sideBySide else { return [] }
        switch (state.location, state.selectedRow) {
        case (.articles, .article(let summary)?):
            guard state.articlePreview?.articleID != summary.id else { return [] }
            if let reader = state.reader, reader.articleID == summary.id, reader.isLoaded {
                state.articlePreview = reader
                return []
            }
            state.articlePreview = ReaderState(articleID: summary.id, mark: nil)
            return [.loadArticle(id: summary.id)]
        case (.entities, .entity(let summary)?):
            guard state.entityPreview?.entityID != summary.id else { return [] }
            if let page = state.profile, page.entityID == summary.id, page.profile != nil {
                state.entityPreview = page
                return []
            }
            state.entityPreview = ProfileState(entityID: summary.id)
            return [.loadProfile(entityID: summary.id)]
        default:
            return []
        }
    }

    /// The next page of the current list, when the selection comes near the end of what is loaded.
    static func pageLoads(_ state: inout BrowserState) -> [BrowserEffect] {
        let size = BrowserState.pageSize
        let margin = max(10, state.rows)
        switch state.location {
        case .articles:
            if let offset = state.articles.list.nextPage(
                near: state.articles.cursor.selected, margin: margin, pageSize: size)
            {
                return [.loadArticles(order: state.articles.order, page: PageRequest(offset: offset, limit: size))]
            }
        case .entities:
            if let offset = state.entities.list.nextPage(
                near: state.entities.cursor.selected, margin: margin, pageSize: size)
            {
                return [.loadEntities(kinds: state.entities.kinds, page: PageRequest(offset: offset, limit: size))]
            }
        case .deals:
            if let offset = state.deals.list.nextPage(near: state.deals.cursor.selected, margin: margin, pageSize: size)
            {
                return [.loadDeals(filter: state.deals.filter, page: PageRequest(offset: offset, limit: size))]
            }
        case .reader, .profile:
            break
        }
        return []
    }
}
