import NewsModel

/// Performs effects synchronously against a store and returns what happened as actions.
/// Errors become ``BrowserAction/loadFailed(_:message:)``, never a crash.
public struct EffectRunner: Sendable {
    /// The store read from.
    public let store: any NewsStore
    /// How many search results are asked for.
    public var searchLimit: Int

    /// Creates a runner over a store.
    public init(store: any NewsStore, searchLimit: Int = 50) {
        self.store = store
        self.searchLimit = searchLimit
    }

    /// Performs one effect. `quit` returns no actions (the session handles it).
    public func run(_ effect: BrowserEffect) -> [BrowserAction] {
        do {
            switch effect {
            case .loadArticles(let order, let page):
                let items = try store.articles(order: order, page: page)
                let total = page.offset == 0 ? try store.articleCount() : nil
                return [.articlesPageLoaded(order: order, page: page, items: items, total: total)]
            case .loadEntities(let kinds, let page):
                let items = try store.entities(kinds: kinds, page: page)
                let total = page.offset == 0 ? try store.entityCount(kinds: kinds) : nil
                return [.entitiesPageLoaded(kinds: kinds, page: page, items: items, total: total)]
            case .loadDeals(let filter, let page):
                let items = try store.deals(filter: filter, page: page)
                let total = page.offset == 0 ? try store.dealCount(filter: filter) : nil
                return [.dealsPageLoaded(filter: filter, page: page, items: items, total: total)]
            case .loadArticle(let id):
                let article = try store.article(id: id)
                let facts = article == nil ? ArticleFacts.empty : try store.facts(ofArticle: id)
                return [.articleLoaded(id: id, article: article, facts: facts)]
            case .loadProfile(let entityID):
                return [.profileLoaded(entityID: entityID, profile: try store.profile(ofEntity: entityID))]
            case .searchEntities(let query):
                let results = try EntitySearch.search(query, limit: searchLimit) { text, limit in
                    try store.searchEntities(text, limit: limit)
                }
                return [.searchResultsLoaded(query: query, results: results)]
            case .quit:
                return []
            }
        } catch {
            return [.loadFailed(effect, message: Self.message(for: effect, error: error))]
        }
    }

    /// A full sentence for the status bar naming what could not be loaded.
    static func message(for effect: BrowserEffect, error: Error) -> String {
        let reason = UntrustedText.sanitized(String(describing: error))
        switch effect {
        case .loadArticles: return "Unable to load the article list: \(reason)"
        case .loadEntities: return "Unable to load the entity list: \(reason)"
        case .loadDeals: return "Unable to load the deal timeline: \(reason)"
        case .loadArticle(let id): return "Unable to load the article '\(UntrustedText.sanitized(id))': \(reason)"
        case .loadProfile(let id): return "Unable to load the page of '\(UntrustedText.sanitized(id))': \(reason)"
        case .searchEntities(let query): return "Unable to search for '\(UntrustedText.sanitized(query))': \(reason)"
        case .quit: return reason
        }
    }
}
