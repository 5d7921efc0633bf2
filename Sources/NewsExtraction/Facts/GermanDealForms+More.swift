import NewsModel

/// German forms: "übernehmen zu wollen", a sale with no buyer named ("X und Y wurden verkauft"), the noun
/// "Einstieg" ("der Einstieg der Y bei X") and holdings of a genitive company ("besitzt 30 Prozent der X").
extension GermanDealRules {
    /// Modal infinitives after "zu": "übernehmen zu wollen", "kaufen zu können".
    static let modalInfinitives: WordSet = ["wollen", "können", "dürfen", "müssen", "sollen"]

    /// Words of an agreement that keep "vereinbarte, X zu übernehmen" announced rather than planned.
    static let agreementWords: WordSet = [
        "vereinbart", "vereinbarte", "vereinbarten", "einigte", "einigten", "geeinigt", "zugestimmt", "verpflichtet", "verpflichtete", "unterzeichnet", "unterzeichnete",
    ]

    /// Whether the trigger is an infinitive before "zu" + modal ("die X übernehmen zu wollen").
    func isModalInfinitive(_ trigger: Int) -> Bool {
        view.word(trigger + 1) == "zu" && Self.modalInfinitives.contains(view.word(trigger + 2))
    }

    /// "X und Y wurden verkauft" with no buyer and no seller named: the article's company sold them, when the
    /// clause names no other company that might have.
    func unnamedBuyerSale(_ trigger: Int, _ clause: Range<Int>, _ context: RoleContext, target: (index: Int, entity: EntityID)) -> DealCandidate? {
        let named = clause.filter { view.items[$0].isOrganisation }
        let sold = Set([target.entity] + coordinatedNames(from: target.index, clause))
        // The sold company is the subject ("Die Sparte X wurde verkauft"), not a genitive ("Fahrzeuge der X").
        guard view.standsAsSubject(target.index), named.allSatisfy({ sold.contains(view.items[$0].entity!) }), named.allSatisfy({ $0 < trigger }),
            let seller = organisations(in: clause, governedBy: ["von", "vom", "durch"], excluding: [target.entity]).first?.entity ?? context.topic,
            !sold.contains(seller)
        else { return nil }
        return make(.acquisition, acquirer: nil, seller: seller, target: target.entity, trigger: trigger, clause: clause)
    }

    /// The names listed after a name with ",", "und" or "sowie".
    func coordinatedNames(from index: Int, _ clause: Range<Int>) -> [EntityID] {
        var result: [EntityID] = []
        var current = index
        while [",", "und", "sowie"].contains(view.word(current + 1)) {
            var next = current + 2
            if Self.appositionArticles.contains(view.word(next)) { next += 1 }
            guard next < clause.upperBound, view.items[next].isOrganisation, let other = view.items[next].entity else { break }
            result.append(other)
            current = next
        }
        return result
    }

    /// "Der Einstieg der Y bei X ist abgeschlossen", "Y hat den Einstieg bei X angekündigt": Y takes a stake in X.
    func entryNoun(_ trigger: Int, _ clause: Range<Int>, _ context: RoleContext) -> DealCandidate? {
        guard let company = organisations(in: clause, governedBy: ["bei", "beim", "in", "im"], excluding: []).first(where: { $0.index > trigger && $0.index <= trigger + 6 })
        else { return nil }
        var buyer: EntityID?
        if ["der", "des"].contains(view.word(trigger + 1)), trigger + 2 < company.index, view.items[trigger + 2].isParty {
            buyer = view.items[trigger + 2].entity
        } else if trigger > clause.lowerBound, view.items[trigger - 1].isParty, view.isPossessive(trigger - 1) {
            buyer = view.items[trigger - 1].entity  // "Ys Einstieg bei X".
        } else if ["den", "seinen", "ihren", "einen"].contains(view.word(trigger - 1)) {
            buyer = view.subject(of: trigger, in: clause, context: context)
        }
        guard let buyer, buyer != company.entity else { return nil }
        var deal = make(.stake, acquirer: buyer, seller: nil, target: company.entity, trigger: trigger, clause: clause)
        deal.percent = view.quantities(in: clause).compactMap(\.percent).first
        return deal
    }

    /// Verbs that state a holding with a percent.
    static let percentHoldVerbs: WordSet = ["hält", "halten", "hielt", "hielten", "besitzt", "besitzen", "besaß", "kontrolliert", "kontrollieren", "kontrollierte"]

    /// "Y besitzt 30 Prozent der X", "Y hält rund 25 Prozent der Aktien der X": the subject holds the genitive
    /// company right after the percent (past a share noun).
    func genitiveHoldings(_ context: RoleContext) -> [StakeCandidate] {
        var found: [StakeCandidate] = []
        for clause in view.clauses {
            for verb in clause where Self.percentHoldVerbs.contains(view.word(verb)) && !view.isNegated(verb, in: clause) {
                guard let entry = view.quantities.first(where: { $0.item > verb && $0.item <= verb + 3 && $0.quantity.percent != nil }),
                    let percent = entry.quantity.percent, percent < 100,
                    var next = view.items.indices.first(where: { view.items[$0].tokens.lowerBound >= entry.quantity.tokens.upperBound })
                else { continue }
                guard ["der", "des"].contains(view.word(next)) else { continue }
                next += 1
                // "der Anteile der X", "der Aktien des X".
                if view.isA(.stakenoun, next) || view.isA(.sharenoun, next) {
                    guard ["der", "des", "von", "vom"].contains(view.word(next + 1)) else { continue }
                    next += 2
                }
                guard next < clause.upperBound, view.items[next].isOrganisation, !view.isPossessive(next), let company = view.items[next].entity,
                    let holder = view.subject(of: verb, in: clause, context: context), holder != company
                else { continue }
                found.append(StakeCandidate(holder: holder, company: company, percent: percent, since: nil, sentence: view.sentence.index))
            }
        }
        return found
    }
}
