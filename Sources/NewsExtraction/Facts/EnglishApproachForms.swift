import NewsModel

/// English bid frames of British and wire news that name the bidder and the company in other words than a
/// deal verb: "Y will pay 4bn dollars for X", "Y's offer values X at 2bn pounds", "Y approached X about a
/// takeover", "X received a takeover approach from Y", "Y won the takeover battle for X", and "Shares in X
/// rose after Y launched a takeover bid" or "… following an offer from Y".
struct EnglishApproachForms: Sendable {
    let view: SentenceView

    /// The frame a word leads.
    enum Lead: Sendable { case pay, values, approached, approachNoun, battle, bid }

    /// The words that lead these frames (``EnglishRelationForms`` looks them up with its own).
    static let leads: [String: Lead] = [
        "pay": .pay, "pays": .pay, "paid": .pay, "paying": .pay,
        "values": .values, "valued": .values, "valuing": .values,
        "approached": .approached, "approaches": .approached,
        "approach": .approachNoun,
        "battle": .battle, "race": .battle, "fight": .battle, "contest": .battle, "auction": .battle,
        "bid": .bid, "offer": .bid,
    ]

    /// Nouns of a bid: "offer", "bid", "proposal", "approach", "takeover".
    private static let bidNouns: WordSet = ["offer", "bid", "proposal", "approach", "takeover", "deal", "proposals", "offers", "bids"]
    /// What an approach is about: "about a takeover", "over a possible merger".
    private static let aboutWords: WordSet = ["about", "over", "regarding", "concerning", "with"]
    /// Verbs of a bidder who starts a bid.
    private static let launchVerbs: WordSet = ["launched", "launches", "made", "makes", "tabled", "tables", "lodged", "lodges", "announced", "announces", "unveiled", "unveils"]

    /// The deal of the frame that the word at `index` leads, if any.
    func deal(_ lead: Lead, at index: Int, _ clause: Range<Int>, _ context: RoleContext) -> DealCandidate? {
        let found: DealCandidate?
        switch lead {
        case .pay: found = paidFor(index, clause, context)
        case .values: found = offerValues(index, clause)
        case .approached: found = approached(index, clause, context)
        case .approachNoun: found = approachFrom(index, clause, context)
        case .battle: found = battleFor(index, clause, context)
        case .bid: found = view.word(0) == "shares" || view.word(0) == "stock" ? bidAfterShares(index, clause, context) : nil
        }
        guard let found, found.acquirer != found.target else { return nil }
        return found
    }

    private func organisation(at index: Int, _ clause: Range<Int>) -> (index: Int, entity: EntityID)? {
        var position = index
        while position < clause.upperBound, ["the", "rival", "its", "their"].contains(view.word(position)) || view.transparent(position) { position += 1 }
        guard position < clause.upperBound, view.items[position].isOrganisation, !view.isPossessive(position), let entity = view.items[position].entity else { return nil }
        return (position, entity)
    }

    private func bid(_ acquirer: EntityID, _ target: EntityID, at trigger: Int, _ clause: Range<Int>, completed: Bool = false) -> DealCandidate {
        var deal = EnglishDealRules(view: view).make(.acquisition, acquirer: acquirer, seller: nil, target: target, trigger: trigger, clause: clause, past: completed)
        if !completed, deal.status == .announced || deal.status == .completed { deal.status = .planned }
        return deal
    }

    /// "Y will pay 4bn dollars for X", "Y paid 120 mln dlrs for X": a payment for a named company (not per share).
    private func paidFor(_ trigger: Int, _ clause: Range<Int>, _ context: RoleContext) -> DealCandidate? {
        guard let amount = view.quantities.first(where: { $0.item > trigger && $0.item <= trigger + 3 }), case .money = amount.quantity.kind, !amount.quantity.perShare,
            let forIndex = view.span(amount.item + 1, min(clause.upperBound, amount.item + 5)).first(where: { view.word($0) == "for" }),
            let target = organisation(at: forIndex + 1, clause), target.index <= forIndex + 2,
            let acquirer = view.subject(of: trigger, in: clause, context: context)
        else { return nil }
        let paid = view.word(trigger) == "paid" && !view.isA(.passiveaux, trigger - 1)
        return bid(acquirer, target.entity, at: trigger, clause, completed: paid)
    }

    /// "Y's offer values X at 2bn pounds", "the bid from Y valued X at …".
    private func offerValues(_ trigger: Int, _ clause: Range<Int>) -> DealCandidate? {
        let noun = trigger - 1
        guard Self.bidNouns.contains(view.word(noun)), let target = organisation(at: trigger + 1, clause), target.index <= trigger + 2 else { return nil }
        var acquirer: EntityID?
        var before = noun - 1
        while before >= clause.lowerBound, noun - before <= 4, !view.items[before].hasMention { before -= 1 }
        if before >= clause.lowerBound, view.items[before].isParty, view.isPossessive(before) { acquirer = view.items[before].entity }
        guard let acquirer else { return nil }
        return bid(acquirer, target.entity, at: trigger, clause)
    }

    /// "Y approached X about a takeover", "Y has approached X over a possible merger".
    private func approached(_ trigger: Int, _ clause: Range<Int>, _ context: RoleContext) -> DealCandidate? {
        guard let target = organisation(at: trigger + 1, clause), target.index <= trigger + 2, Self.aboutWords.contains(view.word(target.index + 1)),
            view.span(target.index + 2, min(clause.upperBound, target.index + 6)).contains(where: { view.isA(.takeovernoun, $0) || view.isA(.offernoun, $0) || view.isA(.mergernoun, $0) }),
            let acquirer = view.subject(of: trigger, in: clause, context: context)
        else { return nil }
        return bid(acquirer, target.entity, at: trigger, clause)
    }

    /// "X received a takeover approach from Y", "an approach from Y": Y bids for the clause's subject.
    private func approachFrom(_ trigger: Int, _ clause: Range<Int>, _ context: RoleContext) -> DealCandidate? {
        guard view.word(trigger + 1) == "from", let bidder = organisation(at: trigger + 2, clause), bidder.index <= trigger + 3,
            view.isA(.takeovernoun, trigger - 1) || view.isA(.mergernoun, trigger - 1) || view.word(trigger - 1) == "bid",
            let target = view.subject(of: trigger, in: clause, context: context), target != bidder.entity,
            view.items.contains(where: { $0.entity == target && $0.isOrganisation })
        else { return nil }
        return bid(bidder.entity, target, at: trigger, clause)
    }

    /// "Y won the takeover battle for X", "Y is in the race for X": the subject competes to buy X; "won" is done.
    private func battleFor(_ trigger: Int, _ clause: Range<Int>, _ context: RoleContext) -> DealCandidate? {
        guard view.isA(.takeovernoun, trigger - 1) || view.word(trigger - 1) == "bidding", view.word(trigger + 1) == "for",
            let target = organisation(at: trigger + 2, clause), let acquirer = view.subject(of: trigger, in: clause, context: context)
        else { return nil }
        let won = view.span(clause.lowerBound, trigger).contains { view.word($0) == "won" }
        var deal = bid(acquirer, target.entity, at: trigger, clause)
        if won { deal.status = .announced }
        return deal
    }

    /// "Shares in X rose 5% after Y launched a takeover bid": a bid with no company named after it is for the
    /// company whose shares open the sentence.
    private func bidAfterShares(_ trigger: Int, _ clause: Range<Int>, _ context: RoleContext) -> DealCandidate? {
        guard ["shares", "stock"].contains(view.word(0)), ["in", "of"].contains(view.word(1)), let target = organisation(at: 2, view.span(0, view.items.count)) else { return nil }
        // "Shares in X rose … following a new offer from Y".
        if view.word(trigger + 1) == "from", trigger + 2 < clause.upperBound, view.items[trigger + 2].isParty, let bidder = view.items[trigger + 2].entity,
            bidder != target.entity
        {
            return bid(bidder, target.entity, at: trigger, clause)
        }
        guard !["for", "of", "to", "from"].contains(view.word(trigger + 1)),
            let verb = view.span(max(clause.lowerBound, trigger - 4), trigger).last(where: { Self.launchVerbs.contains(view.word($0)) }),
            verb - 1 >= 0, view.items[verb - 1].isOrganisation || view.word(verb - 1) == "has" && verb >= 2 && view.items[verb - 2].isOrganisation,
            let acquirer = view.items[view.items[verb - 1].isOrganisation ? verb - 1 : verb - 2].entity, acquirer != target.entity
        else { return nil }
        return bid(acquirer, target.entity, at: trigger, clause)
    }
}
