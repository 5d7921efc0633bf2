import NewsModel

/// English deal patterns: "Y acquired X", "acquired a 51 pct stake in X", "X was acquired by Y",
/// "agreed to sell its X unit to Y for 120 mln dlrs", "Y's takeover of X", "tender offer for X",
/// "merger of X and Y", "raised its stake in X to 13.9 pct", "bought 5.1 pct of X".
struct EnglishDealRules: Sendable {
    let view: SentenceView

    /// The deals of the sentence and the holdings that stake changes state.
    func candidates(context: inout RoleContext) -> (deals: [DealCandidate], stakes: [StakeCandidate]) {
        var deals: [DealCandidate] = []
        var stakes: [StakeCandidate] = []
        for clause in view.clauses {
            var clauseSubject: EntityID?
            let clauseDeals = deals.count
            for trigger in clause where !view.items[trigger].hasMention {
                let word = view.items[trigger].lower
                // "reduce" words are structural (no trigger alone) but state the holding left: "cut its stake in X to 3.7 pct".
                guard view.items[trigger].isTrigger || view.isA(.reduce, trigger) else { continue }
                if view.isNegated(trigger, in: clause) { continue }
                // "snapped up X", "swallowed up by Y": "snap" and "swallow" buy only with their particle.
                if word.hasPrefix("snap") || word.hasPrefix("swallow"), view.word(trigger + 1) != "up" { continue }
                var found: DealCandidate?
                if view.isA(.buy, trigger), isVerbUse(trigger) {
                    found = buy(trigger, clause, context)
                } else if view.isA(.sell, trigger), isVerbUse(trigger) {
                    found = sell(trigger, clause, context)
                } else if view.isA(.merge, trigger), isVerbUse(trigger) {
                    found = merge(trigger, clause, context)
                } else if view.isA(.raise, trigger) || view.isA(.reduce, trigger) {
                    if let (deal, stated) = stakeChange(trigger, clause, context) {
                        if view.isA(.raise, trigger) { found = deal }
                        var stake = stated
                        // "plans to increase its stake in X to 25 pct from 10 pct": it holds 10 pct until then.
                        let status = refine(deal, trigger: trigger, clause: clause)?.status ?? .planned
                        if status == .planned || status == .rumoured { stake.percent = percentFrom(after: trigger, clause) }
                        stakes.append(stake)
                    }
                } else if isBidVerb(trigger) {
                    found = bidVerb(trigger, clause, context)
                } else if view.isA(.hold, trigger), ["will", "would"].contains(view.word(trigger - 1)) {
                    found = futureHolding(trigger, clause, context)
                } else if view.words.buyerNouns.contains(word) {
                    found = buyerSought(trigger, clause, context)
                } else if isNounUse(trigger) {
                    found = noun(trigger, clause, context)
                }
                if found == nil, view.isA(.mergernoun, trigger) { found = slashMerger(trigger, clause) ?? mergerInto(trigger, clause, context) }
                if view.isA(.stakenoun, trigger), let transfer = transferredStake(trigger, clause, context) { found = transfer }
                if found == nil, view.isA(.salenoun, trigger) || view.isA(.takeovernoun, trigger) { found = nominalStakeDeal(trigger, clause, context) }
                if found == nil, view.isA(.sell, trigger) { found = ownSharesSold(trigger, clause, context) }
                if found == nil, view.isA(.stakenoun, trigger) { found = soughtStake(trigger, clause, context) }
                if found == nil { found = fallbackDeal(trigger, clause, context) }
                if let deal = found { found = refine(deal, trigger: trigger, clause: clause) }
                if var deal = found, deal.acquirer != deal.target, deal.seller != deal.target {
                    if deal.acquirer == deal.seller { deal.seller = nil }
                    // "sold 4.6 mln shares of X, leaving it with … 8.4 pct": the seller still holds that much.
                    if deal.kind == .stake, view.isA(.sell, trigger), let seller = deal.seller,
                        let targetIndex = view.span(trigger + 1, clause.upperBound).first(where: { view.items[$0].entity == deal.target }),
                        let left = holdingLeft(after: targetIndex, clause)
                    {
                        stakes.append(StakeCandidate(holder: seller, company: deal.target, percent: left, since: nil, sentence: view.sentence.index))
                    }
                    deals.append(deal)
                    stakes += view.coAcquirerStakes(of: deal, trigger: trigger)
                    // "completed its merger with X, raising its holding to 100 pct".
                    if deal.kind == .acquisition, deal.resultingPercent == 100, let holder = deal.acquirer {
                        stakes.append(StakeCandidate(holder: holder, company: deal.target, percent: 100, since: nil, sentence: view.sentence.index))
                    }
                    if deal.kind == .acquisition || deal.kind == .stake && pluralStakeNoun(after: trigger, before: deal.target, clause),
                        view.isA(.buy, trigger) || view.isA(.sell, trigger) || view.isA(.takeovernoun, trigger)
                    {
                        deals += coordinatedTargets(of: deal, after: trigger, clause)
                    }
                    if view.isA(.buy, trigger) { stakes += jointBuyerStakes(of: deal, trigger: trigger, clause, known: stakes) }
                    clauseSubject = clauseSubject ?? (deal.acquirer ?? deal.seller)
                }
            }
            if !view.quantities.isEmpty {
                let extra = percentForms(clause, context, found: Array(deals[clauseDeals...]))
                // "a tender offer for the 45 pct of X it does not already own": a bid for all of X, not a stake of 45 pct.
                for held in extra.stakes {
                    guard let rest = held.percent.map({ 100 - $0 }) else { continue }
                    deals.removeAll { $0.kind == .stake && $0.acquirer == held.holder && $0.target == held.company && $0.sentence == held.sentence && $0.percent == rest }
                }
                deals += extra.deals
                stakes += extra.stakes
            }
            stakes += remainderShares(clause, context, deals: &deals)
            if let clauseSubject {
                context.previousClauseSubject = clauseSubject
            } else if let first = clause.first(where: { view.isSubjectCandidate($0) && view.items[$0].isOrganisation }) {
                context.previousClauseSubject = view.items[first].entity
            }
        }
        stakes += EnglishOwnershipForms(view: view).stakes(context: context)
        stakes += EnglishShareCountHoldings(view: view).stakes(context: context)
        stakes += EnglishShareholderLists.stakes(view) + EnglishPercentInterestHoldings.stakes(view, context: context)
        let relations = EnglishRelationForms(view: view).candidates(context: context)
        deals += relations.deals
        stakes += relations.stakes
        return (deals, stakes)
    }

    /// "buy A (AA), B and the holding firm, C": one deal per coordinated company after the first target.
    private func coordinatedTargets(of deal: DealCandidate, after trigger: Int, _ clause: Range<Int>) -> [DealCandidate] {
        guard var position = view.span(trigger + 1, clause.upperBound).first(where: { view.items[$0].entity == deal.target }) else { return [] }
        // "acquisitions of the assets of A and B": assets, not companies.
        if view.span(trigger + 1, position).contains(where: { SentenceView.assetNouns.contains(view.word($0)) }) { return [] }
        var result: [DealCandidate] = []
        var seen: Set<EntityID> = [deal.target]
        while true {
            position += 1
            if view.word(position) == "(", let close = view.span(position, min(clause.upperBound, position + 5)).first(where: { view.word($0) == ")" }) {
                position = close + 1
            }
            guard [",", "and"].contains(view.word(position)) else { break }
            // "and the holding firm, C": a short description before the name.
            var next = position + 1
            // "and the holding firm, C", "B, an athletic shoe maker, and its marketing arm, C": descriptions
            // (an apposition of the name before, then one of the next name) are skipped.
            var described = true
            for _ in 0..<2 where described {
                if view.word(next) == "and" { next += 1 }
                described = ["the", "its", "their", "a", "an"].contains(view.word(next))
                guard described else { break }
                let limit = min(clause.upperBound, next + 6)
                guard let comma = view.span(next, limit).first(where: { view.word($0) == "," || view.items[$0].hasMention }) else { next = -1; break }
                next = view.word(comma) == "," ? comma + 1 : comma
            }
            guard next > 0 else { break }
            // A capitalised name the entity table does not know ("A, Unknown Name and C"): skip it, keep the list.
            if next < clause.upperBound, !view.items[next].hasMention, let end = unknownName(at: next, clause), [",", "and"].contains(view.word(end)) {
                position = end - 1
                continue
            }
            guard next < clause.upperBound, view.items[next].isOrganisation, let entity = view.items[next].entity, !seen.contains(entity),
                entity != deal.acquirer, entity != deal.seller,
                [",", ".", "(", "and", "for", "from", "to", "by", ""].contains(view.word(next + 1))
            else { break }
            seen.insert(entity)
            var extra = deal
            extra.target = entity
            result.append(extra)
            position = next
        }
        return result
    }

    /// "X received / rejected an offer from Y": X is the company bid for.
    private static let offerReplies = WordSet([
        "received", "receives", "rejected", "rejects", "rebuffed", "spurned", "welcomed", "welcomes", "agreed", "agrees", "accepted",
        "accepts", "approved", "approves",
    ] + defenceVerbList)

    /// The offer replies that defend against a bid: "to ward off a takeover attempt by Y", "fought off Y's bid".
    private static let defenceVerbList = [
        "ward", "fend", "fended", "fight", "fought", "resist", "resisted", "resisting", "oppose", "opposed", "opposes", "opposing",
        "thwart", "thwarted", "defeat", "defeated",
    ]
    private static let defenceVerbs = WordSet(defenceVerbList)

    /// The item after a run of one to five capitalised words that starts at `start` and names no entity.
    private func unknownName(at start: Int, _ clause: Range<Int>) -> Int? {
        var index = start
        while index < clause.upperBound, index - start < 5, !view.items[index].hasMention,
            let first = view.tokens[view.items[index].tokens.lowerBound].text.unicodeScalars.first, first.properties.isUppercase
        {
            index += 1
        }
        return index > start && index < clause.upperBound ? index : nil
    }

    // MARK: Verbs

    private func isVerbUse(_ trigger: Int) -> Bool {
        let previous = view.word(trigger - 1)
        if ["the", "a", "an", "its", "their", "his", "her", "proposed", "planned"].contains(previous) { return false }
        if view.word(trigger + 1) == "of" && !["take", "takes", "took", "taking", "taken"].contains(view.word(trigger)) { return false }
        if view.trigger(trigger, isIn: ["take", "takes", "took", "taking", "taken"]) {
            let next = view.word(trigger + 1)
            return next == "over" || next == "control" || view.stakePhrase(from: trigger, to: min(view.items.count, trigger + 5)).isStake
        }
        return true
    }

    private func isPassive(_ trigger: Int) -> Bool {
        let word = view.word(trigger)
        guard word.hasSuffix("ed") || ["bought", "sold", "taken", "took"].contains(word) else { return false }
        return view.isA(.passiveaux, trigger - 1) || (view.isA(.passiveaux, trigger - 2) && view.word(trigger - 1).hasSuffix("ly"))
    }

    /// "was acquired", "had been sold": done; "is being acquired", "to be acquired", "will be sold": not yet.
    private func isPastPassive(_ trigger: Int) -> Bool {
        let aux = view.isA(.passiveaux, trigger - 1) ? trigger - 1 : trigger - 2
        let word = view.word(aux)
        if word == "be" || word == "being" || word == "is" || word == "are" { return false }
        return !["to", "will", "would", "may", "could", "might", "should", "not"].contains(view.word(aux - 1))
    }

    private func buy(_ trigger: Int, _ clause: Range<Int>, _ context: RoleContext) -> DealCandidate? {
        let past = view.isA(.completed, trigger)
        if past, let found = reducedPassive(trigger, clause, context) ?? recentPassive(trigger, clause) { return found }
        if isPassive(trigger) {
            guard let target = describedPassiveTarget(trigger, clause) ?? view.subject(of: trigger, in: clause, context: context) else { return nil }
            let acquirer = view.party(after: trigger, in: clause, governedBy: ["by"])?.entity ?? reportingBuyer(ofAgreedPassive: trigger, target: target, clause)
            return make(.acquisition, acquirer: acquirer, seller: nil, target: target, trigger: trigger, clause: clause, past: isPastPassive(trigger))
        }
        let acquirer = possessedIntentBuyer(before: trigger) ?? offerMaker(before: trigger, clause) ?? buyerOfAgreement(before: trigger, clause) ?? appositionRelativeSubject(trigger, clause)
            ?? ledGroupBuyer(before: trigger, clause) ?? view.subject(of: trigger, in: clause, context: context)
        // "Y had no objection to its notification that it may buy X": the consenting Y buys nothing.
        if let acquirer, isConsentingAuthority(acquirer, before: trigger) { return nil }
        if isPronounObject(trigger) { return speakerAsTarget(trigger, clause, acquirer: acquirer, past: past) }
        guard let target = view.party(after: trigger, in: clause, governedBy: [nil, "of", "in", "over"], organisationOnly: true, excluding: Set([acquirer].compactMap { $0 })),
            !isSpeaker(target.index)
        else {
            if let relative = objectRelative(trigger, clause) {
                return make(.acquisition, acquirer: relative.buyer, seller: nil, target: relative.target, trigger: trigger, clause: clause, past: past)
            }
            return anaphoricStake(trigger, clause, context, acquirer: acquirer, past: past) ?? speakerAsTarget(trigger, clause, acquirer: acquirer, past: past)
        }
        // "acquired 3 mln dlrs of 7-1/2 pct debentures of X", "will acquire 15 X 767 planes": no part of X.
        if view.buysNoCompany(from: trigger, target: target.index) { return nil }
        // "buy Y's shares in X": X is the company, Y sells.
        if let held = sharesHeld(by: target.index, clause), held.entity != acquirer {
            var deal = make(.stake, acquirer: acquirer, seller: target.entity, target: held.entity, trigger: trigger, clause: clause, past: past)
            deal.percent = view.stakePhrase(from: trigger, to: held.index).percent
            return deal
        }
        let seller = view.party(after: target.index, in: clause, governedBy: ["from"]).flatMap { isMessageSender($0.index, after: target.index) ? nil : $0.entity }
            ?? parentInApposition(of: target.index, clause)
            ?? unitSeller(of: target.index, clause).flatMap { $0 == acquirer ? nil : $0 }
        var deal = make(.acquisition, acquirer: acquirer, seller: seller, target: target.entity, trigger: trigger, clause: clause, past: past)
        applyStake(to: &deal, from: trigger, target: target.index, clause: clause)
        return deal
    }

    /// "X said Y has offered to buy it", "X said Y had acquired 12 pct of its shares": in a clause reported by a
    /// company, "it" and "its shares" are the speaker's when another company buys.
    private func speakerAsTarget(_ trigger: Int, _ clause: Range<Int>, acquirer: EntityID?, past: Bool) -> DealCandidate? {
        guard let acquirer, let speaker = speaker(before: trigger), speaker != acquirer,
            view.span(clause.lowerBound, trigger).contains(where: { view.items[$0].entity == acquirer && view.isSubjectCandidate($0) })
        else { return nil }
        if isPronounObject(trigger), view.word(trigger + 1) == "it" {
            return make(.acquisition, acquirer: acquirer, seller: nil, target: speaker, trigger: trigger, clause: clause, past: past)
        }
        // "acquired 12 pct of its shares", "bought 500,000 of its common shares".
        let window = view.span(trigger + 1, min(clause.upperBound, trigger + 8))
        guard let its = window.first(where: { view.word($0) == "its" }), view.word(its - 1) == "of",
            view.span(its + 1, min(clause.upperBound, its + 4)).contains(where: { view.isA(.sharenoun, $0) }),
            !view.span(trigger + 1, its).contains(where: { view.items[$0].hasMention })
        else { return nil }
        var deal = make(.stake, acquirer: acquirer, seller: nil, target: speaker, trigger: trigger, clause: clause, past: past)
        deal.percent = view.quantities.first { $0.item > trigger && $0.item < its }?.quantity.percent
        return deal
    }

    /// "Y said X has accepted its offer": the organisation that speaks before the verb of a reported clause.
    private func speaker(before index: Int) -> EntityID? {
        guard let said = view.span(0, index).last(where: { ["said", "says"].contains(view.word($0)) }) else { return nil }
        return view.span(0, said).first(where: { view.isSubjectCandidate($0) && view.items[$0].isOrganisation }).flatMap { view.items[$0].entity }
    }

    /// "X, which Y acquired last year": the name before ", which/that" is bought by the name right after it.
    private func objectRelative(_ trigger: Int, _ clause: Range<Int>) -> (buyer: EntityID, target: EntityID)? {
        var buyer = trigger - 1
        if ["had", "has", "have", "recently", "later", "then"].contains(view.word(buyer)) { buyer -= 1 }
        if view.word(buyer) == ">", let open = view.span(max(0, buyer - 4), buyer).last(where: { view.word($0) == "<" }) { buyer = open - 1 }
        guard buyer >= 2, view.items[buyer].isParty, !view.isPossessive(buyer), let acquirer = view.items[buyer].entity,
            ["which", "that"].contains(view.word(buyer - 1)), view.word(buyer - 2) == ","
        else { return nil }
        var antecedent = buyer - 3
        if view.word(antecedent) == ">", let open = view.span(max(0, antecedent - 4), antecedent).last(where: { view.word($0) == "<" }) { antecedent = open - 1 }
        guard antecedent >= 0, view.items[antecedent].isOrganisation, let target = view.items[antecedent].entity, target != acquirer else { return nil }
        return (acquirer, target)
    }

    /// "Y's shares in X", "Y's 20 pct stake in X", "the Y stake in X": the company X whose shares Y holds (a
    /// genitive Y, or a name used as an adjective right before the stake noun).
    private func sharesHeld(by owner: Int, _ clause: Range<Int>) -> (index: Int, entity: EntityID)? {
        guard view.isPossessive(owner) || attributiveHolder(owner), let noun = view.span(owner + 1, min(clause.upperBound, owner + 5)).first(where: { view.isA(.sharenoun, $0) || view.isA(.stakenoun, $0) }),
            view.word(noun + 1) == "in", noun + 2 < clause.upperBound
        else { return nil }
        var index = noun + 2
        if view.word(index) == "the" { index += 1 }
        guard index < clause.upperBound, view.items[index].isOrganisation, let entity = view.items[index].entity, entity != view.items[owner].entity else { return nil }
        return (index, entity)
    }

    /// "the Y stake in X", "the Y holding in X": a name between "the" and a stake noun is its holder.
    private func attributiveHolder(_ owner: Int) -> Bool {
        view.word(owner - 1) == "the" && (view.isA(.stakenoun, owner + 1) || view.isA(.sharenoun, owner + 1)) && view.items[owner].isOrganisation
    }

    /// "bought X, a unit of Y", "X, the Canadian subsidiary of Y": the parent named in an apposition sells.
    private func parentInApposition(of target: Int, _ clause: Range<Int>) -> EntityID? {
        var index = target + 1
        if view.word(index) == "<", view.word(index + 2) == ">" { index += 3 }
        guard view.word(index) == ",", ["a", "an", "the"].contains(view.word(index + 1)) else { return nil }
        index += 2
        let limit = min(clause.upperBound, index + 5)
        while index < limit, !view.isA(.unitnoun, index) {
            guard !view.items[index].hasMention, !view.tokens[view.items[index].tokens.lowerBound].isPunctuation || view.word(index) == "-" else { return nil }
            index += 1
        }
        guard index < limit, view.isA(.unitnoun, index), view.word(index + 1) == "of", index + 2 < clause.upperBound,
            view.items[index + 2].isOrganisation, let parent = view.items[index + 2].entity
        else { return nil }
        return parent
    }

    /// "might bid for X", "Y bid for X", "plans to bid for X": a bid as a verb; planned at the least.
    private func bidVerb(_ trigger: Int, _ clause: Range<Int>, _ context: RoleContext) -> DealCandidate? {
        guard let acquirer = view.subject(of: trigger, in: clause, context: context),
            let target = view.party(after: trigger, in: clause, governedBy: ["for"], organisationOnly: true, excluding: [acquirer]),
            target.index <= trigger + 4
        else { return nil }
        var deal = make(.acquisition, acquirer: acquirer, seller: nil, target: target.entity, trigger: trigger, clause: clause, past: false)
        if deal.status == .announced || deal.status == .completed { deal.status = .planned }
        return deal
    }

    /// Whether "bid"/"bids" is a verb: "bid for" after a modal, "to", or a name or pronoun.
    private func isBidVerb(_ trigger: Int) -> Bool {
        guard ["bid", "bids", "bidding"].contains(view.word(trigger)), view.word(trigger + 1) == "for" else { return false }
        let previous = view.word(trigger - 1)
        if ["will", "would", "may", "might", "could", "should", "can", "also"].contains(previous) { return true }
        // "plans to bid for X", "agreed to bid": an infinitive of a plan, not "the money to bid for X".
        if previous == "to" {
            return view.isA(.planned, trigger - 2) || view.isA(.announced, trigger - 2) || ["decided", "ready", "prepared", "likely", "set", "able"].contains(view.word(trigger - 2))
        }
        if view.word(trigger) == "bidding", ["is", "was", "are", "were"].contains(previous) { return true }
        // "Acme bid for X" (not "Acme's bid for X", a noun).
        return trigger > 0 && (view.items[trigger - 1].isParty && !view.isPossessive(trigger - 1) || view.isPronoun(trigger - 1))
    }

    /// "sell it to Y", "buy them": the object is a pronoun, so a name after it is no target.
    private func isPronounObject(_ trigger: Int) -> Bool { ["it", "them"].contains(view.word(trigger + 1)) }

    /// "…expects to sell 500 homes, X said": a name after a comma and before "said" speaks; it is no target.
    private func isSpeaker(_ index: Int) -> Bool {
        var next = index + 1
        while view.transparent(next) || (view.word(next) == "<" && view.word(next + 2) == ">") { next += view.word(next) == "<" ? 3 : 1 }
        return view.word(index - 1) == "," && ["said", "says", "told", "added"].contains(view.word(next))
    }

    /// "accepted an offer from Y <YY.L> to buy X", "a bid by Y to acquire X": Y, who made the offer, is the buyer.
    func offerMaker(before trigger: Int, _ clause: Range<Int>) -> EntityID? {
        guard view.word(trigger - 1) == "to" else { return nil }
        var index = trigger - 2
        while index > clause.lowerBound, view.transparent(index) || (view.word(index - 1) == "<" && view.word(index + 1) == ">") { index -= 1 }
        guard index >= clause.lowerBound, view.items[index].isParty, let entity = view.items[index].entity,
            let by = view.span(max(clause.lowerBound, index - 6), index).last(where: { ["from", "by"].contains(view.word($0)) }),
            view.preposition(before: index) == view.word(by),
            view.span(max(clause.lowerBound, by - 3), by).contains(where: { view.isA(.offernoun, $0) || view.isA(.takeovernoun, $0) || view.word($0) == "proposal" })
        else { return nil }
        return entity
    }

    /// "bought the 19.9 pct stake from Y" with no company named: the stake an earlier sentence spoke of.
    /// Needs "the", a percent and a stake noun right after the verb.
    private func anaphoricStake(_ trigger: Int, _ clause: Range<Int>, _ context: RoleContext, acquirer: EntityID?, past: Bool) -> DealCandidate? {
        guard let company = context.lastStakeCompany, company != acquirer, view.word(trigger + 1) == "the",
            let stake = view.span(trigger + 2, min(clause.upperBound, trigger + 6)).first(where: { view.isA(.stakenoun, $0) }),
            let percent = view.quantities(in: (trigger + 2)..<stake).compactMap(\.percent).first
        else { return nil }
        let seller = view.party(after: stake, in: clause, governedBy: ["from"])?.entity
        var deal = make(.stake, acquirer: acquirer, seller: seller, target: company, trigger: trigger, clause: clause, past: past)
        deal.percent = percent
        return deal
    }

    private func sell(_ trigger: Int, _ clause: Range<Int>, _ context: RoleContext) -> DealCandidate? {
        let past = view.isA(.completed, trigger)
        if isPassive(trigger) {
            guard let target = view.subject(of: trigger, in: clause, context: context) else { return nil }
            guard let acquirer = view.party(after: trigger, in: clause, governedBy: ["to"])?.entity else { return nil }
            let seller = view.party(after: trigger, in: clause, governedBy: ["by"])?.entity
            return make(.acquisition, acquirer: acquirer, seller: seller, target: target, trigger: trigger, clause: clause, past: isPastPassive(trigger))
        }
        let seller = view.subject(of: trigger, in: clause, context: context)
        // "X agreed to sell itself to Y".
        if view.word(trigger + 1) == "itself", let seller, let buyer = view.party(after: trigger, in: clause, governedBy: ["to"])?.entity, buyer != seller {
            return make(.acquisition, acquirer: buyer, seller: nil, target: seller, trigger: trigger, clause: clause, past: past)
        }
        guard !isPronounObject(trigger), !sellsAnAmountOfMoney(trigger),
            let target = view.party(after: trigger, in: clause, governedBy: [nil, "of", "in"], organisationOnly: true, excluding: Set([seller].compactMap { $0 }))
                ?? namedUnits(after: trigger, clause, excluding: seller),
            !isSpeaker(target.index)
        else { return nil }
        // "has been selling non-core businesses and focusing on … X": X is the object of another verb.
        if hasCoordinatedVerb(from: trigger, to: target.index) { return nil }
        // "sell Unnamed Business to Y of Atlanta, a subsidiary of Z": a name after the buyer is not what is sold.
        if view.span(trigger + 1, target.index).contains(where: { view.items[$0].isOrganisation && view.preposition(before: $0) == "to" }) { return nil }
        let acquirer = view.party(after: target.index, in: clause, governedBy: ["to"])?.entity
        var deal = make(.acquisition, acquirer: acquirer, seller: seller, target: target.entity, trigger: trigger, clause: clause, past: past)
        applyStake(to: &deal, from: trigger, target: target.index, clause: clause)
        return deal
    }

    /// "sold 1.6 billion francs of … stock", "sold 200 mln dlrs of notes": an amount of money right after the verb,
    /// then "of" before any name, is securities sold, not a company.
    private func sellsAnAmountOfMoney(_ trigger: Int) -> Bool {
        guard let money = view.quantity(at: trigger + 1), case .money = money.kind else { return false }
        for index in (trigger + 2)..<min(trigger + 6, view.items.count) {
            if view.word(index) == "of" { return true }
            if view.items[index].hasMention { return false }
        }
        return false
    }

    /// "sell to an investment group two subsidiaries, A, …": the first name after a unit noun and a comma.
    private func namedUnits(after trigger: Int, _ clause: Range<Int>, excluding seller: EntityID?) -> (index: Int, entity: EntityID)? {
        guard let unit = view.span(trigger + 1, min(clause.upperBound, trigger + 10)).first(where: { view.isA(.unitnoun, $0) }),
            view.word(unit + 1) == ",", unit + 2 < clause.upperBound, view.items[unit + 2].isOrganisation,
            let entity = view.items[unit + 2].entity, entity != seller
        else { return nil }
        return (unit + 2, entity)
    }

    /// Whether "and"/"or" plus a verb ("and focusing", "and bought") stands between a verb and a name.
    private func hasCoordinatedVerb(from trigger: Int, to name: Int) -> Bool {
        view.span(trigger + 1, name).contains { index in
            guard ["and", "or"].contains(view.word(index)), view.items.indices.contains(index + 1), !view.items[index + 1].hasMention else { return false }
            let next = view.word(index + 1)
            return next.hasSuffix("ing") || view.items[index + 1].mask & FactWordClass.verbMask != 0 && !view.isA(.planned, index + 1)
        }
    }

    /// "sold 4.6 mln shares of X, leaving it with 1.4 mln shares, or 8.4 pct": the percent the seller keeps.
    private func holdingLeft(after target: Int, _ clause: Range<Int>) -> Double? {
        guard let leaving = view.span(target + 1, min(clause.upperBound, target + 12)).first(where: { ["leaving", "leaves", "reducing", "cutting", "lowering"].contains(view.word($0)) }) else { return nil }
        return view.quantities.first { $0.item > leaving && $0.item <= leaving + 12 && clause.contains($0.item) && $0.quantity.percent != nil }?.quantity.percent
    }

    private func merge(_ trigger: Int, _ clause: Range<Int>, _ context: RoleContext) -> DealCandidate? {
        let first = appositionRelativeSubject(trigger, clause) ?? view.subject(of: trigger, in: clause, context: context)
        // The partner follows the verb closely, with no other verb between ("merged its unit with Y"), unlike
        // "combines A and B …, could offer … than a deal with Y".
        if let first, let other = view.party(after: trigger, in: clause, governedBy: ["with", "into"], organisationOnly: true, excluding: [first]),
            other.index - trigger <= 8, !view.span(trigger + 1, other.index).contains(where: { !view.items[$0].hasMention && view.items[$0].mask & FactWordClass.verbMask != 0 })
        {
            // "X has been merged into Y", "X was merged into Y": Y absorbed X, an acquisition by Y.
            // The subject must stand right before the auxiliaries ("X was merged", "X has been merged").
            let aux = trigger - 1
            let subjectNext = view.items[max(0, ["has", "had", "have"].contains(view.word(aux - 1)) ? aux - 2 : aux - 1)].entity == first
            if isPassive(trigger), subjectNext, view.word(other.index - 1) == "into" || view.word(other.index - 2) == "into" && view.transparent(other.index - 1) {
                return make(.acquisition, acquirer: other.entity, seller: nil, target: first, trigger: trigger, clause: clause, past: isPastPassive(trigger))
            }
            return make(.merger, acquirer: first, seller: nil, target: other.entity, trigger: trigger, clause: clause, past: view.isA(.completed, trigger))
        }
        // "X and Y merge", "X and Y agreed to merge".
        let before = (clause.lowerBound..<trigger).filter { view.isSubjectCandidate($0) && view.items[$0].isOrganisation }
        if before.count >= 2, let a = view.items[before[0]].entity, let b = view.items[before[1]].entity, a != b,
            (before[0]..<before[1]).contains(where: { view.word($0) == "and" })
        {
            return make(.merger, acquirer: a, seller: nil, target: b, trigger: trigger, clause: clause, past: view.isA(.completed, trigger))
        }
        return nil
    }

    /// "Y will hold 9.99 pct of X", "Y will own 30 pct of its capital" (its: the company the sentence is
    /// about): a stake Y is to acquire, stated as the holding it will have.
    private func futureHolding(_ trigger: Int, _ clause: Range<Int>, _ context: RoleContext) -> DealCandidate? {
        // The holder stands right before "will" ("Y will hold", "Y <YY> will hold", "it will hold"), unlike
        // "Y shareholders will hold", where others hold.
        var before = trigger - 2
        while before >= 0 {
            if view.transparent(before) {
                before -= 1
            } else if !view.items[before].hasMention, view.word(before - 1) == "<", view.word(before + 1) == ">" {
                before -= 2  // a ticker code
            } else {
                break
            }
        }
        guard before >= 0, view.items[before].isParty || view.isPronoun(before),
            let percent = view.quantities(in: view.span(trigger + 1, min(clause.upperBound, trigger + 4))).compactMap(\.percent).first, percent < 100,
            let holder = view.subject(of: trigger, in: clause, context: context)
        else { return nil }
        var company = view.party(after: trigger, in: clause, governedBy: ["of", "in"], organisationOnly: true, excluding: [holder])
            .flatMap { $0.index <= trigger + 8 ? $0.entity : nil }
        if company == nil, let its = view.span(trigger + 2, min(clause.upperBound, trigger + 6)).first(where: { view.word($0 - 1) == "of" && ["its", "their"].contains(view.word($0)) }),
            view.span(its + 1, min(clause.upperBound, its + 4)).contains(where: { ["capital", "shares", "stock", "equity"].contains(view.word($0)) })
        {
            company = context.resolve(pronoun: its, before: view.items[its].tokens.lowerBound, in: view)
        }
        guard let company, company != holder else { return nil }
        var deal = make(.stake, acquirer: holder, seller: nil, target: company, trigger: trigger, clause: clause, past: false)
        deal.resultingPercent = percent
        return deal
    }

    /// "raised its stake in X to 13.9 pct", "cut its holding in X to 5 pct".
    private func stakeChange(_ trigger: Int, _ clause: Range<Int>, _ context: RoleContext) -> (DealCandidate, StakeCandidate)? {
        let window = (trigger + 1)..<min(clause.upperBound, trigger + 5)
        guard window.contains(where: { view.isA(.stakenoun, $0) || view.isA(.sharenoun, $0) }) else { return nil }
        guard let holder = nominalPossessor(of: trigger) ?? view.subject(of: trigger, in: clause, context: context),
            let company = view.party(after: trigger, in: clause, governedBy: ["in", "of"], organisationOnly: true, excluding: [holder])?.entity
                ?? describedStakeCompany(after: trigger, clause, holder: holder, context)
        else { return nil }
        var resulting: Double?
        var acquired: Double?
        for entry in view.quantities where entry.item > trigger && clause.contains(entry.item) {
            guard let percent = entry.quantity.percent else { continue }
            let before = view.word(entry.item - 1)
            // "to less than five pct", "to below 5 pct": no exact holding.
            if Self.boundWords.contains(before) { continue }
            if before == "by", acquired == nil { acquired = percent } else if ["to", "at"].contains(before) || resulting == nil && before != "from" {
                if resulting == nil { resulting = percent }
            }
        }
        var deal = make(.stake, acquirer: holder, seller: nil, target: company, trigger: trigger, clause: clause, past: view.isA(.completed, trigger) || view.word(trigger).hasSuffix("ed"))
        deal.percent = acquired
        deal.resultingPercent = resulting
        var stake = StakeCandidate(holder: holder, company: company, percent: resulting, since: nil, sentence: view.sentence.index)
        stake.percentYields = view.isPastDated(deal.date)
        return (deal, stake)
    }

    /// Words before a percent that make it a bound, not a holding: "less than five pct", "below 5 pct".
    private static let boundWords: WordSet = ["than", "below", "under", "above", "over"]

    /// The percent after "from" in a stake change ("to 25 pct from 10 pct"): the holding before it.
    private func percentFrom(after trigger: Int, _ clause: Range<Int>) -> Double? {
        view.quantities.first { $0.item > trigger && clause.contains($0.item) && view.word($0.item - 1) == "from" }?.quantity.percent
    }

    /// "X retained Y to seek a buyer for Z", "X is looking for a buyer for its Z unit": X plans to sell Z.
    private func buyerSought(_ trigger: Int, _ clause: Range<Int>, _ context: RoleContext) -> DealCandidate? {
        let searching = view.span(max(clause.lowerBound, trigger - 4), trigger).contains { index in
            let word = view.word(index)
            return word.hasPrefix("seek") || word.hasPrefix("sought") || word.hasPrefix("find") || word.hasPrefix("found") || word.hasPrefix("look")
                || word.hasPrefix("search") || word.hasPrefix("hunt")
        }
        guard searching, let target = view.party(after: trigger, in: clause, governedBy: ["for"], organisationOnly: true),
            target.index <= trigger + 5, var seller = view.subject(of: trigger, in: clause, context: context), seller != target.entity
        else { return nil }
        // "X retained Y to seek a buyer": Y, the adviser, only searches; X sells.
        if let hired = view.span(clause.lowerBound, trigger).last(where: { Self.hireVerbs.contains(view.word($0)) }),
            view.items.indices.contains(hired + 1), view.items[hired + 1].entity == seller,
            let principal = view.subject(of: hired, in: clause, context: context), principal != target.entity
        {
            seller = principal
        }
        var deal = make(.acquisition, acquirer: nil, seller: seller, target: target.entity, trigger: trigger, clause: clause, past: false)
        deal.status = .planned
        return deal
    }

    /// Verbs that engage an adviser: "retained Y to seek a buyer".
    private static let hireVerbs: WordSet = ["retained", "retains", "hired", "hires", "engaged", "engages", "appointed", "appoints", "named", "asked", "mandated"]

    // MARK: Nouns

    private func isNounUse(_ trigger: Int) -> Bool {
        guard view.isA(.takeovernoun, trigger) || view.isA(.salenoun, trigger) || view.isA(.offernoun, trigger) || view.isA(.mergernoun, trigger) else {
            return false
        }
        let next = view.word(trigger + 1 + timePhraseLength(after: trigger))
        let previous = view.word(trigger - 1)
        if ["to", "will", "would", "may", "could", "it", "they"].contains(previous) { return false }
        let head = view.tickerStart(before: trigger) ?? trigger
        if next == "from", view.isA(.offernoun, trigger) { return true }
        if view.isA(.offernoun, trigger) {
            // "its offer to X", "rejected Y's offer", "accepted its offer".
            if next == "to", trigger + 2 < view.items.count, view.items[trigger + 2].isOrganisation { return true }
            // "received an offer to be acquired by Y" is read from its verb.
            if next != "to", view.span(max(0, trigger - 8), trigger).contains(where: { Self.offerReplies.contains(view.word($0)) }) { return true }
        }
        return ["of", "for", "by", "with", "between", "talks", "agreement", "proposal", "attempt", "attempts"].contains(next)
            || view.items.indices.contains(head - 1) && view.items[head - 1].hasMention
    }

    /// Whether the words from `start` up to `end` (exclusive) are an amount phrase after an offer noun: "worth 3.1
    /// bln dlrs", "valued at 96 mln dlrs" (no name inside).
    private func isAmountPhrase(from start: Int, to end: Int) -> Bool {
        guard start < end, ["worth", "valued"].contains(view.word(start)) else { return false }
        return view.span(start, end).allSatisfy { !view.items[$0].hasMention }
    }

    /// Verbs (and possessives) whose subject makes the offer or deal named by a noun after them.
    private static let launchVerbs: WordSet = [
        "made", "launched", "began", "extended", "its", "their", "pay", "pays", "paid", "paying", "started", "starts", "commenced",
        "commences", "opened", "mounted", "filed", "submitted", "sweetened", "amended", "raised", "renewed", "launches", "makes",
        "tabled", "tables", "lodged", "lodges", "unveiled", "unveils", "put", "puts",
    ]

    /// "its sale last month of X", "the takeover last November of X": the length of a time phrase right
    /// after a deal noun (0 when none).
    private func timePhraseLength(after trigger: Int) -> Int {
        guard ["last", "this", "earlier", "late"].contains(view.word(trigger + 1)) else { return 0 }
        let unit = view.word(trigger + 2)
        let units: Set<String> = ["week", "month", "year", "spring", "summer", "autumn", "fall", "winter", "quarter"]
        if units.contains(unit) || view.dateReader.lexicon.months[unit] != nil { return 2 }
        if view.word(trigger + 1) == "earlier", view.word(trigger + 2) == "this", units.contains(view.word(trigger + 3)) { return 3 }
        return 0
    }

    private func noun(_ trigger: Int, _ clause: Range<Int>, _ context: RoleContext) -> DealCandidate? {
        let isMerger = view.isA(.mergernoun, trigger)
        let isSale = view.isA(.salenoun, trigger)
        let isOffer = view.isA(.offernoun, trigger)
        // A possessor right before the noun: "Y's takeover of X", "Y's proposed acquisition".
        var possessor: EntityID?
        var compound: EntityID?
        // "X <XYZ.S> takeover of Y": a ticker in angle brackets between the name and the noun.
        let head = view.tickerStart(before: trigger) ?? trigger
        // "Y's 1.2 billion dlr acquisition of X": an amount may stand between the possessor and the noun.
        for back in 1...6 where head - back >= clause.lowerBound {
            let index = head - back
            if view.items[index].hasMention {
                if view.isPossessive(index) { possessor = view.items[index].entity } else if back == 1, view.items[index].isOrganisation { compound = view.items[index].entity }
                break
            }
            if ["'s", "’s"].contains(view.word(index)) { continue }
            // "Y's planned buyout of X", "Y's proposed acquisition": a plan word is an adjective here.
            if view.isA(.planned, index) || view.isA(.rumoured, index) { continue }
            if view.tokens[view.items[index].tokens.lowerBound].isPunctuation || SentenceView.isVerb(view.word(index), view.words) || back > 3 && !view.quantities.contains(where: { $0.item <= index && $0.quantity.tokens.upperBound > view.items[index].tokens.lowerBound }) {
                break
            }
        }
        let subject = { () -> EntityID? in
            let previous = view.word(trigger - 1)
            let governed = (clause.lowerBound..<trigger).contains { view.isA(.complete, $0) || view.isA(.announced, $0) || view.isA(.planned, $0) || Self.launchVerbs.contains(view.word($0)) }
            return governed || ["its", "their"].contains(previous) ? view.subject(of: trigger, in: clause, context: context) : nil
        }
        if isMerger {
            if let first = view.party(after: trigger, in: clause, governedBy: ["of", "between"], organisationOnly: true),
                let second = view.party(after: first.index, in: clause, governedBy: [nil, "and", "with"], organisationOnly: true, excluding: [first.entity])
            {
                return make(.merger, acquirer: first.entity, seller: nil, target: second.entity, trigger: trigger, clause: clause, past: false)
            }
            guard let partner = view.party(after: trigger, in: clause, governedBy: ["with"], organisationOnly: true),
                // "Shareholders of X approved the merger with Y": the owners act for X.
                let first = possessor ?? compound ?? subject() ?? companyOfBody(before: trigger, within: 6), first != partner.entity
            else {
                // "X and Y said they signed a definitive merger agreement": the coordinated subject merges.
                let before = (clause.lowerBound..<trigger).filter { view.isSubjectCandidate($0) && view.items[$0].isOrganisation }
                guard before.count == 2, let a = view.items[before[0]].entity, let b = view.items[before[1]].entity, a != b,
                    view.word(before[0] + 1) == "and" || view.word(before[1] - 1) == "and",
                    view.span(before[1] + 1, trigger).contains(where: { ["they", "both"].contains(view.word($0)) })
                else { return nil }
                return make(.merger, acquirer: a, seller: nil, target: b, trigger: trigger, clause: clause, past: false)
            }
            // "X said its new subsidiary, Y, signed a merger agreement with Z": the new unit is the vehicle of a purchase.
            if let vehicle = newUnitInApposition(before: trigger), vehicle != partner.entity {
                return make(.acquisition, acquirer: vehicle, seller: nil, target: partner.entity, trigger: trigger, clause: clause, past: false)
            }
            return make(.merger, acquirer: first, seller: nil, target: partner.entity, trigger: trigger, clause: clause, past: false)
        }
        let targetPrepositions: Set<String?> = isOffer ? ["for", "of"] : ["of"]
        var targetIndex: Int?
        var target: EntityID?
        if let found = view.party(after: trigger, in: clause, governedBy: targetPrepositions, organisationOnly: true) {
            targetIndex = found.index
            target = found.entity
        } else if isOffer, view.word(trigger + 1) == "to", trigger + 2 < clause.upperBound, view.items[trigger + 2].isOrganisation {
            // "its takeover offer to X" names X as the one bid for.
            targetIndex = trigger + 2
            target = view.items[trigger + 2].entity
        } else if view.word(trigger + 1) == "of", let unit = namedUnits(after: trigger, clause, excluding: nil),
            // "the sale of Y's local subsidiary, Y Bank": a unit that is its owner's own name is no unit.
            !view.span(trigger + 1, unit.index).contains(where: { view.items[$0].entity == unit.entity })
        {
            // "the sale of its Canadian subsidiary, X, to Y": the unit named in the apposition.
            targetIndex = unit.index
            target = unit.entity
        } else if !isSale, !isOffer, let compound, possessor != nil {
            target = compound
        }
        // "X said it had agreed a takeover by Y", "X accepted an offer from Y": X is the target.
        if target == nil, !isSale, possessor == nil,
            let buyer = view.party(after: trigger, in: clause, governedBy: isOffer ? ["by", "from"] : ["by"]),
            buyer.index <= trigger + 3 || buyer.index <= trigger + 18 && isAmountPhrase(from: trigger + 1, to: buyer.index - 1),
            // The verb that takes the offer stands shortly before it ("a further sign that … offer" is none).
            let reply = view.span(max(clause.lowerBound, trigger - 10), trigger).last(where: { Self.offerReplies.contains(view.word($0)) }),
            case let defended = Self.defenceVerbs.contains(view.word(reply)),
            // "The SEC charged Z with failing to thwart a takeover attempt by Y": a defence is the defender's, so no
            // other company may stand between the subject and the defence verb.
            !defended || view.items[clause.lowerBound..<reply].filter({ $0.isOrganisation }).count <= 1,
            // "a bid by Y to acquire X": the infinitive names the target.
            !view.span(buyer.index + 1, min(clause.upperBound, buyer.index + 6)).contains(where: { view.isA(.buy, $0) && view.word($0 - 1) == "to" }),
            let subject = view.subject(of: trigger, in: clause, context: context), subject != buyer.entity,
            // A defender is named in this sentence or the one before ("The newspapers say they will oppose any bid
            // from Y" is no defence of a company named long before).
            !defended || view.items.contains(where: { $0.entity == subject }) || context.previousEntities.contains(subject),
            // "he had accepted an offer from Y": a person who accepts is no target.
            view.items.first(where: { $0.entity == subject })?.mention?.kind != .person
        {
            var deal = make(.acquisition, acquirer: buyer.entity, seller: nil, target: subject, trigger: trigger, clause: clause, past: false)
            // An offer, or a takeover the target defends against, is not done.
            if isOffer || defended, deal.status == .announced { deal.status = .planned }
            return deal
        }
        // "X rejected Y's tender offer", "X has accepted its acquisition offer" (its: the speaker Y): X is bid for.
        if target == nil, isOffer, compound == nil || possessor != nil,
            let reply = view.span(max(clause.lowerBound, trigger - 8), trigger).last(where: { Self.offerReplies.contains(view.word($0)) }),
            let bidder = possessor ?? (["its", "their"].contains(view.word(reply + 1)) ? speaker(before: reply) : nil),
            let subject = view.span(clause.lowerBound, reply).last(where: { view.isSubjectCandidate($0) && view.items[$0].isOrganisation }).flatMap({ view.items[$0].entity }),
            subject != bidder
        {
            var deal = make(.acquisition, acquirer: bidder, seller: nil, target: subject, trigger: trigger, clause: clause, past: false)
            if deal.status == .announced || deal.status == .completed { deal.status = .planned }
            return deal
        }
        // "will oppose any takeover bid from Y": with no company named, the bid is for the article's company,
        // when the sentence before spoke of it and this one names no other company.
        if target == nil, isOffer, possessor == nil, compound == nil, view.isA(.takeovernoun, trigger - 1) || view.word(trigger - 1) == "tender",
            let topic = context.topic, context.previousEntities.contains(topic),
            let buyer = view.party(after: trigger, in: clause, governedBy: ["from", "by"]), buyer.index <= trigger + 5, buyer.entity != topic,
            !view.items.contains(where: { $0.mention?.kind == .company && $0.entity != buyer.entity && $0.entity != topic })
        {
            var deal = make(.acquisition, acquirer: buyer.entity, seller: nil, target: topic, trigger: trigger, clause: clause, past: false)
            if deal.status == .announced { deal.status = .planned }
            return deal
        }
        guard let target else { return nil }
        var acquirer: EntityID?
        var seller: EntityID?
        let after = targetIndex ?? trigger
        if isSale {
            seller = possessor ?? subject()
            // "ended talks on the sale of its X unit": "its" names the seller, the clause's subject.
            if seller == nil, view.word(trigger + 1) == "of", ["its", "their"].contains(view.word(trigger + 2)) {
                seller = view.subject(of: trigger + 2, in: clause, context: context)
            }
            acquirer = view.party(after: after, in: clause, governedBy: ["to"])?.entity
            // "talks with Y on the sale of its X unit": Y is the buyer in the talks.
            if acquirer == nil, let with = view.span(max(clause.lowerBound, trigger - 8), trigger).last(where: { view.word($0) == "with" }),
                ["talks", "negotiations", "discussions"].contains(view.word(with - 1)), with + 1 < trigger, view.items[with + 1].isOrganisation,
                let buyer = view.items[with + 1].entity, buyer != seller, buyer != target
            {
                acquirer = buyer
            }
        } else {
            let byParty = view.party(after: trigger, in: clause, governedBy: ["by"]).flatMap { $0.index <= trigger + 8 ? $0.entity : nil }
            acquirer = possessor ?? view.party(after: after, in: clause, governedBy: ["by"])?.entity ?? byParty
            if compound != target, acquirer == nil { acquirer = compound }
            if acquirer == nil { acquirer = subject() }
            seller = view.party(after: after, in: clause, governedBy: ["from"])?.entity
        }
        if acquirer == nil || acquirer == target, !isSale, let described = describedPossessor(before: head, clause, target: target) { acquirer = described }
        // "Y said the purchase of X was completed": the company that reports the purchase made it.
        if acquirer == nil, !isSale, !isOffer, view.word(trigger - 1) == "the", ["said", "says"].contains(view.word(trigger - 2)),
            let speaker = view.subject(of: trigger - 2, in: clause, context: context), speaker != target,
            view.items.contains(where: { $0.entity == speaker && $0.mention?.kind == .company })
        {
            acquirer = speaker
        }
        var deal = make(.acquisition, acquirer: acquirer, seller: seller, target: target, trigger: trigger, clause: clause, past: false)
        if isOffer, deal.status == .announced { deal.status = .planned }
        if let targetIndex { applyStake(to: &deal, from: trigger, target: targetIndex, clause: clause) }
        return deal
    }

    // MARK: Shared

    func make(_ kind: DealKind, acquirer: EntityID?, seller: EntityID?, target: EntityID, trigger: Int, clause: Range<Int>, past: Bool) -> DealCandidate {
        var deal = DealCandidate(
            kind: kind, acquirer: acquirer, seller: seller, target: target, percent: nil, resultingPercent: nil,
            price: view.price(after: trigger, in: clause), date: view.statedDate(in: clause, near: trigger),
            status: view.status(of: trigger, in: clause, pastTense: past), sentence: view.sentence.index)
        deal.historical = view.isHistorical(clause)
        return deal
    }

    /// Verbs before "to" that equate shares with a percent: "which amount to 14.8 pct", "equal to 6 pct".
    private static let amountVerbs: WordSet = ["amount", "amounts", "amounted", "amounting", "equal", "equals", "equalling", "equaling"]

    /// What may stand between "tender offer" and the company of "a tender offer for X shares" (all of them).
    private static let wholeShareWords: WordSet = ["for", "the", "all", "<"]

    /// Turns an acquisition into a stake deal when a percent, "stake" or "shares" stands before the target,
    /// or when a percent follows it ("258,591 shares of X, or 9.4 pct"); a tender offer for "X shares" with no
    /// number stays an acquisition.
    private func applyStake(to deal: inout DealCandidate, from trigger: Int, target: Int, clause: Range<Int>) {
        let phrase = view.stakePhrase(from: trigger, to: target)
        if phrase.all { return }
        // "a tender offer for X shares" bids for all of them; "a tender offer for two mln X shares" for a part.
        if view.word(trigger - 1) == "tender", view.span(trigger + 1, target).allSatisfy({ Self.wholeShareWords.contains(view.word($0)) }) {
            return
        }
        if phrase.isStake {
            deal.kind = .stake
            deal.percent = phrase.percent
        }
        // A percent right after the target: "…of X, or 9.4 pct", "…bringing its stake to 12 pct".
        for entry in view.quantities where entry.item > target && clause.contains(entry.item) && entry.item <= target + 12 {
            guard let percent = entry.quantity.percent else { continue }
            let before = view.word(entry.item - 1)
            // "…shares of X, a 6.7 pct stake": an apposition that names the stake.
            let apposition = ["a", "an"].contains(before) && view.span(entry.item + 1, min(clause.upperBound, entry.item + 4)).contains { view.isA(.stakenoun, $0) }
            // "…X shares, which amount to 14.8 pct of its stock": the percent the shares make up.
            let amountsTo = before == "to" && Self.amountVerbs.contains(view.word(entry.item - 2))
            if deal.kind == .stake, before == "or" || before == "about" || before == "representing" || apposition || amountsTo, deal.percent == nil {
                deal.percent = percent
            } else if before == "to", (max(target, entry.item - 5)..<entry.item).contains(where: { view.isA(.stakenoun, $0) || $0 < view.items.count && view.word($0).hasPrefix("bring") }) {
                deal.kind = .stake
                deal.resultingPercent = percent
            }
        }
    }
}

extension SentenceView {
    /// The index of "<" when a ticker in angle brackets ("<XYZ.S>") ends right before an item.
    func tickerStart(before index: Int) -> Int? {
        guard word(index - 1) == ">" else { return nil }
        return (max(0, index - 5)..<(index - 1)).last { word($0) == "<" }
    }

    /// Whether the word at an item is one of the given forms.
    func trigger(_ index: Int, isIn forms: Set<String>) -> Bool { forms.contains(word(index)) }
}
