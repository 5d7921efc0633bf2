import NewsModel

/// Corrections of an English deal from the words around its trigger: a denied deal is none; a terminated,
/// rejected or merely permitted one is no more than proposed; buying "the remaining" shares, or a merger that
/// brings the holding to 100 pct, is an acquisition; "a third of X" is a stake with its percent; merging a
/// subsidiary with X acquires X.
extension EnglishDealRules {
    /// Words that deny a deal ("denied it would be sold to Y"): no fact.
    static let denialWords: WordSet = ["denied", "denies", "deny", "denying"]

    /// Words that end or refuse a deal before it is done ("terminated its agreement to acquire X", "rejected
    /// Y's bid"): the deal stays a proposal.
    static let endingWords: WordSet = [
        "terminated", "terminate", "terminates", "terminating", "ended", "end", "ends", "cancelled", "canceled", "cancels", "abandoned",
        "abandons", "scrapped", "scraps", "withdrew", "withdrawn", "withdraws", "rejected", "rejects", "rebuffed", "spurned", "collapsed",
        "failed", "blocked", "thwarted", "dropped", "drops",
    ]

    /// Two-word endings: "called off", "broke off".
    static let endingParticleVerbs: WordSet = ["called", "calls", "broke", "breaks", "broken", "call"]

    /// Words before "to" that make the deal a right or a permission, not a deal done: "an option to buy",
    /// "filings to permit it to increase its stake".
    static let permissionWords: WordSet = [
        "permit", "permits", "permitted", "permission", "allow", "allows", "allowed", "option", "options", "right", "rights", "warrant", "warrants",
    ]

    /// Approvals plan only a stake raise ("clearance to raise his stake"); an approved acquisition is agreed.
    static let approvalWords: WordSet = ["approval", "clearance", "authorization", "authorisation"]

    /// Fractions read as percents ("one third of X" → 33.33).
    static let fractions: [String: Double] = [
        "half": 50, "third": 33.33, "thirds": 66.67, "quarter": 25, "quarters": 75, "fifth": 20, "one-third": 33.33, "two-thirds": 66.67,
        "one-half": 50, "one-quarter": 25, "one-fifth": 20, "three-quarters": 75,
    ]

    /// The deal after the corrections, or nil when the sentence denies it.
    func refine(_ deal: DealCandidate, trigger: Int, clause: Range<Int>) -> DealCandidate? {
        var deal = deal
        let before = view.span(max(clause.lowerBound, trigger - 8), trigger)
        // "denied it would be sold to Y" (not "denied reports that it raised its offer for X": the offer stands).
        if let denial = before.last(where: { Self.denialWords.contains(view.word($0)) }),
            !view.span(denial + 1, trigger).contains(where: { view.isA(.raise, $0) || view.isA(.reduce, $0) })
        {
            return nil
        }
        if deal.status != .rumoured, endsBefore(trigger, clause) { deal.status = .planned }
        if deal.status == .announced || deal.status == .completed, view.word(trigger - 1) == "to",
            let permission = view.span(max(clause.lowerBound, trigger - 6), trigger).last(where: {
                Self.permissionWords.contains(view.word($0)) || view.isA(.raise, trigger) && Self.approvalWords.contains(view.word($0))
            }),
            // "exercised an option to buy X": the right is used, the deal done.
            !view.span(max(clause.lowerBound, permission - 4), trigger).contains(where: { view.word($0).hasPrefix("exercis") })
        {
            deal.status = .planned
        }
        let targetIndex = view.span(trigger + 1, clause.upperBound).first { view.items[$0].entity == deal.target }
        if deal.kind == .stake, view.isA(.buy, trigger) || view.isA(.takeovernoun, trigger), let targetIndex,
            view.span(trigger + 1, targetIndex).contains(where: { ["remaining", "rest", "remainder", "balance"].contains(view.word($0)) })
        {
            // "acquired the remaining 40 pct of X": the buyer now owns all of X.
            deal.kind = .acquisition
            deal.percent = nil
            deal.resultingPercent = nil
        }
        if deal.kind != .merger, let targetIndex, let unit = namedUnit(after: targetIndex), unit != deal.acquirer {
            // "a bid for Y unit X": X is bought, from its parent Y.
            deal.seller = deal.seller ?? deal.target
            deal.target = unit
        }
        if view.sentence.paragraph == 0, isUpperCase(trigger), deal.kind != .merger, let buyer = deal.acquirer, unitOf(buyer, before: trigger) {
            // A headline "X UNIT TO BUY Y": the buyer is X's unit, which the body names; the headline leaves it open.
            deal.acquirer = nil
        }
        if deal.kind != .merger, let planner = plannedBy(trigger), planner != deal.target { deal.acquirer = planner }
        if deal.kind != .merger, deal.percent == nil, let targetIndex, let fraction = fraction(in: view.span(trigger + 1, targetIndex)) {
            deal.kind = .stake
            deal.percent = fraction
        }
        if deal.kind == .merger, let whole = holdingRaisedToAll(after: trigger, clause), whole {
            // "completed its merger with X, raising its holding to 100 pct": the rest of X was bought.
            deal.kind = .acquisition
            deal.resultingPercent = 100
        }
        if deal.kind == .merger, let (buyer, bought) = buyerUnderMerger(deal, after: trigger) {
            // "signed a merger agreement under which X will pay 800 mln dlrs for all Y shares": X acquires Y.
            deal.kind = .acquisition
            deal.acquirer = buyer
            deal.target = bought
        }
        if deal.kind == .merger, mergesASubsidiary(trigger, clause) {
            // "merge a new wholly-owned subsidiary with X": the parent acquires X.
            deal.kind = .acquisition
        }
        return deal
    }

    /// "a merger agreement under which X will pay … for all outstanding Y shares", "… under which X will acquire
    /// Y": the party that pays or buys, and the other.
    private func buyerUnderMerger(_ deal: DealCandidate, after trigger: Int) -> (EntityID, EntityID)? {
        guard let partner = deal.acquirer,
            let under = view.span(trigger + 1, min(view.items.count, trigger + 6)).first(where: { view.word($0) == "under" && view.word($0 + 1) == "which" }),
            let buyerIndex = view.span(under + 2, min(view.items.count, under + 4)).first(where: { view.items[$0].isOrganisation }),
            let buyer = view.items[buyerIndex].entity, buyer == partner || buyer == deal.target
        else { return nil }
        let other = buyer == partner ? deal.target : partner
        guard let verb = view.span(buyerIndex + 1, min(view.items.count, buyerIndex + 4)).first(where: { view.isA(.buy, $0) || ["pay", "pays", "paying"].contains(view.word($0)) }),
            view.span(verb + 1, min(view.items.count, verb + 15)).contains(where: { view.items[$0].entity == other })
        else { return nil }
        return (buyer, other)
    }

    /// Whether a unit noun follows the buyer's name before the trigger ("X UNIT TO BUY Y", "X <XX> unit buys Y").
    private func unitOf(_ buyer: EntityID, before trigger: Int) -> Bool {
        guard let index = view.span(0, trigger).first(where: { view.items[$0].entity == buyer }),
            // "its Y unit": Y is the unit itself, named.
            !["its", "their"].contains(view.word(index - 1)), !(index >= 1 && view.items[index - 1].hasMention && view.isPossessive(index - 1))
        else { return false }
        var next = index + 1
        if view.word(next) == "<", let close = view.span(next, min(trigger, next + 5)).first(where: { view.word($0) == ">" }) { next = close + 1 }
        return next < trigger && view.isA(.unitnoun, next) && !view.word(next).hasSuffix("s")
    }

    /// Whether the trigger is written in capitals, as in a wire headline ("X UNIT TO BUY Y").
    private func isUpperCase(_ index: Int) -> Bool {
        let text = view.tokens[view.items[index].tokens.lowerBound].text
        return text.count > 1 && text == text.uppercased()
    }

    /// "Y unit X", "Y subsidiary <X>": the unit named right after its parent.
    private func namedUnit(after parent: Int) -> EntityID? {
        guard !view.isPossessive(parent), ["unit", "subsidiary", "affiliate", "division"].contains(view.word(parent + 1)) else { return nil }
        var index = parent + 2
        if view.transparent(index) { index += 1 }
        guard index < view.items.count, view.items[index].isOrganisation, let unit = view.items[index].entity, unit != view.items[parent].entity else { return nil }
        return unit
    }

    /// "Y's plans for a 10 bln dlr bid": the genitive before a plan word makes the bid.
    private func plannedBy(_ trigger: Int) -> EntityID? {
        guard view.items[trigger].mask & FactWordClass.nounMask != 0,
            let forIndex = view.span(max(0, trigger - 8), trigger).last(where: { view.word($0) == "for" }),
            view.span(forIndex + 1, trigger).allSatisfy({ !view.items[$0].hasMention }),
            ["plans", "plan", "proposal", "proposals", "intention", "preparations"].contains(view.word(forIndex - 1)), forIndex >= 2,
            view.items[forIndex - 2].isParty, view.isPossessive(forIndex - 2)
        else { return nil }
        return view.items[forIndex - 2].entity
    }

    /// Whether an ending word ("terminated", "called off", "rejected") governs the trigger in its clause.
    /// Words that stop the search for an ending word after the deal.
    private static let endingStops: WordSet = [",", ";", "and", "but", "which", "that"]
    private static let commaMarks: WordSet = [",", ";"]
    /// Nouns before "ended", "dropped": the year or the shares end or drop, not a deal.
    private static let notEndedNouns: WordSet = ["year", "quarter", "period", "month", "months", "weeks", "shares", "stock", "price", "prices"]

    private func endsBefore(_ trigger: Int, _ clause: Range<Int>) -> Bool {
        // "its agreement to acquire X has been terminated": the ending word after the deal, past a passive.
        for index in view.span(trigger + 1, min(view.items.count, trigger + 12)) where !view.items[index].hasMention {
            let word = view.word(index)
            if Self.endingStops.contains(word) || view.isA(.buy, index) || view.isA(.sell, index) { break }
            if Self.endingWords.contains(word) || Self.endingParticleVerbs.contains(word) && view.word(index + 1) == "off" {
                if view.isA(.passiveaux, index - 1) || view.isA(.passiveaux, index - 2) { return true }
            }
        }
        for index in view.span(max(clause.lowerBound, trigger - 8), trigger) where !view.items[index].hasMention {
            // "rejected the offer, calling it an attempt to block its takeover of X": the ending stops at a comma
            // or another verb.
            if view.span(index + 1, trigger).contains(where: { Self.commaMarks.contains(view.word($0)) || view.word($0).hasSuffix("ing") && !view.items[$0].hasMention }) {
                continue
            }
            let word = view.word(index)
            if Self.endingWords.contains(word) {
                // "ended talks", "dropped its bid": not "the year ended" nor "shares dropped".
                if Self.notEndedNouns.contains(view.word(index - 1)) { continue }
                return true
            }
            if Self.endingParticleVerbs.contains(word), view.word(index + 1) == "off" { return true }
        }
        return false
    }

    /// The percent a fraction names in a phrase ("one third of", "a third of", "half of", "two-thirds of").
    func fraction(in range: Range<Int>) -> Double? {
        for index in range where !view.items[index].hasMention {
            let word = view.word(index)
            guard let value = Self.fractions[word], view.word(index + 1) == "of" || view.word(index + 1) == "interest" || view.isA(.stakenoun, index + 1) else { continue }
            // "half of its stake in X": a part of a holding, not of the company.
            if view.word(index + 1) == "of", ["its", "their", "his", "her"].contains(view.word(index + 2)) { continue }
            let previous = view.word(index - 1)
            if word == "third" || word == "quarter" || word == "fifth" {
                guard ["one", "a", "an"].contains(previous) else { continue }
            }
            if word == "thirds" || word == "quarters" {
                guard ["two", "three"].contains(previous) else { continue }
                return word == "thirds" ? (previous == "two" ? 66.67 : 100) : (previous == "three" ? 75 : 50)
            }
            return value
        }
        return nil
    }

    /// Whether "raising its holding/stake to 100 pct" follows the trigger in the sentence.
    private func holdingRaisedToAll(after trigger: Int, _ clause: Range<Int>) -> Bool? {
        for entry in view.quantities where entry.item > trigger && entry.item <= trigger + 16 {
            guard let percent = entry.quantity.percent, percent >= 100, view.word(entry.item - 1) == "to" else { continue }
            if view.span(max(trigger, entry.item - 5), entry.item).contains(where: { view.isA(.stakenoun, $0) || view.isA(.raise, $0) || view.word($0).hasPrefix("bring") }) {
                return true
            }
        }
        return nil
    }

    /// Whether a merge verb takes a subsidiary as its object ("merge a new wholly-owned subsidiary with X").
    private func mergesASubsidiary(_ trigger: Int, _ clause: Range<Int>) -> Bool {
        let verb = view.isA(.merge, trigger) ? trigger : view.span(clause.lowerBound, trigger).last { view.isA(.merge, $0) }
        guard let verb, let unit = view.span(verb + 2, min(clause.upperBound, verb + 6)).first(where: { view.isA(.unitnoun, $0) }) else { return false }
        return mergesNewUnit(verb: verb, unit: unit)
    }

    /// "merge a (new, wholly owned) subsidiary", "merged its wholly owned subsidiary": one unit (not "its four
    /// banking subsidiaries", not "its X unit into its Y unit") that stands for the parent.
    func mergesNewUnit(verb: Int, unit: Int) -> Bool {
        let article = view.word(verb + 1)
        // "its trading arm" merges inside the group as a partner; "its new subsidiary", "its wholly owned
        // subsidiary" stand for the parent.
        let parentWords: Set<String> = ["new", "newly", "wholly", "wholly-owned", "newly-formed", "acquisition"]
        guard ["a", "an"].contains(article) || ["its", "their"].contains(article) && view.span(verb + 2, unit).contains(where: { parentWords.contains(view.word($0)) }),
            !view.word(unit).hasSuffix("s") || view.word(unit) == "business",
            view.span(verb + 1, unit).allSatisfy({ !view.items[$0].hasMention })
        else { return false }
        // "its X unit into its Y unit": a merger inside the group.
        if ["its", "their"].contains(article), view.span(unit + 1, min(view.items.count, unit + 4)).contains(where: { ["its", "their"].contains(view.word($0)) }) {
            return false
        }
        return true
    }
}
