import NewsModel

/// German deal forms the verb rules miss: a company that "goes to" a buyer ("X geht an Y", "X geht
/// mehrheitlich an Y"), a deal noun fronted by "mit", "durch" or "nach" whose buyer is the main clause's
/// subject ("Mit der Übernahme der X wird Y Marktführer") and a sale noun whose seller follows "durch"
/// ("der Verkauf der X durch Y").
extension GermanDealRules {
    /// Whether a word is a form of "gehen" that may hand a company over, listed as `transfer` in deals-de.txt.
    func isTransferVerb(_ index: Int) -> Bool {
        !view.items[index].hasMention && view.words.byCategory["transfer"]?.contains(view.word(index)) == true
    }

    /// Adverbs of "geht … an Y" that make the transfer a stake rather than the whole company.
    private static let partAdverbs: Set<String> = ["mehrheitlich", "teilweise", "anteilig"]

    /// "X geht an Y", "X ging 2015 mehrheitlich an Y": Y acquires X. X is the subject, named before the verb
    /// as a company (not a genitive or a name after a preposition), and Y the first party after "an"; a
    /// stock exchange after "an" ("geht an die Börse") is a listing, no deal.
    func transfer(_ trigger: Int, _ clause: Range<Int>, _ context: RoleContext) -> DealCandidate? {
        guard let target = clause.first(where: { $0 < trigger && view.items[$0].isOrganisation && view.preposition(before: $0) == nil && !view.isPossessive($0) }),
            view.standsAsSubject(target), let company = view.items[target].entity,
            // "Der Auftrag der X geht an Y": a genitive after a noun is no subject.
            !(["der", "des"].contains(view.word(target - 1)) && target - 1 > clause.lowerBound),
            let buyer = view.party(after: trigger, in: clause, governedBy: ["an"], excluding: [company]),
            buyer.index <= trigger + 10,
            !view.span(trigger + 1, min(clause.upperBound, buyer.index + 1)).contains(where: { view.word($0).contains("börse") })
        else { return nil }
        let part = view.span(trigger + 1, buyer.index).contains { Self.partAdverbs.contains(view.word($0)) }
        let percent = view.quantities(in: view.span(trigger + 1, buyer.index)).compactMap(\.percent).first
        var deal = make(part || percent != nil ? .stake : .acquisition, acquirer: buyer.entity, seller: nil, target: company, trigger: trigger, clause: clause)
        if let percent, percent < 100 { deal.percent = percent } else if percent != nil { deal.kind = .acquisition }
        return deal
    }

    /// Prepositions that front a deal noun before the main clause ("Mit der Übernahme der X wird Y …").
    private static let frontingPrepositions: Set<String> = ["mit", "durch", "nach", "dank"]

    /// "Mit der Übernahme der X wird Y zum Marktführer", "Durch den Kauf der X wächst Y": a deal noun that
    /// opens its sentence after "mit", "durch", "nach" or "dank" is done by the subject of the main clause,
    /// the first company named after the target that no preposition governs.
    func frontedNounBuyer(_ trigger: Int, _ clause: Range<Int>, target: Int) -> EntityID? {
        guard trigger == 2,
            Self.frontingPrepositions.contains(view.word(trigger - 2)),
            ["der", "den", "dem", "die"].contains(view.word(trigger - 1)),
            let targetEntity = view.items[target].entity
        else { return nil }
        // The main clause's finite verb right after the fronted phrase ("wird", "wächst"), then the subject,
        // past at most two articles or adjectives.
        let verb = target + 1
        guard verb < view.items.count, !view.items[verb].hasMention, !Self.notVerbs.contains(view.word(verb)),
            let first = view.tokens[view.items[verb].tokens.lowerBound].text.unicodeScalars.first, first.properties.isLowercase,
            let subject = view.span(verb + 1, min(view.items.count, verb + 4)).first(where: { view.items[$0].hasMention }),
            view.items[subject].isOrganisation, view.items[subject].entity != targetEntity,
            view.span(verb + 1, subject).allSatisfy({ Self.subjectArticles.contains(view.word($0)) }), !view.isPossessive(subject)
        else { return nil }
        return view.items[subject].entity
    }

    /// Lower-case words after a name that are no finite verb: conjunctions, prepositions, articles.
    private static let notVerbs: Set<String> = [
        "und", "sowie", "oder", "von", "vom", "für", "an", "am", "in", "im", "mit", "durch", "zu", "zum", "zur", "bei", "beim", "auf",
        "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines", ",", "(", "–", "-",
    ]

    /// Articles that may stand before the main clause's subject.
    private static let subjectArticles: Set<String> = ["der", "die", "das", "den", "dem"]

    /// "Der Verkauf der X durch Y": the sale noun's seller after "durch".
    func saleNounSellerAfterDurch(_ trigger: Int, _ clause: Range<Int>, target: (index: Int, entity: EntityID)) -> EntityID? {
        organisations(in: clause, governedBy: ["durch"], excluding: [target.entity]).first { $0.index > target.index && $0.index <= target.index + 5 }?.entity
    }
}
