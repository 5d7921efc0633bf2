import NewsModel

/// English deal forms the verb and noun rules miss: a holding handed over to someone ("handed over
/// his 59.5% stake in X to Y", "transferred its stake in X to Y") and a merger into the buyer ("its
/// previously announced merger into Y", "X's merger into Y").
extension EnglishDealRules {
    /// Verbs that pass a holding on to someone named after "to".
    private static let transferVerbs: Set<String> = [
        "transferred", "transfer", "transfers", "transferring", "handed", "hand", "hands", "handing",
    ]

    /// "Y handed over his 59.5% stake in X to Z": a stake deal, Z buying from Y. The stake noun is the
    /// trigger; the verb stands at most six words before it with no name between.
    func transferredStake(_ trigger: Int, _ clause: Range<Int>, _ context: RoleContext) -> DealCandidate? {
        guard view.isA(.stakenoun, trigger),
            let verb = view.span(max(clause.lowerBound, trigger - 6), trigger).last(where: { Self.transferVerbs.contains(view.word($0)) }),
            !view.span(verb + 1, trigger).contains(where: { view.items[$0].hasMention })
        else { return nil }
        // The company the stake is in: "in" or "of" after the noun, then the first name (a short
        // description such as "holding company" may stand between).
        let sentence = view.items.count
        guard ["in", "of"].contains(view.word(trigger + 1)),
            let target = view.span(trigger + 2, min(sentence, trigger + 6)).first(where: { view.items[$0].isOrganisation }),
            let company = view.items[target].entity,
            let to = view.span(target + 1, sentence).first(where: { view.word($0) == "to" }),
            to + 1 < sentence, view.items[to + 1].isParty, let buyer = view.items[to + 1].entity, buyer != company
        else { return nil }
        let seller = view.subject(of: verb, in: clause, context: context)
        guard seller != buyer, seller != company else { return nil }
        var deal = make(.stake, acquirer: buyer, seller: seller, target: company, trigger: verb, clause: clause, past: view.word(verb).hasSuffix("ed"))
        deal.percent = view.quantities.first { $0.item > verb && $0.item < trigger }?.quantity.percent
        return deal
    }

    /// "its previously announced merger into Y", "X's merger into Y": the one merged into the other is
    /// bought by it (an acquisition, Y the acquirer). The verb "merged into" stays a merger.
    func mergerInto(_ trigger: Int, _ clause: Range<Int>, _ context: RoleContext) -> DealCandidate? {
        guard view.word(trigger + 1) == "into", trigger + 2 < view.items.count, view.items[trigger + 2].isOrganisation,
            let buyer = view.items[trigger + 2].entity
        else { return nil }
        // "its … merger", "X's … merger": the owner before the noun, at most three words back.
        guard view.isA(.mergernoun, trigger),
            let owner = view.span(max(clause.lowerBound, trigger - 4), trigger).last(where: { view.items[$0].isOrganisation || ["its", "their"].contains(view.word($0)) })
        else { return nil }
        let target: EntityID?
        if view.items[owner].isOrganisation {
            guard view.isPossessive(owner) else { return nil }
            target = view.items[owner].entity
        } else {
            target = view.subject(of: owner, in: clause, context: context)
        }
        guard let target, target != buyer else { return nil }
        return make(.acquisition, acquirer: buyer, seller: nil, target: target, trigger: trigger, clause: clause, past: false)
    }
}

extension EnglishOwnershipForms {
    /// "Quorvel Utilities' Brixa Electric Co subsidiary" (a plural possessor, its apostrophe alone) and
    /// "Quorvel Corp's Brixa Electric Co. unit" (a name ending in an abbreviation's full stop): the
    /// possessor holds the unit. Nothing when the clause sells something before the unit noun.
    func plainPossessorUnit(_ trigger: Int, _ clause: Range<Int>) -> StakeCandidate? {
        var name = trigger - 1
        let stop = view.word(name) == "."
        if stop { name -= 1 }
        var owner = name - 1
        let apostrophe = ["'", "’"].contains(view.word(owner))
        if apostrophe { owner -= 1 }
        // The plain form ("Y's X unit") is read by the shared rules.
        guard stop || apostrophe, owner >= clause.lowerBound, name < clause.upperBound,
            view.items[name].isOrganisation, let company = view.items[name].entity,
            view.items[owner].isOrganisation, let holder = view.items[owner].entity, holder != company,
            apostrophe || view.isPossessive(owner),
            !view.span(clause.lowerBound, trigger).contains(where: { view.isA(.sell, $0) || view.isA(.salenoun, $0) })
        else { return nil }
        return StakeCandidate(holder: holder, company: company, percent: nil, since: nil, sentence: view.sentence.index)
    }
}

extension EnglishOwnershipForms {
    /// Words that may stand between a possessor and its unit noun in an apposition ("Y's 99.15 pct-owned
    /// West German subsidiary").
    private static let ownershipFillers: Set<String> = ["pct", "percent", "%", "owned", "wholly", "majority", "pct-owned", "wholly-owned", "majority-owned"]

    /// "X, Y's 99.15 pct-owned West German subsidiary, …": an apposition that names X's owner Y (with
    /// the percent it owns, "wholly-owned" being 100).
    func appositionPossessorUnit(_ trigger: Int, _ clause: Range<Int>) -> StakeCandidate? {
        var position = trigger - 1
        var percent: Double?
        var wholly = false
        while position >= 2, trigger - position <= 8, !view.items[position].isOrganisation {
            let item = view.items[position]
            let word = item.lower
            if word == ">", let open = view.span(max(0, position - 4), position).last(where: { view.word($0) == "<" }) {
                position = open - 1
                continue
            }
            if let quantity = view.quantity(at: position) {
                percent = quantity.percent ?? (quantity.ownedCompound ? quantity.value : nil)
            } else if word.hasPrefix("wholly") {
                wholly = true
            } else {
                let capitalised = view.tokens[item.tokens.lowerBound].text.unicodeScalars.first?.properties.isUppercase ?? false
                guard Self.ownershipFillers.contains(word) || word.hasSuffix("-owned") || capitalised || item.mention?.kind == .place else { return nil }
            }
            position -= 1
        }
        guard position >= 2, view.items[position].isOrganisation, view.isPossessive(position), let holder = view.items[position].entity,
            view.word(position - 1) == ",", view.items[position - 2].isOrganisation, let company = view.items[position - 2].entity,
            holder != company, !view.word(trigger).hasSuffix("s")
        else { return nil }
        let stated = wholly ? 100 : percent.flatMap { $0 > 0 && $0 <= 100 ? $0 : nil }
        return StakeCandidate(holder: holder, company: company, percent: stated, since: nil, sentence: view.sentence.index)
    }
}
