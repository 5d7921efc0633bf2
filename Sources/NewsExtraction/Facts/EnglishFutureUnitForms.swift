import NewsModel

/// English statements that a company is to become another's unit: "X will become a unit of Y", "X is to become a
/// wholly owned subsidiary of Y", "X will operate as a wholly owned unit of Y" (Y acquires X) and, with no "of",
/// "Y said X will become a wholly owned subsidiary" (the company that says so acquires X).
struct EnglishFutureUnitForms: Sendable {
    let view: SentenceView

    /// Words between "a" and the unit noun: "a wholly owned unit", "a 100 pct-owned subsidiary".
    private static let fillers: WordSet = ["wholly", "owned", "wholly-owned", "majority", "majority-owned", "fully", "pct", "percent", "%", "-", "pct-owned", "new", "separate", "independent"]
    /// Words before "become" that put it in the future.
    private static let futureWords: WordSet = ["will", "would", "to", "shall", "could"]
    /// The verbs of reported speech whose subject is the parent when no "of Y" follows.
    private static let sayVerbs: WordSet = ["said", "says", "announced", "announces"]

    /// The acquisition that the unit noun at `trigger` states, if it ends such a phrase.
    func deal(at trigger: Int, _ clause: Range<Int>, _ context: RoleContext) -> DealCandidate? {
        var article = trigger - 1
        while article > clause.lowerBound, trigger - article <= 4, Self.fillers.contains(view.word(article)) || view.quantities.contains(where: { $0.item == article }) {
            article -= 1
        }
        guard ["a", "an"].contains(view.word(article)) else { return nil }
        let verb = article - 1
        switch view.word(verb) {
        case "become":
            var modal = verb - 1
            if view.word(modal) == "also" || view.word(modal) == "then" { modal -= 1 }
            guard Self.futureWords.contains(view.word(modal)) else { return nil }
        case "as":
            guard ["operate", "operated", "be", "continue"].contains(view.word(verb - 1)), Self.futureWords.contains(view.word(verb - 2)) else { return nil }
        default:
            return nil
        }
        guard !view.isNegated(verb, in: clause), let company = view.subject(of: verb, in: clause, context: context) else { return nil }
        let parent: EntityID?
        if view.word(trigger + 1) == "of" {
            var position = trigger + 2
            if view.word(position) == "the" { position += 1 }
            guard position < clause.upperBound, view.items[position].isOrganisation, !view.isPossessive(position) else { return nil }
            parent = view.items[position].entity
        } else {
            // "Y said X will become a wholly owned subsidiary": the company that says so; the unit noun ends the phrase.
            guard ["", ".", ",", ";"].contains(view.word(trigger + 1)), let said = view.span(0, verb).last(where: { Self.sayVerbs.contains(view.word($0)) }),
                let speaker = view.span(0, said).first(where: { view.isSubjectCandidate($0) && view.items[$0].isOrganisation })
            else { return nil }
            parent = view.items[speaker].entity
        }
        guard let parent, parent != company, view.items.contains(where: { $0.entity == company && $0.isOrganisation }) || !view.items.contains(where: { $0.entity == company })
        else { return nil }
        return EnglishDealRules(view: view).make(.acquisition, acquirer: parent, seller: nil, target: company, trigger: verb, clause: clause, past: false)
    }
}
