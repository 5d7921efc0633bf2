import NewsModel

/// English deals for a company's own shares: a company that sells shares of its own to a buyer ("X said it sold
/// 1.2 mln new shares to Y": Y buys a part of X), with the holding that the next sentence states ("Y now has a 27
/// pct interest in X") as the deal's resulting percent; and a bid per share for all of a company's stock ("will
/// offer 18.50 dlrs per share for all of X's outstanding common stock").
extension EnglishDealRules {
    /// Words that may stand between the count and "shares": "1.2 mln new common shares", "two mln of its shares".
    private static let ownShareFillers: WordSet = ["new", "common", "of", "its", "treasury", "additional", "newly", "issued", "unissued", "authorized", "preferred", "ordinary"]

    /// "X sold 1.2 mln (new) shares to Y": a stake deal, Y buying into X, the seller's own company.
    func ownSharesSold(_ trigger: Int, _ clause: Range<Int>, _ context: RoleContext) -> DealCandidate? {
        guard view.isA(.sell, trigger), ownSharesCount(after: trigger) else { return nil }
        var position = trigger + 2
        while position < clause.upperBound, position <= trigger + 7, !view.items[position].hasMention, !view.isA(.sharenoun, position) {
            let word = view.word(position)
            guard ["mln", "million", "billion", "bln"].contains(word) || Self.ownShareFillers.contains(word) else { return nil }
            position += 1
        }
        guard view.isA(.sharenoun, position), view.word(position) != "stock" || view.word(position - 1) == "common" else { return nil }
        var to = position + 1
        // "shares of its common stock to Y".
        if view.word(to) == "of", view.word(to + 1) == "its" {
            to += 2
            while to < clause.upperBound, ["common", "stock", "preferred"].contains(view.word(to)) { to += 1 }
        }
        guard view.word(to) == "to", to + 1 < clause.upperBound, view.items[to + 1].isParty, !view.isPossessive(to + 1), let buyer = view.items[to + 1].entity,
            let company = view.subject(of: trigger, in: clause, context: context), company != buyer,
            view.items.contains(where: { $0.entity == company && $0.mention?.kind == .company })
        else { return nil }
        return make(.stake, acquirer: buyer, seller: nil, target: company, trigger: trigger, clause: clause, past: view.word(trigger).hasSuffix("ed") || view.word(trigger) == "sold")
    }

    /// A completed stake deal with no percent takes the holding that its own sentence or the one right after it states for the
    /// same buyer and company ("… sold 1.2 mln shares to Y. Y now has a 27 pct interest in X").
    static func takeFollowingHoldings(_ deals: inout [DealCandidate], _ stakes: [StakeCandidate]) {
        // Only a purchase told as done: a planned one ("may buy more X stock") leaves the stated holding as it is.
        for index in deals.indices where deals[index].kind == .stake && deals[index].status == .completed && deals[index].reportedPercent == nil {
            guard let buyer = deals[index].acquirer,
                let held = stakes.first(where: { $0.holder == buyer && $0.company == deals[index].target && ($0.sentence == deals[index].sentence || $0.sentence == deals[index].sentence + 1) && $0.percent != nil })
            else { continue }
            deals[index].resultingPercent = held.percent
        }
    }
}

extension SentenceView {
    /// The company of "for all of X's (outstanding) (common) stock" or "for all (the) (outstanding) shares of X" after
    /// "for" at `forIndex`: the whole company bid for.
    func wholeShareTarget(after forIndex: Int, _ clause: Range<Int>) -> (index: Int, entity: EntityID)? {
        guard word(forIndex + 1) == "all" else { return nil }
        var position = forIndex + 2
        if word(position) == "of" { position += 1 }
        if word(position) == "the" { position += 1 }
        if position < clause.upperBound, items[position].isOrganisation, isPossessive(position), let entity = items[position].entity {
            // "all of X's outstanding common stock".
            var next = position + 1
            if word(next) == "<", let close = span(next, min(clause.upperBound, next + 5)).first(where: { word($0) == ">" }) { next = close + 1 }
            while next < clause.upperBound, ["outstanding", "common", "issued", "ordinary"].contains(word(next)) { next += 1 }
            return isA(.sharenoun, next) || word(next) == "capital" ? (position, entity) : nil
        }
        // "all outstanding shares of X", "all the issued capital of X".
        while position < clause.upperBound, ["outstanding", "common", "issued", "ordinary", "remaining"].contains(word(position)) { position += 1 }
        guard isA(.sharenoun, position) || word(position) == "capital", word(position + 1) == "of" else { return nil }
        var name = position + 2
        if word(name) == "<" { name += 1 }
        guard name < clause.upperBound, items[name].isOrganisation, !isPossessive(name), let entity = items[name].entity else { return nil }
        return (name, entity)
    }
}
