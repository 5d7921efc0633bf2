import NewsModel

/// Holdings stated as facts rather than as deals: "holds 12 pct of X", "with a 5.5 pct stake in X",
/// "X, a 51 pct-owned unit of Y", "X is owned by Y", "Y hält 30 Prozent an X", "Y ist an X beteiligt",
/// "X, das seit 2010 Y gehörte", "X, eine Tochter von Y", "Y-Tochter X".
struct OwnershipRules: Sendable {
    let view: SentenceView

    private static let relativeWords: WordSet = [
        "der", "die", "das", "dem", "den", "deren", "dessen", "welche", "welcher", "welches", "which", "who", "that",
    ]
    /// Adverbs that put a holding in the past: "formerly owned by Y".
    static let pastOwnershipWords: WordSet = ["formerly", "previously", "once", "originally"]
    private static let articles: WordSet = [
        "a", "an", "the", "ein", "eine", "einem", "einer", "einen", "eines", "der", "die", "das", "dem", "den", "des",
    ]

    /// The holdings the sentence states.
    func stakes(context: RoleContext) -> [StakeCandidate] {
        var result: [StakeCandidate] = percentList(context) + germanRelativeHoldings()
        for clause in view.clauses {
            for trigger in clause {
                if view.items[trigger].hasMention {
                    // All three compound forms need a hyphen suffix ("X-Tochter"); most mentions have none.
                    if view.items[trigger].suffix.hasPrefix("-"),
                        let stake = compoundUnit(trigger, clause) ?? compoundParent(trigger, clause) ?? multiPartCompoundUnit(trigger, clause)
                    {
                        result.append(stake)
                    } else if let stake = possessedCompany(trigger, clause) ?? ownDivision(trigger, clause, context) {
                        result.append(stake)
                    }
                    continue
                }
                // The word is read in place (a copied item retains its strings and mention); one table lookup
                // tells which of the rules below it leads.
                let lower = view.items[trigger].lower
                switch Self.leadWords[lower] {
                case .ownerOrParent?:
                    if let found = possessiveOwner(trigger, clause, context) ?? ownerOf(trigger, clause, context) ?? bareParent(trigger, clause, context),
                        found.holder != found.company
                    {
                        result.append(found)
                    } else {
                        result += appositionOwner(trigger, clause)
                    }
                    continue
                case .shareholder?:
                    if let found = relativeShareholder(trigger, clause) ?? shareholder(trigger, clause, context, earlier: result) ?? possessiveShareholder(trigger, clause) ?? ownerOf(trigger, clause, context)
                        ?? statedShareholder(trigger, clause, context), found.holder != found.company
                    {
                        result.append(found)
                        result += germanPercentHolderList(after: found, clause)
                    }
                    continue
                case .possession?:
                    if view.language == .german, ["im", "in"].contains(view.word(trigger - 1)) {
                        if let found = possession(trigger, clause), found.holder != found.company { result.append(found) }
                        continue
                    }
                case .parentNoun?:
                    if view.language == .german {
                        if let found = germanParent(trigger, clause) ?? namedParent(trigger, clause, context), found.holder != found.company { result.append(found) }
                        continue
                    }
                case .ownerNoun?:
                    // "Eigentümer der X ist die Y", "Mehrheitseigentümer ist Y".
                    let fronted = view.language == .german ? frontedShareholder(trigger, clause, context, earlier: result) : nil
                    if let found = fronted ?? ownerOf(trigger, clause, context), found.holder != found.company {
                        result.append(found)
                        result += germanPercentHolderList(after: found, clause)
                    }
                    continue
                case .ownedCompound?:
                    if let found = ownedBy(trigger, clause) ?? relativeOwnedBy(trigger, clause), found.holder != found.company { result.append(found) }
                    continue
                case .holding?:
                    if view.language == .english, let found = holdingCompany(trigger, clause), found.holder != found.company {
                        result.append(found)
                        continue
                    }
                case .partOf?:
                    if let found = germanPartOf(trigger, clause, context) { result.append(found) }
                    continue
                case nil:
                    // "Zu den Aktionären der X zählt Y mit 8 Prozent".
                    if view.language == .german, lower == "zu", let found = germanAmongHolders(trigger, clause) {
                        result.append(found)
                        result += germanPercentHolderList(after: found, clause)
                        continue
                    }
                }
                guard view.items[trigger].isTrigger || view.isA(.have, trigger) || lower == "owned" else { continue }
                if lower == "owned" || lower == "controlled", !view.isA(.passiveaux, trigger - 1) {
                    if let found = ownedBy(trigger, clause), found.holder != found.company { result.append(found) }
                    continue
                }
                if view.isNegated(trigger, in: clause) { continue }
                if Self.controlVerbs.contains(lower) {
                    if let found = control(trigger, clause, context), found.holder != found.company { result.append(found) }
                    continue
                }
                var found: StakeCandidate?
                if view.isA(.stakenoun, trigger), view.language == .german, let stated = genitiveStake(trigger, clause) ?? germanHaveStake(trigger, clause, context), stated.holder != stated.company {
                    result.append(stated)
                    continue
                }
                if view.isA(.stakenoun, trigger), view.language == .english, let stated = possessiveStake(trigger, clause, context) {
                    result += stated.filter { $0.holder != $0.company }
                    continue
                }
                if view.isA(.stakenoun, trigger), let stated = possessivePercentStake(trigger, clause), stated.holder != stated.company {
                    result.append(stated)
                    continue
                }
                if view.isA(.hold, trigger) || view.isA(.have, trigger) {
                    found = view.language == .german
                        ? germanHold(trigger, clause, context) ?? describedSubjectHolding(trigger, clause, context) ?? describedAttributiveHolding(trigger, clause, context)
                        : englishHold(trigger, clause, context)
                    if found == nil {
                        result += germanDativeOwners(trigger, clause)
                    } else if let direct = found, view.language == .german, direct.holder != direct.company, view.word(trigger).hasPrefix("gehör") {
                        // "X gehört je zur Hälfte der Y und der Z": the coordinated owners too.
                        result += germanCoordinatedHolders(of: direct, clause)
                    } else if let direct = found, view.language == .german, direct.holder != direct.company, view.word(trigger + 1) == "jeweils" {
                        // "Y und Z halten jeweils 50 Prozent an X": each coordinated holder with the percent.
                        result += germanCoordinatedHolders(of: direct, clause).map { var each = $0; each.percent = direct.percent; return each }
                    } else if let direct = found, view.language == .english, direct.holder != direct.company {
                        // "A and B, who own a 29 pct stake in X": the first coordinated name holds it too.
                        result += englishCoordinatedHolders(of: direct, trigger: trigger, clause)
                    }
                } else if view.isA(.entry, trigger), lower.hasPrefix("beteiligt"), !clause.contains(where: { view.word($0) == "sich" }) {
                    found = participation(trigger, clause, context)
                    if let direct = found, direct.holder != direct.company {
                        if let indirect = germanIndirectHolding(direct, trigger, clause, context) { result.append(indirect) }
                        result += germanCoordinatedHolders(of: direct, clause)
                    }
                } else if view.isA(.stakenoun, trigger), ["with", "mit"].contains(view.word(trigger - 1)) || ["with", "mit"].contains(view.word(trigger - 3)) || ["with", "mit"].contains(view.word(trigger - 4)) {
                    found = withStake(trigger, clause, context)
                } else if view.isA(.unitnoun, trigger) {
                    found = unit(trigger, clause, context) ?? unitBetweenNames(trigger, clause) ?? germanIndefiniteUnit(trigger, clause, context)
                        ?? describedUnit(trigger, clause, context) ?? unitApposition(trigger, clause, context)
                    result += listedUnits(trigger, clause).filter { $0.holder != $0.company }
                }
                if let found, found.holder != found.company { result.append(found) }
            }
        }
        return result
    }

    /// "Beteiligungen (wie 52,9 Prozent X, 31,5 Prozent Y)": a list of at least two "percent + name" pairs in
    /// a sentence about stakes names holdings of the sentence's free subject, else of the article's company.
    private func percentList(_ context: RoleContext) -> [StakeCandidate] {
        guard view.language == .german, view.quantities.count >= 2,
            view.items.indices.contains(where: { view.isA(.stakenoun, $0) || (!view.items[$0].hasMention && view.word($0).hasPrefix("beteiligung")) })
        else { return [] }
        var pairs: [(company: EntityID, percent: Double, index: Int)] = []
        for entry in view.quantities {
            guard let percent = entry.quantity.percent,
                let next = view.items.indices.first(where: { $0 > entry.item && view.items[$0].tokens.lowerBound >= entry.quantity.tokens.upperBound }),
                view.items[next].tokens.lowerBound == entry.quantity.tokens.upperBound, view.items[next].isOrganisation,
                let company = view.items[next].entity, [",", ")", "und", "sowie", ";", ".", ""].contains(view.word(next + 1))
            else { continue }
            pairs.append((company, percent, next))
        }
        guard pairs.count >= 2 else { return [] }
        let listed = Set(pairs.map(\.company))
        // The holder stands before the list ("Die Y hält Beteiligungen wie …"); a name after it is no holder.
        let free = view.span(0, pairs[0].index).first { view.isSubjectCandidate($0) && view.items[$0].isOrganisation && !listed.contains(view.items[$0].entity ?? "") }
        guard let holder = free.flatMap({ view.items[$0].entity }) ?? context.topic, !listed.contains(holder) else { return [] }
        let whole = 0..<view.items.count
        return pairs.map { make(holder, $0.company, $0.percent, whole) }
    }

    private func make(_ holder: EntityID, _ company: EntityID, _ percent: Double?, _ clause: Range<Int>) -> StakeCandidate {
        let since = view.dates(in: clause).first { $0.isSince }?.date
        let valid = percent.flatMap { $0 > 0 && $0 <= 100 ? $0 : nil }
        return StakeCandidate(holder: holder, company: company, percent: valid, since: since, sentence: view.sentence.index)
    }

    func percent(in range: Range<Int>) -> Double? {
        view.quantities(in: range).compactMap(\.percent).first
    }

    // MARK: English

    /// "X holds 12 pct of Y", "X owns Y", "X, which holds 4.8 mln shares of Y", "in which X has a 72 pct stake".
    private func englishHold(_ trigger: Int, _ clause: Range<Int>, _ context: RoleContext) -> StakeCandidate? {
        let window = (trigger + 1)..<min(clause.upperBound, trigger + 8)
        // "will own", "would hold": not a holding yet.
        if ["will", "would", "could", "may", "might", "to"].contains(view.word(trigger - 1)) { return nil }
        // "20 dlrs a share" is a price, not shares held.
        let stakeWords = window.contains { view.isA(.stakenoun, $0) || view.isA(.sharenoun, $0) && !view.isPerShare($0) }
        // "has a quarter stake in X": a fraction word for the percent.
        let stated = percent(in: window) ?? fractionStakePercent(in: window)
        // "has received Y's offer", "have agreed to sell": "have" is an auxiliary here, not a holding verb.
        if view.isA(.have, trigger), view.isParticiple(trigger + 1) { return nil }
        if view.isA(.have, trigger) || view.word(trigger) == "holds" || view.word(trigger) == "held" {
            guard stakeWords || stated != nil else { return nil }
        }
        if view.word(trigger) == "held" || view.word(trigger) == "owned", view.isA(.passiveaux, trigger - 1) {
            // "X is owned by Y" ("X was formerly owned by Y" is past).
            guard !Self.pastOwnershipWords.contains(view.word(trigger - 1)), let company = view.subject(of: trigger, in: clause, context: context),
                let holder = view.party(after: trigger, in: clause, governedBy: ["by"])?.entity
            else { return nil }
            return make(holder, company, percent(in: clause), clause)
        }
        let commaRelative = relativeAntecedent(before: trigger, clause).flatMap { view.word($0.relative) == "which" && ["in", "of"].contains(view.word($0.relative - 1)) ? $0 : nil }
        // "<X> in which it has a 41 pct interest", "X - in which Y owns a 44 pct stake -": no comma before the relative.
        if let antecedent = commaRelative ?? bareRelativeAntecedent(before: trigger, clause) {
            // "Veltrona, in which the Harlow group has a 72 pct stake"; "X, of which it owns 25 pct": the pronoun's party.
            let pronoun = antecedent.relative + 1
            let resolved = pronoun < trigger && view.isPronoun(pronoun) ? context.resolve(pronoun: pronoun, before: view.items[pronoun].tokens.lowerBound, in: view) : nil
            guard let holder = resolved ?? view.party(after: antecedent.relative, in: clause, governedBy: [nil])?.entity else { return nil }
            return make(holder, antecedent.entity, stated, clause)
        }
        guard let holder = view.subject(of: trigger, in: clause, context: context) else { return nil }
        guard let company = view.party(after: trigger, in: clause, governedBy: [nil, "in", "of"], organisationOnly: true, excluding: [holder]),
            !isAfterCommentOnPercent(company.index, trigger: trigger, stated: stated), !isTrailingSpeaker(company.index)
        else {
            // "holds 7.4 pct of the company's shares", "holds 5 pct of its stock": the company the article is about.
            guard let stated, let owner = unnamedIssuer(after: trigger, clause, context) ?? companyHeld(after: trigger, clause, holder: holder), owner != holder
            else { return nil }
            return make(holder, owner, stated, clause)
        }
        // "has an agreement to buy 100 pct of X" is a deal, not a holding.
        if view.span(trigger + 1, company.index).contains(where: { view.isA(.buy, $0) || view.isA(.sell, $0) || view.isA(.raise, $0) || view.isA(.reduce, $0) }) {
            return nil
        }
        let percentAfter = stated ?? percent(in: view.span(company.index + 1, min(clause.upperBound, company.index + 5)))
        return make(holder, company.entity, percentAfter, clause)
    }

    /// "of the company's shares", "of its common stock" right after a holding verb and a percent: the
    /// article's company (for "the company's") or the pronoun's company.
    private func unnamedIssuer(after trigger: Int, _ clause: Range<Int>, _ context: RoleContext) -> EntityID? {
        guard let of = view.span(trigger + 1, min(clause.upperBound, trigger + 6)).first(where: { view.word($0) == "of" }) else { return nil }
        var owner = of + 1
        let pronoun = ["its", "their"].contains(view.word(owner))
        if !pronoun {
            guard view.word(owner) == "the", ["company", "company's", "group", "group's"].contains(view.word(owner + 1)) else { return nil }
            owner += view.word(owner + 2) == "'s" || view.word(owner + 2) == "’s" ? 2 : 1
        }
        let rest = view.span(owner + 1, min(clause.upperBound, owner + 4))
        guard rest.contains(where: { view.isA(.sharenoun, $0) || ["capital", "equity", "common"].contains(view.word($0)) }) else { return nil }
        return pronoun ? context.resolve(pronoun: owner, before: view.items[owner].tokens.lowerBound, in: view) : context.topic
    }

    /// "X's owner Y", "X's parent company Y", "X's parent, Y".
    private func possessiveOwner(_ trigger: Int, _ clause: Range<Int>, _ context: RoleContext) -> StakeCandidate? {
        // "Acmes' owner": a bare apostrophe after a name in -s is a token of its own; "X's majority owner".
        let adjective = Self.ownerAdjectives.contains(view.word(trigger - 1)) ? 1 : 0
        let owned = ["'", "’"].contains(view.word(trigger - 1 - adjective)) ? trigger - 2 - adjective : trigger - 1 - adjective
        guard view.language == .english, owned >= clause.lowerBound, view.items[owned].isOrganisation, owned < trigger - 1 || view.isPossessive(owned),
            let company = view.items[owned].entity
        else { return nil }
        var next = trigger + 1
        if ["company", "group", ","].contains(view.word(next)) { next += 1 }
        // "X's parent company, Y".
        if view.word(next) == ",", view.word(next - 1) != "," { next += 1 }
        if view.transparent(next) { next += 1 }
        guard next < view.items.count, view.items[next].isOrganisation, let holder = view.items[next].entity else {
            // "Y is X's parent": the copula's subject, when the sentence ends the phrase.
            guard owned >= 1, ["is", "was", "remains", "became"].contains(view.word(owned - 1)), Self.phraseEnds.contains(view.word(trigger + 1)),
                let holder = view.subject(of: owned - 1, in: clause, context: context), holder != company
            else { return nil }
            return make(holder, company, nil, clause)
        }
        return make(holder, company, nil, clause)
    }

    /// What may end a noun phrase: the end of the sentence or of a clause.
    static let phraseEnds: WordSet = ["", ".", ",", ";", "and", "since", "with"]

    /// Adjectives between a possessor and "owner": "X's majority owner, Y".
    static let ownerAdjectives: WordSet = ["majority", "main", "largest", "biggest", "controlling", "principal", "sole", "new", "ultimate"]

    /// "X, Y sowie weitere Tochterunternehmen der Z", "X, Y and other units of Z": Z holds X and Y.
    private func listedUnits(_ trigger: Int, _ clause: Range<Int>) -> [StakeCandidate] {
        var position = trigger - 1
        if ["weitere", "andere", "other", "further"].contains(view.word(position)) { position -= 1 }
        guard ["sowie", "und", "and"].contains(view.word(position)) else { return [] }
        let holderPrepositions: Set<String?> = view.language == .german ? ["von", "vom", nil] : ["of"]
        guard let holder = view.party(after: trigger, in: clause, governedBy: holderPrepositions, organisationOnly: true), holder.index <= trigger + 3
        else { return [] }
        var members: [EntityID] = []
        position -= 1
        while position >= clause.lowerBound, view.items[position].isOrganisation, let member = view.items[position].entity {
            members.append(member)
            guard position >= 1, [",", "und", "and"].contains(view.word(position - 1)) else { break }
            position -= 2
        }
        return members.reversed().map { make(holder.entity, $0, nil, clause) }
    }

    /// German nouns for a parent company ("Mutterkonzern"); "Mutter" counts only in a compound ("X-Mutter Y").
    private static let parentNouns = WordSet(parentNounList)

    /// "der Mutterkonzern von X, Y", "Y, der Mutterkonzern der X", "Xs Mutterkonzern Y": Y holds X.
    private func germanParent(_ trigger: Int, _ clause: Range<Int>) -> StakeCandidate? {
        // "Xs Mutterkonzern Y", "X' Muttergesellschaft Y".
        var owned = trigger - 1
        if view.transparent(owned) { owned -= 1 }
        if owned >= clause.lowerBound, view.items[owned].isOrganisation, view.isPossessive(owned), let company = view.items[owned].entity {
            guard let holder = organisationRightAfter(trigger, clause) ?? appositionHead(before: owned, clause) else { return nil }
            return make(holder, company, nil, clause)
        }
        // "der Mutterkonzern von X" / "der Mutterkonzern der X".
        guard let company = view.party(after: trigger, in: clause, governedBy: ["von", "vom", nil], organisationOnly: true), company.index <= trigger + 4,
            view.span(trigger + 1, company.index).allSatisfy({ !view.items[$0].hasMention && !view.tokens[view.items[$0].tokens.lowerBound].isPunctuation })
        else { return nil }
        if let holder = appositionHead(before: trigger, clause), holder != company.entity { return make(holder, company.entity, nil, clause) }
        // "…, General Motors, …": the holder in an apposition after the company.
        if view.word(company.index + 1) == ",", let holder = organisationRightAfter(company.index + 1, clause) { return make(holder, company.entity, nil, clause) }
        return nil
    }

    /// "Der Mutterkonzern Y hat versucht …" with no company named: Y is the parent of the sentence's company
    /// (its first free organisation before the noun), else of the article's company.
    private func namedParent(_ trigger: Int, _ clause: Range<Int>, _ context: RoleContext) -> StakeCandidate? {
        guard ["der", "die", "den", "dem", "dessen", "deren"].contains(view.word(trigger - 1)), let holder = organisationRightAfter(trigger, clause) else { return nil }
        let subject = view.items.indices.first { $0 < trigger && view.items[$0].isOrganisation && view.isSubjectCandidate($0) && view.items[$0].entity != holder }
        guard let company = subject.flatMap({ view.items[$0].entity }) ?? context.topic, company != holder else { return nil }
        return make(holder, company, nil, clause)
    }

    /// "X-Mutter Y", "die X-Mutter Y", "Y, die X-Konzernmutter": Y holds X; "X-Großaktionär Y", "X-Eigentümer
    /// Jane Roe": Y (a company or a person) holds X.
    private func compoundParent(_ trigger: Int, _ clause: Range<Int>) -> StakeCandidate? {
        let item = view.items[trigger]
        guard view.language == .german, item.suffix.hasPrefix("-"), let company = item.entity, item.mention?.kind != .person else { return nil }
        let rest = String(item.suffix.dropFirst())
        let parent = rest == "mutter" || Self.parentNouns.contains(rest)
        guard parent || Self.ownerCompounds.contains(rest) else { return nil }
        guard let holder = organisationRightAfter(trigger, clause, peopleToo: !parent) ?? appositionHead(before: trigger, clause), holder != company else { return nil }
        return make(holder, company, nil, clause)
    }

    /// Owner nouns after a company's name in a compound ("X-Eigentümer", "X-Großaktionär").
    private static let ownerCompounds: WordSet = [
        "eigentümer", "eigentümerin", "eigner", "eignerin", "großaktionär", "großaktionärin", "hauptaktionär", "mehrheitsaktionär",
        "mehrheitseigner", "mehrheitseigentümer", "alleineigentümer", "inhaber", "inhaberin", "besitzer", "besitzerin",
        "aktionär", "aktionärin", "anteilseigner", "anteilseignerin", "gesellschafter", "mehrheitsgesellschafter", "hauptgesellschafter",
        "haupteigner", "großeigner", "mehrheitsaktionärin", "hauptaktionärin", "großaktionärin",
    ]

    /// "X, die sich im Besitz der Y befindet", "X ist im Besitz von Y": Y holds X.
    private func possession(_ trigger: Int, _ clause: Range<Int>) -> StakeCandidate? {
        guard let holder = view.party(after: trigger, in: clause, governedBy: ["von", "vom", nil]), holder.index <= trigger + 4,
            view.span(trigger + 1, holder.index).allSatisfy({ !view.items[$0].hasMention && !view.tokens[view.items[$0].tokens.lowerBound].isPunctuation })
        else { return nil }
        // "zu 51 Prozent im Besitz der Y": the percent right before the noun.
        let stated = possessionPercent(before: trigger, clause)
        if let antecedent = relativeAntecedent(before: trigger, clause) { return make(holder.entity, antecedent.entity, stated, clause) }
        let companies = companies(in: view.span(clause.lowerBound, trigger - 1), excluding: [holder.entity])
        guard let company = companies.first, view.span(clause.lowerBound, trigger).contains(where: { ["ist", "sind", "war", "waren", "befindet", "befand", "bleibt", "steht", "stand", "stehen"].contains(view.word($0)) })
        else { return nil }
        return make(holder.entity, company, stated, clause)
    }

    /// The organisation (or person, when allowed) right after an item, past a quotation mark or a comma.
    private func organisationRightAfter(_ index: Int, _ clause: Range<Int>, peopleToo: Bool = false) -> EntityID? {
        var next = index + 1
        if view.transparent(next) || view.word(next) == "," { next += 1 }
        guard next < clause.upperBound, peopleToo ? view.items[next].isParty : view.items[next].isOrganisation else { return nil }
        return view.items[next].entity
    }

    private static let germanPossessives: WordSet = [
        "seine", "seiner", "seinen", "seinem", "ihre", "ihrer", "ihren", "ihrem",
    ]

    /// "… support from shareholder Y" (of the sentence's company), "Großaktionär Y": Y holds the company the
    /// sentence is about (its first free organisation, else the article's topic).
    private func shareholder(_ trigger: Int, _ clause: Range<Int>, _ context: RoleContext, earlier: [StakeCandidate] = []) -> StakeCandidate? {
        var next = trigger + 1
        if view.language == .german, let fronted = frontedShareholder(trigger, clause, context, earlier: earlier) { return fronted }
        if view.language == .german, let stated = copularShareholder(trigger, clause, context) { return stated }
        // "Großaktionär Y", "der zweite Anteilseigner, Y, …".
        if view.transparent(next) || view.word(next) == "," && view.language == .german { next += 1 }
        guard next < clause.upperBound, view.items[next].isParty, let holder = view.items[next].entity else { return nil }
        let subject = view.items.indices.first { $0 < trigger && view.items[$0].isOrganisation && view.isSubjectCandidate($0) && view.items[$0].entity != holder }
        guard let company = subject.flatMap({ view.items[$0].entity }) ?? context.topic, company != holder else { return nil }
        return make(holder, company, nil, clause)
    }

    /// "Mehrheitseigner ist der Konzern Y", "Größter Anteilseigner der X ist die Y mit 30 Prozent": a fronted
    /// owner noun, a copula, and the holder after it (past an article and a company word); the company is the
    /// genitive after the noun, else the sentence's or the article's company.
    /// A holding the sentence stated before the noun ("An X ist Y beteiligt, Mehrheitseigner ist Z") names the
    /// company when no genitive does.
    private func frontedShareholder(_ trigger: Int, _ clause: Range<Int>, _ context: RoleContext, earlier: [StakeCandidate]) -> StakeCandidate? {
        var position = trigger + 1
        var named: EntityID?
        if ["der", "des"].contains(view.word(position)), position + 1 < clause.upperBound, view.items[position + 1].isOrganisation {
            named = view.items[position + 1].entity
            position += 2
        }
        guard Self.germanCopulas.contains(view.word(position)) else { return nil }
        position += 1
        let copula = position - 1
        // "der Konzern Y", "die Beteiligungsgesellschaft Y", "seit 2010 die Y", "mit 35 Prozent die Y": a few
        // plain words before the name.
        let limit = min(clause.upperBound, position + (view.word(position) == "mit" ? 6 : 4))
        while position < limit, !view.items[position].hasMention {
            guard !view.tokens[view.items[position].tokens.lowerBound].isPunctuation else { return nil }
            position += 1
        }
        guard position < limit, view.items[position].isParty, let holder = view.items[position].entity else { return nil }
        let subject = view.items.indices.first { $0 < trigger && view.items[$0].isOrganisation && view.isSubjectCandidate($0) && view.items[$0].entity != holder }
        let stakeBefore = earlier.last { $0.sentence == view.sentence.index && $0.holder != holder && $0.company != holder }?.company
        guard let company = named ?? stakeBefore ?? subject.flatMap({ view.items[$0].entity }) ?? context.topic, company != holder else { return nil }
        let stated = view.word(position + 1) == "mit" ? percent(in: view.span(position + 2, min(clause.upperBound, position + 5)))
            : view.word(copula + 1) == "mit" ? percent(in: view.span(copula + 2, position)) : nil
        return make(holder, company, stated, clause)
    }

    private static let germanCopulas: WordSet = ["ist", "war", "bleibt", "blieb", "sind", "waren"]

    /// "X war mit 30 Prozent größter Aktionär bei Y", "X ist Hauptaktionär der Y": the subject of a copula
    /// before the noun holds the company named right after it.
    private func copularShareholder(_ trigger: Int, _ clause: Range<Int>, _ context: RoleContext) -> StakeCandidate? {
        guard let company = view.party(after: trigger, in: clause, governedBy: ["bei", "beim", "von", "vom", "an", "am", nil], organisationOnly: true),
            company.index <= trigger + 4,
            view.span(trigger + 1, company.index).allSatisfy({ !view.items[$0].hasMention && !view.tokens[view.items[$0].tokens.lowerBound].isPunctuation }),
            let copula = view.span(clause.lowerBound, trigger).last(where: { Self.germanCopulas.contains(view.word($0)) }),
            view.span(copula + 1, trigger).allSatisfy({ !view.items[$0].hasMention }),
            let holder = view.subject(of: copula, in: clause, context: context), holder != company.entity,
            view.items.indices.contains(where: { $0 < copula && view.items[$0].entity == holder }) || view.isPronoun(copula - 1) || view.isPronoun(copula + 2)
        else { return nil }
        return make(holder, company.entity, percent(in: view.span(copula + 1, trigger)), clause)
    }

    /// "X, Y's biggest shareholder, …", "Y's largest shareholder, X, …": X holds Y.
    private func possessiveShareholder(_ trigger: Int, _ clause: Range<Int>) -> StakeCandidate? {
        guard view.language == .english else { return nil }
        var position = trigger - 1
        while position > clause.lowerBound, trigger - position <= 3, !view.items[position].hasMention, ["largest", "biggest", "major", "main", "principal", "single", "controlling", "leading", "second-largest", "second-biggest"].contains(view.word(position)) {
            position -= 1
        }
        guard position >= clause.lowerBound, view.items[position].isOrganisation, view.isPossessive(position), let company = view.items[position].entity else { return nil }
        if position >= 2, view.word(position - 1) == ",", view.items[position - 2].isParty, let holder = view.items[position - 2].entity {
            return make(holder, company, nil, clause)
        }
        if view.word(trigger + 1) == ",", trigger + 2 < clause.upperBound, view.items[trigger + 2].isParty, let holder = view.items[trigger + 2].entity {
            return make(holder, company, nil, clause)
        }
        return nil
    }

    /// "X is the sole owner of Y", "X ist alleiniger Inhaber der Firma Y": X holds Y (all of it when "sole").
    private func ownerOf(_ trigger: Int, _ clause: Range<Int>, _ context: RoleContext) -> StakeCandidate? {
        // "The owners of X, the Y family, …".
        if ["owner", "owners"].contains(view.word(trigger)), view.word(trigger + 1) == "of", trigger + 2 < clause.upperBound,
            view.items[trigger + 2].isOrganisation, let company = view.items[trigger + 2].entity, view.word(trigger + 3) == ","
        {
            let head = view.word(trigger + 4) == "the" ? trigger + 5 : trigger + 4
            if head < clause.upperBound, view.items[head].isParty, let holder = view.items[head].entity { return make(holder, company, nil, clause) }
        }
        let copulas: Set<String> = ["is", "was", "ist", "war", "bleibt", "remains"]
        guard let copula = view.span(max(clause.lowerBound, trigger - 6), trigger).last(where: { copulas.contains(view.word($0)) }),
            let holder = view.span(clause.lowerBound, copula).last(where: { view.isSubjectCandidate($0) }).flatMap({ view.items[$0].entity }),
            // "by" only lets "of" through the party search, which keeps "of" for part phrases.
            let company = view.party(after: trigger, in: clause, governedBy: view.language == .english ? ["of", "by"] : ["von", "vom", nil], organisationOnly: true, excluding: [holder]),
            company.index <= trigger + 4, view.language == .german || view.preposition(before: company.index) == "of"
        else { return nil }
        let sole = view.span(copula + 1, trigger).contains { ["sole", "alleiniger", "alleinige"].contains(view.word($0)) } || view.word(trigger).hasPrefix("allein")
        return make(holder, company.entity, sole ? 100 : nil, clause)
    }

    /// "X, owned 41.9 pct by Y, …".
    private func ownedBy(_ trigger: Int, _ clause: Range<Int>) -> StakeCandidate? {
        // "X, formerly owned by Y": Y held X once, not now.
        if Self.pastOwnershipWords.contains(view.word(trigger - 1)) { return nil }
        guard let holder = view.party(after: trigger, in: clause, governedBy: ["by"]), holder.index <= trigger + 5 else { return nil }
        if trigger >= 2, view.word(trigger - 1) == ",", view.items[trigger - 2].isOrganisation, let company = view.items[trigger - 2].entity {
            return make(holder.entity, company, percent(in: view.span(trigger, holder.index)) ?? shareWordPercent(before: trigger), clause)
        }
        // "X is majority-owned by Y": the copula's subject.
        if view.word(trigger + 1) == "by", ["is", "are", "was"].contains(view.word(trigger - 1)), trigger >= 2, view.items[trigger - 2].isOrganisation,
            let company = view.items[trigger - 2].entity, company != holder.entity
        {
            return make(holder.entity, company, shareWordPercent(before: trigger), clause)
        }
        // "X, a Canadian company minority owned by Y", "X, 40 pct owned by Y": the apposition's head.
        guard view.word(trigger + 1) == "by", let company = appositionHead(before: trigger, clause), company != holder.entity else { return nil }
        return make(holder.entity, company, percent(in: view.span(max(clause.lowerBound, trigger - 3), holder.index)) ?? shareWordPercent(before: trigger), clause)
    }


    /// "X, which is majority-owned by Y": the relative clause's antecedent is held by the name after "by".
    private func relativeOwnedBy(_ trigger: Int, _ clause: Range<Int>) -> StakeCandidate? {
        guard view.word(trigger + 1) == "by", let holder = view.party(after: trigger, in: clause, governedBy: ["by"]), holder.index <= trigger + 3,
            let antecedent = relativeAntecedent(before: trigger, clause), antecedent.relative >= trigger - 3
        else { return nil }
        return make(holder.entity, antecedent.entity, shareWordPercent(before: trigger), clause)
    }

    /// "half owned by Y" (50), "wholly owned by Y" (100): the share a word right before "owned" states.
    private func shareWordPercent(before trigger: Int) -> Double? {
        switch view.word(trigger - 1) {
        case "half": 50
        case "wholly", "fully": 100
        default: nil
        }
    }

    /// "X's holding company, Y": Y holds X.
    private func holdingCompany(_ trigger: Int, _ clause: Range<Int>) -> StakeCandidate? {
        guard ["company", "group"].contains(view.word(trigger + 1)) else { return nil }
        var next = trigger + 2
        if view.word(next) == "," { next += 1 }
        // The comma may close the clause: the apposition is read up to the next item.
        guard next < view.items.count, view.items[next].isOrganisation, let holder = view.items[next].entity else { return nil }
        let owned = ["'", "’"].contains(view.word(trigger - 1)) ? trigger - 2 : trigger - 1
        guard owned >= clause.lowerBound, view.items[owned].isOrganisation, owned < trigger - 1 || view.isPossessive(owned),
            let company = view.items[owned].entity
        else { return nil }
        return make(holder, company, nil, clause)
    }

    /// "Y's shareholdings in both A and B remained above 51 pct", "its stake in A now stands at 12 pct": a
    /// holder's stake in one or two named companies, stated with a percent after a verb of state.
    private func possessiveStake(_ trigger: Int, _ clause: Range<Int>, _ context: RoleContext) -> [StakeCandidate]? {
        var owner = trigger - 1
        if ["ordinary", "common", "total", "combined", "current", "present"].contains(view.word(owner)) { owner -= 1 }
        guard owner >= clause.lowerBound, view.word(trigger + 1) == "in" else { return nil }
        let holder: EntityID?
        if view.items[owner].isParty, view.isPossessive(owner) {
            holder = view.items[owner].entity
        } else if ["its", "their"].contains(view.word(owner)) {
            holder = context.resolve(pronoun: owner, before: view.items[owner].tokens.lowerBound, in: view)
        } else {
            return nil
        }
        guard let holder else { return nil }
        var companies: [Int] = []
        var index = trigger + 2
        if view.word(index) == "both" || view.word(index) == "the" { index += 1 }
        while index < clause.upperBound, view.items[index].isOrganisation, companies.count < 3 {
            companies.append(index)
            if view.word(index + 1) == "<", view.word(index + 3) == ">" { index += 3 }
            guard ["and", ","].contains(view.word(index + 1)) else { break }
            index += 2
        }
        guard let last = companies.last else { return nil }
        var verb = last + 1
        if view.word(verb) == "<", view.word(verb + 2) == ">" { verb += 3 }
        if view.word(verb) == "now" { verb += 1 }
        guard Self.stateVerbs.contains(view.word(verb)) else { return nil }
        var amount = verb + 1
        if ["at", "to", "above", "about", "some", "around", "nearly", "almost", "just"].contains(view.word(amount)) { amount += 1 }
        guard let stated = view.quantity(at: amount)?.percent else { return nil }
        return companies.compactMap { view.items[$0].entity }.map { make(holder, $0, stated, clause) }
    }

    /// Verbs that state a holding's size: "remained", "stands at", "is".
    private static let stateVerbs: WordSet = ["remained", "remains", "stands", "stood", "is", "was", "totals", "totalled", "totaled", "amounts", "amounted", "rose", "fell", "increased", "decreased", "rises", "falls"]

    /// "X, a Houston firm with a 5.5 pct stake in Y".
    private func withStake(_ trigger: Int, _ clause: Range<Int>, _ context: RoleContext) -> StakeCandidate? {
        guard let company = view.party(after: trigger, in: clause, governedBy: ["in", "an", "bei"], organisationOnly: true) else { return nil }
        var index = trigger - 1
        var holder: EntityID?
        while index >= clause.lowerBound {
            if view.isSubjectCandidate(index) {
                holder = view.items[index].entity
                break
            }
            index -= 1
        }
        guard let holder else { return nil }
        return make(holder, company.entity, percent(in: view.span(max(clause.lowerBound, trigger - 4), trigger)), clause)
    }

    /// "X, a 51 pct-owned unit of Y", "X, a subsidiary of Y", "its X unit", "Y's X subsidiary",
    /// "X, eine Tochter der Y", "Tochter Y".
    private func unit(_ trigger: Int, _ clause: Range<Int>, _ context: RoleContext) -> StakeCandidate? {
        // "sold its X division": held before the sale, not after.
        // "completed the sale of its X unit": nor after a sale noun (a planned sale keeps the seller's holding
        // through the deal itself).
        // "sold all of its assets to The X Group, a division of Y": the unit after "to" is the buyer's, held all along.
        if let sell = view.span(clause.lowerBound, trigger).last(where: { view.isA(.sell, $0) }),
            !view.span(sell + 1, trigger).contains(where: { view.word($0) == "to" })
        {
            return nil
        }
        // "completed the sale of its X unit" (all of it; not "the sale of 10 pct of its X unit", "the sale of
        // assets of its X unit" or "the sale of … to Y, a unit of Z", where the unit is the buyer's).
        if let sale = view.span(clause.lowerBound, trigger).last(where: { view.isA(.salenoun, $0) && view.word($0) != "sales" }),
            !view.span(sale + 1, trigger).contains(where: {
                ["to", "an", "assets", "interest", "vermögen"].contains(view.word($0)) || view.isA(.stakenoun, $0) || view.isA(.sharenoun, $0)
            }),
            !view.quantities.contains(where: { $0.item > sale && $0.item < trigger && $0.quantity.percent != nil }),
            // "the sale of its X subsidiary assets": the unit's assets go; the parent keeps the unit.
            !["assets", "properties", "facilities", "plants"].contains(view.word(trigger + 1))
        {
            return nil
        }
        let whollyOwned = view.span(max(clause.lowerBound, trigger - 2), trigger).contains { Self.whollyOwnedWords.contains(view.word($0)) }
        let ownedPercent = view.quantities.first { $0.item < trigger && $0.item >= trigger - 3 && $0.quantity.ownedCompound }?.quantity.value
            ?? (whollyOwned ? 100 : nil)
        // "… unit of Y" / "Tochter von Y" / "Tochter der Y".
        let holderPrepositions: Set<String?> = view.language == .german ? ["von", "vom", nil] : ["of"]
        if let holder = view.party(after: trigger, in: clause, governedBy: holderPrepositions, organisationOnly: true),
            holder.index <= trigger + 4,
            !(view.word(trigger + 1) == "," || trigger + 1 < view.items.count && view.items[trigger + 1].hasMention && view.language == .english)
        {
            if let company = appositionHead(before: trigger, clause) {
                return make(holder.entity, company, ownedPercent, clause)
            }
            if let company = copularSubject(before: trigger, clause, context) ?? germanCopularSubject(before: trigger, clause, context), company != holder.entity {
                return make(holder.entity, company, ownedPercent, clause)
            }
            // "Die Tochter der Y (YY), X, …", "A unit of Y, X, …": the apposition after the holder.
            var next = holder.index + 1
            if view.word(next) == "(", let close = view.span(next, min(clause.upperBound, next + 5)).first(where: { view.word($0) == ")" }) { next = close + 1 }
            // "…, die X, …": an article may open the apposition.
            if view.language == .german, view.word(next) == ",", ["die", "der", "das"].contains(view.word(next + 1)) { next += 1 }
            if view.word(next) == "," || view.word(next - 1) == ",", next + 1 < clause.upperBound, view.items[next + 1].isOrganisation, let company = view.items[next + 1].entity,
                view.span(clause.lowerBound, trigger).allSatisfy({ !view.items[$0].hasMention })
            {
                return make(holder.entity, company, ownedPercent, clause)
            }
        }
        // "über seine Tochter X", "ihre Tochtergesellschaft X": the subject holds X.
        if view.language == .german, Self.germanPossessives.contains(view.word(trigger - 1)) || Self.germanPossessives.contains(view.word(trigger - 2)) && !view.items[trigger - 1].hasMention,
            let possessive = [trigger - 1, trigger - 2].first(where: { Self.germanPossessives.contains(view.word($0)) })
        {
            var next = trigger + 1
            if view.word(next) == "namens" || view.transparent(next) { next += 1 }
            if next < clause.upperBound, view.items[next].isOrganisation, let company = view.items[next].entity,
                let holder = view.subject(of: possessive, in: clause, context: context), holder != company,
                // "Nina X und ihre Tochter Y": a person's "Tochter" is a daughter.
                !(view.word(trigger) == "tochter" && view.items.indices.contains(where: { view.items[$0].entity == holder && view.items[$0].mention?.kind == .person })),
                view.items.indices.contains(where: { $0 < possessive && view.items[$0].entity == holder })
            {
                return make(holder, company, nil, clause)
            }
        }
        // "its 97.7 pct owned subsidiary <X>", "Y's subsidiary X", "its wholly owned subsidiary, X".
        let skip = view.word(trigger + 1) == "," || view.transparent(trigger + 1) ? 1 : 0
        if view.language == .english, trigger + 1 + skip < clause.upperBound, view.items[trigger + 1 + skip].isOrganisation {
            let companyIndex = trigger + 1 + skip
            var position = trigger - 1
            while position > clause.lowerBound, trigger - position < 6, !view.items[position].hasMention, !["its", "their"].contains(view.word(position)) {
                position -= 1
            }
            if let company = view.items[companyIndex].entity, position >= clause.lowerBound {
                var holder: EntityID?
                if ["its", "their"].contains(view.word(position)) {
                    // "Z and its affiliate, X": Z's.
                    holder = view.coordinatedOwner(ofPronoun: position) ?? view.subject(of: position, in: clause, context: context)
                } else if view.items[position].hasMention, view.isPossessive(position) {
                    holder = view.items[position].entity
                }
                let percent = view.quantities.first { $0.item > position && $0.item < trigger && $0.quantity.percent != nil }?.quantity.value
                if let holder, holder != company { return make(holder, company, percent, clause) }
            }
        }
        // "X, a Y subsidiary, …", "X is a Y unit": Y holds X (not "a unit of Y", read above).
        if view.language == .english, trigger >= 4, view.items[trigger - 1].isOrganisation, !view.isPossessive(trigger - 1), ["a", "an"].contains(view.word(trigger - 2)),
            Self.phraseEnds.contains(view.word(trigger + 1)) || view.word(trigger + 1) == "that",
            let holder = view.items[trigger - 1].entity
        {
            var company: EntityID?
            if view.word(trigger - 3) == ",", view.items[trigger - 4].isOrganisation, !view.isPossessive(trigger - 4) {
                company = view.items[trigger - 4].entity
            } else if ["is", "was", "became"].contains(view.word(trigger - 3)) {
                company = view.subject(of: trigger - 3, in: clause, context: context)
            }
            if let company, company != holder { return make(holder, company, ownedPercent, clause) }
        }
        // "its X unit", "Y's X unit", "the X unit of Y", "its X Brothers Inc subsidiary" (the name runs on).
        let name = trigger - 1 - nameTail(before: trigger, clause)
        if name >= 0, view.items[name].isOrganisation, let company = view.items[name].entity, view.language == .english {
            var holder: EntityID?
            if name >= 1, view.items[name - 1].hasMention, view.isPossessive(name - 1) {
                holder = view.items[name - 1].entity
            } else if ["its", "their"].contains(view.word(name - 1)) || view.quantities.contains(where: { $0.item == name - 2 && $0.quantity.ownedCompound }) && ["its", "their"].contains(view.word(name - 3)) {
                holder = view.subject(of: name - 1, in: clause, context: context)
            }
            if let holder { return make(holder, company, ownedPercent, clause) }
        }
        return nil
    }

    /// How many capitalised words (at most two) stand between a name and the unit noun at `trigger`: the
    /// rest of a name the entity table knows in a shorter form ("X Brothers Inc subsidiary").
    private func nameTail(before trigger: Int, _ clause: Range<Int>) -> Int {
        var count = 0
        while count < 2, trigger - 1 - count > clause.lowerBound, !view.items[trigger - 1 - count].hasMention,
            let first = view.tokens[view.items[trigger - 1 - count].tokens.lowerBound].text.unicodeScalars.first, first.properties.isUppercase
        {
            count += 1
        }
        return trigger - 1 - count >= 0 && view.items[trigger - 1 - count].isOrganisation ? count : 0
    }

    /// "Y-Tochter X", "die Y-Tochter".
    private func compoundUnit(_ trigger: Int, _ clause: Range<Int>) -> StakeCandidate? {
        let item = view.items[trigger]
        guard item.suffix.hasPrefix("-"), view.words.has(.unitnoun, String(item.suffix.dropFirst())), let holder = item.entity else { return nil }
        if trigger + 1 < clause.upperBound, view.items[trigger + 1].isOrganisation, let company = view.items[trigger + 1].entity {
            return make(holder, company, nil, clause)
        }
        if let company = appositionHead(before: trigger, clause) { return make(holder, company, nil, clause) }
        return nil
    }

    // MARK: German

    /// "Y hält 30 Prozent an X", "X gehört Y", "X gehört zu Y", "X, das seit 2010 Y gehörte".
    private func germanHold(_ trigger: Int, _ clause: Range<Int>, _ context: RoleContext) -> StakeCandidate? {
        let word = view.word(trigger)
        if word.hasPrefix("gehörend") { return attributiveHolding(trigger, clause) }
        if word.hasPrefix("gehör") {
            if let antecedent = relativeAntecedent(before: trigger, clause), ["zu", "zum"].contains(view.word(antecedent.relative - 1)) {
                // "X, zu der auch Y gehört": X holds Y.
                guard let company = organisations(in: view.span(antecedent.relative + 1, trigger), [nil, "zu", "zum"], excluding: [antecedent.entity], organisationOnly: true).first else { return nil }
                return make(antecedent.entity, company, nil, clause)
            }
            if let antecedent = relativeAntecedent(before: trigger, clause, context: context) {
                if isGermanDativeRelative(antecedent.relative) { return germanDativeRelativeHolding(antecedent, trigger, clause) }
                guard let holder = organisations(in: view.span(antecedent.relative, trigger), [nil, "zu", "zum", "zur"], excluding: [antecedent.entity], organisationOnly: true).first else { return nil }
                return make(holder, antecedent.entity, percent(in: view.span(antecedent.relative, trigger)), clause)
            }
            // "Zu den Interessenten gehören X und Y": a group of things, not a company, holds them.
            // ("gehört zu 31,5 Prozent der Y" names a share, not a group.)
            if clause.contains(where: { zu in ["zu", "zum", "zur"].contains(view.word(zu)) && !view.quantities.contains(where: { $0.item == zu + 1 }) }),
                !clause.contains(where: { view.items[$0].isOrganisation && ["zu", "zum", "zur"].contains(view.preposition(before: $0) ?? "") })
            {
                return nil
            }
            let free = companies(in: clause, excluding: [])
            guard let company = free.first else { return nil }
            let holder = organisations(in: (trigger + 1)..<clause.upperBound, ["zu", "zum", "zur"], excluding: [company], organisationOnly: true).first
                // "X gehört zu 31,5 Prozent der Y": a genitive holder needs a percent.
                // "X gehört mehrheitlich der Y": so does an adverb of how much.
                ?? (percent(in: clause) != nil || view.span(trigger + 1, min(clause.upperBound, trigger + 3)).contains(where: { Self.wholeAdverbs.contains(view.word($0)) })
                    ? organisations(in: (trigger + 1)..<clause.upperBound, [nil], excluding: [company], organisationOnly: true).first : nil)
            guard let holder = holder ?? dativePersonOwner(after: trigger, clause, company: company) else { return nil }
            if isPercentSubjectOfBelonging(trigger, clause, owner: company) { return make(company, holder, percent(in: clause), clause) }
            return make(holder, company, percent(in: clause), clause)
        }
        guard let holder = view.subject(of: trigger, in: clause, context: context),
            let company = organisations(in: clause, ["an", "am", "bei"], excluding: [holder]).first ?? shareCompound(in: clause, excluding: holder)
                ?? frontedPercentCompany(trigger, clause, context, holder: holder) ?? unnamedCompany(trigger, clause, context, holder: holder),
            percent(in: clause) != nil || clause.contains(where: { view.isA(.stakenoun, $0) })
        else { return nil }
        return make(holder, company, percent(in: clause), clause)
    }

    /// "X gehört (seit 2012 mehrheitlich) dem russischen Investor Y": a person in the dative after "gehört", with
    /// "dem" or "der" and a few plain words (adjectives, a role noun) before the name and no other name between.
    private func dativePersonOwner(after trigger: Int, _ clause: Range<Int>, company: EntityID) -> EntityID? {
        guard ["gehört", "gehören"].contains(view.word(trigger)) else { return nil }
        var article = false
        for index in view.span(trigger + 1, min(clause.upperBound, trigger + 8)) {
            if view.items[index].hasMention {
                guard article, let mention = view.items[index].mention, mention.kind == .person, view.preposition(before: index) == nil,
                    let person = view.items[index].entity, person != company
                else { return nil }
                return person
            }
            let word = view.word(index)
            if ["dem", "der"].contains(word) { article = true; continue }
            // "zu den Kunden", "an", a comma: no owner follows.
            if ["zu", "zum", "zur", "an", ",", "und"].contains(word) { return nil }
        }
        return nil
    }

    /// "Der X gehören 51 Prozent der Y": the plural verb agrees with the percent, so the dative before the verb
    /// is the owner and the genitive after "Prozent" the company (the parties turned round).
    private func isPercentSubjectOfBelonging(_ trigger: Int, _ clause: Range<Int>, owner: EntityID) -> Bool {
        guard ["gehören", "gehörten"].contains(view.word(trigger)),
            view.span(clause.lowerBound, trigger).contains(where: { view.items[$0].entity == owner }),
            let owned = view.span(trigger + 1, clause.upperBound).first(where: { view.items[$0].isOrganisation }), owned >= 2,
            ["der", "des"].contains(view.word(owned - 1)), view.quantities.contains(where: {
                // Not "gehören zu 51 Prozent der Y", where Y owns the subject.
                $0.quantity.percent != nil && $0.quantity.tokens.upperBound == view.items[owned - 1].tokens.lowerBound && view.word($0.item - 1) != "zu"
            })
        else { return false }
        return true
    }

    /// "die zum Y-Konzern gehörende X", "der zur Y gehörenden Firma X", "die Y gehörende X": Y holds X.
    /// The holder ends right before the participle; the company follows it within a short description.
    private func attributiveHolding(_ trigger: Int, _ clause: Range<Int>) -> StakeCandidate? {
        var position = trigger - 1
        if view.transparent(position) { position -= 1 }
        guard position >= clause.lowerBound, view.items[position].isOrganisation, !view.isPossessive(position),
            let holder = view.items[position].entity
        else { return nil }
        // "zum Y", "zur Y-Gruppe", "der Y" (dative), "dem Y".
        let governing = view.preposition(before: position)
        guard governing == nil || ["zu", "zum", "zur"].contains(governing ?? "") else { return nil }
        if governing == nil {
            // Without "zu", the holder is a dative: an article stands before it ("die der Y gehörende X").
            var article = position - 1
            while article > clause.lowerBound, !view.items[article].hasMention, view.word(article) != ",",
                !Self.articles.contains(view.word(article))
            {
                article -= 1
            }
            guard ["der", "dem"].contains(view.word(article)) else { return nil }
        }
        var next = trigger + 1
        while next < clause.upperBound, next - trigger <= 5, !view.items[next].hasMention {
            // Adjectives and describing nouns ("gehörende Wiener Firma X"); a verb or punctuation ends the phrase.
            if view.tokens[view.items[next].tokens.lowerBound].isPunctuation && !view.transparent(next) { return nil }
            if view.items[next].mask & FactWordClass.verbMask != 0 { return nil }
            next += 1
        }
        guard next < clause.upperBound, view.items[next].isOrganisation, let company = view.items[next].entity, company != holder else { return nil }
        return make(holder, company, nil, clause)
    }

    /// "24,9 Prozent hält die Y": a fronted percent with no company named is a further share of the
    /// company the previous holding was in.
    private func frontedPercentCompany(_ trigger: Int, _ clause: Range<Int>, _ context: RoleContext, holder: EntityID) -> EntityID? {
        guard let company = context.lastStakeCompany, company != holder,
            let fronted = view.quantities.first(where: { clause.contains($0.item) && $0.item <= clause.lowerBound + 1 && $0.quantity.percent != nil }),
            fronted.item < trigger, view.span(fronted.item + 1, trigger).allSatisfy({ !view.items[$0].hasMention })
        else { return nil }
        return company
    }

    /// "Gründer X hält rund 40 Prozent der Anteile", "X hält 30 Prozent am Unternehmen": a percent of shares
    /// with no company named in the clause is a holding in the article's company.
    private func unnamedCompany(_ trigger: Int, _ clause: Range<Int>, _ context: RoleContext, holder: EntityID) -> EntityID? {
        guard view.language == .german, let topic = context.topic, topic != holder,
            !clause.contains(where: { view.items[$0].isOrganisation && view.items[$0].entity != holder }),
            let amount = view.quantities.first(where: { $0.item > trigger && clause.contains($0.item) && $0.quantity.percent != nil }),
            var next = view.span(amount.item + 1, clause.upperBound).first(where: { view.items[$0].tokens.lowerBound >= amount.quantity.tokens.upperBound })
        else { return nil }
        if view.word(next) == "der", view.isA(.stakenoun, next + 1) {
            next += 2
            // "der Anteile des Unternehmens".
            if view.word(next) == "des", ["unternehmens", "konzerns"].contains(view.word(next + 1)) { next += 2 }
        } else if view.word(next) == "am" || view.word(next) == "an" && view.word(next + 1) == "dem" {
            next += view.word(next) == "am" ? 1 : 2
            guard view.words.has(.companyword, view.word(next)) else { return nil }
            next += 1
        } else {
            return nil
        }
        guard next >= clause.upperBound || view.tokens[view.items[next].tokens.lowerBound].isPunctuation else { return nil }
        return topic
    }

    private static let wholeAdverbs: WordSet = ["mehrheitlich", "vollständig", "komplett", "ganz", "zur", "überwiegend"]

    /// The company of a share compound in a clause ("20 Prozent der X-Anteile", "X-Aktien").
    private func shareCompound(in clause: Range<Int>, excluding holder: EntityID) -> EntityID? {
        for index in clause {
            let item = view.items[index]
            guard let entity = item.entity, entity != holder, item.suffix.hasPrefix("-"), item.mention?.kind != .person else { continue }
            let rest = String(item.suffix.dropFirst())
            if view.words.has(.stakenoun, rest) || view.words.has(.sharenoun, rest) { return entity }
        }
        return nil
    }

    /// "Der Anteil der Y an X liegt bei 12 Prozent", "Ys Beteiligung an X": Y holds X. A percent counts only
    /// when no deal verb in the clause may own it.
    private func genitiveStake(_ trigger: Int, _ clause: Range<Int>) -> StakeCandidate? {
        var holderIndex: Int?
        var next = trigger + 1
        if ["der", "des"].contains(view.word(next)) {
            var position = next + 1
            // "des österreichischen Staates Y": a few plain words before the name.
            while position < clause.upperBound, position - next <= 3, !view.items[position].hasMention,
                !view.tokens[view.items[position].tokens.lowerBound].isPunctuation, view.items[position].mask & FactWordClass.verbMask == 0
            {
                position += 1
            }
            guard position < clause.upperBound, view.items[position].isParty, view.items[position].suffix.isEmpty || view.isPossessive(position) else { return nil }
            holderIndex = position
            next = position + 1
        } else if trigger > clause.lowerBound, view.items[trigger - 1].isParty, view.isPossessive(trigger - 1) {
            holderIndex = trigger - 1
        }
        guard let holderIndex, let holder = view.items[holderIndex].entity, ["an", "am", "bei", "beim"].contains(view.word(next)),
            let company = view.party(after: next - 1, in: clause, governedBy: ["an", "am", "bei", "beim"], organisationOnly: true, excluding: [holder]),
            company.index <= next + 3
        else { return nil }
        let dealVerb = clause.contains { view.isA(.buy, $0) || view.isA(.sell, $0) || view.isA(.raise, $0) || view.isA(.reduce, $0) || view.isA(.particlesell, $0) }
        return make(holder, company.entity, dealVerb ? nil : percent(in: clause), clause)
    }

    /// "Y ist mit 20 Prozent an X beteiligt", "X, an der Y (mit 20 Prozent) beteiligt ist".
    private func participation(_ trigger: Int, _ clause: Range<Int>, _ context: RoleContext) -> StakeCandidate? {
        if let antecedent = relativeAntecedent(before: trigger, clause, context: context),
            ["an", "am", "bei"].contains(view.word(antecedent.relative - 1))
        {
            let inner = view.span(antecedent.relative + 1, trigger)
            // The preposition walk reads "an der die Y" as governed by "an": take the first party of the clause.
            guard let first = inner.first(where: { view.items[$0].isParty && !view.isPossessive($0) && view.items[$0].entity != antecedent.entity }),
                let holder = view.items[first].entity
            else { return nil }
            return make(holder, antecedent.entity, percent(in: inner), clause)
        }
        // "Z ist an X über die Y AG beteiligt": Y holds the stake.
        let through = organisations(in: clause, ["über"], excluding: [], organisationOnly: true).first
        let holder = through ?? view.subject(of: trigger, in: clause, context: context)
        guard let holder, let company = organisations(in: clause, ["an", "am", "bei"], excluding: [holder]).first else {
            // "Am Unternehmen ist der Investor X zu 9,9 Prozent beteiligt": the company is only described.
            guard let (holder, company) = describedParticipation(holder, trigger, clause, context) else { return nil }
            return make(holder, company, percent(in: clause), clause)
        }
        return make(holder, company, percent(in: clause), clause)
    }

    /// Companies and organisations not governed by a preposition.
    private func companies(in range: Range<Int>, excluding: Set<EntityID>) -> [EntityID] {
        range.compactMap { index in
            guard index < view.items.count, view.items[index].isOrganisation, let entity = view.items[index].entity,
                !excluding.contains(entity), view.preposition(before: index) == nil
            else { return nil }
            return entity
        }
    }

    private func organisations(in range: Range<Int>, _ prepositions: Set<String?>, excluding: Set<EntityID>, organisationOnly: Bool = false) -> [EntityID] {
        range.compactMap { index in
            guard index < view.items.count, organisationOnly ? view.items[index].isOrganisation : view.items[index].isParty, let entity = view.items[index].entity, !excluding.contains(entity),
                prepositions.contains(view.preposition(before: index))
            else { return nil }
            return entity
        }
    }

    // MARK: Antecedents

    /// For a relative clause ", das …" / ", which …" / ", in which …" before `index`: the entity it refers to.
    /// With a context, "Das Unternehmen, das …" (a company word after an article) stands for the company the
    /// description resolves to (the sentence's subject before it, else the article's company).
    private func relativeAntecedent(before index: Int, _ clause: Range<Int>, context: RoleContext? = nil) -> (entity: EntityID, relative: Int)? {
        var position = index - 1
        while position > clause.lowerBound {
            if view.word(position) == "," {
                var relative = position + 1
                if ["in", "an", "of", "bei", "zu", "zum"].contains(view.word(relative)) { relative += 1 }
                guard Self.relativeWords.contains(view.word(relative)) else { return nil }
                // ", der US-Konzern X und …" is an article in a list, not a relative pronoun.
                if view.language == .german, relative + 1 < view.items.count, !view.items[relative + 1].hasMention,
                    let first = view.tokens[view.items[relative + 1].tokens.lowerBound].text.unicodeScalars.first, first.properties.isUppercase
                {
                    return nil
                }
                // ", der US-Telekomkonzern X …", ", die Y-Tochter X": a compound noun after an article.
                if view.language == .german, relative + 1 < view.items.count, view.items[relative + 1].hasMention,
                    view.items[relative + 1].suffix.hasPrefix("-"), !view.items[relative + 1].isWholeName || view.items[relative + 1].mention?.kind == .place
                {
                    return nil
                }
                if let entity = appositionHead(beforeComma: position, clause) { return (entity, relative) }
                guard let context, position > 0, view.isPronoun(position - 1),
                    let entity = context.resolve(pronoun: position - 1, before: view.items[position - 1].tokens.lowerBound, in: view)
                else { return nil }
                return (entity, relative)
            }
            position -= 1
        }
        return nil
    }

    /// Adjectives of a wholly owned unit ("hundertprozentige Tochter", "a wholly-owned subsidiary").
    /// Words that make a unit wholly owned ("hundertprozentige Tochter", "wholly-owned unit").
    static let whollyOwnedWords: WordSet = [
        "hundertprozentige", "hundertprozentigen", "hundertprozentiger", "100-prozentige", "100-prozentigen", "vollständige", "hundertprozentiges",
        "wholly-owned", "wholly",
    ]

    /// "X ist eine (hundertprozentige) Tochter der Y", "X war seit 2010 eine Tochtergesellschaft von Y": the
    /// subject of a copula before the unit noun's article.
    private func germanCopularSubject(before trigger: Int, _ clause: Range<Int>, _ context: RoleContext) -> EntityID? {
        guard view.language == .german else { return nil }
        var position = trigger - 1
        while position > clause.lowerBound, trigger - position < 4, !["eine", "ein"].contains(view.word(position)) {
            guard !view.items[position].hasMention else { return nil }
            position -= 1
        }
        guard ["eine", "ein"].contains(view.word(position)), let copula = view.span(max(clause.lowerBound, position - 4), position).last(where: { Self.germanCopulas.contains(view.word($0)) }),
            !view.span(copula, position).contains(where: { view.isA(.negation, $0) || view.items[$0].hasMention }),
            let subject = view.subject(of: copula, in: clause, context: context),
            view.items.indices.contains(where: { $0 < copula && view.items[$0].entity == subject }) || view.isPronoun(copula - 1)
        else { return nil }
        return subject
    }

    /// "X will operate as a wholly owned unit of Y", "it became a subsidiary of Y": the subject of a
    /// copula or "operate as" before the unit noun's article.
    private func copularSubject(before trigger: Int, _ clause: Range<Int>, _ context: RoleContext) -> EntityID? {
        guard view.language == .english else { return nil }
        var position = trigger - 1
        while position > clause.lowerBound, trigger - position < 5, !["a", "an"].contains(view.word(position)) {
            guard !view.items[position].hasMention else { return nil }
            position -= 1
        }
        guard ["a", "an"].contains(view.word(position)) else { return nil }
        let verb = position - 1
        let word = view.word(verb)
        let copula = ["is", "was", "became", "becomes", "become", "remains", "remain", "remained", "be"].contains(word)
        let operateAs = word == "as" && ["operate", "operates", "operated", "continue", "continues", "run", "function"].contains(view.word(verb - 1))
        // "will be a unit of Y" once a deal closes; "is not a unit": no holding.
        guard copula || operateAs, !view.span(max(clause.lowerBound, verb - 3), verb).contains(where: { view.isA(.negation, $0) }) else { return nil }
        // "while American is a unit of Y", ", and American is …": a capitalised word no entity took stands as the
        // subject of a new clause; it is not the company named earlier.
        let before = verb - (operateAs ? 2 : 1)
        if before > 0, !view.items[before].hasMention,
            ["while", "whereas", "but"].contains(view.word(before - 1)) || view.word(before - 1) == "and" && view.word(before - 2) == ",",
            view.tokens[view.items[before].tokens.lowerBound].text.unicodeScalars.first?.properties.isUppercase == true
        {
            return nil
        }
        return view.subject(of: operateAs ? verb - 1 : verb, in: clause, context: context)
    }

    /// The entity an apposition describes: "X, a unit of Y" (trigger in the apposition) → X.
    private func appositionHead(before trigger: Int, _ clause: Range<Int>) -> EntityID? {
        var position = trigger - 1
        while position > clause.lowerBound, trigger - position < 9 {
            if view.word(position) == "," {
                // "X, the iconic French mineral water owned by Y": a longer apposition only when it opens with
                // an article and is one noun phrase (no preposition or relative before "owned").
                if trigger - position >= 6, !longAppositionBefore(trigger, comma: position) { return nil }
                // "X, and Z is a unit of Y": a clause of its own after the comma, no apposition.
                if ["and", "but", "while"].contains(view.word(position + 1)),
                    view.span(position + 1, trigger).contains(where: { ["is", "was", "are", "were"].contains(view.word($0)) })
                {
                    return nil
                }
                return appositionHead(beforeComma: position, clause)
            }
            if view.items[position].hasMention && position != trigger - 1 { return nil }
            position -= 1
        }
        return nil
    }

    /// Whether the words from `comma` to `trigger` are one noun phrase opened by an article: "X, the iconic
    /// French mineral water owned by Y" (X is owned), not "X, the maker of the cars owned by Y".
    private func longAppositionBefore(_ trigger: Int, comma: Int) -> Bool {
        guard ["the", "a", "an"].contains(view.word(comma + 1)) else { return false }
        return view.span(comma + 2, trigger).allSatisfy { !Self.longAppositionBreakers.contains(view.word($0)) }
    }

    /// Words that end a noun phrase before "owned": prepositions, relatives, conjunctions.
    private static let longAppositionBreakers: WordSet = [
        "of", "for", "in", "at", "with", "to", "from", "on", "by", "that", "which", "who", "and", "or", "but",
    ]

    /// The entity right before a comma, or, when the comma closes an apposition that starts with an
    /// article ("X, einem Y-Werkzeug, das …"), the entity before that apposition.
    private func appositionHead(beforeComma comma: Int, _ clause: Range<Int>) -> EntityID? {
        guard comma > 0 else { return nil }
        if view.items[comma - 1].isOrganisation { return view.items[comma - 1].entity }
        // A ticker after the name: "X <XX>, 70 pct owned by Y".
        if view.word(comma - 1) == ">", case let name = view.nameBefore(closing: comma - 1), name < comma - 2, view.items[name].isOrganisation { return view.items[name].entity }
        // A quoted name: "„X“, zu der …", "„X Inc.“, zu der …".
        if comma > 1, view.transparent(comma - 1) {
            let name = view.word(comma - 2) == "." && comma > 2 ? comma - 3 : comma - 2
            if view.items[name].isOrganisation { return view.items[name].entity }
        }
        var position = comma - 1
        while position > clause.lowerBound, comma - position < 8 {
            if view.word(position) == "," {
                if Self.articles.contains(view.word(position + 1)), view.items[position - 1].isOrganisation {
                    return view.items[position - 1].entity
                }
                return nil
            }
            position -= 1
        }
        return nil
    }
}
