import NewsModel

extension EnglishDealRules {
    /// Verbs that seek a stake not yet agreed: "is negotiating a minority stake in X", "seeks a 20 pct stake in X".
    /// (Not "to seek": "gave up its plans to seek a stake in X".)
    private static let seekingVerbs: WordSet = ["negotiating", "negotiates", "seeking", "seeks"]
    /// Words that may stand between the verb and the stake noun.
    private static let stakeModifiers: WordSet = ["a", "an", "minority", "majority", "controlling", "small", "significant", "substantial", "pct", "percent", "%"]

    /// "Y is negotiating a minority stake in X", "Y seeks a 20 pct stake in X": a planned stake deal of the
    /// verb's subject (nothing when no named company follows "in").
    func soughtStake(_ trigger: Int, _ clause: Range<Int>, _ context: RoleContext) -> DealCandidate? {
        guard view.word(trigger + 1) == "in", !["stakes", "interests", "holdings"].contains(view.word(trigger)) else { return nil }
        var verb = trigger - 1
        while verb > clause.lowerBound, trigger - verb <= 4, Self.stakeModifiers.contains(view.word(verb)) || view.quantity(at: verb) != nil { verb -= 1 }
        guard verb >= clause.lowerBound, verb < trigger - 1, Self.seekingVerbs.contains(view.word(verb)),
            let acquirer = view.subject(of: verb, in: clause, context: context),
            let target = view.party(after: trigger, in: clause, governedBy: ["in"], organisationOnly: true, excluding: [acquirer]), target.index <= trigger + 3
        else { return nil }
        var deal = make(.stake, acquirer: acquirer, seller: nil, target: target.entity, trigger: trigger, clause: clause, past: false)
        deal.percent = view.quantities.first { $0.item > verb && $0.item < trigger }?.quantity.percent
        if deal.status == .announced || deal.status == .completed { deal.status = .planned }
        return deal
    }
}
