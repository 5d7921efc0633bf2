import NewsModel

/// German deal patterns: "verkauft X an Y", "übernimmt 37,6% der Anteile an X", "kauft 37,6% an X",
/// "kauft sich bei X ein", "X wird von Y übernommen", "Übernahme von X durch Y", "X und Y fusionieren",
/// "stockt seinen Anteil an X auf 30 Prozent auf".
struct GermanDealRules: Sendable {
    let view: SentenceView

    private static let participles: Set<String> = [
        "gekauft", "übernommen", "erworben", "aufgekauft", "verkauft", "veräußert", "abgegeben", "fusioniert",
        "aufgestockt", "erhöht", "zugekauft", "eingekauft", "verschmolzen", "integriert", "eingegliedert", "geschluckt", "akquiriert",
    ]

    /// Verbs of a bid: "bietet 2 Milliarden Euro für X" (the lexicon's "bid" line makes them sentence triggers).
    private static let bidVerbs: WordSet = ["bietet", "bieten", "bot", "boten"]

    /// "Y bietet 2 Milliarden Euro für X": a bid for X (a planned acquisition) when an amount of money stands
    /// between the verb and "für".
    private func bid(_ trigger: Int, _ clause: Range<Int>, _ context: RoleContext) -> DealCandidate? {
        guard let target = organisations(in: clause, governedBy: ["für"], excluding: []).first(where: { $0.index > trigger && $0.index <= trigger + 8 }),
            view.quantities.contains(where: { $0.item > trigger && $0.item < target.index && $0.quantity.money != nil && !$0.quantity.perShare }),
            let buyer = subject(trigger, clause, context), buyer != target.entity
        else { return nil }
        var deal = make(.acquisition, acquirer: buyer, seller: nil, target: target.entity, trigger: trigger, clause: clause)
        deal.status = .planned
        return deal
    }

    /// "X wird in den Y-Konzern integriert": Y takes X in.
    private static let integration: WordSet = ["integriert", "eingegliedert"]

    /// The deals of the sentence and the holdings that stake changes state.
    func candidates(context: inout RoleContext) -> (deals: [DealCandidate], stakes: [StakeCandidate]) {
        var deals: [DealCandidate] = []
        var stakes: [StakeCandidate] = []
        for clause in view.clauses {
            var clauseSubject: EntityID?
            let firstDeal = deals.count
            for trigger in clause {
                let item = view.items[trigger]
                var found: DealCandidate?
                if item.hasMention {
                    // "die X-Übernahme", "das X-Angebot".
                    let suffix = item.suffix.hasPrefix("-") ? String(item.suffix.dropFirst()) : ""
                    if !suffix.isEmpty, view.words.has(.takeovernoun, suffix) || view.words.has(.offernoun, suffix) {
                        found = compoundNoun(trigger, clause, context)
                    }
                } else if Self.bidVerbs.contains(item.lower) {
                    if !view.isNegated(trigger, in: clause) { found = bid(trigger, clause, context) }
                } else if view.words.byCategory["entrynoun"]?.contains(item.lower) == true {
                    if !view.isNegated(trigger, in: clause) { found = entryNoun(trigger, clause, context) }
                } else if isReceiveVerb(trigger) {
                    if !view.isNegated(trigger, in: clause) { found = receive(trigger, clause, context) }
                } else if isTransferVerb(trigger) {
                    if !view.isNegated(trigger, in: clause) { found = transfer(trigger, clause, context) }
                } else {
                    guard item.isTrigger || view.isA(.reduce, trigger), !view.isNegated(trigger, in: clause) else { continue }
                    if view.isA(.buy, trigger), !isNoun(trigger) {
                        found = buy(trigger, clause, context)
                    } else if view.isA(.reflexivebuy, trigger), !isNoun(trigger), securesAStake(clause) {
                        found = buy(trigger, clause, context)
                    } else if view.isA(.sell, trigger) || view.isA(.particlesell, trigger), !isNoun(trigger) {
                        found = sell(trigger, clause, context)
                    } else if view.isA(.merge, trigger) {
                        found = merge(trigger, clause, context)
                    } else if view.isA(.entry, trigger) {
                        found = entry(trigger, clause, context)
                    } else if view.isA(.raise, trigger) || view.isA(.reduce, trigger) {
                        // "reduziert seinen Anteil an X auf 10 Prozent" states the holding left, not a deal.
                        if let (deal, stake) = raise(trigger, clause, context) ?? relativeRaise(trigger, clause, context) {
                            if view.isA(.raise, trigger) { found = deal }
                            // "will seinen Anteil auf 30 Prozent aufstocken": the holding is not yet 30 percent.
                            if !view.isA(.raise, trigger) || ![.planned, .rumoured].contains(deal.status) { stakes.append(stake) }
                        }
                    } else if isNoun(trigger) {
                        found = noun(trigger, clause, context)
                    }
                }
                if var deal = found, deal.acquirer != deal.target, deal.seller != deal.target {
                    if deal.acquirer == deal.seller { deal.seller = nil }
                    deals.append(deal)
                    stakes += view.coAcquirerStakes(of: deal, trigger: trigger)
                    // "übernimmt X und Y": one deal per company bought.
                    if view.isA(.buy, trigger) || view.isA(.sell, trigger) { deals += coordinatedTargets(of: deal, clause) }
                    clauseSubject = clauseSubject ?? (deal.acquirer ?? deal.seller)
                }
            }
            // "verkauft seine Tochter X": X is the seller's until a sale the clause states is done or has a buyer.
            let clauseDeals = deals[firstDeal...]
            stakes += possessiveUnitStakes(clause, context).filter { stake in
                !clauseDeals.contains { $0.target == stake.company && $0.seller == stake.holder && ($0.acquirer != nil || $0.status == .completed) }
            }
            stakes += appositiveOwnerStakes(clause)
            if let clauseSubject {
                context.previousClauseSubject = clauseSubject
            } else if let first = clause.first(where: { view.isSubjectCandidate($0) && view.items[$0].isOrganisation }) {
                context.previousClauseSubject = view.items[first].entity
            }
        }
        amendDeals(&deals, &stakes, context)
        stakes += holdingList(context)
        stakes += genitiveHoldings(context)
        stakes += groupMembers(context)
        return (deals, stakes)
    }

    private func isNoun(_ trigger: Int) -> Bool {
        let text = view.tokens[view.items[trigger].tokens.lowerBound].text
        guard let first = text.unicodeScalars.first, first.properties.isUppercase else { return false }
        if view.isA(.takeovernoun, trigger) || view.isA(.salenoun, trigger) || view.isA(.offernoun, trigger) || view.isA(.mergernoun, trigger) {
            return true
        }
        // A capitalised word inside the sentence is a noun ("Übernahmen"), not a verb.
        return trigger > 0 && !isHeadline
    }

    /// Whether the sentence is a title, where every word may be capitalised.
    private var isHeadline: Bool { view.sentence.paragraph == 0 }

    private func hasPassiveAux(_ clause: Range<Int>) -> Bool {
        clause.contains { ["wird", "wurde", "werden", "wurden", "worden"].contains(view.word($0)) }
    }

    private func isPast(_ trigger: Int, _ clause: Range<Int>) -> Bool {
        if view.isA(.completed, trigger) { return true }
        guard Self.participles.contains(view.word(trigger)) else { return false }
        let perfect = clause.contains { view.isA(.perfectaux, $0) }
        let pastPassive = clause.contains { ["wurde", "wurden", "worden"].contains(view.word($0)) }
        let future = clause.contains { ["wird", "werden"].contains(view.word($0)) && view.word($0 + 1) != "" }
        return (perfect || pastPassive) && !(future && !pastPassive)
    }

    func organisations(in clause: Range<Int>, governedBy prepositions: Set<String?>, excluding: Set<EntityID>, peopleToo: Bool = false) -> [(index: Int, entity: EntityID)] {
        clause.compactMap { index in
            guard peopleToo ? view.items[index].isParty : view.items[index].isOrganisation, let entity = view.items[index].entity, !excluding.contains(entity),
                prepositions.contains(view.preposition(before: index)), !view.isPossessive(index)
            else { return nil }
            return (index, entity)
        }
    }

    private func buy(_ trigger: Int, _ clause: Range<Int>, _ context: RoleContext) -> DealCandidate? {
        let participle = Self.participles.contains(view.word(trigger))
        if let relative = relativeClause(before: trigger, clause) {
            return relativeBuy(trigger, relative)
        }
        if participle, hasPassiveAux(clause) {
            guard let target = organisations(in: clause, governedBy: [nil], excluding: []).first?.entity else { return nil }
            let into: Set<String?> = Self.integration.contains(view.word(trigger)) ? ["in", "ins"] : ["von", "vom", "durch"]
            let acquirer = organisations(in: clause, governedBy: into, excluding: [target]).first?.entity
            return make(.acquisition, acquirer: acquirer, seller: nil, target: target, trigger: trigger, clause: clause)
        }
        // "X wird in Y integriert" is a passive; an active "integriert" needs "in" as well: "Y integriert X in seinen Konzern".
        if Self.integration.contains(view.word(trigger)), !clause.contains(where: { ["in", "ins"].contains(view.word($0)) }) { return nil }
        let acquirer = subject(trigger, clause, context)
        // "Y und Z kaufen gemeinsam X": Z, named with the buyer, is no target.
        let exclude = Set([acquirer].compactMap { $0 } + coordinated(with: acquirer, clause))
        // Stake: "kauft 37,6% an X", "übernimmt 37,6% der Anteile an X", "kauft sich bei X ein".
        if let stakeTarget = organisations(in: clause, governedBy: ["an", "bei", "am"], excluding: exclude).first(where: { $0.index > trigger || participle }) {
            // Verb last ("hat die Mehrheit an X übernommen"): the phrase runs from the clause start.
            let phrase = view.stakePhrase(from: trigger < stakeTarget.index ? trigger : clause.lowerBound - 1, to: stakeTarget.index)
            let reflexive = view.word(trigger + 1) == "sich" || clause.contains { view.word($0) == "sich" }
            if phrase.isStake || reflexive {
                var deal = make(.stake, acquirer: acquirer, seller: nil, target: stakeTarget.entity, trigger: trigger, clause: clause)
                deal.percent = phrase.percent
                return deal
            }
        }
        // "hat 25 Prozent der X-Aktien erworben": a percent of a compound of the company and its shares.
        if let shares = percentOfShareCompound(clause, excluding: exclude) {
            var deal = make(.stake, acquirer: acquirer, seller: nil, target: shares.entity, trigger: trigger, clause: clause)
            deal.percent = shares.percent
            return deal
        }
        guard var target = organisations(in: clause, governedBy: [nil], excluding: exclude).first(where: { $0.index != trigger }) else { return nil }
        // "übernimmt die Leitung der X": a duty of X is taken on, not X.
        if ownsADuty(from: trigger, to: target.index) { return nil }
        // "hat sich einen X gekauft": an indefinite article makes the name a product (a car, a phone), not a company.
        if target.index > clause.lowerBound, ["einen", "ein", "eine"].contains(view.word(target.index - 1)) { return nil }
        // "X, Y sowie Z übernahmen 50 Prozent": names listed together before the verb share it.
        if target.index < trigger, let buyer = acquirer, let buyerIndex = clause.first(where: { view.items[$0].entity == buyer }),
            areListed(buyerIndex, target.index)
        {
            return nil
        }
        var seller = organisations(in: clause, governedBy: ["von", "vom"], excluding: exclude.union([target.entity])).first?.entity
        // "kauft der Y die X ab": the dative names the seller, the accusative after it what is bought.
        if view.word(trigger).hasPrefix("kauf"), target.index > trigger, clause.contains(where: { $0 > target.index && view.word($0) == "ab" }),
            let object = organisations(in: clause, governedBy: [nil], excluding: exclude.union([target.entity])).first(where: { $0.index > target.index })
        {
            seller = target.entity
            target = object
        }
        var deal = make(.acquisition, acquirer: acquirer, seller: seller, target: target.entity, trigger: trigger, clause: clause)
        // Verb last ("hat 49 Prozent der X gekauft"): the phrase runs from the buyer (or the clause start).
        let buyerIndex = clause.first { view.items[$0].entity == acquirer && $0 < target.index }
        let phrase = view.stakePhrase(from: trigger < target.index ? trigger : (buyerIndex ?? clause.lowerBound - 1), to: target.index)
        if phrase.isStake, !phrase.all {
            deal.kind = .stake
            deal.percent = phrase.percent
        }
        return deal
    }

    /// "25 Prozent der X-Aktien", "30 % der X-Anteile": the company of a share compound right after a percent and
    /// "der", and the percent.
    private func percentOfShareCompound(_ clause: Range<Int>, excluding: Set<EntityID>) -> (entity: EntityID, percent: Double)? {
        for entry in view.quantities where clause.contains(entry.item) {
            guard let percent = entry.quantity.percent, percent > 0, percent <= 100,
                let article = clause.first(where: { view.items[$0].tokens.lowerBound >= entry.quantity.tokens.upperBound }),
                view.word(article) == "der", article + 1 < clause.upperBound
            else { continue }
            let item = view.items[article + 1]
            guard let entity = item.entity, !excluding.contains(entity), item.mention?.kind == .company || item.mention?.kind == .organization,
                item.suffix.hasPrefix("-")
            else { continue }
            let rest = String(item.suffix.dropFirst())
            if view.words.has(.sharenoun, rest) || view.words.has(.stakenoun, rest) { return (entity, percent) }
        }
        return nil
    }

    private func sell(_ trigger: Int, _ clause: Range<Int>, _ context: RoleContext) -> DealCandidate? {
        let participle = Self.participles.contains(view.word(trigger))
        if participle, hasPassiveAux(clause) {
            guard let target = organisations(in: clause, governedBy: [nil], excluding: []).first else { return nil }
            // The buyer may be a person: "X wurde an den Investor Y verkauft".
            // The sold company, the subject, stands before the buyer ("X soll an Y verkauft werden"); a name
            // after "an" is part of the buyer ("an das Gemeinschaftsunternehmen Y/Z").
            guard let buyer = organisations(in: clause, governedBy: ["an"], excluding: [target.entity], peopleToo: true).first, target.index < buyer.index else {
                // "X und Y wurden verkauft": no buyer named; the article's company sold them.
                return unnamedBuyerSale(trigger, clause, context, target: target)
            }
            let seller = organisations(in: clause, governedBy: ["von", "vom", "durch"], excluding: [target.entity]).first?.entity
            return make(.acquisition, acquirer: buyer.entity, seller: seller, target: target.entity, trigger: trigger, clause: clause)
        }
        // "trennt sich von X" only: "was sie trennt" is no sale; "gibt X an Y ab" only with "ab".
        if view.word(trigger).hasPrefix("trenn"), !clause.contains(where: { view.word($0) == "sich" }) { return nil }
        if view.isA(.particlesell, trigger), !view.span(trigger + 1, clause.upperBound).contains(where: { view.word($0) == "ab" }) { return nil }
        let seller = subject(trigger, clause, context)
        let exclude = Set([seller].compactMap { $0 })
        let anParties = organisations(in: clause, governedBy: ["an", "am"], excluding: exclude)
        // "verkauft 25 Prozent der X-Aktien an Y": a percent of a share compound is sold, Y buys it.
        if let shares = percentOfShareCompound(clause, excluding: exclude) {
            var deal = make(.stake, acquirer: anParties.first?.entity, seller: seller, target: shares.entity, trigger: trigger, clause: clause)
            deal.percent = shares.percent
            return deal
        }
        // "verkauft 10 Prozent der X an Y": a company named between the verb and "an" is what is sold, Y buys.
        let soldBeforeAn = anParties.first.map { first in
            trigger < first.index && organisations(in: clause, governedBy: [nil], excluding: exclude).contains { $0.index > trigger && $0.index < first.index }
        } ?? false
        // "verkauft seine Anteile an X an Y": the first "an" after a stake noun is the company; with the verb
        // last ("will sich von seinem Anteil am X trennen") the phrase runs from the clause start.
        let phraseStart = { (end: Int) in trigger < end ? trigger : clause.lowerBound - 1 }
        // "Die Eigentümer der X haben ihre Anteile an die Y verkauft": the owners sell X itself to Y.
        if let owned = ownersOfSubject(clause, trigger), let buyer = anParties.first(where: { $0.entity != owned && isAccusativeAn(before: $0.index) }) {
            return make(.acquisition, acquirer: buyer.entity, seller: nil, target: owned, trigger: trigger, clause: clause)
        }
        // "will seinen Anteil von 49 Prozent an die Y verkaufen": "an die" is the accusative of the buyer, not the
        // dative of the company ("an der X").
        if !soldBeforeAn, let first = anParties.first, isAccusativeAn(before: first.index) { return nil }
        if !soldBeforeAn, let first = anParties.first, view.stakePhrase(from: phraseStart(first.index), to: first.index).isStake {
            let phrase = view.stakePhrase(from: phraseStart(first.index), to: first.index)
            var deal = make(phrase.all ? .acquisition : .stake, acquirer: anParties.dropFirst().first?.entity, seller: seller, target: first.entity, trigger: trigger, clause: clause)
            deal.percent = phrase.all ? nil : phrase.percent
            return deal
        }
        // "trennt sich von X".
        let objectPrepositions: Set<String?> = view.word(trigger + 1) == "sich" || clause.contains { view.word($0) == "sich" } ? ["von", "vom"] : [nil]
        // "Y hat angekündigt, …, das Geschäft zu verkaufen": an infinitive with "zu" sells what its own clause,
        // after the last comma, names; a name before that comma is the main clause's subject.
        let infinitiveStart = view.word(trigger - 1) == "zu" ? (clause.lowerBound..<trigger).last(where: { view.word($0) == "," }) ?? clause.lowerBound : clause.lowerBound
        guard let target = organisations(in: clause, governedBy: objectPrepositions, excluding: exclude).first(where: { $0.index != trigger && (infinitiveStart == clause.lowerBound || $0.index > infinitiveStart) })
            ?? soldUnit(trigger, clause, objectPrepositions: objectPrepositions, excluding: exclude)
        else { return nil }
        // "verkauft der Zeitung Y eine Einigung": a dative name followed by the real object; a sale only when
        // that object names a company ("verkauft der Y seine Tochter X": Y buys X).
        if objectPrepositions.contains(nil), let seller, view.items.indices.contains(where: { $0 < trigger && view.items[$0].entity == seller }),
            let object = datObject(after: target.index, clause)
        {
            // "verkauft der Zeitung eine Einigung beim Gipfel": a name behind a preposition is not what is sold.
            guard let sold = view.span(object, min(clause.upperBound, object + 5)).first(where: { view.items[$0].isOrganisation }),
                view.preposition(before: sold) == nil,
                let entity = view.items[sold].entity, entity != target.entity, entity != seller
            else { return nil }
            return make(.acquisition, acquirer: target.entity, seller: seller, target: entity, trigger: trigger, clause: clause)
        }
        let acquirer = anParties.first { $0.entity != target.entity }?.entity
        var deal = make(.acquisition, acquirer: acquirer, seller: seller, target: target.entity, trigger: trigger, clause: clause)
        // "will 74,9 Prozent der X verkaufen", "verkauft 20 Prozent der X an Y": part of X.
        let phrase = view.stakePhrase(from: phraseStart(target.index), to: target.index)
        if objectPrepositions.contains(nil), phrase.isStake, !phrase.all {
            deal.kind = .stake
            deal.percent = phrase.percent
        }
        return deal
    }

    /// Determiners that open an accusative object after a dative name.
    private static let objectDeterminers: WordSet = [
        "eine", "einen", "ein", "seine", "seinen", "sein", "ihre", "ihren", "ihr", "das", "den", "die", "diese", "diesen",
    ]

    /// The start of the object after a dative name ("der/dem [Zeitung] Y" + "eine …"), or nil when the name
    /// is no dative.
    private func datObject(after name: Int, _ clause: Range<Int>) -> Int? {
        var before = name - 1
        while before > clause.lowerBound, name - before <= 2, !view.items[before].hasMention, !["der", "dem"].contains(view.word(before)) {
            guard !view.tokens[view.items[before].tokens.lowerBound].isPunctuation else { return nil }
            before -= 1
        }
        guard ["der", "dem"].contains(view.word(before)), Self.objectDeterminers.contains(view.word(name + 1)) else { return nil }
        return name + 1
    }

    private func merge(_ trigger: Int, _ clause: Range<Int>, _ context: RoleContext) -> DealCandidate? {
        // "schließen sich zusammen": a merger only with "sich" and "zusammen" ("schließt Filialen" is none).
        if view.word(trigger).hasPrefix("schl"), !(clause.contains { view.word($0) == "sich" } && clause.contains { view.word($0) == "zusammen" }) { return nil }
        let free = organisations(in: clause, governedBy: [nil], excluding: [])
        if let first = free.first, let partner = organisations(in: clause, governedBy: ["mit"], excluding: [first.entity]).first {
            return make(.merger, acquirer: first.entity, seller: nil, target: partner.entity, trigger: trigger, clause: clause)
        }
        if free.count >= 2, free[0].entity != free[1].entity, (free[0].index..<free[1].index).contains(where: { view.word($0) == "und" }) {
            return make(.merger, acquirer: free[0].entity, seller: nil, target: free[1].entity, trigger: trigger, clause: clause)
        }
        return nil
    }

    /// "steigt bei X ein", "beteiligt sich mit 20 Prozent an X".
    private func entry(_ trigger: Int, _ clause: Range<Int>, _ context: RoleContext) -> DealCandidate? {
        let word = view.word(trigger)
        if word.hasPrefix("beteilig") {
            guard clause.contains(where: { view.word($0) == "sich" }) else { return nil }
        } else {
            guard word == "eingestiegen" || word == "einsteigen" || clause.contains(where: { view.word($0) == "ein" }) else { return nil }
        }
        guard let acquirer = view.subject(of: trigger, in: clause, context: context),
            let target = organisations(in: clause, governedBy: ["bei", "an", "beim"], excluding: [acquirer]).first
                // "steigt mit 17 Prozent im X-Konzern ein", "in X einsteigen".
                ?? (word.hasPrefix("beteilig") ? nil : organisations(in: clause, governedBy: ["im", "in"], excluding: [acquirer]).first)
        else { return nil }
        var deal = make(.stake, acquirer: acquirer, seller: nil, target: target.entity, trigger: trigger, clause: clause)
        deal.percent = view.quantities(in: clause).compactMap(\.percent).first ?? joinedTakePercent(after: clause)
        return deal
    }

    /// Verbs of taking a share in a clause joined to an entry ("steigt bei X ein und übernimmt 20 Prozent").
    private static let joinedTakeVerbs: Set<String> = [
        "übernimmt", "übernahm", "übernommen", "erwirbt", "erwarb", "erworben", "kauft", "kaufte", "gekauft", "hält", "sichert",
    ]

    /// "steigt bei X ein und übernimmt 20 Prozent (der Anteile)", "ist bei X eingestiegen und hat 20 Prozent erworben":
    /// the percent of the clause that "und" joins right after the entry's clause, when that clause has a verb of
    /// taking and names no party of its own.
    private func joinedTakePercent(after clause: Range<Int>) -> Double? {
        var start = clause.upperBound
        if view.word(start) == "und" { start += 1 } else if view.word(start - 1) != "und" { return nil }
        guard start < view.items.count else { return nil }
        let following = view.clause(of: start)
        guard following.contains(where: { Self.joinedTakeVerbs.contains(view.word($0)) }),
            !following.contains(where: { view.items[$0].hasMention })
        else { return nil }
        return view.quantities(in: following).compactMap(\.percent).first { $0 < 100 }
    }

    /// "stockt seinen Anteil an X auf 30 Prozent auf", "erhöht die Beteiligung an X um 5 Prozent".
    private func raise(_ trigger: Int, _ clause: Range<Int>, _ context: RoleContext) -> (DealCandidate, StakeCandidate)? {
        guard clause.contains(where: { view.isA(.stakenoun, $0) }),
            let holder = view.subject(of: trigger, in: clause, context: context),
            let company = organisations(in: clause, governedBy: ["an", "bei", "am"], excluding: [holder]).first
        else { return nil }
        var resulting: Double?
        var acquired: Double?
        for entry in view.quantities where clause.contains(entry.item) {
            guard let percent = entry.quantity.percent else { continue }
            switch view.word(entry.item - 1) {
            case "um": acquired = acquired ?? percent
            case "von": continue
            default: resulting = resulting ?? percent
            }
        }
        var deal = make(.stake, acquirer: holder, seller: nil, target: company.entity, trigger: trigger, clause: clause)
        deal.percent = acquired
        deal.resultingPercent = resulting
        return (deal, StakeCandidate(holder: holder, company: company.entity, percent: resulting, since: nil, sentence: view.sentence.index))
    }

    /// "X hält 27 Prozent der Y-Anteile, die auf 30 Prozent aufgestockt werden sollen", "… Anteile an Y, den
    /// X auf 30 Prozent aufstocken will": a relative clause about the stake the clause before names raises it;
    /// the holder is the subject of that clause (or a name in the relative clause).
    private func relativeRaise(_ trigger: Int, _ clause: Range<Int>, _ context: RoleContext) -> (DealCandidate, StakeCandidate)? {
        // The comma that opens the relative clause: inside the clause, or just before it.
        guard let comma = view.span(max(0, clause.lowerBound - 1), trigger).last(where: { view.word($0) == "," }), comma > 0 else { return nil }
        let pronoun = comma + 1
        guard ["die", "den", "der", "welche", "welchen"].contains(view.word(pronoun)), pronoun < trigger else { return nil }
        let before = view.clause(of: comma - 1)
        let head = comma - 1
        // The stake noun ends the clause before: "… der Y-Anteile,", "… Anteil an der Y,".
        var company: EntityID?
        if let entity = view.items[head].entity, view.items[head].suffix.hasPrefix("-"),
            view.words.has(.stakenoun, String(view.items[head].suffix.dropFirst())) || view.words.has(.sharenoun, String(view.items[head].suffix.dropFirst()))
        {
            company = entity
        } else if view.items[head].isOrganisation, ["an", "am", "bei"].contains(view.preposition(before: head) ?? ""),
            view.span(max(before.lowerBound, head - 4), head).contains(where: { view.isA(.stakenoun, $0) })
        {
            company = view.items[head].entity
        }
        guard let company, view.span(pronoun + 1, trigger).allSatisfy({ view.items[$0].entity != company }) else { return nil }
        let named = view.span(pronoun + 1, trigger).first { view.isSubjectCandidate($0) && view.items[$0].isOrganisation }.flatMap { view.items[$0].entity }
        guard let holder = named ?? view.subject(of: head, in: before, context: context), holder != company else { return nil }
        var resulting: Double?
        var acquired: Double?
        for entry in view.quantities where entry.item > pronoun && entry.item < trigger {
            guard let percent = entry.quantity.percent else { continue }
            if view.word(entry.item - 1) == "um" { acquired = acquired ?? percent } else if view.word(entry.item - 1) == "auf" { resulting = resulting ?? percent }
        }
        guard acquired != nil || resulting != nil else { return nil }
        var deal = make(.stake, acquirer: holder, seller: nil, target: company, trigger: trigger, clause: clause)
        deal.percent = acquired
        deal.resultingPercent = resulting
        return (deal, StakeCandidate(holder: holder, company: company, percent: resulting, since: nil, sentence: view.sentence.index))
    }

    /// "Übernahme von X durch Y", "der Verkauf von X an Y", "Übernahmeangebot für X", "Fusion von X und Y".
    private func noun(_ trigger: Int, _ clause: Range<Int>, _ context: RoleContext) -> DealCandidate? {
        let nounCategories: [FactWordClass] = [.takeovernoun, .salenoun, .offernoun, .mergernoun]
        guard nounCategories.contains(where: { view.isA($0, trigger) }) else { return nil }
        // "dessen Übernahme von X": X sells something that is not named.
        if ["dessen", "deren"].contains(view.word(trigger - 1)) { return nil }
        let window = trigger..<min(clause.upperBound, trigger + 7)
        func party(_ prepositions: Set<String?>, after start: Int, excluding: Set<EntityID> = []) -> (index: Int, entity: EntityID)? {
            organisations(in: clause, governedBy: prepositions, excluding: excluding).first { $0.index > start }
        }
        if view.isA(.mergernoun, trigger) {
            guard let first = party(["von", "vom", "zwischen", nil], after: trigger), window.contains(first.index) else {
                return nil
            }
            if let second = party(["und", nil, "mit"], after: first.index, excluding: [first.entity]), second.index <= first.index + 3 {
                return make(.merger, acquirer: first.entity, seller: nil, target: second.entity, trigger: trigger, clause: clause)
            }
            return nil
        }
        let isSale = view.isA(.salenoun, trigger)
        let isOffer = view.isA(.offernoun, trigger)
        let targetPrepositions: Set<String?> = isOffer ? ["für"] : ["von", "vom", nil]
        guard let target = party(targetPrepositions, after: trigger), window.contains(target.index) else {
            return isOffer ? nil : anaphoricStake(trigger, clause, context, isSale: isSale)
        }
        var deal: DealCandidate
        if isSale {
            let buyer = party(["an"], after: target.index, excluding: [target.entity])?.entity
            let seller = possessor(before: trigger, clause) ?? saleNounSellerAfterDurch(trigger, clause, target: target)
                ?? (buyer == nil ? saleNounSeller(trigger, clause, context, target: target.entity) : nil)
            deal = make(.acquisition, acquirer: buyer, seller: seller, target: target.entity, trigger: trigger, clause: clause)
        } else {
            var buyer = party(["durch"], after: target.index, excluding: [target.entity])?.entity ?? possessor(before: trigger, clause)
            // "X hatte die Übernahme von Y angestrebt": the noun is the object, X the buyer.
            // "in Verhandlungen zum Kauf der Y": the contracted article too.
            if buyer == nil, ["die", "der", "den", "eine", "seine", "ihre", "ein", "einen", "sein", "seinen", "ihr", "ihren", "zum", "zur"].contains(view.word(trigger - 1)) || ["die", "eine"].contains(view.word(trigger - 2)),
                let subject = view.subject(of: trigger, in: clause, context: context), subject != target.entity,
                let index = clause.first(where: { view.items[$0].entity == subject }), index < trigger
            {
                buyer = subject
            }
            if buyer == nil { buyer = frontedNounBuyer(trigger, clause, target: target.index) }
            deal = make(.acquisition, acquirer: buyer, seller: nil, target: target.entity, trigger: trigger, clause: clause)
            if isOffer, deal.status == .announced { deal.status = .planned }
        }
        let phrase = view.stakePhrase(from: trigger, to: target.index)
        if phrase.isStake, !phrase.all {
            deal.kind = .stake
            deal.percent = phrase.percent
        }
        return deal
    }

    /// "Der Verkauf der zehnprozentigen Beteiligung …" with no company named: the stake an earlier sentence
    /// spoke of. Needs a definite stake noun with a percent right after the deal noun.
    private func anaphoricStake(_ trigger: Int, _ clause: Range<Int>, _ context: RoleContext, isSale: Bool) -> DealCandidate? {
        guard let company = context.lastStakeCompany,
            let stake = view.span(trigger + 1, min(clause.upperBound, trigger + 5)).first(where: { view.isA(.stakenoun, $0) }),
            ["der", "des", "die", "seiner", "ihrer", "dieser"].contains(view.word(trigger + 1)),
            let percent = view.quantities(in: (trigger + 1)..<stake).compactMap(\.percent).first
        else { return nil }
        let buyer = organisations(in: clause, governedBy: isSale ? ["an"] : ["durch"], excluding: [company]).first { $0.index > stake }?.entity
        var deal = make(.stake, acquirer: buyer, seller: nil, target: company, trigger: trigger, clause: clause)
        deal.percent = percent
        return deal
    }

    /// "die X-Übernahme durch Y".
    private func compoundNoun(_ trigger: Int, _ clause: Range<Int>, _ context: RoleContext) -> DealCandidate? {
        guard let target = view.items[trigger].entity else { return nil }
        let buyer = organisations(in: clause, governedBy: ["durch"], excluding: [target]).first { $0.index > trigger }?.entity
        guard let buyer else { return nil }
        return make(.acquisition, acquirer: buyer, seller: nil, target: target, trigger: trigger, clause: clause)
    }

    /// The subject; in a "zu" infinitive ("plant, X zu kaufen") it is the subject of the clause before.
    func subject(_ trigger: Int, _ clause: Range<Int>, _ context: RoleContext) -> EntityID? {
        guard view.word(trigger - 1) == "zu" || isModalInfinitive(trigger) else { return view.subject(of: trigger, in: clause, context: context) }
        // The subject of a "zu" infinitive stands before it: in the clause before, or before the comma.
        if clause.lowerBound > 0, let previous = context.previousClauseSubject { return previous }
        let comma = view.span(clause.lowerBound, trigger).last { view.word($0) == "," } ?? clause.lowerBound
        // The nearest one: "X hatte …, so dass nun Y sich anschickte, Z zu übernehmen" → Y.
        return view.span(clause.lowerBound, comma).last { view.isSubjectCandidate($0) && view.items[$0].isOrganisation }
            .flatMap { view.items[$0].entity }
    }

    /// "sichert sich 25 Prozent der X", "hat sich eine Beteiligung an X gesichert": a stake noun or percent
    /// between "sich" and the first company after it ("sich die Sparte der X unter Beteiligung der Y" is none).
    private func securesAStake(_ clause: Range<Int>) -> Bool {
        guard let sich = clause.first(where: { view.word($0) == "sich" }),
            let company = view.span(sich + 1, clause.upperBound).first(where: { view.items[$0].isOrganisation })
        else { return false }
        let between = view.span(sich + 1, company)
        return between.contains { view.isA(.stakenoun, $0) } || view.quantities.contains { between.contains($0.item) && $0.quantity.percent != nil }
    }

    /// The companies named together with a party by "und"/"sowie" ("Y und die Z …").
    private func coordinated(with party: EntityID?, _ clause: Range<Int>) -> [EntityID] {
        guard let party, let index = clause.first(where: { view.items[$0].entity == party }) else { return [] }
        var next = index + 1
        guard ["und", "sowie"].contains(view.word(next)) else { return [] }
        next += 1
        if ["die", "der", "das", "den", "dem"].contains(view.word(next)) { next += 1 }
        guard next < clause.upperBound, view.items[next].isParty, let other = view.items[next].entity else { return [] }
        return [other]
    }

    private func possessor(before trigger: Int, _ clause: Range<Int>) -> EntityID? {
        var index = trigger - 1
        while index >= clause.lowerBound, index >= trigger - 3 {
            if view.items[index].hasMention { return view.isPossessive(index) ? view.items[index].entity : nil }
            index -= 1
        }
        return nil
    }

    // MARK: Relative clauses

    private static let relativePronouns: WordSet = ["der", "die", "das", "den"]
    private static let articles: Set<String> = ["der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer"]

    /// A relative clause around a verb at the end ("X, die Y 2014 gekauft hatte"): the comma, the pronoun
    /// and the name it refers to. Nil when the word after the comma is an article ("…, die Firma Y kauft").
    private func relativeClause(before trigger: Int, _ clause: Range<Int>) -> (antecedent: EntityID, pronoun: Int, span: Range<Int>)? {
        // "…, die X zu übernehmen": an infinitive clause, not a relative one (its verb is not finite).
        if view.word(trigger - 1) == "zu" || isModalInfinitive(trigger) { return nil }
        guard let comma = view.span(clause.lowerBound, trigger).last(where: { view.word($0) == "," }), comma > clause.lowerBound,
            Self.relativePronouns.contains(view.word(comma + 1)), comma + 2 < trigger
        else { return nil }
        let next = comma + 2
        if !view.items[next].hasMention, let first = view.tokens[view.items[next].tokens.lowerBound].text.unicodeScalars.first,
            first.properties.isUppercase
        {
            return nil
        }
        var head = comma - 1
        if view.transparent(head), head > clause.lowerBound { head -= 1 }
        // "bei der Firma Y entwickelt, die …": the clause's last verb may stand between the name and the comma.
        if !view.items[head].hasMention, head > clause.lowerBound, view.items[head - 1].isOrganisation,
            let first = view.tokens[view.items[head].tokens.lowerBound].text.unicodeScalars.first, first.properties.isLowercase
        {
            head -= 1
        }
        guard view.items[head].isOrganisation, !view.isPossessive(head), let antecedent = view.items[head].entity else { return nil }
        // The verb ends the relative clause: only auxiliaries, punctuation or nothing follow it.
        let after = view.span(trigger + 1, clause.upperBound)
        guard after.allSatisfy({ view.isA(.perfectaux, $0) || view.isA(.passiveaux, $0) || ["werden", "worden", "sein", "wollen", "will", "soll", "sollen", "möchte"].contains(view.word($0)) || view.tokens[view.items[$0].tokens.lowerBound].isPunctuation })
        else { return nil }
        return (antecedent, comma + 1, (comma + 1)..<clause.upperBound)
    }

    /// The deal of a buying verb in a relative clause: "X, die Y gekauft hatte" (Y buys X), "X, den Y
    /// übernahm", "X, der den Konkurrenten Y übernommen hat" (X buys Y), "X, die 2014 von Y übernommen
    /// wurde" (Y buys X). Nil when the clause does not say who buys whom ("X, die die Y übernommen hat").
    private func relativeBuy(_ trigger: Int, _ relative: (antecedent: EntityID, pronoun: Int, span: Range<Int>)) -> DealCandidate? {
        let inner = view.span(relative.pronoun + 1, trigger)
        let clause = relative.span
        if Self.participles.contains(view.word(trigger)), hasPassiveAux(clause) {
            guard let buyer = organisations(in: inner, governedBy: ["von", "vom", "durch"], excluding: [relative.antecedent]).first else { return nil }
            return make(.acquisition, acquirer: buyer.entity, seller: nil, target: relative.antecedent, trigger: trigger, clause: clause)
        }
        // "X, die 20 Prozent an Y übernommen hat", "X, an der Y 20 Prozent erworben hat" is not read here.
        if let stakeTarget = organisations(in: inner, governedBy: ["an", "am", "bei", "beim"], excluding: [relative.antecedent]).first,
            view.stakePhrase(from: relative.pronoun, to: stakeTarget.index).isStake
        {
            let buyer = organisations(in: view.span(relative.pronoun + 1, stakeTarget.index), governedBy: [nil], excluding: [stakeTarget.entity], peopleToo: true).first?.entity
                ?? relative.antecedent
            guard buyer != stakeTarget.entity else { return nil }
            var deal = make(.stake, acquirer: buyer, seller: nil, target: stakeTarget.entity, trigger: trigger, clause: clause)
            deal.percent = view.stakePhrase(from: relative.pronoun, to: stakeTarget.index).percent
            return deal
        }
        guard let party = organisations(in: inner, governedBy: [nil], excluding: [relative.antecedent], peopleToo: true).first else { return nil }
        // The article of the party's phrase, if any: the nearest article before it after the pronoun.
        var article: String?
        var position = party.index - 1
        while position > relative.pronoun {
            if Self.articles.contains(view.word(position)) {
                article = view.word(position)
                break
            }
            if view.items[position].hasMention || view.quantities.contains(where: { $0.item == position }) { break }
            position -= 1
        }
        let pronoun = view.word(relative.pronoun)
        let partyBuys: Bool
        switch (pronoun, article) {
        case ("den", _): partyBuys = true
        case ("der", _): partyBuys = false
        case (_, nil), (_, "der"?), (_, "ein"?): partyBuys = true
        case (_, "den"?), (_, "einen"?): partyBuys = false
        default: return nil
        }
        // The party of a relative clause about people buying ("…, die der Investor Y kaufte") may be a person;
        // a company bought must be an organisation.
        if !partyBuys, view.items[party.index].mention?.kind == .person { return nil }
        var deal = make(
            .acquisition, acquirer: partyBuys ? party.entity : relative.antecedent, seller: nil,
            target: partyBuys ? relative.antecedent : party.entity, trigger: trigger, clause: clause)
        let phrase = view.stakePhrase(from: relative.pronoun, to: partyBuys ? trigger : party.index)
        if phrase.isStake, !phrase.all {
            deal.kind = .stake
            deal.percent = phrase.percent
        }
        return deal
    }

    /// Nouns of a task or role one takes on ("übernimmt die Leitung der X"): their genitive names no target.
    private static let duties: WordSet = [
        "leitung", "führung", "geschäftsführung", "chefredaktion", "redaktion", "vorsitz", "funktion", "amt", "aufgabe", "aufgaben",
        "verantwortung", "rolle", "posten", "position", "regie", "ruder", "kosten", "mehrkosten", "haftung", "garantie", "schulden",
        "betreuung", "vertretung", "patenschaft", "koordination", "organisation", "steuerung", "kontrolle", "präsidentschaft",
        "moderation", "geschäfte", "agenden", "ressort", "spitze", "sanierung", "abwicklung", "vermarktung", "vertrieb", "betrieb",
    ]

    /// Whether the object between a buying verb and a name is a duty governed by a genitive ("die Leitung der X").
    private func ownsADuty(from trigger: Int, to target: Int) -> Bool {
        guard trigger < target else { return false }
        return view.span(trigger + 1, target).contains { index in
            !view.items[index].hasMention && Self.duties.contains(view.word(index)) && ["der", "des", "von", "vom", "beim", "bei", "für"].contains(view.word(index + 1))
        }
    }

    /// Whether two names stand in one list: only commas, "und", "sowie", articles and short descriptions between.
    private func areListed(_ a: Int, _ b: Int) -> Bool {
        let (first, second) = a < b ? (a, b) : (b, a)
        let between = view.span(first + 1, second)
        guard !between.isEmpty, between.count <= 6, between.contains(where: { [",", "und", "sowie"].contains(view.word($0)) }) else { return false }
        return between.allSatisfy { index in
            let word = view.word(index)
            // A lower-case word that is no article ("kündigte an, die X …") is a verb: no list.
            let capitalised = view.tokens[view.items[index].tokens.lowerBound].text.unicodeScalars.first?.properties.isUppercase == true
            return !view.items[index].hasMention && ([",", "und", "sowie"].contains(word) || Self.articles.contains(word) || view.items[index].mask == 0 && capitalised)
                && !view.quantities.contains(where: { $0.item == index })
        }
    }

    func make(_ kind: DealKind, acquirer: EntityID?, seller: EntityID?, target: EntityID, trigger: Int, clause: Range<Int>) -> DealCandidate {
        var deal = DealCandidate(
            kind: kind, acquirer: acquirer, seller: seller, target: target, percent: nil, resultingPercent: nil,
            price: view.price(after: clause.lowerBound - 1, in: clause), date: view.statedDate(in: clause, near: trigger),
            status: view.status(of: trigger, in: view.word(trigger - 1) == "zu" || isModalInfinitive(trigger) ? 0..<clause.upperBound : clause, pastTense: isPast(trigger, clause)),
            sentence: view.sentence.index)
        // "kündigte an, X zu übernehmen", "hofft, X kaufen zu können": an intention, unless an agreement is told.
        if deal.status == .announced, view.word(trigger - 1) == "zu" || isModalInfinitive(trigger),
            !view.span(0, clause.upperBound).contains(where: { Self.agreementWords.contains(view.word($0)) })
        {
            deal.status = .planned
        }
        // "hatte angekündigt, X zu übernehmen": the plan is told in the pluperfect, not the deal.
        deal.historical = view.word(trigger - 1) != "zu" && view.isHistorical(clause)
        return deal
    }
}
