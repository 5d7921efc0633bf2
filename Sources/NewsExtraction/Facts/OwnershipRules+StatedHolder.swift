import NewsModel

extension OwnershipRules {
    /// Words in a clause that make a named stake change hands: "sold Y's 30 pct stake in X", "bought Y's stake".
    private static let transferWords: WordSet = ["sold", "sell", "sells", "selling", "sale", "bought", "buy", "buys", "buying", "acquire", "acquired", "acquires",
        "acquiring", "purchase", "purchased", "divest", "divested", "dispose", "disposal", "offload", "offloaded"]

    /// "Y's 30 pct stake in X is worth …", "Y's 51 pct holding in X": a possessor's stake with its percent before the
    /// noun is a current holding, unless the clause moves it ("sold Y's 30 pct stake in X").
    func possessivePercentStake(_ trigger: Int, _ clause: Range<Int>) -> StakeCandidate? {
        guard view.language == .english, view.word(trigger + 1) == "in",
            let amount = view.quantities.first(where: { $0.item < trigger && $0.item >= trigger - 3 }), let percent = amount.quantity.percent
        else { return nil }
        var owner = amount.item - 1
        if ["a", "the"].contains(view.word(owner)) { return nil }
        if owner >= clause.lowerBound, !view.items[owner].hasMention, ["existing", "current", "remaining", "combined"].contains(view.word(owner)) { owner -= 1 }
        guard owner >= clause.lowerBound, view.items[owner].isParty, view.isPossessive(owner), let holder = view.items[owner].entity,
            trigger + 2 < clause.upperBound, view.items[trigger + 2].isOrganisation, !view.isPossessive(trigger + 2), let company = view.items[trigger + 2].entity,
            !view.span(clause.lowerBound, clause.upperBound).contains(where: { Self.transferWords.contains(view.word($0)) || view.isA(.sell, $0) || view.isA(.salenoun, $0) })
        else { return nil }
        return StakeCandidate(holder: holder, company: company, percent: percent > 0 && percent <= 100 ? percent : nil, since: nil, sentence: view.sentence.index)
    }

    /// "Y is a 20 pct shareholder in X", "Y, a 20 pct shareholder of X, said", "Y became X's largest shareholder with
    /// 25 pct": the holder is the copula's subject or the name before the apposition.
    func statedShareholder(_ trigger: Int, _ clause: Range<Int>, _ context: RoleContext) -> StakeCandidate? {
        guard view.language == .english else { return nil }
        var company: EntityID?
        var percent: Double?
        var lead = trigger - 1
        if ["in", "of"].contains(view.word(trigger + 1)), trigger + 2 < view.items.count, view.items[trigger + 2].isOrganisation, !view.isPossessive(trigger + 2) {
            // "a 20 pct shareholder in X".
            guard let amount = view.quantities.first(where: { $0.item < trigger && $0.item >= trigger - 3 }), let stated = amount.quantity.percent,
                ["a", "an"].contains(view.word(amount.item - 1))
            else { return nil }
            company = view.items[trigger + 2].entity
            percent = stated
            lead = amount.item - 2
        } else {
            // "became X's largest shareholder with 25 pct".
            var position = trigger - 1
            while position > clause.lowerBound, trigger - position <= 2, ["largest", "biggest", "major", "main", "principal", "single", "controlling"].contains(view.word(position)) {
                position -= 1
            }
            guard position < trigger - 1, position >= 1, view.items[position].isOrganisation, view.isPossessive(position) else { return nil }
            company = view.items[position].entity
            lead = position - 1
            if view.word(trigger + 1) == "with" { percent = view.quantities.first { $0.item > trigger + 1 && $0.item <= trigger + 4 }?.quantity.percent }
        }
        guard let company else { return nil }
        var holder: EntityID?
        if view.word(lead) == ",", lead >= 1, view.items[lead - 1].isParty, !view.isPossessive(lead - 1) {
            holder = view.items[lead - 1].entity
        } else if ["is", "was", "became", "becomes", "remains", "remained"].contains(view.word(lead)) {
            holder = view.subject(of: lead, in: view.clause(of: lead), context: context)
        }
        guard let holder, holder != company else { return nil }
        return StakeCandidate(holder: holder, company: company, percent: percent.flatMap { $0 > 0 && $0 <= 100 ? $0 : nil }, since: nil, sentence: view.sentence.index)
    }
}
