import NewsModel

/// German deal forms the per-verb rules of ``GermanDealRules`` leave, read once the sentence's deals are
/// known: a bid priced per share ("bietet 45 Euro je Aktie für X"), all shares of a company bought ("übernimmt
/// sämtliche Anteile an X", an acquisition) and a raise named by its company alone ("stockt bei X auf 51 Prozent
/// auf"). The percent of an entry told in the next clause is read by the entry rule itself.
extension GermanDealRules {
    /// Adds to or completes `deals`, the deals found in the sentence so far.
    func amendDeals(_ deals: inout [DealCandidate], _ stakes: inout [StakeCandidate], _ context: RoleContext) {
        for clause in view.clauses {
            for trigger in clause where !view.items[trigger].hasMention {
                let word = view.word(trigger)
                if Self.perShareBidVerbs.contains(word) {
                    if let deal = perShareBid(trigger, clause, context), !deals.contains(where: { $0.target == deal.target }) { deals.append(deal) }
                } else if Self.raiseParticleVerbs.contains(word) {
                    if let (deal, stake) = raiseAtCompany(trigger, clause, context), !deals.contains(where: { $0.target == deal.target }) {
                        deals.append(deal)
                        stakes.append(stake)
                    }
                } else if Self.wholeBuyVerbs.contains(word) {
                    if let deal = allSharesBought(trigger, clause, context), !deals.contains(where: { $0.target == deal.target }) { deals.append(deal) }
                }
            }
        }
    }

    /// Verbs of raising a holding with the particle "auf".
    private static let raiseParticleVerbs: Set<String> = ["stockt", "stockte", "aufgestockt"]

    /// "Y stockt bei der X auf 51 Prozent auf", "Y hat bei X auf 40 Prozent aufgestockt": a stake deal with the
    /// holding after it, when the clause names no stake noun (those are read by the raise rule).
    private func raiseAtCompany(_ trigger: Int, _ clause: Range<Int>, _ context: RoleContext) -> (DealCandidate, StakeCandidate)? {
        guard !view.isNegated(trigger, in: clause), !clause.contains(where: { view.isA(.stakenoun, $0) }),
            let holder = subject(trigger, clause, context),
            let company = organisations(in: clause, governedBy: ["bei", "beim"], excluding: [holder]).first,
            let entry = view.quantities.first(where: { $0.item > company.index && clause.contains($0.item) && $0.quantity.percent != nil }),
            view.word(entry.item - 1) == "auf", let percent = entry.quantity.percent, percent <= 100
        else { return nil }
        var deal = make(percent < 100 ? .stake : .acquisition, acquirer: holder, seller: nil, target: company.entity, trigger: trigger, clause: clause)
        if percent < 100 { deal.resultingPercent = percent }
        return (deal, StakeCandidate(holder: holder, company: company.entity, percent: percent, since: nil, sentence: view.sentence.index))
    }

    /// Verbs of a bid that may name the price per share.
    private static let perShareBidVerbs: Set<String> = ["bietet", "bieten", "bot", "boten"]

    /// Verbs of buying that "sämtliche Anteile an X" may follow.
    private static let wholeBuyVerbs: Set<String> = ["übernimmt", "übernahm", "kauft", "kaufte", "erwirbt", "erwarb", "übernommen", "gekauft", "erworben"]

    /// "Y bietet 45 Euro je Aktie für X": a planned acquisition of X by Y, the amount right after the verb.
    private func perShareBid(_ trigger: Int, _ clause: Range<Int>, _ context: RoleContext) -> DealCandidate? {
        guard !view.isNegated(trigger, in: clause),
            let target = organisations(in: clause, governedBy: ["für"], excluding: []).first(where: { $0.index > trigger && $0.index <= trigger + 8 }),
            view.quantities.contains(where: { $0.item > trigger && $0.item < target.index && $0.quantity.money != nil && $0.quantity.perShare }),
            let buyer = subject(trigger, clause, context), buyer != target.entity
        else { return nil }
        var deal = make(.acquisition, acquirer: buyer, seller: nil, target: target.entity, trigger: trigger, clause: clause)
        deal.status = .planned
        return deal
    }

    /// "Y übernimmt sämtliche Anteile an X", "Y hat alle Aktien der X gekauft": Y acquires X.
    private func allSharesBought(_ trigger: Int, _ clause: Range<Int>, _ context: RoleContext) -> DealCandidate? {
        guard !view.isNegated(trigger, in: clause),
            let quantifier = clause.first(where: { ["sämtliche", "alle"].contains(view.word($0)) }),
            view.isA(.stakenoun, quantifier + 1) || view.isA(.sharenoun, quantifier + 1),
            let buyer = subject(trigger, clause, context),
            let target = organisations(in: clause, governedBy: ["an", "am"], excluding: [buyer]).first(where: { $0.index > quantifier + 1 && $0.index <= quantifier + 5 })
                ?? genitiveTarget(after: quantifier + 1, clause, excluding: buyer)
        else { return nil }
        // The verb and the shares belong together: the verb before them in the clause, or a participle after.
        guard trigger < quantifier || trigger > target.index else { return nil }
        return make(.acquisition, acquirer: buyer, seller: nil, target: target.entity, trigger: trigger, clause: clause)
    }

    /// "alle Aktien der X": the company named right after the shares' genitive article.
    private func genitiveTarget(after noun: Int, _ clause: Range<Int>, excluding buyer: EntityID) -> (index: Int, entity: EntityID)? {
        let index = noun + 2
        guard clause.contains(index), ["der", "des"].contains(view.word(noun + 1)), view.items[index].isOrganisation,
            let entity = view.items[index].entity, entity != buyer
        else { return nil }
        return (index, entity)
    }
}
