import NewsModel

/// A takeover proposal named by its maker after "from" or "by": "X rebuffed a takeover proposal from Y", "X
/// received a buyout proposal from Y": Y bids for X, the subject of the reply verb.
extension EnglishDealRules {
    /// Verbs by which the target answers or gets a proposal.
    private static let proposalReplies: WordSet = [
        "received", "receives", "rejected", "rejects", "rebuffed", "rebuffs", "spurned", "accepted", "accepts", "welcomed", "studying", "examining",
        "reviewing", "considering",
    ]

    /// The deal of "X rejected a takeover proposal from Y" at the takeover or merger noun `trigger`.
    func proposalFrom(_ trigger: Int, _ clause: Range<Int>, _ context: RoleContext) -> DealCandidate? {
        guard ["proposal", "proposals"].contains(view.word(trigger + 1)),
            let maker = view.party(after: trigger + 1, in: clause, governedBy: ["from", "by"], organisationOnly: true), maker.index <= trigger + 6,
            ["from", "by"].contains(view.word(trigger + 2)),
            let reply = view.span(max(clause.lowerBound, trigger - 8), trigger).last(where: { Self.proposalReplies.contains(view.word($0)) }),
            view.span(reply + 1, trigger).allSatisfy({ !view.items[$0].hasMention }),
            let target = view.subject(of: reply, in: clause, context: context), target != maker.entity,
            !view.items.contains(where: { $0.entity == target && $0.mention?.kind == .person })
        else { return nil }
        var deal = make(.acquisition, acquirer: maker.entity, seller: nil, target: target, trigger: trigger, clause: clause, past: false)
        deal.status = .planned
        return deal
    }
}
