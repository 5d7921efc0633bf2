import NewsModel

/// German holdings stated with "haben" and a stake noun: "Y hat einen Anteil von 40 Prozent an X",
/// "Y hatte eine Beteiligung an X". The stake noun is the trigger (it is a strong trigger already), so no
/// sentence is read for the frequent "hat" alone.
extension OwnershipRules {
    /// Forms of "haben" that state a holding before a stake noun.
    static let haveVerbs: Set<String> = ["hat", "haben", "hatte", "hatten"]

    /// Words that may stand between the verb and the stake noun: articles, possessives, adjectives of size.
    static let haveStakeFillers: Set<String> = [
        "einen", "eine", "ein", "seinen", "seine", "ihren", "ihre", "noch", "bereits", "schon", "derzeit", "weiterhin", "nun",
        "direkten", "direkte", "indirekten", "indirekte", "knappen", "kleinen", "großen", "maßgeblichen", "maßgebliche",
    ]

    /// "Y hat einen Anteil von 40 Prozent an X": the subject of "hat" holds the company after "an" (the percent
    /// after the noun, if any). Not when a deal verb of the clause changes the stake ("hat seinen Anteil an X
    /// verkauft"): the deal rules read those.
    func germanHaveStake(_ trigger: Int, _ clause: Range<Int>, _ context: RoleContext) -> StakeCandidate? {
        var verb = trigger - 1
        while verb > clause.lowerBound, trigger - verb <= 3, Self.haveStakeFillers.contains(view.word(verb)) { verb -= 1 }
        guard verb >= clause.lowerBound, verb < trigger - 1, Self.haveVerbs.contains(view.word(verb)),
            let company = view.party(after: trigger, in: clause, governedBy: ["an", "am", "bei", "beim"], organisationOnly: true),
            company.index <= trigger + 7,
            !clause.contains(where: { view.items[$0].mask & Self.changeMask != 0 }),
            let holder = view.subject(of: verb, in: clause, context: context), holder != company.entity
        else { return nil }
        let percent = view.quantities(in: view.span(trigger + 1, company.index)).compactMap(\.percent).first
        if let percent, percent >= 100 { return nil }
        return StakeCandidate(holder: holder, company: company.entity, percent: percent, since: nil, sentence: view.sentence.index)
    }

    /// Word classes of verbs that change a stake (buy, sell, raise, reduce, take part, merge).
    private static let changeMask: UInt32 = [FactWordClass.buy, .sell, .particlesell, .raise, .reduce, .entry, .merge].reduce(0) { $0 | $1.bit }
}
