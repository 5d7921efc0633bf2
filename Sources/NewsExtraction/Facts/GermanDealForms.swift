import NewsModel

/// Further German deal forms: a stake received ("bekam dafür einen Anteil von 1,4 Prozent"), several
/// companies bought at once ("übernimmt X und Y"), a sold unit named in an apposition ("trennt sich von
/// seiner Tochter, der X") and a planned sale told as a noun ("erwägt einen Verkauf der X").
extension GermanDealRules {
    /// Words that make a received percent no stake: votes, market shares, revenue.
    static let notStakeWords: WordSet = [
        "stimmen", "stimme", "wählerstimmen", "markt", "marktes", "umsatz", "umsatzes", "umsätze", "gewinn", "gewinns", "gewinnes",
        "erlös", "erlöses", "erlöse", "einnahmen", "erträge", "ertrags", "kosten", "förderung", "zuschuss", "rabatt", "lohnerhöhung",
        "gehalt", "gehälter", "löhne", "mandate", "sitze",
    ]

    /// Whether a word is a verb of receiving ("bekam", "erhält"), listed as `receive` in deals-de.txt.
    func isReceiveVerb(_ index: Int) -> Bool {
        !view.items[index].hasMention && view.words.byCategory["receive"]?.contains(view.word(index)) == true
    }

    /// "Y erhält 20 Prozent an X", "Y bekam dafür einen Anteil von 1,4 Prozent": Y acquires a stake in X; with
    /// no company named, in the company an earlier sentence's stake was about, else the article's company.
    func receive(_ trigger: Int, _ clause: Range<Int>, _ context: RoleContext) -> DealCandidate? {
        let after = view.span(trigger + 1, clause.upperBound)
        let named = organisations(in: after, governedBy: ["an", "am", "bei", "beim"], excluding: []).first
        // "einen Anteil von 1,4 Prozent", "20 Prozent an der X".
        guard after.contains(where: { view.isA(.stakenoun, $0) || view.isA(.sharenoun, $0) }) || named != nil,
            let percent = view.quantities(in: after).compactMap(\.percent).first, percent < 100,
            !clause.contains(where: { Self.notStakeWords.contains(view.word($0)) }),
            let holder = subject(trigger, clause, context)
        else { return nil }
        let others = clause.filter { view.items[$0].isOrganisation && view.items[$0].entity != holder }
        // Without "an X": only when the clause names no other company, which might be the one meant.
        let company = named.map(\.entity) ?? (others.isEmpty ? (context.lastStakeCompany ?? context.topic) : nil)
        guard let company, company != holder else { return nil }
        var deal = make(.stake, acquirer: holder, seller: nil, target: company, trigger: trigger, clause: clause)
        deal.percent = percent
        return deal
    }

    /// The further companies bought with `deal`'s target: "übernimmt X und Y", "kauft X sowie die Y".
    func coordinatedTargets(of deal: DealCandidate, _ clause: Range<Int>) -> [DealCandidate] {
        guard deal.kind == .acquisition, let index = clause.first(where: { view.items[$0].entity == deal.target }) else { return [] }
        var result: [DealCandidate] = []
        var current = index
        while true {
            var next = current + 1
            guard [",", "und", "sowie"].contains(view.word(next)) else { break }
            let joiner = view.word(next)
            next += 1
            if Self.appositionArticles.contains(view.word(next)) { next += 1 }
            guard next < clause.upperBound, view.items[next].isOrganisation, !view.isPossessive(next), let other = view.items[next].entity,
                other != deal.acquirer, other != deal.seller, other != deal.target
            else { break }
            // "X, Y und Z": a comma continues the list only when an "und"/"sowie" closes it.
            if joiner == ",", !view.span(next + 1, min(clause.upperBound, next + 6)).contains(where: { ["und", "sowie"].contains(view.word($0)) }) { break }
            var copy = deal
            copy.target = other
            result.append(copy)
            current = next
        }
        return result
    }

    /// The sold unit named in an apposition: "trennt sich von seiner Tochter, der X", "verkauft seine
    /// Sparte, die X, an Y".
    func soldUnit(_ trigger: Int, _ clause: Range<Int>, objectPrepositions: Set<String?>, excluding: Set<EntityID>) -> (index: Int, entity: EntityID)? {
        for unit in clause where !view.items[unit].hasMention && view.isA(.unitnoun, unit) {
            guard let owner = possessive(before: unit, clause), let name = unitName(after: unit, clause), !excluding.contains(name.entity) else { continue }
            let governing = ["von", "vom"].contains(view.word(owner - 1)) ? view.word(owner - 1) : nil
            guard objectPrepositions.contains(governing) else { continue }
            return name
        }
        return nil
    }

    /// Verbs of a plan or announcement that make the subject the seller of "einen Verkauf der X".
    static let saleNounVerbs: WordSet = [
        "erwägt", "erwägen", "erwog", "plant", "planen", "plante", "prüft", "prüfen", "prüfte", "kündigt", "kündigte", "kündigten",
        "angekündigt", "bereitet", "bereitete", "treibt", "trieb", "beschließt", "beschloss", "beschlossen", "bestätigt", "bestätigte",
        "vereinbart", "vereinbarte", "beschlossen", "strebt", "strebte", "angestrebt", "verhandelt", "verhandelte", "will", "wollen", "wollte",
    ]

    /// "X erwägt einen Verkauf der Y", "X hat den Verkauf der Y an Z angekündigt": X sells Y when a verb of
    /// plan or announcement governs the noun and X is its subject.
    func saleNounSeller(_ trigger: Int, _ clause: Range<Int>, _ context: RoleContext, target: EntityID) -> EntityID? {
        guard ["die", "den", "einen", "der", "eine", "ein"].contains(view.word(trigger - 1)),
            clause.contains(where: { Self.saleNounVerbs.contains(view.word($0)) }),
            let seller = view.subject(of: trigger, in: clause, context: context), seller != target
        else { return nil }
        // The seller stands before the noun (or is "das Unternehmen" resolved to an earlier name).
        if let index = clause.first(where: { view.items[$0].entity == seller }), index > trigger { return nil }
        return seller
    }
}
