import NewsModel

/// English deal forms whose parties the sentence names, but not where the main rules look for them:
/// "raised his stake in the company" (the company named earlier in the sentence), "agreed to merge the
/// two bank holding companies" (the two companies named before the verb), "Y's interest in acquiring
/// X" (the possessor of the intent buys), "its new subsidiary, Y, signed a merger agreement with X" (Y
/// acquires X) and "Z and its affiliate, X" (Z holds X).
extension EnglishDealRules {
    /// "X, who has sought control of Y, said he raised his stake in the company to 12.1 pct": the company
    /// of "in the company" is the last organisation the sentence named before the verb (not the holder, not
    /// a parent named in "a unit of Z"), else the company the article is about.
    func describedStakeCompany(after trigger: Int, _ clause: Range<Int>, holder: EntityID, _ context: RoleContext) -> EntityID? {
        guard let preposition = view.span(trigger + 1, min(clause.upperBound, trigger + 5)).first(where: { ["in", "of"].contains(view.word($0)) }),
            view.word(preposition + 1) == "the", view.words.has(.companyword, view.word(preposition + 2)),
            // "in the company's unit": another company's part.
            !view.isPossessive(preposition + 2), !["'s", "’s"].contains(view.word(preposition + 3))
        else { return nil }
        // A company, not an organisation ("the Conservative Party", "the Securities and Exchange Commission").
        for index in stride(from: trigger - 1, through: 0, by: -1) where view.items[index].isOrganisation && view.items[index].mention?.kind == .company {
            guard let entity = view.items[index].entity, entity != holder else { continue }
            // "X, a unit of Z, raised its stake in the company": Z owns the holder, it is not the company.
            if view.span(max(0, index - 3), index).contains(where: { view.isA(.unitnoun, $0) }) { continue }
            return entity
        }
        if let topic = context.topic, topic != holder, topic.hasPrefix(EntityKind.company.rawValue + ":") { return topic }
        return nil
    }

    /// "X said its board and the board of Y have agreed to merge the two bank holding companies": with
    /// "the two" companies as object, the parties are the only two organisations named before the verb.
    func mergedTheTwo(_ trigger: Int, _ clause: Range<Int>) -> DealCandidate? {
        guard view.word(trigger + 1) == "the", view.word(trigger + 2) == "two",
            view.span(trigger + 3, min(view.items.count, trigger + 7)).contains(where: { Self.companyPlurals.contains(view.word($0)) })
        else { return nil }
        var parties: [EntityID] = []
        for index in 0..<trigger where view.items[index].isOrganisation {
            guard let entity = view.items[index].entity, !parties.contains(entity) else { continue }
            parties.append(entity)
        }
        guard parties.count == 2 else { return nil }
        return make(.merger, acquirer: parties[0], seller: nil, target: parties[1], trigger: trigger, clause: clause, past: view.isA(.completed, trigger))
    }

    /// Plural nouns for companies as a whole ("the two banks"); units and businesses are parts of one owner.
    private static let companyPlurals: WordSet = [
        "companies", "banks", "firms", "concerns", "groups", "airlines", "carriers", "insurers", "utilities", "retailers",
        "publishers", "thrifts", "railroads", "corporations", "partnerships",
    ]

    /// "Y's interest in acquiring X", "Y's plan for buying X": the possessor of the intent noun before the
    /// gerund buys, not the sentence's subject who learns of it.
    func possessedIntentBuyer(before trigger: Int) -> EntityID? {
        guard view.word(trigger).hasSuffix("ing"), ["in", "of", "for"].contains(view.word(trigger - 1)),
            Self.intentNouns.contains(view.word(trigger - 2))
        else { return nil }
        var owner = trigger - 3
        if ["'s", "’s"].contains(view.word(owner)) { owner -= 1 }
        guard owner >= 0, view.items[owner].isOrganisation, view.isPossessive(owner) || view.word(owner + 1) == "'s" || view.word(owner + 1) == "’s"
        else { return nil }
        return view.items[owner].entity
    }

    /// Nouns of intent before "in/of/for" and a gerund of buying.
    private static let intentNouns: WordSet = ["interest", "plan", "plans", "intention", "intent", "aim", "hopes", "idea", "proposal"]

    /// "in a telephone call from Z", "in a letter from Z": a "from" after one of these nouns names who
    /// called or wrote, not a seller.
    func isMessageSender(_ party: Int, after target: Int) -> Bool {
        view.span(target + 1, party).contains { Self.messageNouns.contains(view.word($0)) }
    }

    private static let messageNouns: WordSet = ["call", "calls", "letter", "letters", "conversation", "meeting", "message", "statement", "interview", "visit"]
}

extension EnglishDealRules {
    /// "X said its new subsidiary, Y, signed the agreement and plan of merger with Z": Y, a unit formed for
    /// the purpose, is the one that merges with (and so acquires) Z.
    func newUnitInApposition(before trigger: Int) -> EntityID? {
        for index in stride(from: trigger - 1, through: 2, by: -1) where view.items[index].isOrganisation && view.word(index - 1) == "," {
            guard view.isA(.unitnoun, index - 2) else { continue }
            var position = index - 3
            var fresh = false
            while position >= 0, Self.newUnitWords.contains(view.word(position)) {
                fresh = true
                position -= 1
            }
            guard fresh, ["its", "their"].contains(view.word(position)) else { continue }
            return view.items[index].entity
        }
        return nil
    }

    /// Words that mark a unit as formed for a deal: "its new subsidiary", "its newly formed unit".
    private static let newUnitWords: WordSet = ["new", "newly", "formed", "newly-formed", "newly-created", "created"]
}

extension SentenceView {
    /// "Z and its affiliate, Y": the company right before "and its" is what "its" stands for.
    func coordinatedOwner(ofPronoun pronoun: Int) -> EntityID? {
        guard language == .english, pronoun >= 2, word(pronoun - 1) == "and", items[pronoun - 2].isOrganisation, !isPossessive(pronoun - 2) else { return nil }
        return items[pronoun - 2].entity
    }
}
