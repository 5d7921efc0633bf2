import NewsModel

/// Short, readable text for facts in lists and detail panes. Every name and text from an
/// article is sanitised.
public enum FactFormatter {
    /// "37.6%", "60%".
    public static func percent(_ value: Double?) -> String {
        guard let value else { return "" }
        let rounded = (value * 10).rounded() / 10
        if rounded == rounded.rounded() { return "\(Int(rounded))%" }
        return "\(rounded)%"
    }

    /// "$120m", "€1.5bn", "CHF 45k".
    public static func money(_ money: Money?) -> String {
        guard let money else { return "" }
        let symbols = ["USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥"]
        let prefix = symbols[money.currency] ?? (UntrustedText.sanitized(money.currency) + " ")
        let amount = money.amount
        let (scaled, suffix): (Double, String) =
            amount >= 1e9
            ? (amount / 1e9, "bn")
            : amount >= 1e6 ? (amount / 1e6, "m") : amount >= 1e3 ? (amount / 1e3, "k") : (amount, "")
        let rounded = (scaled * 10).rounded() / 10
        let number = rounded == rounded.rounded() ? "\(Int(rounded))" : "\(rounded)"
        return prefix + number + suffix
    }

    /// "2015-06", or "undated".
    public static func date(_ date: FactDate?) -> String { date?.description ?? "undated" }

    /// The first ten characters of an article date ("1987-02-26").
    public static func day(_ iso: String?) -> String { iso.map { String($0.prefix(10)) } ?? "" }

    /// A sanitised name.
    public static func name(_ ref: EntityRef?) -> String { ref.map { UntrustedText.sanitized($0.name) } ?? "" }

    /// "acquisition", "stake", "merger", shortened for narrow columns.
    public static func kind(_ kind: DealKind) -> String {
        switch kind {
        case .acquisition: return "acq."
        case .stake: return "stake"
        case .merger: return "merger"
        }
    }

    /// "Globex buys Initech from Acme · announced".
    public static func dealLine(_ deal: Deal) -> String {
        var text = deal.acquirer.map { name($0) + (deal.kind == .merger ? " merges with " : " buys ") } ?? "? buys "
        if deal.kind == .stake || (deal.percent != nil && deal.kind != .merger) {
            text += percent(deal.percent).isEmpty ? "a stake in " : percent(deal.percent) + " of "
        }
        text += name(deal.target)
        if let seller = deal.seller { text += " from " + name(seller) }
        if let price = deal.price { text += " for " + money(price) }
        return date(deal.date) + "  " + text + " · " + deal.status.rawValue
    }

    /// "→ Globex 37.6% · since 2010" (held) or "← Acme 37.6%" (held by others).
    public static func stakeLine(_ stake: Stake, held: Bool) -> String {
        let other = held ? name(stake.company) : name(stake.holder)
        var text = (held ? "→ " : "← ") + other
        let share = percent(stake.percent)
        if !share.isEmpty { text += " " + share }
        if let since = stake.since { text += " · since " + since.description }
        text += " · " + UntrustedText.sanitized(stake.evidence.articleID)
        return text
    }

    /// The stake as a sentence: "Acme holds 37.6% of Globex".
    public static func stakeSentence(_ stake: Stake) -> String {
        let share = percent(stake.percent)
        return name(stake.holder) + " holds " + (share.isEmpty ? "a stake in " : share + " of ") + name(stake.company)
    }

    /// "Jane Roe: “Wir wollen …”" or "Jane Roe (reported): dass …".
    public static func quoteLine(_ quote: Quote) -> String {
        let speaker =
            quote.speaker.map { name($0) }
            ?? quote.speakerDescription.map { UntrustedText.sanitized($0) } ?? "unnamed"
        let text = UntrustedText.sanitized(quote.text)
        return quote.direct ? speaker + ": “" + text + "”" : speaker + " (reported): " + text
    }
}
