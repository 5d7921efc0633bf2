import NewsModel

extension BrowserState {
    /// The rows of the article list.
    public var articleRows: [RowItem] { articles.list.items.map(RowItem.article) }

    /// The rows of the entity list.
    public var entityRows: [RowItem] { entities.list.items.map(RowItem.entity) }

    /// The rows of the deal timeline: deals by date, then an "Undated" header and the rest.
    public var dealRows: [RowItem] {
        var rows: [RowItem] = []
        var sawUndated = false
        for deal in deals.list.items {
            if deal.date == nil, !sawUndated {
                rows.append(.header("Undated"))
                sawUndated = true
            }
            rows.append(.deal(deal))
        }
        return rows
    }

    /// The reader's fact list: deals, stakes, quotes and the entities named.
    public var readerFactRows: [RowItem] {
        reader.map(readerFactRows(for:)) ?? []
    }

    /// The fact list of a reader.
    func readerFactRows(for reader: ReaderState) -> [RowItem] {
        guard let facts = reader.facts else { return [] }
        var rows: [RowItem] = []
        if !facts.deals.isEmpty {
            rows.append(.header("Deals (\(facts.deals.count))"))
            rows += facts.deals.map(RowItem.deal)
        }
        if !facts.stakes.isEmpty {
            rows.append(.header("Stakes (\(facts.stakes.count))"))
            rows += facts.stakes.map { RowItem.stake($0, held: true) }
        }
        if !facts.quotes.isEmpty {
            rows.append(.header("Quotes (\(facts.quotes.count))"))
            rows += facts.quotes.map(RowItem.quote)
        }
        let named = facts.entities.filter { $0.kind != .place }
        if !named.isEmpty {
            rows.append(.header("Named (\(named.count))"))
            rows += named.map(RowItem.mentioned)
        }
        if rows.isEmpty { rows.append(.note("No facts were extracted from this article.")) }
        return rows
    }

    /// The rows of a company or person page.
    public var profileRows: [RowItem] {
        guard let profile = profile?.profile else { return [] }
        let entity = profile.entity
        var rows: [RowItem] = [.note("Kind: \(entity.kind.rawValue)")]
        if !entity.aliases.isEmpty { rows.append(.note("Also: " + entity.aliases.joined(separator: ", "))) }
        if let role = entity.role {
            let org = entity.organization.map { ", " + $0.name } ?? ""
            rows.append(.note("Role: " + role + org))
        } else if let org = entity.organization {
            rows.append(.note("Organisation: " + org.name))
        }
        func section(_ title: String, _ items: [RowItem]) {
            guard !items.isEmpty else { return }
            rows.append(.header("\(title) (\(items.count))"))
            rows += items
        }
        section("Stakes held", profile.stakesHeld.map { .stake($0, held: true) })
        section("Stakes in it", profile.stakesIn.map { .stake($0, held: false) })
        section("Deals", profile.deals.map(RowItem.deal))
        section("Quotes by", profile.quotesBy.map(RowItem.quote))
        section("Quotes about", profile.quotesAbout.map(RowItem.quote))
        if entity.kind == .person, let org = entity.organization { section("Organisation", [.link(org)]) }
        section("People", profile.people.map(RowItem.entity))
        section("Articles", profile.articles.map(RowItem.article))
        return rows
    }

    /// The rows of the primary pane of the current screen.
    public var primaryRows: [RowItem] {
        switch location {
        case .articles: return articleRows
        case .entities: return entityRows
        case .deals: return dealRows
        case .reader: return []
        case .profile: return profileRows
        }
    }

    /// The row selected in the focused list, if any.
    public var selectedRow: RowItem? {
        let rows: [RowItem]
        let index: Int
        switch location {
        case .reader:
            rows = readerFactRows
            index = readerCursor.selected
        default:
            rows = primaryRows
            index = primaryCursor.selected
        }
        guard index >= 0, index < rows.count, rows[index].isSelectable else { return nil }
        return rows[index]
    }

    /// The cursor of the primary list of the current screen.
    public var primaryCursor: ListCursor {
        get {
            switch location {
            case .articles: return articles.cursor
            case .entities: return entities.cursor
            case .deals: return deals.cursor
            case .reader: return ListCursor(selected: readerScroll, offset: readerScroll)
            case .profile: return profileCursor
            }
        }
        set {
            switch location {
            case .articles: articles.cursor = newValue
            case .entities: entities.cursor = newValue
            case .deals: deals.cursor = newValue
            case .reader: readerScroll = newValue.offset
            case .profile: profileCursor = newValue
            }
        }
    }

    /// The scroll of the detail pane of the current screen (not the reader).
    public var detailScroll: Int {
        get {
            switch location {
            case .articles: return articles.detailScroll
            case .entities: return entities.detailScroll
            case .deals: return deals.detailScroll
            case .reader: return 0
            case .profile: return profileDetailScroll
            }
        }
        set {
            let value = max(0, newValue)
            switch location {
            case .articles: articles.detailScroll = value
            case .entities: entities.detailScroll = value
            case .deals: deals.detailScroll = value
            case .reader: break
            case .profile: profileDetailScroll = value
            }
        }
    }

    /// The title of the current page for history and breadcrumb (sanitised).
    public var currentTitle: String { title(of: location) }

    /// The title of a page.
    public func title(of location: Location) -> String {
        switch location {
        case .articles: return "Articles"
        case .entities: return "Entities"
        case .deals: return deals.filterName.map { "Deals of " + UntrustedText.sanitized($0) } ?? "Deals"
        case .reader(let id, _):
            if let reader, reader.articleID == id, let article = reader.article {
                return UntrustedText.sanitized(article.title)
            }
            return UntrustedText.sanitized(id)
        case .profile(let id):
            if let profile, profile.entityID == id, let loaded = profile.profile {
                return UntrustedText.sanitized(loaded.entity.name)
            }
            return UntrustedText.sanitized(id)
        }
    }

    /// The section of the selected row on a page ("Stakes held"), for the breadcrumb.
    public var selectedSection: String? {
        let rows: [RowItem]
        let index: Int
        switch location {
        case .profile:
            rows = profileRows
            index = profileCursor.selected
        case .reader where focus == .secondary:
            rows = readerFactRows
            index = readerCursor.selected
        default:
            return nil
        }
        guard index < rows.count else { return nil }
        for row in rows[...index].reversed() {
            if case .header(let title) = row {
                return title.split(separator: " (").first.map(String.init) ?? title
            }
        }
        return nil
    }

    /// The breadcrumb, e.g. ["Entities", "Acme Corp", "Stakes held"].
    public var breadcrumb: [String] {
        var trail: [String] = [currentTitle]
        if !location.isTopLevel {
            for visit in back.reversed() {
                trail.insert(visit.title, at: 0)
                if visit.location.isTopLevel { break }
            }
        }
        if let section = selectedSection { trail.append(section) }
        if trail.count > 4 { trail = ["…"] + trail.suffix(3) }
        return trail
    }
}
