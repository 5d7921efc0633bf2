import NewsModel

/// English holdings of a part that the shared holding rules do not read: a fraction held ("Y owns about one-third
/// of X", "Y holds a quarter of X") and a percent stake with a pronoun possessor ("its 35 pct stake in X", "its 50
/// pct share of X", "Y's earnings from its 35 pct stake in X"): the pronoun stands for a possessor at the start of
/// the clause, else for what the pronoun resolves to.
struct EnglishHeldPartForms: Sendable {
    let view: SentenceView

    /// Verbs of holding before a fraction.
    private static let holdVerbs: WordSet = ["owns", "own", "owned", "holds", "hold", "held", "controls", "control", "has", "have"]
    /// Words between the verb and the fraction: "owns about one-third", "holds just over a third".
    private static let approximations: WordSet = ["about", "around", "roughly", "nearly", "almost", "some", "just", "over", "under", "more", "than", "less", "a", "an", "one", "two", "three", "slightly"]
    /// Words before a verb of holding that make the holding a future, past or shared one.
    private static let notNow: WordSet = ["will", "would", "could", "may", "might", "to", "each", "both", "formerly", "previously", "once", "not", "never"]
    /// "the company's" and its kin: the article's company.
    private static let companyPossessives: WordSet = ["company's", "company’s", "group's", "group’s"]
    /// Stake nouns after "its 35 pct".
    private static let stakeNouns: WordSet = ["stake", "interest", "share", "holding", "shareholding"]

    private func make(_ holder: EntityID, _ company: EntityID, _ percent: Double?) -> StakeCandidate {
        StakeCandidate(holder: holder, company: company, percent: percent.flatMap { $0 > 0 && $0 <= 100 ? $0 : nil }, since: nil, sentence: view.sentence.index)
    }

    /// Words that hand a holding on: "a spin-off of its 80 pct stake in X".
    private static let handOverWords: WordSet = ["spin-off", "spinoff", "spin", "distribute", "distribution", "swap", "exchange", "transfer", "transferred"]

    /// Whether the clause speaks of a deal (a holding bought, sold, raised, cut or handed on is read by the deal rules).
    private func dealClause(_ clause: Range<Int>) -> Bool {
        clause.contains {
            view.isA(.buy, $0) || view.isA(.sell, $0) || view.isA(.salenoun, $0) || view.isA(.raise, $0) || view.isA(.reduce, $0) || view.isA(.takeovernoun, $0)
                || view.isA(.offernoun, $0) || view.isA(.merge, $0) || Self.handOverWords.contains(view.word($0))
        }
    }

    /// "Y owns about one-third of X", "Y holds a quarter of X": the subject of the verb holds the fraction of X.
    func fractionHolding(at fraction: Int, _ clause: Range<Int>, _ context: RoleContext) -> StakeCandidate? {
        guard view.word(fraction + 1) == "of", fraction + 2 < clause.upperBound, view.items[fraction + 2].isOrganisation, !view.isPossessive(fraction + 2),
            let company = view.items[fraction + 2].entity,
            let percent = EnglishDealRules(view: view).fraction(in: view.span(fraction, fraction + 1))
        else { return nil }
        var verb = fraction - 1
        while verb > clause.lowerBound, fraction - verb <= 4, Self.approximations.contains(view.word(verb)) { verb -= 1 }
        guard Self.holdVerbs.contains(view.word(verb)), !Self.notNow.contains(view.word(verb - 1)), !view.isA(.passiveaux, verb - 1), !dealClause(clause),
            let holder = view.subject(of: verb, in: clause, context: context), holder != company
        else { return nil }
        return make(holder, company, percent)
    }

    /// Verbs that end a speaker's frame before reported content ("Z said Y's earnings from its …").
    private static let reportingVerbs: WordSet = ["said", "says", "added", "noted", "estimated", "estimates"]

    /// "its 35 pct stake in X", "its 50 pct share of X" outside a deal: the pronoun's company holds that percent of X.
    func pronounPercentStake(at noun: Int, _ clause: Range<Int>, _ context: RoleContext) -> StakeCandidate? {
        guard Self.stakeNouns.contains(view.word(noun)), ["in", "of"].contains(view.word(noun + 1)),
            let amount = view.quantities.first(where: { $0.item < noun && $0.item >= noun - 3 }), let percent = amount.quantity.percent,
            ["its", "their"].contains(view.word(amount.item - 1))
        else { return nil }
        var next = noun + 2
        if view.word(next) == "<" { next += 1 }
        guard next < clause.upperBound, view.items[next].isOrganisation, !view.isPossessive(next), let company = view.items[next].entity,
            !dealClause(clause), !Self.notNow.contains(view.word(clause.lowerBound))
        else { return nil }
        let pronoun = amount.item - 1
        // "Y's earnings from its 35 pct stake": the possessor that opens the clause; "the company's division consists
        // of its 25 pct interest in X": the article's company; else the subject of the clause.
        // "Z said Y's earnings from its …": a speaker's "said" before the possessor opens the clause anew.
        let frame = view.span(clause.lowerBound, pronoun).last { Self.reportingVerbs.contains(view.word($0)) }.map { $0 + 1 } ?? clause.lowerBound
        let opening = view.span(frame, pronoun).first { view.items[$0].hasMention || Self.companyPossessives.contains(view.word($0)) }
        let holder: EntityID?
        if let opening, view.items[opening].isOrganisation, view.isPossessive(opening) {
            holder = view.items[opening].entity
        } else if let opening, Self.companyPossessives.contains(view.word(opening)) {
            holder = context.topic
        } else {
            holder = view.subject(of: pronoun, in: clause, context: context)
        }
        guard let holder, holder != company else { return nil }
        return make(holder, company, percent)
    }
}
