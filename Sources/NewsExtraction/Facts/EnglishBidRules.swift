import NewsModel

/// English deal forms the main verb and noun rules leave out: a fraction bought ("acquired one third of
/// X"), a proposal for "the company" ("rejected a proposal by Y to acquire the company"), an offer for all
/// of a company's shares ("received an offer … for all of its shares from Y"), a tender offer with shares
/// tendered, a target named by a description ("the airline's agreement to be acquired by Y"), a buyer in
/// an apposition's relative clause ("Y, a Russian firm that is merging with Z") and coordinated buyers
/// ("A and B agreed to buy X").
extension EnglishDealRules {
    /// Deals the main rules found none for at this trigger.
    func fallbackDeal(_ trigger: Int, _ clause: Range<Int>, _ context: RoleContext) -> DealCandidate? {
        if view.isA(.buy, trigger) || view.isA(.sell, trigger) {
            return fractionDeal(trigger, clause, context) ?? proposalForTheCompany(trigger, clause, context)
        }
        if view.isA(.offernoun, trigger) {
            return offerForAllShares(trigger, clause, context) ?? tenderedShares(trigger, clause, context) ?? targetOfBid(trigger, clause, context)
                ?? shareholderPayout(trigger, clause, context)
        }
        if view.isA(.merge, trigger) { return mergedSubsidiary(trigger, clause, context) ?? mergedTheTwo(trigger, clause) }
        if view.isA(.takeovernoun, trigger) || view.isA(.mergernoun, trigger) {
            return receivedProposal(trigger, clause, context) ?? proposalFrom(trigger, clause, context) ?? shareholderPayout(trigger, clause, context)
        }
        if view.isA(.salenoun, trigger) { return putUpForSale(trigger, clause, context) }
        return nil
    }

    /// "X said it has received Y's 46 dlrs a share acquisition proposal", "X rejected Y's merger offer": Y bids for X.
    private func receivedProposal(_ trigger: Int, _ clause: Range<Int>, _ context: RoleContext) -> DealCandidate? {
        let replies: Set<String> = ["received", "receives", "rejected", "rejects", "rebuffed", "spurned", "accepted", "accepts", "welcomed", "studying", "examining", "reviewing"]
        guard ["proposal", "proposals", "offer", "offers", "bid", "bids"].contains(view.word(trigger + 1)),
            let owner = view.span(max(clause.lowerBound, trigger - 8), trigger).last(where: { view.items[$0].hasMention }),
            view.items[owner].isParty, view.isPossessive(owner), let bidder = view.items[owner].entity,
            view.span(owner + 1, trigger).allSatisfy({ view.items[$0].mask & FactWordClass.verbMask == 0 || view.word($0) == "share" }),
            let reply = view.span(max(clause.lowerBound, owner - 4), owner).last(where: { replies.contains(view.word($0)) }),
            let target = view.subject(of: reply, in: clause, context: context), target != bidder,
            !view.items.contains(where: { $0.entity == target && $0.mention?.kind == .person })
        else { return nil }
        var deal = make(.acquisition, acquirer: bidder, seller: nil, target: target, trigger: trigger, clause: clause, past: false)
        deal.status = .planned
        return deal
    }

    /// "X merged a wholly owned subsidiary with Y", "plans to merge a new subsidiary into Y": X acquires Y.
    private func mergedSubsidiary(_ trigger: Int, _ clause: Range<Int>, _ context: RoleContext) -> DealCandidate? {
        guard let unit = view.span(trigger + 2, min(clause.upperBound, trigger + 6)).first(where: { view.isA(.unitnoun, $0) }),
            mergesNewUnit(verb: trigger, unit: unit),
            let partner = view.party(after: unit, in: clause, governedBy: ["with", "into"], organisationOnly: true), partner.index <= unit + 8,
            let parent = view.subject(of: trigger, in: clause, context: context), parent != partner.entity
        else { return nil }
        return make(.acquisition, acquirer: parent, seller: nil, target: partner.entity, trigger: trigger, clause: clause, past: view.isA(.completed, trigger))
    }

    /// "acquired one third of X", "sold half of X to Y", "bought a two-thirds interest in X".
    private func fractionDeal(_ trigger: Int, _ clause: Range<Int>, _ context: RoleContext) -> DealCandidate? {
        guard !isPassiveForm(trigger), let of = view.span(trigger + 1, min(clause.upperBound, trigger + 5)).first(where: { ["of", "in"].contains(view.word($0)) }),
            let percent = fraction(in: view.span(trigger + 1, of + 1))
        else { return nil }
        var index = of + 1
        if view.word(index) == "the" { index += 1 }
        guard index < clause.upperBound, view.items[index].isOrganisation, let company = view.items[index].entity else { return nil }
        let subject = view.subject(of: trigger, in: clause, context: context)
        guard subject != company else { return nil }
        var deal: DealCandidate
        if view.isA(.sell, trigger) {
            let buyer = view.party(after: index, in: clause, governedBy: ["to"])?.entity
            deal = make(.stake, acquirer: buyer, seller: subject, target: company, trigger: trigger, clause: clause, past: view.isA(.completed, trigger))
        } else {
            let seller = view.party(after: index, in: clause, governedBy: ["from"])?.entity
            deal = make(.stake, acquirer: subject, seller: seller, target: company, trigger: trigger, clause: clause, past: view.isA(.completed, trigger))
        }
        deal.percent = percent
        return deal
    }

    /// "rejected a proposal by Y to acquire the company", "an offer from Y to buy it": the company the
    /// sentence is about is the target.
    private func proposalForTheCompany(_ trigger: Int, _ clause: Range<Int>, _ context: RoleContext) -> DealCandidate? {
        guard view.isA(.buy, trigger), let buyer = offerMaker(before: trigger, clause) else { return nil }
        let next = view.word(trigger + 1)
        guard next == "it" || (next == "the" && view.words.has(.companyword, view.word(trigger + 2))) else { return nil }
        // The sentence's first free organisation other than the bidder, else the article's company.
        let named = view.items.indices.first { $0 < trigger && view.items[$0].isOrganisation && view.items[$0].entity != buyer && view.preposition(before: $0) == nil }
        guard let target = named.flatMap({ view.items[$0].entity }) ?? context.topic, target != buyer else { return nil }
        var deal = make(.acquisition, acquirer: buyer, seller: nil, target: target, trigger: trigger, clause: clause, past: false)
        if deal.status == .announced || deal.status == .completed { deal.status = .planned }
        return deal
    }

    /// "X said it received a 13.50 dlr a share offer, valued at 96 mln dlrs, for all of its outstanding
    /// shares from Y": Y bids for X.
    private func offerForAllShares(_ trigger: Int, _ clause: Range<Int>, _ context: RoleContext) -> DealCandidate? {
        let replies: Set<String> = ["received", "receives", "rejected", "rejects", "accepted", "accepts", "welcomed", "rebuffed", "spurned", "got"]
        guard let reply = view.span(max(clause.lowerBound, trigger - 10), trigger).last(where: { replies.contains(view.word($0)) }),
            let forIndex = view.span(trigger + 1, min(clause.upperBound, trigger + 14)).first(where: { view.word($0) == "for" }),
            view.word(forIndex + 1) == "all" || view.word(forIndex + 1) == "its" || view.word(forIndex + 1) == "the",
            let shares = view.span(forIndex + 1, min(clause.upperBound, forIndex + 7)).first(where: { view.isA(.sharenoun, $0) || view.word($0) == "common" }),
            view.span(forIndex + 1, shares).allSatisfy({ !view.items[$0].hasMention }),
            let buyer = view.party(after: shares, in: clause, governedBy: ["from", "by"]), buyer.index <= shares + 4,
            let target = view.subject(of: reply, in: clause, context: context), target != buyer.entity,
            view.items.first(where: { $0.entity == target })?.mention?.kind != .person
        else { return nil }
        var deal = make(.acquisition, acquirer: buyer.entity, seller: nil, target: target, trigger: trigger, clause: clause, past: false)
        if deal.status == .announced || deal.status == .completed { deal.status = .planned }
        return deal
    }

    /// "holders tendered 4.5 mln shares of X under its tender offer", "96 pct of X's shares were tendered
    /// in Y's offer": the offer's maker bids for X.
    private func tenderedShares(_ trigger: Int, _ clause: Range<Int>, _ context: RoleContext) -> DealCandidate? {
        guard let tendered = view.span(clause.lowerBound, clause.upperBound).first(where: { view.word($0).hasPrefix("tendered") }) else { return nil }
        // The company whose shares were tendered: "shares of X", "X's shares".
        let company = view.span(tendered + 1, clause.upperBound).first { index in
            guard view.items[index].isOrganisation else { return false }
            return view.preposition(before: index) == "of" || view.isPossessive(index) && view.isA(.sharenoun, index + 1)
        } ?? view.span(clause.lowerBound, tendered).first { index in
            view.items[index].isOrganisation && view.isPossessive(index) && view.isA(.sharenoun, index + 1)
        }
        guard let company, let target = view.items[company].entity else { return nil }
        var buyer: EntityID?
        if trigger >= 1, view.word(trigger - 1) == "tender" || view.isA(.takeovernoun, trigger - 1) {
            let owner = trigger - 2
            if ["its", "their"].contains(view.word(owner)) {
                buyer = context.resolve(pronoun: owner, before: view.items[owner].tokens.lowerBound, in: view)
            } else if owner >= 0, view.items[owner].isParty, view.isPossessive(owner) {
                buyer = view.items[owner].entity
            }
        }
        guard let buyer, buyer != target else { return nil }
        var deal = make(.acquisition, acquirer: buyer, seller: nil, target: target, trigger: trigger, clause: clause, past: false)
        deal.status = .planned
        return deal
    }

    /// "because of the airline's agreement to be acquired by Y": the company a description before a
    /// passive deal stands for is the last organisation named before it (not the sentence's speaker).
    func describedPassiveTarget(_ trigger: Int, _ clause: Range<Int>) -> EntityID? {
        guard view.word(trigger - 1) == "be", view.word(trigger - 2) == "to", trigger >= 4 else { return nil }
        let noun = trigger - 3
        let owner = noun - 1
        let ownerWord = view.word(owner)
        guard !view.items[owner].hasMention, ownerWord.hasSuffix("'s") || ownerWord.hasSuffix("’s"), view.word(owner - 1) == "the" else { return nil }
        let named = view.span(0, owner - 1).filter { view.items[$0].isOrganisation && !view.isPossessive($0) }
        // The speaker leads the sentence; the description stands for a later organisation.
        guard named.count >= 2, let last = named.last, view.preposition(before: last) != nil || view.isObjectOfVerb(last) else { return nil }
        return view.items[last].entity
    }

    /// "Y, a Russian oil firm that is merging with Z", "Y, the parent of W, which agreed to buy Z": the
    /// name before an apposition that ends in a relative pronoun is the subject of the relative clause.
    func appositionRelativeSubject(_ trigger: Int, _ clause: Range<Int>) -> EntityID? {
        var index = trigger - 1
        while index >= 0, trigger - index <= 8 {
            if view.items[index].hasMention || view.isPronoun(index) || view.word(index) == "," { return nil }
            if ["that", "which", "who"].contains(view.word(index)) { break }
            index -= 1
        }
        guard index >= 1, ["that", "which", "who"].contains(view.word(index)), view.word(index - 1) != "," else { return nil }
        // "… gas monopoly Y which is due to merge with Z": a name right before the relative pronoun is its subject.
        if view.items[index - 1].isOrganisation, !view.isPossessive(index - 1), let named = view.items[index - 1].entity { return named }
        var position = index - 1
        while position >= 1, index - position <= 7 {
            if view.items[position].hasMention { return nil }
            if view.word(position) == "," {
                guard ["a", "an", "the"].contains(view.word(position + 1)) else { return nil }
                var head = position - 1
                if view.word(head) == ">" { head = view.nameBefore(closing: head) }
                guard head >= 0, view.items[head].isOrganisation, !view.isPossessive(head) else { return nil }
                return view.items[head].entity
            }
            position -= 1
        }
        return nil
    }

    /// "A and B agreed to buy X": one deal for B as well, when the two organisations are coordinated right
    /// before the verb (with at most "said they", "have agreed to" between).
    func coordinatedBuyer(of deal: DealCandidate, trigger: Int, _ clause: Range<Int>) -> DealCandidate? {
        guard deal.kind != .merger, let acquirer = deal.acquirer else { return nil }
        let start = 0
        guard let first = view.span(start, trigger).first(where: { view.items[$0].entity == acquirer && view.isSubjectCandidate($0) }),
            view.word(first + 1) == "and", first + 2 < trigger, view.items[first + 2].isOrganisation, view.isSubjectCandidate(first + 2),
            let second = view.items[first + 2].entity, second != acquirer, second != deal.target, second != deal.seller
        else { return nil }
        let between = view.span(first + 3, trigger)
        let fillers: Set<String> = ["said", "say", "says", "they", "have", "had", "has", "agreed", "agree", "to", "will", "would", "jointly", "plan", "plans", "planned", "intend", "intends", "together", "<", ">", "also"]
        guard between.allSatisfy({ !view.items[$0].hasMention && fillers.contains(view.word($0)) }),
            // "A and B agreed to buy X" leads with A; "A and B said they agreed", "jointly agreed": both buy.
            between.contains(where: { ["they", "jointly", "together"].contains(view.word($0)) })
        else { return nil }
        var extra = deal
        extra.acquirer = second
        return extra
    }

    /// Whether the trigger is a passive participle ("was acquired").
    private func isPassiveForm(_ trigger: Int) -> Bool {
        view.isA(.passiveaux, trigger - 1) && (view.word(trigger).hasSuffix("ed") || ["bought", "sold"].contains(view.word(trigger)))
    }
}

extension SentenceView {
    /// The item of the name a closing angle bracket ends: "<X>" → X; "X <XX.N>" (a ticker) → X.
    func nameBefore(closing index: Int) -> Int {
        guard let open = span(max(0, index - 4), index).last(where: { word($0) == "<" }) else { return index - 1 }
        // "X <XX.N>": a ticker after a name (even one the recogniser took for a name) stands for the name before it.
        if open >= 1, items[open - 1].isOrganisation { return open - 1 }
        return index - 1
    }
}
