import NewsModel

extension EnglishRelationForms {
    /// "X is owned 40 pct by A and 25 pct by B": each "percent by owner" pair after a passive "owned" or "held" is a
    /// holding of the passive's subject.
    func splitOwners(_ trigger: Int, _ clause: Range<Int>, _ context: RoleContext) -> [StakeCandidate] {
        guard view.quantities.contains(where: { $0.item == trigger + 1 }), view.isA(.passiveaux, trigger - 1) || view.word(trigger - 1) == "jointly",
            let company = view.subject(of: trigger - 1, in: clause, context: context)
        else { return [] }
        var result: [StakeCandidate] = []
        var position = trigger + 1
        while result.count < 4, let percent = view.quantity(at: position)?.percent {
            guard let by = view.span(position + 1, min(clause.upperBound, position + 3)).first(where: { view.word($0) == "by" }) else { break }
            var owner = by + 1
            if view.word(owner) == "the" { owner += 1 }
            guard owner < clause.upperBound else { break }
            if view.items[owner].isParty, !view.isPossessive(owner), let holder = view.items[owner].entity, holder != company, percent > 0, percent <= 100 {
                result.append(StakeCandidate(holder: holder, company: company, percent: percent, since: nil, sentence: view.sentence.index))
            }
            // "… and 25 pct by B": the next pair after "and" or a comma; an unnamed owner ("an Indonesian company") ends it.
            guard view.items[owner].hasMention, [",", "and"].contains(view.word(owner + 1)) else { break }
            position = view.word(owner + 2) == "and" ? owner + 3 : owner + 2
        }
        return result
    }
}
