import NewsModel

/// Several holders of one company named in one German sentence: "An X sind Y mit 33 Prozent und Z mit 11
/// Prozent beteiligt", "Y hält 33 Prozent an X, Z 20 Prozent", "X gehört zu 40 Prozent der Y und zu 30
/// Prozent der Z", "Y und Z halten je 20 Prozent an X", "Die Anteile an X verteilen sich auf Y (33 Prozent)
/// und Z (20 Prozent)".
extension GermanDealRules {
    /// Verbs of holding that such lists hang on.
    static let listHoldVerbs: WordSet = [
        "hält", "halten", "hielt", "hielten", "gehört", "gehören", "gehörte", "gehörten", "beteiligt", "verteilen", "verteilt", "verteilten",
        "besitzt", "besitzen", "besaß",
    ]

    /// The item right after a quantity's last token.
    private func item(after quantity: Quantity) -> Int? {
        view.items.indices.first { view.items[$0].tokens.lowerBound >= quantity.tokens.upperBound }
    }

    /// The organisation at `index`, past one article or a few lower-case words before it (within `limit` items).
    private func organisation(from index: Int, limit: Int = 2) -> (index: Int, entity: EntityID)? {
        var position = index
        while position < view.items.count, position - index <= limit {
            if view.items[position].isParty, !view.isPossessive(position), let entity = view.items[position].entity { return (position, entity) }
            guard !view.items[position].hasMention, !view.tokens[view.items[position].tokens.lowerBound].isPunctuation else { return nil }
            position += 1
        }
        return nil
    }

    /// The holdings such a list states; empty unless at least two holders (or "je") are named.
    func holdingList(_ context: RoleContext) -> [StakeCandidate] {
        let all = view.span(0, view.items.count)
        guard let verb = all.first(where: { Self.listHoldVerbs.contains(view.word($0)) }), !view.isNegated(verb, in: view.clause(of: verb)) else { return [] }
        // The company: the subject of "gehört", else the first name after "an"/"am".
        let company: EntityID?
        if view.word(verb).hasPrefix("gehör") {
            company = view.span(0, verb).first(where: { view.isSubjectCandidate($0) && view.items[$0].isOrganisation }).flatMap { view.items[$0].entity }
        } else {
            company = organisations(in: all, governedBy: ["an", "am"], excluding: []).first?.entity
        }
        guard let company else { return [] }
        var pairs: [(holder: EntityID, percent: Double)] = []
        for entry in view.quantities {
            guard let percent = entry.quantity.percent, percent < 100 else { continue }
            let at = entry.item
            // "Y mit 33 Prozent", "Y (33 Prozent)".
            if at >= 2, ["mit", "("].contains(view.word(at - 1)), view.items[at - 2].isParty, let holder = view.items[at - 2].entity {
                pairs.append((holder, percent))
                continue
            }
            // "zu 40 Prozent der Y".
            if view.word(at - 1) == "zu", let next = item(after: entry.quantity), ["der", "dem", "zur", "zum", "an", "die"].contains(view.word(next)),
                let holder = organisation(from: next + 1, limit: 1)
            {
                pairs.append((holder.entity, percent))
                continue
            }
            // "…, (die) Z 20 Prozent": a holder right before the percent after a comma (the verb left out).
            if at >= 2, view.items[at - 1].isParty, let holder = view.items[at - 1].entity, at - 1 > verb,
                view.word(at - 2) == "," || (Self.appositionArticles.contains(view.word(at - 2)) && view.word(at - 3) == ",")
            {
                pairs.append((holder, percent))
                continue
            }
            // "Y hält 33 Prozent an X": the verb's subject, for the first pair of a gapped list.
            if at > verb, view.span(verb + 1, at).allSatisfy({ !view.items[$0].hasMention }), !view.word(verb).hasPrefix("gehör"),
                let holder = subject(verb, view.clause(of: verb), context)
            {
                pairs.append((holder, percent))
            }
        }
        // "Y und Z halten je 20 Prozent": every holder named before the verb.
        if view.word(verb + 1) == "je", let percent = view.quantities.first(where: { $0.item > verb })?.quantity.percent {
            let holders = view.span(0, verb).filter { view.isSubjectCandidate($0) && view.items[$0].entity != company }.compactMap { view.items[$0].entity }
            if holders.count >= 2 { pairs = holders.map { ($0, percent) } }
        }
        let distinct = Set(pairs.map(\.holder))
        guard distinct.count >= 2, !distinct.contains(company) else { return [] }
        var seen: Set<EntityID> = []
        return pairs.compactMap { pair in
            guard seen.insert(pair.holder).inserted else { return nil }
            return StakeCandidate(holder: pair.holder, company: company, percent: pair.percent, since: nil, sentence: view.sentence.index)
        }
    }
}
