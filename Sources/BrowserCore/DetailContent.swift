import NewsModel

/// One line of a detail pane.
public struct DetailLine: Sendable, Hashable {
    /// How a detail line is emphasised.
    public enum Emphasis: Sendable, Hashable {
        case title, label, normal, quote, muted
    }

    /// The (sanitised) text.
    public var text: String
    /// Its emphasis.
    public var emphasis: Emphasis

    /// Creates a line.
    public init(_ text: String, _ emphasis: Emphasis = .normal) {
        self.text = text
        self.emphasis = emphasis
    }
}

/// What the detail pane shows for the selected row, wrapped to a width.
public enum DetailContent {
    /// The detail lines of the current screen's selected row.
    public static func lines(for state: BrowserState, width: Int) -> [DetailLine] {
        guard width > 0 else { return [] }
        let rows = state.primaryRows
        let index = state.primaryCursor.selected
        guard index >= 0, index < rows.count else {
            return [DetailLine(emptyText(state), .muted)]
        }
        var lines = logicalLines(for: rows[index])
        switch rows[index] {
        case .article(let summary):
            if let preview = state.articlePreview, preview.articleID == summary.id {
                lines.removeLast(2)
                lines += articlePreview(preview)
            }
        case .entity(let summary):
            if let preview = state.entityPreview, preview.entityID == summary.id {
                lines.removeLast(2)
                lines += entityPreview(preview)
            }
        default:
            break
        }
        return wrap(lines, width: width)
    }

    /// The facts and the opening of a previewed article.
    static func articlePreview(_ preview: ReaderState) -> [DetailLine] {
        guard let article = preview.article, let facts = preview.facts else {
            return [
                DetailLine(""), DetailLine(preview.isMissing ? "The article could not be loaded." : "Loading…", .muted),
            ]
        }
        var lines: [DetailLine] = []
        func section(_ title: String, _ items: [String]) {
            guard !items.isEmpty else { return }
            lines.append(DetailLine(""))
            lines.append(DetailLine("\(title) (\(items.count))", .title))
            lines += items.map { DetailLine($0) }
        }
        section("Deals", facts.deals.map(FactFormatter.dealLine))
        section("Stakes", facts.stakes.map(FactFormatter.stakeSentence))
        section("Quotes", facts.quotes.map(FactFormatter.quoteLine))
        lines.append(DetailLine(""))
        for paragraph in article.paragraphs.prefix(2) {
            lines.append(DetailLine(paragraph, .muted))
            lines.append(DetailLine(""))
        }
        lines.append(DetailLine("Enter opens the article.", .muted))
        return lines
    }

    /// The main facts of a previewed company or person.
    static func entityPreview(_ preview: ProfileState) -> [DetailLine] {
        guard let profile = preview.profile else {
            return [
                DetailLine(""), DetailLine(preview.isMissing ? "The page could not be loaded." : "Loading…", .muted),
            ]
        }
        var lines: [DetailLine] = []
        if !profile.entity.aliases.isEmpty {
            lines.append(DetailLine("Also: " + profile.entity.aliases.joined(separator: ", "), .label))
        }
        if let role = profile.entity.role {
            lines.append(
                DetailLine("Role: " + role + (profile.entity.organization.map { ", " + $0.name } ?? ""), .label))
        }
        func section(_ title: String, _ items: [String]) {
            guard !items.isEmpty else { return }
            lines.append(DetailLine(""))
            lines.append(DetailLine("\(title) (\(items.count))", .title))
            lines += items.prefix(5).map { DetailLine($0) }
            if items.count > 5 { lines.append(DetailLine("… \(items.count - 5) more", .muted)) }
        }
        section("Stakes held", profile.stakesHeld.map { FactFormatter.stakeLine($0, held: true) })
        section("Stakes in it", profile.stakesIn.map { FactFormatter.stakeLine($0, held: false) })
        section("Deals", profile.deals.map(FactFormatter.dealLine))
        section("Quotes", (profile.quotesBy + profile.quotesAbout).map(FactFormatter.quoteLine))
        lines.append(DetailLine(""))
        lines.append(DetailLine("Enter opens the page.", .muted))
        return lines
    }

    private static func emptyText(_ state: BrowserState) -> String {
        switch state.location {
        case .profile where state.profile?.isMissing == true: return "This page could not be loaded."
        case .profile where state.profile?.profile == nil: return "Loading…"
        default: return "Nothing selected."
        }
    }

    /// The detail of one row before wrapping.
    static func logicalLines(for row: RowItem) -> [DetailLine] {
        switch row {
        case .header(let text), .note(let text):
            return [DetailLine(text, .muted)]
        case .article(let article):
            return [
                DetailLine(article.title, .title),
                DetailLine(
                    "Date: " + (FactFormatter.day(article.date).isEmpty ? "unknown" : FactFormatter.day(article.date)),
                    .label),
                DetailLine("Source: " + (article.source ?? "unknown"), .label),
                DetailLine("Language: " + article.language.rawValue, .label),
                DetailLine("Facts: \(article.factCount)", .label),
                DetailLine("Id: " + article.id, .muted),
                DetailLine(""),
                DetailLine("Enter opens the article.", .muted),
            ]
        case .entity(let entity):
            return [
                DetailLine(entity.name, .title),
                DetailLine("Kind: " + entity.kind.rawValue, .label),
                DetailLine("Articles: \(entity.articleCount)", .label),
                DetailLine("Deals: \(entity.dealCount)", .label),
                DetailLine("Stakes: \(entity.stakeCount)", .label),
                DetailLine("Quotes: \(entity.quoteCount)", .label),
                DetailLine(""),
                DetailLine("Enter opens the page.", .muted),
            ]
        case .mentioned(let entity):
            return [DetailLine(entity.name, .title), DetailLine("Kind: " + entity.kind.rawValue, .label)]
        case .link(let ref):
            return [DetailLine(ref.name, .title), DetailLine(""), DetailLine("Enter opens the page.", .muted)]
        case .deal(let deal):
            var lines = [
                DetailLine(
                    (deal.kind.rawValue.prefix(1).uppercased() + deal.kind.rawValue.dropFirst()) + " · "
                        + deal.status.rawValue, .title),
                DetailLine("Date: " + FactFormatter.date(deal.date), .label),
                DetailLine("Acquirer: " + (deal.acquirer.map { FactFormatter.name($0) } ?? "unknown"), .label),
            ]
            if let seller = deal.seller { lines.append(DetailLine("Seller: " + FactFormatter.name(seller), .label)) }
            lines.append(DetailLine("Target: " + FactFormatter.name(deal.target), .label))
            if deal.percent != nil {
                lines.append(DetailLine("Percent: " + FactFormatter.percent(deal.percent), .label))
            }
            if deal.price != nil { lines.append(DetailLine("Price: " + FactFormatter.money(deal.price), .label)) }
            lines += evidence(deal.evidence)
            return lines
        case .stake(let stake, _):
            var lines = [DetailLine(FactFormatter.stakeSentence(stake), .title)]
            if let since = stake.since { lines.append(DetailLine("Since: " + since.description, .label)) }
            if let until = stake.until { lines.append(DetailLine("Until: " + until.description, .label)) }
            lines += evidence(stake.evidence)
            lines.append(DetailLine(""))
            lines.append(DetailLine("Enter opens the other company's page.", .muted))
            return lines
        case .quote(let quote):
            var lines = [
                DetailLine(
                    (quote.speaker.map { FactFormatter.name($0) } ?? quote.speakerDescription ?? "Unnamed source"),
                    .title)
            ]
            if let role = quote.role { lines.append(DetailLine("Role: " + role, .label)) }
            if let org = quote.organization { lines.append(DetailLine("For: " + FactFormatter.name(org), .label)) }
            lines.append(DetailLine(quote.direct ? "Said:" : "Reported:", .label))
            lines.append(DetailLine(quote.direct ? "“" + quote.text + "”" : quote.text, .quote))
            lines += evidence(quote.evidence)
            lines.append(DetailLine(""))
            lines.append(DetailLine("Enter opens the article at the quote.", .muted))
            return lines
        }
    }

    private static func evidence(_ evidence: Evidence) -> [DetailLine] {
        [
            DetailLine(""), DetailLine("Evidence (" + evidence.articleID + "):", .label),
            DetailLine(evidence.sentence, .quote),
        ]
    }

    /// Wraps logical lines to a width; every text is sanitised.
    static func wrap(_ lines: [DetailLine], width: Int) -> [DetailLine] {
        lines.flatMap { line in
            TextWrapper.wrap(line.text, width: width).map { DetailLine($0, line.emphasis) }
        }
    }
}
