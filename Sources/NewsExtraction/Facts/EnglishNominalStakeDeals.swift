import NewsModel

/// English stake deals told by a deal noun whose object is a percent holding, where the company stands after the
/// stake noun and the noun rule, which reads a company right after "of", finds none: "the sale of its 65 pct
/// interest in X to Y", "the sale to Y of Z's 50 pct interest in X", "the sale of the company's 49 pct interest
/// in X", "completed the acquisition of an 80 pct interest in X".
extension EnglishDealRules {
    /// Words that may stand between the percent and the stake noun: "a 15 pct equity interest".
    private static let stakeNounFillers: WordSet = ["equity", "voting", "minority", "majority", "direct", "indirect", "ownership"]

    /// Words between a possessor and its deal noun: "Y's recent 1.2 bln dlr purchase".
    private static let possessorGapWords: WordSet = ["'s", "’s", "previously", "recent", "mln", "million", "bln", "billion", "dlr", "dlrs", "stg", "pound", "franc", "yen"]

    /// Whether a word is "company's", "group's" or another company word with a possessive ending.
    private func isCompanyPossessive(_ word: String) -> Bool {
        guard word.hasSuffix("'s") || word.hasSuffix("’s") else { return false }
        return view.words.has(.companyword, String(word.dropLast(2)))
    }

    /// The stake deal at a sale or acquisition noun `trigger` whose object is "[owner] N pct stake in X", if any.
    func nominalStakeDeal(_ trigger: Int, _ clause: Range<Int>, _ context: RoleContext) -> DealCandidate? {
        let isSale = view.isA(.salenoun, trigger)
        guard isSale || view.isA(.takeovernoun, trigger) else { return nil }
        var of = trigger + 1
        var buyer: EntityID?
        // "the sale to Y of Z's 50 pct interest in X".
        if isSale, view.word(of) == "to", of + 1 < clause.upperBound, view.items[of + 1].isParty, !view.isPossessive(of + 1), view.word(of + 2) == "of" {
            buyer = view.items[of + 1].entity
            of += 2
        }
        guard view.word(of) == "of", of + 1 < clause.upperBound else { return nil }
        // The holding's owner: a pronoun or "the company's" (the clause's subject), a possessive name, or none ("a").
        var position = of + 1
        var owner: EntityID?
        var ownerIsSubject = false
        let first = view.word(position)
        if first == "its" || first == "their" {
            ownerIsSubject = true
            position += 1
        } else if first == "a" || first == "an" {
            position += 1
        } else if first == "the", isCompanyPossessive(view.word(position + 1)) {
            ownerIsSubject = true
            position += 2
        } else if view.items[position].isParty, view.isPossessive(position), let named = view.items[position].entity {
            owner = named
            position += 1
            if ["'s", "’s"].contains(view.word(position)) { position += 1 }
        } else {
            return nil
        }
        guard let percent = view.quantity(at: position)?.percent, percent > 0, percent < 100 else { return nil }
        // The stake noun a few words after the percent start ("65 pct interest", "15 pct equity interest").
        var noun = position + 1
        while noun < clause.upperBound, noun <= position + 4, !view.isA(.stakenoun, noun) {
            let word = view.word(noun)
            guard ["pct", "percent", "%", "-"].contains(word) || Self.stakeNounFillers.contains(word) else { return nil }
            noun += 1
        }
        guard view.isA(.stakenoun, noun), ["in", "of"].contains(view.word(noun + 1)) else { return nil }
        var name = noun + 2
        if ["the", "<"].contains(view.word(name)) { name += 1 }
        guard name < clause.upperBound, view.items[name].isOrganisation, !view.isPossessive(name), let company = view.items[name].entity else { return nil }
        // "its" names the clause's subject; with none before the noun ("X said talks continue on the sale of its …"),
        // the first name that stands as a subject in the sentence.
        let subject = ownerIsSubject || owner == nil
            ? view.subject(of: ownerIsSubject ? of + 1 : trigger, in: clause, context: context)
                ?? view.span(0, trigger).first(where: { view.isSubjectCandidate($0) && view.items[$0].isOrganisation }).flatMap { view.items[$0].entity }
            : nil
        var acquirer: EntityID?
        var seller: EntityID?
        if isSale {
            seller = owner ?? subject
            acquirer = buyer ?? view.party(after: name, in: clause, governedBy: ["to"])?.entity
        } else {
            // "Y's acquisition of a 20 pct interest in X", else the subject that completes or agrees it.
            var possessor = trigger - 1
            // "Y's 538 mln dlr purchase of …": a price may stand between the possessor and the noun.
            while possessor > clause.lowerBound, trigger - possessor <= 5, !view.items[possessor].hasMention,
                view.isA(.planned, possessor) || view.isA(.announced, possessor) || Self.possessorGapWords.contains(view.word(possessor))
                    || view.quantities.contains(where: { $0.item == possessor })
            {
                possessor -= 1
            }
            if possessor >= clause.lowerBound, view.items[possessor].isParty, view.isPossessive(possessor) {
                acquirer = view.items[possessor].entity
            } else if owner == nil {
                acquirer = subject
            }
            seller = owner ?? view.party(after: name, in: clause, governedBy: ["from"])?.entity
        }
        guard acquirer != nil || seller != nil, acquirer != company, seller != company, acquirer != seller || acquirer == nil else { return nil }
        var deal = make(.stake, acquirer: acquirer, seller: seller, target: company, trigger: trigger, clause: clause, past: false)
        deal.percent = percent
        return deal
    }
}
