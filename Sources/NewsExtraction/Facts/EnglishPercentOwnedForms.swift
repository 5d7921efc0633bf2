import NewsModel

/// English holdings whose percent is glued to or follows the participle, which the shared passive rules do not
/// read: "X is 70%-owned by Y", "X, 70 pct-held by Y", "Y's 51 pct-held X", "its 60 pct-owned X"; "<X>, owned 80 pct
/// by A and 20 pct by B" (each owner of an apposition with its own percent).
struct EnglishPercentOwnedForms: Sendable {
    let view: SentenceView

    /// Copulas and auxiliaries of a passive holding: "X is 70%-owned by Y".
    private static let auxiliaries: WordSet = ["is", "was", "are", "were", "remains", "became", "now"]
    /// Participles of holding written after a percent and a hyphen ("70%-owned").
    private static let participles: WordSet = ["owned", "held"]

    /// The holdings at a participle of holding, `trigger`: "owned", "held", or a compound "pct-owned"/"pct-held".
    func stakes(at trigger: Int, _ clause: Range<Int>, _ context: RoleContext) -> [StakeCandidate] {
        let word = view.word(trigger)
        if Self.participles.contains(word) {
            if view.word(trigger - 1) == "-", view.word(trigger - 2) == "%" {
                let found = percentCompound(trigger, number: trigger - 3, clause, context)
                return found.isEmpty ? attributiveHolding(trigger, number: trigger - 3, context).map { [$0] } ?? [] : found
            }
            // "its 70 pct owned <X> affiliate".
            if word == "owned", ["pct", "percent", "%"].contains(view.word(trigger - 1)), let found = attributiveHolding(trigger, number: trigger - 2, context) {
                return [found]
            }
            return appositionOwners(trigger, clause)
        }
        let found = percentCompound(trigger, number: trigger - 1, clause, context)
        return found.isEmpty ? attributiveHolding(trigger, number: trigger - 1, context).map { [$0] } ?? [] : found
    }

    private func make(_ holder: EntityID, _ company: EntityID, _ percent: Double?) -> StakeCandidate {
        StakeCandidate(holder: holder, company: company, percent: percent.flatMap { $0 > 0 && $0 <= 100 ? $0 : nil }, since: nil, sentence: view.sentence.index)
    }

    /// The organisation whose name ends right before `end` (exclusive), reading "X <XX>" as X.
    private func organisation(endingBefore end: Int) -> EntityID? {
        var name = end - 1
        if view.word(name) == ">" { name = view.nameBefore(closing: name) }
        guard name >= 0, name < view.items.count, view.items[name].isOrganisation, !view.isPossessive(name) else { return nil }
        return view.items[name].entity
    }

    /// The held company of a passive phrase that starts at `start`: the subject of "is" right before, or the name
    /// before the comma of an apposition ("X, 70%-owned by Y").
    private func passiveCompany(before start: Int, _ clause: Range<Int>, _ context: RoleContext) -> EntityID? {
        var aux = start - 1
        if ["jointly", "directly", "indirectly"].contains(view.word(aux)) { aux -= 1 }
        if Self.auxiliaries.contains(view.word(aux)), aux >= clause.lowerBound {
            return view.subject(of: aux, in: clause, context: context)
        }
        if view.word(aux) == "," { return organisation(endingBefore: aux) }
        return nil
    }

    /// The party right after "by" at `index`, if any.
    private func owner(after by: Int) -> EntityID? {
        guard view.word(by) == "by", by + 1 < view.items.count, view.items[by + 1].isParty, !view.isPossessive(by + 1) else { return nil }
        return view.items[by + 1].entity
    }

    /// "X is 70%-owned by Y", "X, 70 pct-held by Y" (holder after "by"); "Y's 51 pct-held X", "its 60 pct-owned X"
    /// (holder before the percent, company after the participle).
    private func percentCompound(_ trigger: Int, number: Int, _ clause: Range<Int>, _ context: RoleContext) -> [StakeCandidate] {
        guard number >= clause.lowerBound, let percent = view.quantity(at: number)?.percent else { return [] }
        if let holder = owner(after: trigger + 1) {
            guard let company = passiveCompany(before: number, clause, context), company != holder else { return [] }
            // "99 pct-owned by A and B": the percent is the owners' together, not the first one's.
            let next = trigger + 4
            if view.word(trigger + 3) == "and", next < clause.upperBound, view.items[next].isParty, !view.isPossessive(next),
                let second = view.items[next].entity, second != company, second != holder
            {
                return [make(holder, company, nil), make(second, company, nil)]
            }
            return [make(holder, company, percent)]
        }
        var next = trigger + 1
        if view.word(next) == "<" { next += 1 }
        guard next < clause.upperBound, view.items[next].isOrganisation, !view.isPossessive(next), let company = view.items[next].entity else { return [] }
        let possessor = number - 1
        let holder: EntityID?
        if ["its", "their"].contains(view.word(possessor)) {
            holder = view.subject(of: possessor, in: clause, context: context)
        } else if possessor >= 0, view.items[possessor].isOrganisation, view.isPossessive(possessor) {
            holder = view.items[possessor].entity
        } else {
            holder = nil
        }
        guard let holder, holder != company else { return [] }
        return [make(holder, company, percent)]
    }

    /// "<X>, owned 80 pct by A and 20 pct by B", "X, owned 96.4 pct by A and the rest by B": each owner with the
    /// percent before its "by" (an owner without one is left out).
    private func appositionOwners(_ trigger: Int, _ clause: Range<Int>) -> [StakeCandidate] {
        guard view.word(trigger - 1) == ",", let company = organisation(endingBefore: trigger - 1) else { return [] }
        var position = trigger + 1
        var owners: [(holder: EntityID, percent: Double)] = []
        while owners.count < 4, let percent = view.quantity(at: position)?.percent,
            let by = view.span(position + 1, min(view.items.count, position + 4)).first(where: { view.word($0) == "by" }),
            view.span(position + 1, by).allSatisfy({ ["pct", "percent", "%"].contains(view.word($0)) }), let holder = owner(after: by)
        {
            owners.append((holder, percent))
            // "and 20 pct by B", ", 20 pct by B".
            guard ["and", ","].contains(view.word(by + 2)) else { break }
            position = by + 3
        }
        return owners.filter { $0.holder != company }.map { make($0.holder, company, $0.percent) }
    }
}
