import NewsModel

/// Something that happened: a key, a resize, or data arriving from the store.
public enum BrowserAction: Sendable, Hashable {
    /// The browser started: load the first screen.
    case started
    /// The user pressed a key (or clicked or scrolled).
    case keyPressed(KeyEvent)
    /// The terminal changed size.
    case resized(rows: Int, columns: Int)
    /// A page of the article list arrived; `total` is known for the first page.
    case articlesPageLoaded(order: ArticleOrder, page: PageRequest, items: [ArticleSummary], total: Int?)
    /// A page of the entity list arrived.
    case entitiesPageLoaded(kinds: Set<EntityKind>, page: PageRequest, items: [EntitySummary], total: Int?)
    /// A page of the deal timeline arrived.
    case dealsPageLoaded(filter: DealFilter, page: PageRequest, items: [Deal], total: Int?)
    /// An article and its facts arrived (`article` is nil when it does not exist).
    case articleLoaded(id: String, article: Article?, facts: ArticleFacts)
    /// A company or person page arrived (nil when the entity does not exist).
    case profileLoaded(entityID: EntityID, profile: EntityProfile?)
    /// Search results arrived for a query, best first.
    case searchResultsLoaded(query: String, results: [EntitySummary])
    /// An effect failed; `message` is a full sentence for the status bar.
    case loadFailed(BrowserEffect, message: String)
}
