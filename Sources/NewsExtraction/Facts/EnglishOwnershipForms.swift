import NewsModel

/// English ownership statements the shared ownership rules leave out: "its wholly owned X subsidiary",
/// "Y's 82 pct owned X subsidiary", "its A and B subsidiaries", "Y unit X", "a company owned by A and B",
/// "a firm 69.65 pct held by Y's Z affiliate", "Y's largest shareholder is X with 30 pct", "the company's
/// X unit", "X's U.S. parent, Y"; the forms of ``EnglishPlacedUnitForms``, ``EnglishPercentOwnedForms``
/// and ``EnglishHeldPartForms`` run from here.
struct EnglishOwnershipForms: Sendable {
    let view: SentenceView

    /// The words that lead the forms below unit nouns: participles that state ownership ("X-owned",
    /// "owned by X"), nouns for one who holds shares, and "parent" (one lookup per word).
    private enum LeadWord: Sendable { case owned, percentOwned, holder, parent, ticker, fraction, stake }

    private static let leadWords = WordTable<LeadWord>([
        "owned": .owned, "held": .owned, "controlled": .owned,
        "pct-owned": .percentOwned, "pct-held": .percentOwned, "percent-owned": .percentOwned, "percent-held": .percentOwned,
        "<": .ticker,
        "third": .fraction, "thirds": .fraction, "one-third": .fraction, "two-thirds": .fraction, "quarter": .fraction, "half": .fraction,
        "stake": .stake, "interest": .stake, "share": .stake, "holding": .stake, "shareholding": .stake,
        "shareholder": .holder, "stockholder": .holder, "holder": .holder,
        "parent": .parent,
    ])

    /// The holdings the sentence states in these forms.
    func stakes(context: RoleContext) -> [StakeCandidate] {
        guard view.language == .english else { return [] }
        var result: [StakeCandidate] = []
        for clause in view.clauses {
            for index in clause where !view.items[index].hasMention {
                if view.isA(.unitnoun, index) {
                    result += ownedUnit(index, clause, context)
                    result += coordinatedUnits(index, clause, context)
                    if let found = namedParentUnit(index, clause) { result.append(found) }
                    if let found = plainPossessorUnit(index, clause) ?? appositionPossessorUnit(index, clause) { result.append(found) }
                    if let found = EnglishBuyerUnitForms(view: view).stake(at: index, clause) { result.append(found) }
                    result += EnglishPlacedUnitForms(view: view).stakes(atUnit: index, clause, context)
                    continue
                }
                switch Self.leadWords[view.items[index].lower] {
                case .owned?:
                    result += ownedByMany(index, clause, context)
                    if let found = heldByAffiliate(index, clause) { result.append(found) }
                    if view.word(index) != "controlled" { result += EnglishPercentOwnedForms(view: view).stakes(at: index, clause, context) }
                case .percentOwned?:
                    result += EnglishPercentOwnedForms(view: view).stakes(at: index, clause, context)
                case .ticker?:
                    if let found = EnglishPlacedUnitForms(view: view).tickerPossessed(at: index, clause) { result.append(found) }
                case .fraction?:
                    if let found = EnglishHeldPartForms(view: view).fractionHolding(at: index, clause, context) { result.append(found) }
                case .stake?:
                    if let found = EnglishHeldPartForms(view: view).pronounPercentStake(at: index, clause, context) { result.append(found) }
                case .holder?:
                    if let found = largestShareholder(index, clause, context) { result.append(found) }
                case .parent?:
                    if let found = possessiveParent(index, clause) { result.append(found) }
                case nil:
                    break
                }
            }
        }
        return result.filter { $0.holder != $0.company }
    }

    private func make(_ holder: EntityID, _ company: EntityID, _ percent: Double?) -> StakeCandidate {
        let valid = percent.flatMap { $0 > 0 && $0 <= 100 ? $0 : nil }
        return StakeCandidate(holder: holder, company: company, percent: valid, since: nil, sentence: view.sentence.index)
    }

    /// Whether the clause sells or merges something before `index` (the holding then ends or changes).
    private func sold(before index: Int, _ clause: Range<Int>) -> Bool {
        view.span(clause.lowerBound, index).contains { view.isA(.sell, $0) || view.isA(.salenoun, $0) }
    }

    /// The owner before an ownership phrase: "its" (the clause's subject), "the company's" (the article's
    /// company), or a genitive name.
    private func owner(at index: Int, _ clause: Range<Int>, _ context: RoleContext) -> EntityID? {
        let word = view.word(index)
        if ["its", "their"].contains(word), !view.items[index].hasMention {
            // "its" stands for a company, never for a person ("named X president of its Y unit").
            guard let subject = view.subject(of: index, in: clause, context: context) else { return nil }
            let person = view.items.contains { $0.entity == subject && $0.mention?.kind == .person }
            return person ? context.topic : subject
        }
        if ["company's", "group's", "company’s", "group’s"].contains(word), view.word(index - 1) == "the" { return context.topic }
        if view.items[index].isParty, view.isPossessive(index) { return view.items[index].entity }
        return nil
    }

    /// "its wholly owned X subsidiary", "Y's 82 pct owned X unit", "the company's X unit".
    private func ownedUnit(_ trigger: Int, _ clause: Range<Int>, _ context: RoleContext) -> [StakeCandidate] {
        let name = trigger - 1
        guard name > clause.lowerBound, view.items[name].isOrganisation, let company = view.items[name].entity, !sold(before: name, clause) else { return [] }
        var position = name - 1
        var wholly = false
        var owned = false
        while position >= clause.lowerBound, name - position <= 5, !view.items[position].hasMention {
            let word = view.word(position)
            if ["wholly", "wholly-owned", "100-pct-owned"].contains(word) { wholly = true }
            if word == "owned" || word.hasSuffix("-owned") { owned = true }
            guard ["wholly", "owned", "majority", "majority-owned", "wholly-owned", "pct", "percent", "%", "pct-owned", "partly", "partly-owned"].contains(word)
                || view.quantities.contains(where: { $0.item == position }) || word.hasSuffix("-owned")
            else { break }
            position -= 1
        }
        // "the company's X unit" needs no ownership word; a genitive or "its" before the name is read by the
        // shared rules, so only the forms with an ownership word or "the company's" are taken here.
        guard position >= clause.lowerBound, position < name, let holder = owner(at: position, clause, context), holder != company else { return [] }
        let companyWord = ["company's", "group's", "company’s", "group’s"].contains(view.word(position))
        guard owned || wholly || companyWord else { return [] }
        let percent = wholly ? 100 : view.quantities.first { $0.item > position && $0.item < name && $0.quantity.percent != nil }?.quantity.percent
        return [make(holder, company, percent)]
    }

    /// "its A and B subsidiaries", "Y's A, B and C units".
    private func coordinatedUnits(_ trigger: Int, _ clause: Range<Int>, _ context: RoleContext) -> [StakeCandidate] {
        guard view.word(trigger).hasSuffix("s") || view.word(trigger) == "subsidiaries" else { return [] }
        var members: [EntityID] = []
        var position = trigger - 1
        while position >= clause.lowerBound, view.items[position].isOrganisation, let member = view.items[position].entity {
            members.append(member)
            guard [",", "and"].contains(view.word(position - 1)) else { break }
            position -= 2
        }
        guard members.count >= 2, !sold(before: position, clause), let holder = owner(at: position - 1, clause, context) else { return [] }
        return members.reversed().filter { $0 != holder }.map { make(holder, $0, nil) }
    }

    /// "Y unit X", "<Y> unit X", "Y group unit X": a parent name, a unit noun and the unit's name.
    private func namedParentUnit(_ trigger: Int, _ clause: Range<Int>) -> StakeCandidate? {
        guard ["unit", "subsidiary", "affiliate", "division"].contains(view.word(trigger)) else { return nil }
        var parent = trigger - 1
        if ["group", "concern"].contains(view.word(parent)) { parent -= 1 }
        if view.word(parent) == ">" { parent = view.nameBefore(closing: parent) } else if view.transparent(parent) { parent -= 1 }
        var child = trigger + 1
        if view.transparent(child) { child += 1 }
        guard parent >= clause.lowerBound, child < view.items.count, view.items[parent].isOrganisation, !view.isPossessive(parent),
            !["its", "their"].contains(view.word(parent - 1)), view.items[child].isOrganisation,
            let holder = view.items[parent].entity, let company = view.items[child].entity, !sold(before: parent, clause)
        else { return nil }
        return make(holder, company, nil)
    }

    /// "X is a privately-held company owned by A and B", "X, owned by A and B": every coordinated owner.
    private func ownedByMany(_ trigger: Int, _ clause: Range<Int>, _ context: RoleContext) -> [StakeCandidate] {
        guard view.word(trigger + 1) == "by", trigger + 2 < view.items.count, view.items[trigger + 2].isParty,
            let first = view.items[trigger + 2].entity, !view.isPossessive(trigger + 2)
        else { return [] }
        var holders = [first]
        var position = trigger + 3
        var joiners: [String] = []
        while [",", "and"].contains(view.word(position)), position + 1 < view.items.count, view.items[position + 1].isParty, let next = view.items[position + 1].entity {
            holders.append(next)
            joiners.append(view.word(position))
            position += 2
        }
        // "A and B", "A, B and C": the list ends with "and" ("Sears, Roebuck and Co" split in two is one name).
        guard joiners.last == "and", joiners.count >= 2 || joiners == ["and"] else { return [] }
        // The company: the subject of a copula before ("X is a … company owned by"), or the name before
        // the comma of an apposition ("X, owned by", "X, a company owned by").
        var company: EntityID?
        if let copula = view.span(max(0, trigger - 8), trigger).last(where: { ["is", "was", "are", "were"].contains(view.word($0)) }),
            view.span(copula + 1, trigger).allSatisfy({ !view.items[$0].hasMention && view.word($0) != "," }), ["a", "an", "the"].contains(view.word(copula + 1))
        {
            company = view.subject(of: copula, in: view.clause(of: copula), context: context)
                ?? view.span(0, copula).first(where: { view.isSubjectCandidate($0) && view.items[$0].isOrganisation }).flatMap { view.items[$0].entity }
            // "X, …, is a privately-held company owned by A and B" with X not recognised as a company here: the
            // article's company, when the complement is a kind of company.
            if company == nil, view.span(copula + 1, trigger).contains(where: { view.words.has(.companyword, view.word($0)) }) { company = context.topic }
        } else if let comma = view.span(max(0, trigger - 6), trigger).last(where: { view.word($0) == "," }),
            view.span(comma + 1, trigger).allSatisfy({ !view.items[$0].hasMention }), comma >= 1, view.items[comma - 1].isOrganisation
        {
            company = view.items[comma - 1].entity
        }
        // One owner alone is read by the shared rules; here only the coordinated ones.
        guard holders.count >= 2, let company else { return [] }
        return holders.filter { $0 != company }.map { make($0, company, nil) }
    }

    /// "X, a locally listed firm 69.65 pct held by Y's <Z> affiliate": Z holds X with that percent.
    private func heldByAffiliate(_ trigger: Int, _ clause: Range<Int>) -> StakeCandidate? {
        guard view.word(trigger + 1) == "by", let percent = view.quantities.first(where: { $0.item < trigger && $0.item >= trigger - 3 })?.quantity.percent else { return nil }
        var position = trigger + 2
        guard position < view.items.count, view.items[position].isParty, view.isPossessive(position) else { return nil }
        position += 1
        if view.transparent(position) { position += 1 }
        guard position < view.items.count, view.items[position].isOrganisation, let holder = view.items[position].entity else { return nil }
        var after = position + 1
        if view.transparent(after) { after += 1 }
        guard view.isA(.unitnoun, after) else { return nil }
        // The company: the name before the comma that opens the apposition.
        guard let comma = view.span(max(0, trigger - 10), trigger).last(where: { view.word($0) == "," }),
            view.span(comma + 1, trigger).allSatisfy({ !view.items[$0].hasMention })
        else { return nil }
        var head = comma - 1
        if view.word(head) == ">" { head = view.nameBefore(closing: head) } else if view.transparent(head) { head -= 1 }
        guard head >= 0, view.items[head].isOrganisation, let company = view.items[head].entity else { return nil }
        return make(holder, company, percent)
    }

    /// "Y's largest shareholder is X with 30 pct", "X, Y's largest shareholder, with 30 pct", "X, its largest
    /// shareholder with a 30 pct stake": the holding with its percent.
    private func largestShareholder(_ trigger: Int, _ clause: Range<Int>, _ context: RoleContext) -> StakeCandidate? {
        var position = trigger - 1
        while position >= 0, trigger - position <= 3, !view.items[position].hasMention,
            ["largest", "biggest", "major", "main", "principal", "single", "controlling", "leading", "second-largest", "second-biggest", "majority"].contains(view.word(position))
        {
            position -= 1
        }
        guard position < trigger - 1, position >= 0, let company = owner(at: position, view.clause(of: position), context) else { return nil }
        var holder: EntityID?
        var after = trigger + 1
        if ["is", "was", "remains"].contains(view.word(after)) {
            after += 1
            if view.word(after) == "the" { after += 1 }
            if after < view.items.count, view.items[after].isParty { holder = view.items[after].entity }
        } else if position >= 2, view.word(position - 1) == ",", view.items[position - 2].isParty {
            holder = view.items[position - 2].entity
        }
        guard let holder, holder != company else { return nil }
        // "with 30 pct", "with a 30 pct stake", ", with 30 pct," within a few words after.
        guard let with = view.span(trigger + 1, min(view.items.count, trigger + 8)).first(where: { view.word($0) == "with" }),
            let percent = view.quantities.first(where: { $0.item > with && $0.item <= with + 3 })?.quantity.percent
        else { return nil }
        return make(holder, company, percent)
    }

    /// "X's U.S. parent, Y", "X's parent company Y".
    private func possessiveParent(_ trigger: Int, _ clause: Range<Int>) -> StakeCandidate? {
        var position = trigger - 1
        while position >= 0, trigger - position <= 3, !view.items[position].hasMention || view.items[position].mention?.kind == .place, !view.tokens[view.items[position].tokens.lowerBound].isPunctuation || view.word(position) == "." {
            position -= 1
        }
        guard position >= 0, position < trigger - 1, view.items[position].isOrganisation, view.isPossessive(position), let company = view.items[position].entity,
            // "X's former parent Y" held X once, not now.
            !view.span(position + 1, trigger).contains(where: { ["former", "ex", "previous", "onetime", "one-time", "erstwhile"].contains(view.word($0)) })
        else { return nil }
        var next = trigger + 1
        if ["company", "group", "firm"].contains(view.word(next)) { next += 1 }
        if view.word(next) == "," { next += 1 }
        if view.transparent(next) { next += 1 }
        guard next < view.items.count, view.items[next].isOrganisation, let holder = view.items[next].entity, holder != company else { return nil }
        return make(holder, company, nil)
    }
}
