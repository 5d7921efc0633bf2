import NewsModel

/// One row of a list pane. Headers and notes cannot be selected.
public enum RowItem: Sendable, Hashable {
    /// A section title, e.g. "Stakes held (2)".
    case header(String)
    /// A line of information, e.g. "Kind: company".
    case note(String)
    /// An article of a list.
    case article(ArticleSummary)
    /// An entity of a list or search result.
    case entity(EntitySummary)
    /// An entity named in an article.
    case mentioned(Entity)
    /// A deal.
    case deal(Deal)
    /// A stake; `held` when the page's entity is the holder.
    case stake(Stake, held: Bool)
    /// A quote.
    case quote(Quote)
    /// A link to another page, e.g. a person's organisation.
    case link(EntityRef)

    /// Whether the row can be selected and opened.
    public var isSelectable: Bool {
        switch self {
        case .header, .note: return false
        default: return true
        }
    }

    /// The evidence sentence of a fact row.
    public var evidenceRange: TextRange? {
        switch self {
        case .deal(let deal): return deal.evidence.range
        case .stake(let stake, _): return stake.evidence.range
        case .quote(let quote): return quote.evidence.range
        default: return nil
        }
    }
}
