import NewsModel

/// Finding the roles around a trigger word: subject, object, prepositional parties, status.
extension SentenceView {
    /// Whether an entity item is a genitive ("Alibabas", "Alibaba's"): a possessor, not a subject.
    func isPossessive(_ index: Int) -> Bool {
        let item = items[index]
        if item.suffix == "'s" || item.suffix == "’s" || item.suffix == "s" || item.suffix == "'" { return true }
        if index + 1 < items.count, items[index + 1].lower == "'s" || items[index + 1].lower == "’s" { return true }
        return possessiveMentions.contains(index)
    }

    /// The party that does what the trigger at `trigger` says.
    func subject(of trigger: Int, in clause: Range<Int>, context: RoleContext) -> EntityID? {
        if language == .german {
            for index in clause.lowerBound..<trigger where isSubjectCandidate(index) { return items[index].entity }
            if let pronoun = pronounBefore(trigger, in: clause) { return context.resolve(pronoun: pronoun, before: items[pronoun].tokens.lowerBound, in: self) }
            for index in (trigger + 1)..<clause.upperBound where isSubjectCandidate(index) { return items[index].entity }
            return clause.lowerBound > 0 ? context.previousClauseSubject : nil
        }
        var index = trigger - 1
        while index >= clause.lowerBound {
            if isPronoun(index) { return context.resolve(pronoun: index, before: items[index].tokens.lowerBound, in: self) }
            if isSubjectCandidate(index) { return items[index].entity }
            index -= 1
        }
        return clause.lowerBound > 0 ? context.previousClauseSubject : nil
    }

    /// An entity that may be a subject: a party, not governed by a preposition, not a genitive.
    func isSubjectCandidate(_ index: Int) -> Bool {
        items[index].isParty && preposition(before: index) == nil && !isPossessive(index)
    }

    /// Whether an item is a subject pronoun or "the company".
    func isPronoun(_ index: Int) -> Bool {
        let word = items[index].lower
        guard items[index].mention == nil else { return false }
        if language == .english {
            if ["it", "they", "we"].contains(word) { return true }
            return words.has("companyword", word) && index > 0 && ["the", "this"].contains(self.word(index - 1))
        }
        return words.has("companyword", word) && index > 0 && ["das", "der", "die"].contains(self.word(index - 1))
    }

    private func pronounBefore(_ trigger: Int, in clause: Range<Int>) -> Int? {
        var index = trigger - 1
        while index >= clause.lowerBound {
            if isPronoun(index) || (language == .german && ["er", "es"].contains(items[index].lower) && items[index].mention == nil) {
                return index
            }
            index -= 1
        }
        // German V2: "übernimmt das Unternehmen …", "kauft es …".
        if language == .german, trigger + 2 < clause.upperBound, isPronoun(trigger + 2) { return trigger + 2 }
        return nil
    }

    /// The first party after `start` in the clause governed by one of `prepositions` (nil stands for none).
    func party(after start: Int, in clause: Range<Int>, governedBy prepositions: Set<String?>, organisationOnly: Bool = false, excluding: Set<EntityID> = []) -> (index: Int, entity: EntityID)? {
        var index = start + 1
        while index < clause.upperBound {
            let item = items[index]
            if let entity = item.entity, organisationOnly ? item.isOrganisation : item.isParty, !excluding.contains(entity) {
                let governing = preposition(before: index)
                if prepositions.contains(governing), !(governing == nil && isPossessive(index) && !isUnitAfter(index)) {
                    return (index, entity)
                }
            }
            index += 1
        }
        return nil
    }

    /// "X's Y unit": a possessive followed by another entity is a holder, not a target.
    private func isUnitAfter(_ index: Int) -> Bool { false }

    /// Whether a percent, stake noun or share noun stands between two items.
    func stakePhrase(from start: Int, to end: Int) -> (isStake: Bool, percent: Double?, all: Bool) {
        var isStake = false
        var all = false
        if start + 1 < end {
            for index in (start + 1)..<end {
                let word = items[index].lower
                if isA("stakenoun", index) || isA("sharenoun", index) { isStake = true }
                if ["all", "remaining", "alle", "sämtliche", "outstanding"].contains(word) { all = true }
            }
        }
        let percents = quantities(in: (start + 1)..<max(start + 1, end)).compactMap(\.percent)
        if let percent = percents.first {
            return (percent < 100, percent, percent >= 100 || (all && isStake && percents.isEmpty))
        }
        if all { return (false, nil, true) }
        return (isStake, nil, false)
    }

    /// A price in the clause after `start`: the first amount that is not per share.
    func price(after start: Int, in clause: Range<Int>) -> Money? {
        quantities.first { $0.item > start && clause.contains($0.item) && !$0.quantity.perShare && $0.quantity.money != nil }?.quantity.money
    }

    /// A date stated in the clause, or nil.
    func statedDate(in clause: Range<Int>) -> FactDate? {
        dates(in: clause).first { !$0.isSince }?.date
    }

    /// Whether a negation stands shortly before the trigger ("did not acquire", "no plans to buy").
    func isNegated(_ trigger: Int, in clause: Range<Int>) -> Bool {
        let from = max(clause.lowerBound, trigger - 5)
        for index in from..<trigger where isA("negation", index) { return true }
        if language == .german {
            var index = trigger + 1
            while index < min(clause.upperBound, trigger + 8) {
                if isA("negation", index) { return true }
                index += 1
            }
        }
        return false
    }

    /// How far the deal has gone, from the words of the clause around the trigger.
    func status(of trigger: Int, in clause: Range<Int>, pastTense: Bool) -> DealStatus {
        let from = language == .german ? clause.lowerBound : max(clause.lowerBound, trigger - 6)
        let to = language == .german ? clause.upperBound : min(clause.upperBound, trigger + 1)
        var planned = false
        var rumoured = false
        var announced = false
        var completed = pastTense
        for index in from..<to {
            if isA("rumoured", index) { rumoured = true }
            if isA("planned", index) { planned = true }
            if isA("announced", index) { announced = true }
            if index != trigger, isA("complete", index) { completed = true }
            if isA("completed", index) && index == trigger { completed = true }
        }
        if language == .english, trigger > 0, word(trigger - 1) == "to" {
            completed = false
            if !announced && !planned && !rumoured { announced = true }
        }
        if rumoured { return .rumoured }
        if planned { return .planned }
        if completed { return .completed }
        return .announced
    }
}

/// What the rules of one sentence know from the rest of the article.
struct RoleContext: Sendable {
    /// The first party of the most recent earlier sentence that had one: what "the company" means.
    var topic: EntityID?
    /// The subject of the previous clause of this sentence, for coordinations ("verkauft X und kauft Y").
    var previousClauseSubject: EntityID?

    /// The entity a pronoun stands for: the first subject-like party before it in the sentence, else the topic.
    func resolve(pronoun: Int, before offset: Int, in view: SentenceView) -> EntityID? {
        for index in 0..<view.items.count where view.items[index].tokens.lowerBound < offset {
            if view.items[index].isOrganisation, view.preposition(before: index) == nil, !view.isPossessive(index) {
                return view.items[index].entity
            }
        }
        return topic
    }
}
