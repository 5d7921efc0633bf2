import NewsModel

/// English ownership and deal frames the other English rules leave out, each a general form of news prose:
/// passive ownership with several owners or a relative pronoun ("X, which is controlled by Y", "X is jointly
/// owned by A and B"), active control ("Y now controls X", "Y controls 51 pct of X"), subsidiary lists ("Y,
/// whose subsidiaries include X"), "the 69 pct parent of X", "the largest shareholder in X with 15 pct", "its
/// holding in X is now 12 pct", a raise of "its holding" told after the purchase ("The purchase raises its
/// holding to 12 pct"), a stake whose company the article named before ("Y holds a stake of 28.1%"), and the
/// deals "gained control of X", "offered 5 bln dlrs for X" and "completed the X acquisition"; the bid frames of
/// ``EnglishApproachForms`` run from here too.
///
/// One table lookup per word tells whether the word leads one of these frames; nothing is built otherwise.
struct EnglishRelationForms: Sendable {
    let view: SentenceView

    private enum Lead: Sendable {
        case passiveOwned, control, subsidiaries, unit, parent, shareholder, stake, raise, controlNoun, offered, dealNoun, partOf, jointVenture
        case approach(EnglishApproachForms.Lead)
    }

    /// Every lead word with its frame.
    private static let leadEntries: [String: Lead] = {
        var entries: [String: Lead] = [
            "owned": .passiveOwned, "controlled": .passiveOwned, "held": .passiveOwned,
            "controls": .control,
            "subsidiaries": .subsidiaries, "units": .subsidiaries, "affiliates": .subsidiaries, "holdings": .subsidiaries,
            "subsidiary": .unit, "unit": .unit, "affiliate": .unit, "division": .unit,
            "parent": .parent,
            "shareholder": .shareholder, "stockholder": .shareholder,
            "holding": .stake, "stake": .stake, "shareholding": .stake, "interest": .stake,
            "raises": .raise, "raised": .raise, "raising": .raise, "brings": .raise, "brought": .raise, "bringing": .raise,
            "lifts": .raise, "lifted": .raise, "increases": .raise, "increased": .raise, "increasing": .raise, "takes": .raise, "took": .raise,
            "control": .controlNoun,
            "offered": .offered, "offers": .offered,
            "acquisition": .dealNoun, "takeover": .dealNoun, "purchase": .dealNoun, "buyout": .dealNoun, "deal": .dealNoun, "merger": .dealNoun,
            "part": .partOf, "venture": .jointVenture,
        ]
        for (word, lead) in EnglishApproachForms.leads {
            precondition(entries[word] == nil, "English relation lead word '\(word)' is listed twice.")
            entries[word] = .approach(lead)
        }
        return entries
    }()

    private static let leads = WordTable<Lead>(leadEntries)

    /// The cheap test before the lookup: the lexicon classes of the lead words, without the frequent structural
    /// ones ("planned" for "offered", "passiveaux"); the lead words of no other class are in `relationlead`.
    private static let leadMask: UInt32 = {
        let structural: UInt32 = [FactWordClass.planned, .passiveaux, .perfectaux, .pronoun, .completed, .announced, .rumoured, .negation, .companyword]
            .reduce(0) { $0 | $1.bit }
        var mask = FactWordClass.relationlead.bit
        for word in leadEntries.keys {
            let classes = FactLexicon.shared.english.mask(word) & ~structural
            precondition(classes != 0, "English relation lead word '\(word)' has no class in deals-en.txt.")
            mask |= classes
        }
        return mask
    }()

    /// Adverbs and percent words that may stand between "is" and "owned": "is jointly owned", "is 49 pct owned".
    private static let ownedFillers: WordSet = ["jointly", "wholly", "majority", "partly", "now", "still", "also", "indirectly", "directly", "pct", "percent", "%", "equally"]
    /// Words that make a holding a past one.
    private static let pastWords: WordSet = ["formerly", "previously", "once", "originally", "then", "former"]
    /// Adjectives of the largest holder.
    private static let largestWords: WordSet = ["largest", "biggest", "major", "main", "principal", "controlling", "majority", "dominant", "leading", "single"]
    /// Verbs that report that a holding is now so large: "its holding in X is now 12 pct".
    private static let holdingCopulas: WordSet = ["is", "stands", "totals", "amounts", "now", "at", "to", "of"]
    /// Verbs that gain control: "gained control of X".
    private static let gainVerbs: WordSet = ["gained", "gains", "gain", "won", "wins", "assumed", "assumes", "seized", "obtained", "acquired", "took", "takes", "taken", "win"]
    /// Verbs whose subject does a deal named by a noun after them: "completed the X acquisition".
    private static let dealVerbs: WordSet = [
        "completed", "completes", "closed", "closes", "finalized", "finalised", "announced", "announces", "expects", "expected", "agreed", "agrees",
        "financed", "finance", "finances", "signed", "signs", "sealed", "seals", "approved", "clinched", "clinches", "struck", "strikes",
    ]
    /// Words before a verb of holding that make the holding a future or a shared one.
    private static let notYetOrShared: WordSet = ["will", "would", "could", "may", "might", "to", "each", "both"]
    /// What may follow a stake phrase that names no company: the end of the clause.
    private static let stakeEnds: WordSet = ["", ".", ",", ";", "through", "via", "and"]
    /// Relative pronouns.
    private static let relativeWords: WordSet = ["which", "that", "who", "whose"]
    /// Words of a list of names.
    private static let listWords: WordSet = [",", "and"]

    /// The deals and holdings of the sentence in these frames.
    func candidates(context: RoleContext) -> (deals: [DealCandidate], stakes: [StakeCandidate]) {
        guard view.language == .english else { return ([], []) }
        var deals: [DealCandidate] = []
        var stakes: [StakeCandidate] = []
        let approaches = EnglishApproachForms(view: view)
        let leadMask = Self.leadMask
        for clause in view.clauses {
            // The mask is read in place (one integer per item); only a word of a lead word's class is looked up.
            for index in clause where view.items[index].mask & leadMask != 0 {
                guard let lead = Self.leads[view.items[index].lower] else { continue }
                switch lead {
                case .passiveOwned:
                    stakes += passiveOwners(index, clause, context) + splitOwners(index, clause, context) + theirJointlyOwned(index, clause)
                    // "It is 83 pct owned by Y": the article's company.
                    if view.word(index) == "owned", let found = EnglishTopicOwnedForms(view: view).stake(at: index, context) { stakes.append(found) }
                case .control:
                    if let found = activeControl(index, clause, context) { stakes.append(found) }
                case .subsidiaries:
                    stakes += includedUnits(index, clause, context)
                case .unit:
                    if let found = possessedUnit(index, clause, context) ?? buyerApposedUnit(index, clause) ?? EnglishTopicOwnedForms(view: view).stake(at: index, context) {
                        stakes.append(found)
                    }
                    if let found = EnglishFutureUnitForms(view: view).deal(at: index, clause, context) { deals.append(found) }
                case .parent:
                    if let found = percentParent(index, clause, context) { stakes.append(found) }
                case .shareholder:
                    if let found = largestShareholder(index, clause, context) { stakes.append(found) }
                case .stake:
                    if let found = holdingIs(index, clause, context) ?? stakeOfEarlierCompany(index, clause, context) { stakes.append(found) }
                case .raise:
                    if let found = raisedItsHolding(index, clause, context) {
                        stakes.append(found)
                        // The same purchase as the earlier sentence's, now with the holding it leads to.
                        var deal = EnglishDealRules(view: view).make(
                            .stake, acquirer: found.holder, seller: nil, target: found.company, trigger: index, clause: clause, past: view.word(index).hasSuffix("ed"))
                        deal.resultingPercent = found.percent
                        deals.append(deal)
                    }
                case .controlNoun:
                    if let found = gainedControl(index, clause, context) { deals.append(found) }
                case .offered:
                    if let found = offeredFor(index, clause, context) { deals.append(found) }
                case .dealNoun:
                    if let found = namedDeal(index, clause, context) { deals.append(found) }
                case .partOf:
                    let found = EnglishPartOfForms(view: view).candidate(at: index, clause, context)
                    if let deal = found.deal { deals.append(deal) }
                    if let stake = found.stake { stakes.append(stake) }
                case .jointVenture:
                    stakes += EnglishJointVentureForms(view: view).stakes(at: index, clause, context)
                case .approach(let frame):
                    if let found = approaches.deal(frame, at: index, clause, context) {
                        deals.append(found)
                    } else if view.word(index) == "offer", ["will", "would", "to"].contains(view.word(index - 1)), let found = offeredFor(index, clause, context) {
                        // "Y will offer 18.50 dlrs per share for X".
                        deals.append(found)
                    }
                }
            }
        }
        return (deals.filter { $0.acquirer != $0.target }, stakes.filter { $0.holder != $0.company })
    }

    private func make(_ holder: EntityID, _ company: EntityID, _ percent: Double?) -> StakeCandidate {
        StakeCandidate(holder: holder, company: company, percent: percent.flatMap { $0 > 0 && $0 <= 100 ? $0 : nil }, since: nil, sentence: view.sentence.index)
    }

    /// The organisation right at `index`, skipping an article or a bracket before it.
    private func organisation(at index: Int, _ clause: Range<Int>) -> (index: Int, entity: EntityID)? {
        var position = index
        while position < clause.upperBound, view.word(position) == "the" || view.transparent(position) { position += 1 }
        guard position < clause.upperBound, view.items[position].isOrganisation, let entity = view.items[position].entity else { return nil }
        return (position, entity)
    }

    /// The party that stands before ", which"/", that" at `relative` ("X, which …"), if any.
    private func antecedent(ofRelative relative: Int) -> EntityID? {
        guard ["which", "that", "whose"].contains(view.word(relative)), view.word(relative - 1) == "," else { return nil }
        var position = relative - 2
        if view.word(position) == ">", let open = view.span(max(0, position - 5), position).last(where: { view.word($0) == "<" }) { position = open - 1 }
        if ["group", "concern", "company"].contains(view.word(position)) { position -= 1 }
        guard position >= 0, view.items[position].isParty, !view.isPossessive(position) else { return nil }
        return view.items[position].entity
    }

    // MARK: holdings

    /// "X, which is controlled by Y", "X is jointly owned by A and B", "X, which is 49 pct held by Y": every
    /// coordinated owner after "by" holds the subject of the passive.
    private func passiveOwners(_ trigger: Int, _ clause: Range<Int>, _ context: RoleContext) -> [StakeCandidate] {
        guard view.word(trigger + 1) == "by", trigger + 2 < clause.upperBound, view.items[trigger + 2].isParty, !view.isPossessive(trigger + 2) else { return [] }
        var aux = trigger - 1
        var wholly = false
        while aux > clause.lowerBound, trigger - aux <= 4, !view.items[aux].hasMention, !view.isA(.passiveaux, aux) {
            let word = view.word(aux)
            guard Self.ownedFillers.contains(word) || view.quantities.contains(where: { $0.item == aux }) else { return [] }
            if word == "wholly" { wholly = true }
            aux -= 1
        }
        guard view.isA(.passiveaux, aux), !["be", "being"].contains(view.word(aux)),
            !view.span(max(clause.lowerBound, aux - 2), trigger).contains(where: { Self.pastWords.contains(view.word($0)) })
        else { return [] }
        let percent = wholly ? 100 : view.quantities.first { $0.item > aux && $0.item < trigger }?.quantity.percent
        // "held by" is a holding only with a percent ("a meeting held by Y" is none).
        if view.word(trigger) == "held", percent == nil { return [] }
        var owners: [EntityID] = []
        var position = trigger + 2
        while let owner = view.items[position].entity, view.items[position].isParty, !view.isPossessive(position) {
            owners.append(owner)
            guard Self.listWords.contains(view.word(position + 1)), position + 2 < clause.upperBound, view.items[position + 2].isParty else { break }
            position += 2
        }
        // The owned company: the name before ", which is …", else the passive's subject.
        let company = antecedent(ofRelative: aux - 1) ?? view.subject(of: aux, in: clause, context: context)
        guard let company, view.items.contains(where: { $0.entity == company && $0.isOrganisation }) else { return [] }
        return owners.filter { $0 != company }.map { make($0, company, owners.count == 1 ? percent : nil) }
    }

    /// "Y controls X", "Y now controls 51 pct of X", "Y, which controls X": the subject holds the company named
    /// right after the verb.
    private func activeControl(_ trigger: Int, _ clause: Range<Int>, _ context: RoleContext) -> StakeCandidate? {
        var next = trigger + 1
        var percent: Double?
        if let stated = view.quantity(at: next)?.percent {
            // "controls 51 pct of X": the percent, then "of".
            var after = next + 1
            while after < clause.upperBound, ["pct", "percent", "%"].contains(view.word(after)) { after += 1 }
            guard view.word(after) == "of" else { return nil }
            percent = stated
            next = after + 1
        }
        guard !view.isNegated(trigger, in: clause), let company = organisation(at: next, clause), !view.isPossessive(company.index) else { return nil }
        // "Y, which controls X": the name before the relative; "the holding company which controls X" names none, unless
        // it is an apposition of a name ("Y, the Gibraltar-based holding company which controls 51% of X").
        let relative = view.span(clause.lowerBound, trigger).contains { Self.relativeWords.contains(view.word($0)) }
        let holder = relative
            ? antecedent(ofRelative: trigger - 1) ?? view.appositionRelativeAntecedent(trigger - 1)
            : view.subject(of: trigger, in: clause, context: context)
        guard let holder else { return nil }
        return make(holder, company.entity, percent)
    }

    /// "Y, whose subsidiaries include X", "Y's units include A and B", "its holdings include X", "Y's European units A
    /// and B": each listed company is held by the possessor.
    private func includedUnits(_ trigger: Int, _ clause: Range<Int>, _ context: RoleContext) -> [StakeCandidate] {
        let includes = ["include", "includes", "included"].contains(view.word(trigger + 1))
        // "GM's European units Opel and Saab": the names right after the noun, with a possessor a word or two before.
        let named = !includes && organisation(at: trigger + 1, view.span(0, view.items.count))?.index == trigger + 1
        guard includes || named else { return [] }
        var before = trigger - 1
        if named {
            while before > clause.lowerBound, trigger - before <= 2, !view.items[before].hasMention, view.items[before].mask & FactWordClass.verbMask == 0,
                !view.tokens[view.items[before].tokens.lowerBound].isPunctuation, !["its", "their"].contains(view.word(before))
            {
                before -= 1
            }
        }
        var holder: EntityID?
        if view.word(before) == "whose" {
            holder = antecedent(ofRelative: before)
        } else if includes, ["its", "their"].contains(view.word(before)) {
            // ("debt of X and its units A and B": "its" is X's, not the subject's; the named list wants "Y's".)
            holder = view.subject(of: before + 1, in: view.clause(of: before), context: context)
        } else if before >= 0, view.items[before].isOrganisation, view.isPossessive(before) {
            holder = view.items[before].entity
        }
        guard let holder else { return [] }
        var result: [StakeCandidate] = []
        var position = includes ? trigger + 2 : trigger + 1
        while let found = organisation(at: position, view.span(0, view.items.count)), found.index - position <= 1 {
            result.append(make(holder, found.entity, nil))
            var after = found.index + 1
            if view.word(after) == "(", let close = view.span(after, min(view.items.count, after + 5)).first(where: { view.word($0) == ")" }) { after = close + 1 }
            guard Self.listWords.contains(view.word(after)) else { break }
            position = view.word(after + 1) == "and" ? after + 2 : after + 1
        }
        return result
    }

    /// "Its X subsidiary also makes …", "Y's newly formed subsidiary, X", "the company's finance subsidiary, X" (the
    /// article's company): the possessor holds the unit named right
    /// before the unit noun, or in the apposition after it (never in a clause that sells, nor a former unit).
    private func possessedUnit(_ trigger: Int, _ clause: Range<Int>, _ context: RoleContext) -> StakeCandidate? {
        var company: EntityID?
        var owner = trigger - 1
        if owner >= 1, view.items[owner].isOrganisation, !view.isPossessive(owner) {
            company = view.items[owner].entity
            owner -= 1
        } else if view.word(trigger + 1) == ",", trigger + 2 < clause.upperBound, view.items[trigger + 2].isOrganisation, !view.isPossessive(trigger + 2) {
            company = view.items[trigger + 2].entity
            // "Y's newly formed subsidiary, X": up to three plain words between the possessor and the noun.
            while owner >= clause.lowerBound, trigger - owner <= 4, !view.items[owner].hasMention, !["its", "their"].contains(view.word(owner)),
                !Self.companyPossessives.contains(view.word(owner)), !view.tokens[view.items[owner].tokens.lowerBound].isPunctuation
            {
                owner -= 1
            }
        }
        guard let company, owner >= 0, owner >= clause.lowerBound,
            // "made and sold by Y's subsidiary, X": a sale by the unit is no sale of it.
            !view.span(clause.lowerBound, trigger).contains(where: { (view.isA(.sell, $0) || view.isA(.salenoun, $0)) && view.word($0 + 1) != "by" || Self.pastWords.contains(view.word($0)) })
        else { return nil }
        let holder: EntityID?
        if ["its", "their"].contains(view.word(owner)) {
            // "its" only with its company named before it in the sentence ("X said … its Y subsidiary"): at the start
            // of a sentence the article's company is not known well enough.
            guard view.span(0, owner).contains(where: { view.isSubjectCandidate($0) && view.items[$0].isOrganisation }) else { return nil }
            holder = view.coordinatedOwner(ofPronoun: owner) ?? view.subject(of: owner + 1, in: clause, context: context)
        } else if view.items[owner].isOrganisation, view.isPossessive(owner) {
            holder = view.items[owner].entity
        } else if Self.companyPossessives.contains(view.word(owner)), view.word(owner - 1) == "the", company != context.topic {
            // "the company's finance subsidiary, X": the article's company.
            holder = context.topic
        } else {
            holder = nil
        }
        guard let holder, holder != company, view.items.contains(where: { $0.entity == holder && $0.isOrganisation }) || !view.items.contains(where: { $0.entity == holder }) else { return nil }
        return make(holder, company, nil)
    }

    /// "the company's" and its kin before a unit noun: the article's company owns the unit.
    private static let companyPossessives: WordSet = ["company's", "company’s", "group's", "group’s"]

    /// "Y is the 69 pct parent of X", "Y, the 69 pct parent of X": the percent stands before "parent".
    private func percentParent(_ trigger: Int, _ clause: Range<Int>, _ context: RoleContext) -> StakeCandidate? {
        guard view.word(trigger + 1) == "of", let company = organisation(at: trigger + 2, clause),
            let percent = view.quantities.first(where: { $0.item >= trigger - 3 && $0.item < trigger })?.quantity.percent,
            let holder = view.subject(of: trigger, in: clause, context: context)
        else { return nil }
        return make(holder, company.entity, percent)
    }

    /// "Y is the largest shareholder in X with 15 pct", "Y, the biggest shareholder of X, with a 15 pct stake".
    private func largestShareholder(_ trigger: Int, _ clause: Range<Int>, _ context: RoleContext) -> StakeCandidate? {
        guard Self.largestWords.contains(view.word(trigger - 1)), ["in", "of"].contains(view.word(trigger + 1)),
            let company = organisation(at: trigger + 2, view.span(0, view.items.count)), !view.isPossessive(company.index)
        else { return nil }
        var article = trigger - 1
        while article > 0, Self.largestWords.contains(view.word(article)) || view.word(article) == "single" { article -= 1 }
        guard view.word(article) == "the", article >= 1 else { return nil }
        var holder: EntityID?
        if view.word(article - 1) == ",", article >= 2, view.items[article - 2].isParty {
            holder = view.items[article - 2].entity
        } else if ["is", "was", "remains", "became", "becomes"].contains(view.word(article - 1)) {
            holder = view.subject(of: article - 1, in: view.clause(of: article - 1), context: context)
        }
        guard let holder else { return nil }
        let percent = view.span(company.index + 1, min(view.items.count, company.index + 8)).first { view.word($0) == "with" }.flatMap { with in
            view.quantities.first { $0.item > with && $0.item <= with + 3 }?.quantity.percent
        }
        return make(holder, company.entity, percent)
    }

    /// "its holding in X is now 12 pct", "Y's stake in X stands at 20 pct".
    private func holdingIs(_ trigger: Int, _ clause: Range<Int>, _ context: RoleContext) -> StakeCandidate? {
        guard view.word(trigger + 1) == "in", let company = organisation(at: trigger + 2, view.span(0, view.items.count)) else { return nil }
        var after = company.index + 1
        if view.word(after) == "<", let close = view.span(after, min(view.items.count, after + 5)).first(where: { view.word($0) == ">" }) { after = close + 1 }
        guard ["is", "stands", "totals", "amounts"].contains(view.word(after)) else { return nil }
        var position = after + 1
        while position < view.items.count, position - after <= 3, Self.holdingCopulas.contains(view.word(position)) || view.word(position) == "about" { position += 1 }
        guard let percent = view.quantity(at: position)?.percent else { return nil }
        let owner = trigger - 1
        var holder: EntityID?
        if ["its", "their"].contains(view.word(owner)) {
            holder = view.subject(of: owner + 1, in: view.clause(of: owner), context: context)
        } else if owner >= 0, view.items[owner].isParty, view.isPossessive(owner) {
            holder = view.items[owner].entity
        }
        guard let holder else { return nil }
        return make(holder, company.entity, percent)
    }

    /// "Y holds a stake of 28.1%", "Y has a 28.1 pct stake" with no company in the sentence: the company of the
    /// article's latest holding, else the article's company.
    private func stakeOfEarlierCompany(_ trigger: Int, _ clause: Range<Int>, _ context: RoleContext) -> StakeCandidate? {
        guard view.word(trigger) == "stake", let verb = view.span(max(clause.lowerBound, trigger - 5), trigger).last(where: { view.isA(.hold, $0) || view.isA(.have, $0) }),
            ["hold", "holds", "own", "owns", "has", "have"].contains(view.word(verb)),
            !view.span(verb + 1, clause.upperBound).contains(where: { view.items[$0].hasMention })
        else { return nil }
        var percent: Double?
        var end = trigger + 1
        if view.word(trigger + 1) == "of", let quantity = view.quantity(at: trigger + 2) {
            percent = quantity.percent
            end = view.span(trigger + 2, view.items.count).first { view.items[$0].tokens.lowerBound >= quantity.tokens.upperBound } ?? view.items.count
        } else {
            percent = view.quantities.first { $0.item > verb && $0.item < trigger }?.quantity.percent
        }
        // The stake phrase ends the clause: "a 20 pct stake in one of the two companies" names another company.
        // "will each have a 50 pct stake" (a venture being formed) states no holding in the earlier company; nor
        // does a sentence that names other companies.
        guard Self.stakeEnds.contains(view.word(end)), !Self.notYetOrShared.contains(view.word(verb - 1)), let percent,
            let holder = view.subject(of: verb, in: clause, context: context),
            !view.items.contains(where: { $0.isOrganisation && $0.entity != holder }),
            let company = context.lastStakeCompany ?? context.topic, company != holder
        else { return nil }
        return make(holder, company, percent)
    }

    /// "The purchase raises its holding to 12 pct", "It brings its stake to 12 pct": a sentence that names no
    /// company speaks of the stake the article spoke of last.
    private func raisedItsHolding(_ trigger: Int, _ clause: Range<Int>, _ context: RoleContext) -> StakeCandidate? {
        let its = trigger + 1
        guard ["its", "their"].contains(view.word(its)), !view.items.contains(where: { $0.isOrganisation }), view.isA(.stakenoun, its + 1), view.word(its + 2) == "to",
            let percent = view.quantity(at: its + 3)?.percent,
            !view.span(clause.lowerBound, clause.upperBound).contains(where: { view.items[$0].isOrganisation && $0 > trigger }),
            let company = context.lastStakeCompany,
            let holder = view.span(clause.lowerBound, trigger).contains(where: { view.isSubjectCandidate($0) })
                ? view.subject(of: trigger, in: clause, context: context)
                : context.resolve(pronoun: its, before: view.items[its].tokens.lowerBound, in: view),
            holder != company
        else { return nil }
        return make(holder, company, percent)
    }

    // MARK: deals

    /// "Y gained control of X", "Y won control of X": Y acquires X.
    private func gainedControl(_ trigger: Int, _ clause: Range<Int>, _ context: RoleContext) -> DealCandidate? {
        var verb = trigger - 1
        if ["full", "effective", "majority", "management", "operational", "outright", "sole"].contains(view.word(verb)) { verb -= 1 }
        guard Self.gainVerbs.contains(view.word(verb)), view.word(trigger + 1) == "of", let target = organisation(at: trigger + 2, clause),
            !view.isPossessive(target.index), !view.isNegated(verb, in: clause), let acquirer = view.subject(of: verb, in: clause, context: context)
        else { return nil }
        let past = view.word(verb).hasSuffix("ed") || ["won", "took", "taken"].contains(view.word(verb))
        return EnglishDealRules(view: view).make(.acquisition, acquirer: acquirer, seller: nil, target: target.entity, trigger: verb, clause: clause, past: past)
    }

    /// "Y offered 5 bln dlrs for X", "Y is offering 20 dlrs a share for X": a bid for X.
    private func offeredFor(_ trigger: Int, _ clause: Range<Int>, _ context: RoleContext) -> DealCandidate? {
        guard let amount = view.quantities.first(where: { $0.item > trigger && $0.item <= trigger + 2 }), case .money = amount.quantity.kind,
            let forIndex = view.span(amount.item + 1, min(clause.upperBound, amount.item + 6)).first(where: { view.word($0) == "for" }),
            let target = organisation(at: forIndex + 1, clause).flatMap({ view.isPossessive($0.index) ? nil : $0 }) ?? view.wholeShareTarget(after: forIndex, clause),
            let acquirer = view.subject(of: trigger, in: clause, context: context)
        else { return nil }
        var deal = EnglishDealRules(view: view).make(.acquisition, acquirer: acquirer, seller: nil, target: target.entity, trigger: trigger, clause: clause, past: false)
        if deal.status == .announced || deal.status == .completed { deal.status = .planned }
        return deal
    }

    /// Verbs of closing after a deal noun: "the X deal would close in June".
    private static let closingWords: WordSet = ["close", "closes", "closed", "completed", "complete", "finalized", "finalised"]

    /// The verb whose subject makes the deal of "the X deal" (at `article`): a deal verb right before it, or
    /// "said" when a verb of closing follows the noun ("Y said the X deal would close in June").
    private func dealVerb(before article: Int, after noun: Int, _ clause: Range<Int>) -> Int? {
        if let verb = view.span(clause.lowerBound, article).last(where: { Self.dealVerbs.contains(view.word($0)) }), article - verb <= 1 { return verb }
        let said = article - 1
        guard ["said", "says"].contains(view.word(said)),
            view.span(noun + 1, min(clause.upperBound, noun + 5)).contains(where: { Self.closingWords.contains(view.word($0)) })
        else { return nil }
        return said
    }

    /// "Y completed the X acquisition", "Y expects the X deal to close": a deal noun with the company before it
    /// and no "of"/"by" after; the clause's subject, which a completion or agreement verb governs, buys X. "Funds
    /// will be used to refinance the cost of the recent X acquisition" names no buyer: the article's company, when
    /// the sentence names no other.
    private func namedDeal(_ trigger: Int, _ clause: Range<Int>, _ context: RoleContext) -> DealCandidate? {
        let name = trigger - 1
        guard name >= 1, view.items[name].isOrganisation, let target = view.items[name].entity,
            let article = view.word(name - 1) == "the" ? name - 1 : Self.dealAdjectives.contains(view.word(name - 1)) && view.word(name - 2) == "the" ? name - 2 : nil,
            !["of", "by", "with", "between", "for"].contains(view.word(trigger + 1)), view.word(trigger) != "merger" || view.word(trigger + 1) != "agreement",
            let verb = dealVerb(before: article, after: trigger, clause) ?? financingVerb(before: article),
            let acquirer = view.subject(of: verb, in: clause, context: context) ?? financedByTheArticlesCompany(verb, target: target, context),
            acquirer != target, view.items.contains(where: { $0.entity == acquirer && $0.isOrganisation }) || acquirer == context.leadSubject
        else { return nil }
        let kind: DealKind = view.word(trigger) == "merger" ? .merger : .acquisition
        let past = view.isA(.completed, verb) || view.word(verb).hasSuffix("ed")
        var deal = EnglishDealRules(view: view).make(kind, acquirer: acquirer, seller: nil, target: target, trigger: verb, clause: clause, past: past)
        // "the recent X acquisition" is done, whatever the verb's tense.
        if view.word(article + 1) == "recent" { deal.status = .completed }
        return deal
    }

    /// Adjectives between "the" and the company of a named deal: "the recent X acquisition".
    private static let dealAdjectives: WordSet = ["recent", "proposed", "planned", "pending", "agreed", "announced"]
    /// Verbs that pay for a deal: "to finance the X acquisition", "to refinance the cost of the X acquisition".
    private static let financeVerbs: WordSet = ["finance", "finances", "financed", "refinance", "refinances", "refinanced", "fund", "funds", "funded"]

    /// "refinance the cost of the X acquisition": the financing verb before "the cost of" (at `article`).
    private func financingVerb(before article: Int) -> Int? {
        guard view.word(article - 1) == "of", view.word(article - 2) == "cost", view.word(article - 3) == "the", Self.financeVerbs.contains(view.word(article - 4)) else { return nil }
        return article - 4
    }

    /// The article's lead company as the buyer of a deal that a financing verb with no named subject pays for, when the
    /// sentence names no other organisation than the target.
    private func financedByTheArticlesCompany(_ verb: Int, target: EntityID, _ context: RoleContext) -> EntityID? {
        guard Self.financeVerbs.contains(view.word(verb)), let topic = context.leadSubject, topic != target,
            !view.items.contains(where: { $0.isOrganisation && $0.entity != target })
        else { return nil }
        return topic
    }
}
