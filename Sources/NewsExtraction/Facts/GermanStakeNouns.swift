import NewsModel

/// German holdings stated by nouns around a name: "von seiner Tochter, der X", "ihre Tochter X" (the
/// subject holds X), "Y, Mehrheitseigentümer der X, …" and "Der Eigentümer der X, die Y, …" (Y holds X).
extension GermanDealRules {
    /// Possessive determiners: "seine Tochter", "ihrer Tochter".
    static let possessives: Set<String> = [
        "sein", "seine", "seiner", "seinem", "seinen", "seines", "ihr", "ihre", "ihrer", "ihrem", "ihren", "ihres",
    ]

    /// Articles that open an apposition after a comma ("seiner Tochter, der X").
    static let appositionArticles: Set<String> = ["der", "die", "das", "dem", "den", "des"]

    /// The name a unit noun introduces: right after it ("Tochter X") or in an apposition after a comma
    /// ("Tochter, der X"); nil when none follows.
    func unitName(after unit: Int, _ clause: Range<Int>) -> (index: Int, entity: EntityID)? {
        var next = unit + 1
        if view.transparent(next) { next += 1 }
        if view.word(next) == ",", Self.appositionArticles.contains(view.word(next + 1)) { next += 2 }
        guard next < clause.upperBound, view.items[next].isOrganisation, !view.isPossessive(next), let entity = view.items[next].entity else { return nil }
        return (next, entity)
    }

    /// The possessive before a unit noun, past at most two adjectives ("seiner hundertprozentigen Tochter").
    func possessive(before unit: Int, _ clause: Range<Int>) -> Int? {
        var position = unit - 1
        while position >= clause.lowerBound, unit - position <= 3 {
            if Self.possessives.contains(view.word(position)) { return position }
            guard !view.items[position].hasMention, let first = view.tokens[view.items[position].tokens.lowerBound].text.unicodeScalars.first,
                first.properties.isLowercase, view.items[position].mask == 0
            else { return nil }
            position -= 1
        }
        return nil
    }

    /// "X verkauft seine Tochter Y", "X trennt sich von seiner Tochter, der Y": X holds Y (until a sale
    /// the clause states is done; the caller drops those). The holder is the clause's subject.
    func possessiveUnitStakes(_ clause: Range<Int>, _ context: RoleContext) -> [StakeCandidate] {
        var found: [StakeCandidate] = []
        for unit in clause where !view.items[unit].hasMention && view.isA(.unitnoun, unit) {
            guard let owner = possessive(before: unit, clause), let company = unitName(after: unit, clause),
                let holder = view.subject(of: owner, in: clause, context: context), holder != company.entity
            else { continue }
            // "seiner Tochter Maria": a person's daughter. The holder must be a company, and no person named
            // before the possessive may be the one it points back to.
            guard view.items.contains(where: { $0.entity == holder && $0.isOrganisation }) || context.topic == holder,
                !view.span(0, owner).contains(where: { view.items[$0].mention?.kind == .person })
            else { continue }
            found.append(StakeCandidate(holder: holder, company: company.entity, percent: nil, since: nil, sentence: view.sentence.index))
        }
        return found
    }

    /// Owner nouns that name a holder of a company in an apposition.
    static let appositiveOwnerNouns: WordSet = [
        "eigentümer", "eigentümerin", "mehrheitseigentümer", "mehrheitseigentümerin", "mehrheitseigner", "haupteigentümer", "alleineigentümer",
        "großaktionär", "großaktionärin", "hauptaktionär", "hauptaktionärin", "mehrheitsaktionär", "mehrheitsaktionärin", "ankeraktionär",
        "mutterkonzern", "muttergesellschaft", "mutterunternehmen", "anteilseigner", "haupteigner", "großeigner", "mehrheitsgesellschafter",
        "hauptgesellschafter", "alleingesellschafter", "alleininhaber", "besitzer",
    ]

    /// "Y, (der) Mehrheitseigentümer der X, …" and "Der Eigentümer der X, die Y, …": Y holds X.
    func appositiveOwnerStakes(_ clause: Range<Int>) -> [StakeCandidate] {
        var found: [StakeCandidate] = []
        for noun in clause where !view.items[noun].hasMention && Self.appositiveOwnerNouns.contains(view.word(noun)) {
            // The genitive company right after the noun: "Mehrheitseigentümer der X", "Eigentümer von X".
            var next = noun + 1
            guard ["der", "des", "von", "vom"].contains(view.word(next)) else { continue }
            next += 1
            if next < clause.upperBound, !view.items[next].hasMention, view.tokens[view.items[next].tokens.lowerBound].text.unicodeScalars.first?.properties.isLowercase == true {
                next += 1  // "des spanischen X".
            }
            guard next < clause.upperBound, view.items[next].isOrganisation, let company = view.items[next].entity else { continue }
            // Before: "Y, (der/die/neuer) Mehrheitseigentümer der X".
            var before = noun - 1
            while before > clause.lowerBound, noun - before <= 3, !view.items[before].hasMention, view.word(before) != "," {
                guard view.tokens[view.items[before].tokens.lowerBound].text.unicodeScalars.first?.properties.isLowercase == true || Self.appositionArticles.contains(view.word(before)) else { break }
                before -= 1
            }
            if view.word(before) == ",", before - 1 >= clause.lowerBound, view.items[before - 1].isParty, !view.isPossessive(before - 1),
                let holder = view.items[before - 1].entity, holder != company
            {
                found.append(StakeCandidate(holder: holder, company: company, percent: nil, since: nil, sentence: view.sentence.index))
                continue
            }
            // Copula: "Y ist (der alleinige) Eigentümer der X", "Y sind Mehrheitseigentümer der X".
            if let holder = copulaSubject(from: before, to: noun, clause), holder != company {
                found.append(StakeCandidate(holder: holder, company: company, percent: nil, since: nil, sentence: view.sentence.index))
                continue
            }
            // After: "Der Eigentümer der X, die Y, …".
            if view.word(next + 1) == ",", Self.appositionArticles.contains(view.word(next + 2)), next + 3 < clause.upperBound,
                view.items[next + 3].isParty, let holder = view.items[next + 3].entity, holder != company
            {
                found.append(StakeCandidate(holder: holder, company: company, percent: nil, since: nil, sentence: view.sentence.index))
            }
        }
        return found
    }

    /// Copulas of a present holding ("Y ist Eigentümer der X").
    static let ownerCopulas: Set<String> = ["ist", "sind", "bleibt", "bleiben"]

    /// Words that make an owner noun past or denied ("ist nicht mehr Eigentümer", "war früher").
    static let notCurrentOwnerWords: Set<String> = [
        "nicht", "kein", "keine", "nie", "früher", "frühere", "früherer", "ehemalige", "ehemaliger", "einstige", "einstiger",
    ]

    /// The subject of "Y ist/sind (der) Eigentümer": `start` is the first item before the noun that
    /// is no lower-case word or article; it must be a party right before a copula, with only
    /// lower-case words or articles up to the noun and none of them denying or dating the holding.
    func copulaSubject(from start: Int, to noun: Int, _ clause: Range<Int>) -> EntityID? {
        guard start >= clause.lowerBound, start + 1 < noun, Self.ownerCopulas.contains(view.word(start + 1)),
            view.items[start].isParty, !view.isPossessive(start), let holder = view.items[start].entity
        else { return nil }
        for position in (start + 1)..<noun where Self.notCurrentOwnerWords.contains(view.word(position)) { return nil }
        return holder
    }
}
