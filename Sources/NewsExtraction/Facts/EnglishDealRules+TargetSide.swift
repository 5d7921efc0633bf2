import NewsModel

/// Deals told from the target's side or as a plan to sell: "X is the target of a takeover bid by Y", "X, the
/// target of an offer from Y", "Y put X up for sale", "X shareholders will receive 20 dlrs a share from Y under
/// the merger"; and the owners or board of a company acting for it ("Shareholders of X approved the merger").
extension EnglishDealRules {
    /// Nouns of a company's owners or board, who act for it.
    private static let bodyNouns: WordSet = ["shareholders", "stockholders", "holders", "board", "directors"]
    /// Verbs between a company and "the target of …".
    private static let targetCopulas: WordSet = ["is", "was", "became", "becomes", "become", "remains", "been"]
    /// Verbs of putting up for sale.
    private static let putVerbs: WordSet = ["put", "puts", "putting", "placed", "places"]
    /// Verbs of shareholders who are paid: "will receive 20 dlrs a share".
    private static let receiveVerbs: WordSet = ["receive", "receives", "received", "get", "gets"]

    /// "X is the target of a takeover bid by Y", "X, the target of a hostile offer from Y": Y bids for X (at
    /// the offer noun).
    func targetOfBid(_ trigger: Int, _ clause: Range<Int>, _ context: RoleContext) -> DealCandidate? {
        guard let of = view.span(max(clause.lowerBound, trigger - 7), trigger).last(where: { view.word($0) == "of" && view.word($0 - 1) == "target" }),
            !view.span(of + 1, trigger).contains(where: { view.items[$0].hasMention }),
            let buyer = view.party(after: trigger, in: clause, governedBy: ["by", "from"]), buyer.index <= trigger + 3,
            ["the", "a"].contains(view.word(of - 2))
        else { return nil }
        let before = of - 3
        var target: EntityID?
        if view.word(before) == ",", before >= 1, view.items[before - 1].isOrganisation, !view.isPossessive(before - 1) {
            target = view.items[before - 1].entity
        } else if Self.targetCopulas.contains(view.word(before)) {
            target = view.subject(of: before, in: clause, context: context)
        }
        guard let target, target != buyer.entity, view.items.contains(where: { $0.entity == target && $0.isOrganisation }) else { return nil }
        var deal = make(.acquisition, acquirer: buyer.entity, seller: nil, target: target, trigger: trigger, clause: clause, past: false)
        if deal.status == .announced || deal.status == .completed { deal.status = .planned }
        return deal
    }

    /// "Y put X up for sale", "Y has put up its X unit for sale", "X was put up for sale by Y": Y plans to sell X
    /// (at "sale").
    func putUpForSale(_ trigger: Int, _ clause: Range<Int>, _ context: RoleContext) -> DealCandidate? {
        guard view.word(trigger - 1) == "for",
            let put = view.span(max(clause.lowerBound, trigger - 10), trigger - 1).last(where: { Self.putVerbs.contains(view.word($0)) }),
            view.word(trigger - 2) == "up" || view.word(put + 1) == "up"
        else { return nil }
        var seller: EntityID?
        var target: EntityID?
        if let named = view.span(put + 1, trigger - 1).first(where: { view.items[$0].isOrganisation && !view.isPossessive($0) }) {
            target = view.items[named].entity
            seller = view.subject(of: put, in: clause, context: context)
        } else if view.isA(.passiveaux, put - 1) {
            target = view.subject(of: put, in: clause, context: context)
            seller = view.party(after: trigger, in: clause, governedBy: ["by"])?.entity
        }
        guard let target, seller != target else { return nil }
        var deal = make(.acquisition, acquirer: nil, seller: seller, target: target, trigger: trigger, clause: clause, past: false)
        deal.status = .planned
        return deal
    }

    /// "X shareholders will receive 20 dlrs a share from Y under the merger": Y buys X (at the deal noun).
    func shareholderPayout(_ trigger: Int, _ clause: Range<Int>, _ context: RoleContext) -> DealCandidate? {
        guard let receive = view.span(clause.lowerBound, clause.upperBound).first(where: { Self.receiveVerbs.contains(view.word($0)) }),
            let company = companyOfBody(before: receive, within: 3),
            view.quantities.contains(where: { $0.item > receive && $0.item <= receive + 3 && $0.quantity.money != nil }),
            let buyer = view.party(after: receive, in: clause, governedBy: ["from"], organisationOnly: true), buyer.index <= receive + 10,
            buyer.entity != company
        else { return nil }
        return make(.acquisition, acquirer: buyer.entity, seller: nil, target: company, trigger: trigger, clause: clause, past: false)
    }

    /// The company whose shareholders or board stand shortly before `index`: "X shareholders", "X's board",
    /// "shareholders of X", "the board of X".
    func companyOfBody(before index: Int, within distance: Int) -> EntityID? {
        let clause = view.clause(of: index)
        guard let body = view.span(max(clause.lowerBound, index - distance - 3), index).last(where: { Self.bodyNouns.contains(view.word($0)) && !view.items[$0].hasMention })
        else { return nil }
        if view.word(body + 1) == "of" {
            let named = view.word(body + 2) == "the" ? body + 3 : body + 2
            if named < index, view.items[named].isOrganisation, index - named <= distance { return view.items[named].entity }
            return nil
        }
        guard body >= 1, view.items[body - 1].isOrganisation, index - body <= distance else { return nil }
        return view.items[body - 1].entity
    }
}
