import NewsModel

/// German holdings whose owned company is described rather than named, or stated with a verb the older
/// rules leave alone: "Das Unternehmen gehört der Y", "der zu Y gehörende Dienst", "die Unterlagen der
/// Y-Tochter", "die Y-Österreich-Tochter X", "Y kontrolliert X", "X, die mit 20 Prozent Anteilseigner bei
/// Y ist".
extension OwnershipRules {
    /// Articles and demonstratives before a description of a company ("das Unternehmen", "der Wiener Y-Tochter").
    private static let describingArticles: WordSet = [
        "der", "die", "das", "dem", "den", "des", "dieser", "diese", "dieses", "diesem",
    ]
    /// Verbs of control: "Y kontrolliert X", "X wird von Y kontrolliert".
    static let controlVerbs: WordSet = ["kontrolliert", "kontrollieren", "kontrollierte", "kontrollierten"]

    /// The company a description stands for ("das Unternehmen", "der Dienst"): the first free organisation of
    /// the sentence before it, else the one the previous sentence spoke of, else the article's company.
    private func describedCompany(before index: Int, excluding holder: EntityID, _ context: RoleContext) -> EntityID? {
        if let named = view.items.indices.first(where: {
            $0 < index && view.items[$0].isOrganisation && view.preposition(before: $0) == nil && !view.isPossessive($0) && view.items[$0].entity != holder
        }) {
            return view.items[named].entity
        }
        if let previous = context.previousSubject, previous != holder { return previous }
        if let topic = context.topic, topic != holder { return topic }
        return nil
    }

    /// "Das Unternehmen gehört (nämlich) der Y", "Der Konzern gehört zu 60 Prozent der Y": a company word
    /// after an article opens the clause, and the holder follows the verb.
    func describedSubjectHolding(_ trigger: Int, _ clause: Range<Int>, _ context: RoleContext) -> StakeCandidate? {
        guard view.language == .german, view.word(trigger).hasPrefix("gehör"), !view.word(trigger).hasPrefix("gehörend"),
            let noun = view.span(clause.lowerBound, trigger).first(where: { view.words.has(.companyword, view.word($0)) }),
            noun > clause.lowerBound, Self.describingArticles.contains(view.word(noun - 1)),
            !view.items[noun + 1].hasMention,
            view.span(clause.lowerBound, trigger).allSatisfy({ !view.items[$0].hasMention })
        else { return nil }
        // The holder: the first organisation after the verb, a dative or after "zu".
        guard let holderIndex = view.span(trigger + 1, min(clause.upperBound, trigger + 7)).first(where: { view.items[$0].isOrganisation }),
            [nil, "zu", "zum", "zur"].contains(view.preposition(before: holderIndex)), !view.isPossessive(holderIndex),
            let holder = view.items[holderIndex].entity,
            let company = describedCompany(before: noun, excluding: holder, context)
        else { return nil }
        return StakeCandidate(holder: holder, company: company, percent: view.quantities(in: clause).compactMap(\.percent).first, since: nil, sentence: view.sentence.index)
    }

    /// "Am Unternehmen ist auch der Investor X zu 9,9 Prozent beteiligt", "An dem Konzern ist X beteiligt": the
    /// owned company is a company word after "an (der)" with no name after it, and stands for the company the
    /// sentence before spoke of (``describedCompany(before:excluding:_:)``). The holder is the clause's
    /// subject, else its first party after the description that no preposition governs. Nil otherwise.
    func describedParticipation(_ subject: EntityID?, _ trigger: Int, _ clause: Range<Int>, _ context: RoleContext) -> (holder: EntityID, company: EntityID)? {
        guard view.language == .german,
            let noun = view.span(clause.lowerBound, trigger).first(where: { !view.items[$0].hasMention && view.words.has(.companyword, view.word($0)) }),
            noun > clause.lowerBound, noun + 1 < trigger, !view.items[noun + 1].hasMention
        else { return nil }
        let before = view.word(noun - 1)
        guard before == "am" || (Self.describingArticles.contains(before) && noun - 1 > clause.lowerBound && view.word(noun - 2) == "an") else {
            return nil
        }
        let named = view.span(noun + 1, trigger).first(where: {
            view.items[$0].isParty && view.preposition(before: $0) == nil && !view.isPossessive($0)
        }).flatMap { view.items[$0].entity }
        // "An der Firma ist der Investor X beteiligt": a subject found in "der Firma" is the described company
        // itself; the party after the description holds it.
        if let subject, let named, subject != named, describedCompany(before: noun, excluding: named, context) == subject {
            return (named, subject)
        }
        guard let holder = subject ?? named, let company = describedCompany(before: noun, excluding: holder, context) else { return nil }
        return (holder, company)
    }

    /// "Der zu Y gehörende Kommunikationsdienst …" with no name after the described noun: the described
    /// company is the one the previous sentence spoke of.
    func describedAttributiveHolding(_ trigger: Int, _ clause: Range<Int>, _ context: RoleContext) -> StakeCandidate? {
        guard view.language == .german, view.word(trigger).hasPrefix("gehörend") else { return nil }
        var position = trigger - 1
        if view.transparent(position) { position -= 1 }
        guard position > clause.lowerBound, view.items[position].isOrganisation, let holder = view.items[position].entity,
            ["zu", "zum", "zur"].contains(view.preposition(before: position) ?? ""),
            trigger + 1 < clause.upperBound, !view.items[trigger + 1].hasMention,
            let first = view.tokens[view.items[trigger + 1].tokens.lowerBound].text.unicodeScalars.first, first.properties.isUppercase,
            // Only a description with no name: a name after the noun is the older rule's case.
            trigger + 2 >= clause.upperBound || !view.items[trigger + 2].isOrganisation,
            let article = view.span(clause.lowerBound, position).last(where: { Self.describingArticles.contains(view.word($0)) }),
            view.span(article + 1, position).allSatisfy({ !view.items[$0].hasMention }),
            let company = describedCompany(before: article, excluding: holder, context)
        else { return nil }
        return StakeCandidate(holder: holder, company: company, percent: nil, since: nil, sentence: view.sentence.index)
    }

    /// "die Y-Österreich-Tochter X": a unit compound of more parts before a name; Y holds X. (A unit compound
    /// with no name after it, "der Wiener Y-Tochter", is left alone: the unit it means is too often another
    /// company than the article's, and "die Ukraine-Tochter" names a country.)
    func multiPartCompoundUnit(_ trigger: Int, _ clause: Range<Int>) -> StakeCandidate? {
        let item = view.items[trigger]
        guard view.language == .german, item.suffix.hasPrefix("-"), let holder = item.entity, item.mention?.kind == .company || item.mention?.kind == .organization,
            let dash = item.suffix.lastIndex(where: { $0 == "-" || $0 == "‐" }), dash != item.suffix.startIndex,
            view.words.has(.unitnoun, String(item.suffix[item.suffix.index(after: dash)...])),
            trigger + 1 < clause.upperBound, view.items[trigger + 1].isOrganisation, let company = view.items[trigger + 1].entity, company != holder
        else { return nil }
        return StakeCandidate(holder: holder, company: company, percent: nil, since: nil, sentence: view.sentence.index)
    }

    /// "Y kontrolliert X", "X wird von Y kontrolliert": between companies (not an authority that inspects), Y
    /// holds X.
    func control(_ trigger: Int, _ clause: Range<Int>, _ context: RoleContext) -> StakeCandidate? {
        guard view.language == .german, Self.controlVerbs.contains(view.word(trigger)), !view.isNegated(trigger, in: clause) else { return nil }
        func company(_ index: Int) -> EntityID? {
            view.items[index].isWholeName && view.items[index].mention?.kind == .company ? view.items[index].entity : nil
        }
        let passive = clause.contains { ["wird", "wurde", "werden", "wurden", "worden"].contains(view.word($0)) }
        if passive {
            guard let byIndex = view.span(clause.lowerBound, clause.upperBound).first(where: { company($0) != nil && ["von", "vom"].contains(view.preposition(before: $0) ?? "") }),
                let holder = company(byIndex),
                let ownedIndex = view.span(clause.lowerBound, clause.upperBound).first(where: { company($0) != nil && view.preposition(before: $0) == nil && company($0) != holder }),
                let owned = company(ownedIndex)
            else { return nil }
            return StakeCandidate(holder: holder, company: owned, percent: view.quantities(in: clause).compactMap(\.percent).first, since: nil, sentence: view.sentence.index)
        }
        // Active: the subject before the verb, the object after it (verb second), or both before it (verb last).
        let free = view.span(clause.lowerBound, clause.upperBound).filter { company($0) != nil && view.preposition(before: $0) == nil && !view.isPossessive($0) }
        if free.count == 1, free[0] < trigger, let holder = company(free[0]), let owned = controlledShareCompany(after: trigger, clause, company), owned != holder {
            return StakeCandidate(holder: holder, company: owned, percent: view.quantities(in: clause).compactMap(\.percent).first, since: nil, sentence: view.sentence.index)
        }
        guard free.count >= 2, let holder = company(free[0]), let owned = company(free[1]), holder != owned else { return nil }
        return StakeCandidate(holder: holder, company: owned, percent: view.quantities(in: clause).compactMap(\.percent).first, since: nil, sentence: view.sentence.index)
    }

    /// "X kontrolliert 70 Prozent der Stimmrechte an Y": the company named with "an"/"am"/"bei" after a stake
    /// noun that follows the verb.
    private func controlledShareCompany(after trigger: Int, _ clause: Range<Int>, _ company: (Int) -> EntityID?) -> EntityID? {
        guard let stakeWord = view.span(trigger + 1, clause.upperBound).first(where: { view.isA(.stakenoun, $0) }),
            let index = view.span(stakeWord + 1, min(clause.upperBound, stakeWord + 4)).first(where: { company($0) != nil }),
            ["an", "am", "bei"].contains(view.preposition(before: index) ?? "")
        else { return nil }
        return company(index)
    }

    /// "X, die zurzeit mit 20 Prozent zweitgrößter Anteilseigner bei Y ist": a relative clause ending in a
    /// copula; its antecedent holds the company named after the owner noun.
    func relativeShareholder(_ trigger: Int, _ clause: Range<Int>) -> StakeCandidate? {
        guard view.language == .german,
            let company = view.party(after: trigger, in: clause, governedBy: ["bei", "beim", "an", "am", "der", "des", nil], organisationOnly: true),
            company.index <= trigger + 3,
            view.span(trigger + 1, company.index).allSatisfy({ !view.items[$0].hasMention }),
            ["ist", "war", "sind", "waren", "bleibt", "wurde", "wird"].contains(view.word(company.index + 1)),
            let comma = view.span(0, trigger).last(where: { view.word($0) == "," }),
            ["der", "die", "das", "welche", "welcher"].contains(view.word(comma + 1)),
            comma > 0, view.items[comma - 1].isParty, let holder = view.items[comma - 1].entity, holder != company.entity
        else { return nil }
        let inner = view.span(comma + 2, trigger)
        return StakeCandidate(holder: holder, company: company.entity, percent: view.quantities(in: inner).compactMap(\.percent).first, since: nil, sentence: view.sentence.index)
    }
}
