import NewsModel

/// Work the reducer asks for, as a plain value. ``EffectRunner`` performs it against a
/// ``NewsModel/NewsStore`` and turns the result into ``BrowserAction``s.
public enum BrowserEffect: Sendable, Hashable {
    /// Load one page of the article list.
    case loadArticles(order: ArticleOrder, page: PageRequest)
    /// Load one page of the entity list.
    case loadEntities(kinds: Set<EntityKind>, page: PageRequest)
    /// Load an article and its facts.
    case loadArticle(id: String)
    /// Load a company or person page.
    case loadProfile(entityID: EntityID)
    /// Load one page of the deal timeline.
    case loadDeals(filter: DealFilter, page: PageRequest)
    /// Search companies and people (typo-tolerant, see ``EntitySearch``).
    case searchEntities(query: String)
    /// Leave the browser.
    case quit
}
