import NewsModel

/// English membership of a group: "X, part of the Y group", "X is now part of Y" (Y holds X) and "X will become
/// part of Y", "X is to become part of Y" (Y acquires X). A portion ("sold part of X", "a large part of Y") is no
/// membership: the word before "part" must be a comma, a copula or "become".
struct EnglishPartOfForms: Sendable {
    let view: SentenceView

    /// Words right before "part" that make it membership: "X, part of", "X is part of", "X became part of".
    private static let memberLeads: WordSet = [",", "is", "are", "now", "already", "also", "become", "becomes", "became", "remains", "remain", "be"]
    /// Words before "become"/"be" that put the membership in the future: a deal, not yet a holding.
    private static let futureWords: WordSet = ["will", "would", "to", "shall"]
    /// What may follow the group's name: the end of the phrase.
    private static let groupEnds: WordSet = ["", ".", ",", ";", ")", "group", "empire", "family", "stable", "since", "in", "under", "after", "when", "and", "which", "as"]

    /// The holding or the deal that "part of" at `trigger` states, if any.
    func candidate(at trigger: Int, _ clause: Range<Int>, _ context: RoleContext) -> (deal: DealCandidate?, stake: StakeCandidate?) {
        guard view.word(trigger + 1) == "of", Self.memberLeads.contains(view.word(trigger - 1)) else { return (nil, nil) }
        var position = trigger + 2
        while position < clause.upperBound, view.word(position) == "the" || view.transparent(position) { position += 1 }
        guard position < clause.upperBound, view.items[position].isOrganisation, !view.isPossessive(position), let group = view.items[position].entity,
            Self.groupEnds.contains(view.word(position + 1)), !isNegated(before: trigger, clause)
        else { return (nil, nil) }
        let lead = trigger - 1
        var company: EntityID?
        var future = false
        if view.word(lead) == "," {
            // "X, part of the Y group": the name right before the comma (a ticker may stand between).
            var named = lead - 1
            if let ticker = view.tickerStart(before: lead) { named = ticker - 1 }
            guard named >= clause.lowerBound, view.items[named].isOrganisation, !view.isPossessive(named) else { return (nil, nil) }
            company = view.items[named].entity
        } else {
            var verb = lead
            while verb > clause.lowerBound, ["now", "already", "also"].contains(view.word(verb)) { verb -= 1 }
            if ["become", "be"].contains(view.word(verb)) {
                guard Self.futureWords.contains(view.word(verb - 1)) else { return (nil, nil) }
                future = true
            }
            company = view.subject(of: verb, in: clause, context: context)
        }
        guard let company, company != group, view.items.contains(where: { $0.entity == company && $0.isOrganisation }) || !view.items.contains(where: { $0.entity == company })
        else { return (nil, nil) }
        if future {
            let deal = EnglishDealRules(view: view).make(.acquisition, acquirer: group, seller: nil, target: company, trigger: trigger, clause: clause, past: false)
            return (deal, nil)
        }
        return (nil, StakeCandidate(holder: group, company: company, percent: nil, since: nil, sentence: view.sentence.index))
    }

    /// "no longer part of", "not part of".
    private func isNegated(before trigger: Int, _ clause: Range<Int>) -> Bool {
        view.span(max(clause.lowerBound, trigger - 3), trigger).contains { ["not", "longer", "never"].contains(view.word($0)) }
    }
}
