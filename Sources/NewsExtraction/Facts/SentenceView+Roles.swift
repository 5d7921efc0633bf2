import NewsModel

/// Finding the roles around a trigger word: subject, object, prepositional parties, status.
extension SentenceView {
    /// `lower..<upper`, or an empty range when `upper` is below `lower`.
    func span(_ lower: Int, _ upper: Int) -> Range<Int> { lower <= upper ? lower..<upper : lower..<lower }

    /// Whether an entity item is a genitive ("Siemens'", "Acmes", "Acme's"): a possessor, not a subject.
    func isPossessive(_ index: Int) -> Bool {
        if !namePossessives.isEmpty, namePossessives.contains(index) { return false }
        // The suffix is read in place (a copied item retains its strings and mention); most are empty.
        let suffix = items[index].suffix
        if !suffix.isEmpty, suffix == "'s" || suffix == "’s" || suffix == "s" || suffix == "'" { return true }
        if isFollowedByPossessive(index) { return true }
        return possessiveMentions.contains(index)
    }

    /// Whether an entity stands where a subject stands: at the start of the sentence or clause, after a
    /// dateline dash, a comma or "and", or after an article or role word ("Der Konzern X").
    func standsAsSubject(_ index: Int) -> Bool {
        var position = index - 1
        while position >= 0 {
            let word = items[position].lower
            if Self.subjectLead.contains(word) || SentenceView.transparent.contains(word) {
                position -= 1
                continue
            }
            if word == "-" || word == "," || word == "and" || word == "und" || word == "–" || word == ":" { return true }
            if language == .german, let first = tokens[items[position].tokens.lowerBound].text.unicodeScalars.first,
                first.properties.isUppercase, !items[position].hasMention
            {
                // "Der Glücksspielkonzern X", "Internet-Marktplatz X": a capitalised noun before the name.
                position -= 1
                continue
            }
            return false
        }
        return true
    }

    private static let subjectLead: WordSet = ["the", "der", "die", "das", "den", "dem", "des", "a", "an", "ein", "eine", "einem"]

    /// The party that does what the trigger at `trigger` says.
    func subject(of trigger: Int, in clause: Range<Int>, context: RoleContext) -> EntityID? {
        if language == .german {
            if let renamed = germanHeadNounApposition(trigger, in: clause) { return renamed }
            // The part after the last comma first: "…, sein Unternehmen habe sich an X beteiligt".
            if let comma = (clause.lowerBound..<trigger).last(where: { word($0) == "," }) {
                for index in (comma + 1)..<trigger {
                    // V2 after a fronted clause: "…, wird er den Konkurrenten X übernehmen".
                    if Self.germanSubjectPronouns.contains(items[index].lower), !items[index].hasMention, index + 1 < trigger,
                        (index + 1..<trigger).contains(where: { isSubjectCandidate($0) })
                    {
                        return context.resolve(pronoun: index, before: items[index].tokens.lowerBound, in: self)
                    }
                    if isSubjectCandidate(index) { return items[index].entity }
                }
                if let pronoun = pronounBefore(trigger, in: (comma + 1)..<clause.upperBound) {
                    return context.resolve(pronoun: pronoun, before: items[pronoun].tokens.lowerBound, in: self)
                }
                // "der Golfstaat X, der … einsteigen will": with no other subject, the relative pronoun is it.
                if let antecedent = relativeSubject(comma: comma) { return antecedent }
            }
            for index in clause.lowerBound..<trigger {
                // Verb last ("Weil das Unternehmen die X kaufte"): a pronoun or "das Unternehmen" before the
                // first name is the subject, the name its object.
                // ("Die Firma X kaufte …": a company word before a name is the name's description.)
                let named = index + 1 < trigger && (items[index + 1].hasMention || transparent(index + 1))
                if isPronoun(index) && !named || (Self.germanSubjectPronouns.contains(items[index].lower) && !items[index].hasMention) {
                    return context.resolve(pronoun: index, before: items[index].tokens.lowerBound, in: self)
                }
                if isSubjectCandidate(index) { return items[index].entity }
            }
            if let pronoun = pronounBefore(trigger, in: clause) { return context.resolve(pronoun: pronoun, before: items[pronoun].tokens.lowerBound, in: self) }
            // "Indien will sich von … trennen": a country or state as the party.
            if let place = span(clause.lowerBound, trigger).first(where: { isPlaceParty($0) && standsAsSubject($0) }) { return items[place].entity }
            for index in (trigger + 1)..<clause.upperBound where isSubjectCandidate(index) { return items[index].entity }
            return clause.lowerBound > 0 ? context.previousClauseSubject : nil
        }
        var index = trigger - 1
        while index >= clause.lowerBound {
            if Self.relativeWho.contains(items[index].lower), index >= 2, word(index - 1) == ",", items[index - 2].isParty {
                return items[index - 2].entity
            }
            if let antecedent = commalessRelativeAntecedent(index) { return antecedent }
            // "X, a Dutch corporation that owns 54.3 pct of Y".
            if let antecedent = appositionRelativeAntecedent(index) { return antecedent }
            if isPronoun(index) || (Self.possessivePronouns.contains(items[index].lower) && !items[index].hasMention) {
                return context.resolve(pronoun: index, before: items[index].tokens.lowerBound, in: self)
            }
            if isSubjectCandidate(index), !isObjectOfVerb(index) {
                var chosen = index
                // "X and Y agreed to buy Z", "A and B own 29 pct of Z": the first named leads.
                if word(index - 1) == "and", index - 2 >= clause.lowerBound, isSubjectCandidate(index - 2), !isObjectOfVerb(index - 2),
                    items[index - 2].isOrganisation && items[index].isOrganisation
                        || items[index - 2].mention?.kind == .person && items[index].mention?.kind == .person
                {
                    chosen = index - 2
                }
                // "A group of A, B and C holds …": the first member stands for the group.
                if let first = firstGroupMember(of: chosen) { return items[first].entity }
                return items[chosen].entity
            }
            // "X's attempt to take over Y", "X's plan to buy Y": the possessor does it.
            // "X's 46 dlr-per-share offer to acquire Y": an amount may stand between.
            if items[index].isParty, isPossessive(index), trigger - index <= 4 || trigger - index <= 7 && quantities.contains(where: { $0.item > index && $0.item < trigger }),
                word(trigger - 1) == "to",
                span(index + 1, trigger - 1).allSatisfy({ !items[$0].hasMention && !tokens[items[$0].tokens.lowerBound].isPunctuation })
            {
                return items[index].entity
            }
            // "X said Y owns Z": the subject of the reported clause stands after "said".
            if !items[index].hasMention, Self.reportingVerbs.contains(items[index].lower), index + 1 < trigger {
                return nil
            }
            index -= 1
        }
        return clause.lowerBound > 0 ? context.previousClauseSubject : nil
    }

    /// The party a German relative pronoun right after a comma stands for: the name before the comma
    /// ("X, der …", "X, die …"), a company, person or country; nil when the pronoun is an article ("…, die Firma Y").
    func relativeSubject(comma: Int) -> EntityID? {
        guard comma > 0, Self.relativePronouns.contains(word(comma + 1)), comma + 2 < items.count, !items[comma + 2].hasMention,
            let first = tokens[items[comma + 2].tokens.lowerBound].text.unicodeScalars.first, !first.properties.isUppercase
        else { return nil }
        var antecedent = comma - 1
        if transparent(antecedent), antecedent > 0 { antecedent -= 1 }
        guard items[antecedent].isParty || isPlaceParty(antecedent), !isPossessive(antecedent) else { return nil }
        return items[antecedent].entity
    }

    private static let relativePronouns: WordSet = ["der", "die", "das", "welcher", "welche", "welches"]

    /// Whether a place acts as a party (a country or state that buys, sells or holds): a whole name, not a
    /// dateline ("Hongkong - …", "SYDNEY, March 27"), not governed by a preposition, not a genitive.
    func isPlaceParty(_ index: Int) -> Bool {
        guard index >= 0, index < items.count, let mention = items[index].mention, mention.kind == .place, items[index].suffix.isEmpty else { return false }
        let next = word(index + 1)
        if ["-", "–", "—", "/"].contains(next) || (index <= 1 && next == ",") { return false }
        return preposition(before: index) == nil && !isPossessive(index)
    }

    /// Whether an entity directly follows a verb ("to acquire <X>", "bought the X"): an object, not a subject.
    func isObjectOfVerb(_ index: Int) -> Bool {
        var position = index - 1
        while position >= 0 {
            let word = items[position].lower
            if SentenceView.transparent.contains(word) || Self.englishArticles.contains(word) {
                position -= 1
                continue
            }
            return items[position].mask & FactWordClass.verbMask != 0 && !items[position].hasMention
        }
        return false
    }

    /// Small word lists of the role rules, as sets (an array literal is built anew on every call).
    private static let relativeWho: WordSet = ["who", "which"]
    private static let possessivePronouns: WordSet = ["its", "their"]
    private static let reportingVerbs: WordSet = ["said", "says", "told"]
    private static let englishArticles: WordSet = ["the", "a", "an"]
    private static let englishSubjectPronouns: WordSet = ["it", "they", "we", "he", "she"]
    private static let englishDeterminers: WordSet = ["the", "this"]
    private static let germanDeterminers: WordSet = ["das", "der", "die", "sein", "ihr", "unser", "dieses", "diese"]
    /// Words that end a description walk like a verb ("said", "of").
    private static let descriptionStops: WordSet = ["said", "says", "of", "for", "to", "with"]
    /// Prepositions that give a negation its own topic ("no comment on …").
    private static let topicPrepositions: WordSet = ["on", "about", "regarding", "concerning"]

    /// An entity that may be a subject: a party, not governed by a preposition, not a genitive.
    func isSubjectCandidate(_ index: Int) -> Bool {
        // `hasMention` first: it reads the item in place, and no party is without a mention.
        items[index].hasMention && items[index].isParty && preposition(before: index) == nil && !isPossessive(index)
    }

    /// Whether an item is a subject pronoun or "the company".
    func isPronoun(_ index: Int) -> Bool {
        let word = items[index].lower
        guard !items[index].hasMention else { return false }
        if language == .english {
            if Self.englishSubjectPronouns.contains(word) { return true }
            return words.has(.companyword, word) && index > 0 && Self.englishDeterminers.contains(self.word(index - 1)) || isDescription(index)
        }
        return words.has(.companyword, word) && index > 0
            && Self.germanDeterminers.contains(self.word(index - 1)) || isGermanDescription(index)
    }

    /// Whether an item ends a description that stands for a party named before: "the state agency", "the
    /// Italian liqueur maker" (one to three modifiers between "the" and a kind-of-party noun).
    func isDescription(_ index: Int) -> Bool {
        guard language == .english, !items[index].hasMention, Self.descriptionHeads.contains(items[index].lower) else { return false }
        var position = index - 1
        while position >= 0, index - position <= 4 {
            if word(position) == "the" { return position < index - 1 }
            if items[position].hasMention || tokens[items[position].tokens.lowerBound].isPunctuation || isVerb(position) { return false }
            position -= 1
        }
        return false
    }

    private func isVerb(_ index: Int) -> Bool { Self.isVerb(word(index), words) || Self.descriptionStops.contains(word(index)) }

    private static let descriptionHeads: WordSet = [
        "agency", "bureau", "authority", "ministry", "company", "group", "firm", "concern", "bank", "maker", "producer",
        "carrier", "insurer", "lender", "operator", "retailer", "fund",
    ]

    private func pronounBefore(_ trigger: Int, in clause: Range<Int>) -> Int? {
        var index = trigger - 1
        while index >= clause.lowerBound {
            if isPronoun(index) || (language == .german && Self.germanSubjectPronouns.contains(items[index].lower) && !items[index].hasMention) {
                return index
            }
            index -= 1
        }
        // German V2 with a pronoun: "…, übernimmt sie die X".
        if language == .german, let after = germanPronounAfterVerb(trigger, in: clause) { return after }
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
                // "X's common stock" names X's shares: X is the company, though a genitive.
                // "<X>'s 7.6 mln common and 2.3 mln non-voting shares": up to the next name.
                let sharesOf = isPossessive(index) && span(index + 1, min(items.count, index + 14)).prefix { !items[$0].hasMention }.contains { isA(.sharenoun, $0) }
                if prepositions.contains(governing), !isPossessive(index) || sharesOf, !namesAssets(index) {
                    if governing == "of" || governing == "in", !prepositions.contains("by"), !prepositions.contains("with"),
                        !isPartPhrase(from: start, to: index)
                    {
                        index += 1
                        continue
                    }
                    return (index, entity)
                }
            }
            index += 1
        }
        return nil
    }

    /// Plain assets a company name can qualify: "bid for the X plants" is no bid for X.
    static let assetNouns: WordSet = [
        "plant", "plants", "assets", "properties", "facilities", "factory", "factories", "mill", "mills", "refinery", "refineries",
        "stores", "hotels", "brands", "operations", "business", "businesses", "building", "buildings", "headquarters",
    ]

    /// Whether a name qualifies an asset right after it ("the X plants", "X's vinyl business"), so that
    /// the asset, not the company, is what is bought; "its X business" still names a unit X.
    func namesAssets(_ index: Int) -> Bool {
        var next = index + 1
        if word(next) == "<", let close = span(next, min(items.count, next + 5)).first(where: { word($0) == ">" }) { next = close + 1 }
        if Self.assetNouns.contains(word(next)), !["its", "their"].contains(word(index - 1)) { return true }
        // "X's vinyl chloride monomer business": a genitive before an asset noun a few words on.
        guard isPossessive(index) else { return false }
        for position in next..<min(items.count, next + 5) {
            if items[position].hasMention || word(position) == "," || isA(.sharenoun, position) || isA(.stakenoun, position) { return false }
            if Self.assetNouns.contains(word(position)) { return true }
        }
        return false
    }

    /// Whether the words between a trigger and "of"/"in" X name a part of X: a percent, stake, shares,
    /// control, all, the rest ("acquired 51 pct of X", "took control of X"), or the trigger is a noun
    /// ("acquisition of X").
    func isPartPhrase(from start: Int, to end: Int) -> Bool {
        if start >= 0, start < items.count, !items[start].hasMention,
            items[start].mask & FactWordClass.nounMask != 0
        {
            return true
        }
        guard start + 1 < end else { return false }
        // "buy out minority shareholders in X": the holders bought out leave X to the buyer.
        if word(start + 1) == "out", span(start + 2, end).contains(where: { Self.boughtOutHolders.contains(word($0)) }) { return true }
        for index in (start + 1)..<end {
            if isA(.stakenoun, index) || isA(.sharenoun, index) { return true }
            if ["control", "all", "rest", "remainder", "majority", "assets", "business", "businesses", "operations", "remaining"].contains(word(index)) {
                return true
            }
        }
        return quantities.contains { $0.item > start && $0.item < end && $0.quantity.percent != nil }
    }

    /// Holders a buyer buys out ("buy out minority investors in X").
    static let boughtOutHolders: WordSet = ["shareholders", "stockholders", "holders", "investors", "owners", "partners"]

    /// Heads after "investment"/"holding" that make the pair a kind of party ("investment group").
    static let partyHeads: WordSet = [
        "group", "groups", "firm", "firms", "fund", "funds", "banker", "bankers", "adviser", "advisers", "advisor", "advisors", "advisory",
        "trust", "partnership", "partners", "vehicle", "house", "manager", "managers", "company", "companies",
    ]

    /// Whether a percent, stake noun or share noun stands between two items.
    func stakePhrase(from start: Int, to end: Int) -> (isStake: Bool, percent: Double?, all: Bool) {
        var isStake = false
        var all = false
        if start + 1 < end {
            for index in (start + 1)..<end {
                let word = items[index].lower
                // "the holding firm X", "a holding company": a kind of company, not a stake.
                // "20 dlrs a share": a price per share, not shares bought.
                let perShare = isA(.sharenoun, index) && ["a", "per", "each"].contains(self.word(index - 1))
                // "an investment group", "investment advisers": a kind of buyer, not a stake.
                let kindOfParty = ["holding", "investment"].contains(word)
                    && (words.has(.companyword, self.word(index + 1)) || Self.partyHeads.contains(self.word(index + 1)))
                if isA(.stakenoun, index) || isA(.sharenoun, index), !perShare, !kindOfParty { isStake = true }
                if ["all", "remaining", "alle", "sämtliche", "outstanding"].contains(word) { all = true }
            }
        }
        for after in span(end + 1, min(items.count, end + 3)) where isA(.sharenoun, after) || isA(.stakenoun, after) {
            isStake = true
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
        quantities.first { entry in
            guard entry.item > start, clause.contains(entry.item), !entry.quantity.perShare, entry.quantity.money != nil else {
                return false
            }
            // "at 35 dlrs", "zu 20 Euro": a price per share, unless large.
            let before = word(entry.item - 1)
            return !(["at", "zu", "von", "from", "to", "auf"].contains(before) && entry.quantity.value < 100_000)
        }?.quantity.money
    }

    /// A date stated in the clause, or nil.
    func statedDate(in clause: Range<Int>, near trigger: Int) -> FactDate? {
        guard !clause.isEmpty, clause.lowerBound < items.count, trigger < items.count else { return nil }
        // A dateline ("NEW YORK, June 29 - …") dates the report, so the publication date covers it; a deadline
        // ("extended to March 26") is no deal date, nor a date inside a relative clause before the verb ("X,
        // which ended … in June 1986, agreed to …"). A date right at the verb ("acquired last year", "the 1999
        // takeover") wins; else a date opening the clause ("Last year, X bought …"); else, without a dateline,
        // the first date of the clause.
        let offset = items[clause.lowerBound].tokens.lowerBound
        let verb = items[trigger].tokens.lowerBound
        let found = dates(in: clause)
        let dateline = found.first { isDateline($0, offset: offset) }
        var near: (distance: Int, date: FactDate)?
        var first: (start: Int, date: FactDate)?
        for date in found where !date.isSince && !isDateline(date, offset: offset) && !isDeadline(date, offset: offset) {
            let start = offset + date.tokens.lowerBound
            let end = offset + date.tokens.upperBound
            if start < verb, inClosedRelative(from: start, to: end, verb: verb) { continue }
            let distance = start >= verb ? start - verb : max(0, verb - end)
            if distance <= 6, near.map({ distance < $0.distance }) ?? true { near = (distance, date.date) }
            if first == nil { first = (start, date.date) }
        }
        if let near { return near.date }
        if let dateline {
            // After "CITY, Month Day -", the clause opens after the dash; with no date there, the report's own
            // date stands (as the publication date would), so that restatements do not re-date the deal.
            let opening = tokens.indices.first { $0 >= offset && ["-", "–", "—", "--"].contains(tokens[$0].text) }.map { $0 + 1 } ?? offset
            if let first, first.start <= opening + 1 { return first.date }
            return dateline.date
        }
        return first?.date
    }

    /// Whether a date found at `offset` tokens into the sentence is its dateline: among the first tokens
    /// and right before a dash.
    private func isDateline(_ found: FoundDate, offset: Int) -> Bool {
        let start = offset + found.tokens.lowerBound
        let end = offset + found.tokens.upperBound
        return start < 12 && end < tokens.count && ["-", "–", "—", "--"].contains(tokens[end].text)
    }

    /// Whether tokens before the verb sit in a relative clause closed before it ("X, which ended … in June
    /// 1986, agreed to …"): a comma and "which"/"who" open it, a comma after it comes before the verb.
    private func inClosedRelative(from start: Int, to end: Int, verb: Int) -> Bool {
        guard end <= verb, let open = (0..<start).last(where: { tokens[$0].text == "," }), open + 1 < tokens.count,
            ["which", "who", "whose", "der", "die", "das", "welche", "welcher"].contains(tokens[open + 1].lower)
        else { return false }
        return (end..<verb).contains { tokens[$0].text == "," }
    }

    /// Whether a date is a deadline: "to", "until", "through" or "bis" shortly before it.
    private func isDeadline(_ found: FoundDate, offset: Int) -> Bool {
        let start = offset + found.tokens.lowerBound
        let deadlineWords: Set<String> = ["to", "until", "through", "till", "bis", "expires", "expire"]
        func word(_ index: Int) -> String { index >= 0 && index < tokens.count ? tokens[index].lower : "" }
        // "to March 26", "until June", "to midnight on March 26" (not "due to its 2001 acquisition").
        if deadlineWords.contains(word(start - 1)) { return true }
        return ["on", "at"].contains(word(start - 1)) && (deadlineWords.contains(word(start - 2)) || deadlineWords.contains(word(start - 3)))
    }

    /// Whether a clause tells its deal as past history: a time adverb of the past ("damals", "einst",
    /// "seinerzeit", "at the time") or, in German, the pluperfect ("hatte … übernommen",
    /// "war … verkauft worden"). Such a deal is not dated by the article's own date.
    func isHistorical(_ clause: Range<Int>) -> Bool {
        var pluperfect = false
        var worden = false
        var war = false
        for index in clause where !items[index].hasMention {
            let word = items[index].lower
            if Self.historyAdverbs.contains(word) { return true }
            if word == "time", self.word(index - 1) == "the", ["at", "by"].contains(self.word(index - 2)) { return true }
            guard language == .german else { continue }
            switch word {
            case "hatte", "hatten": pluperfect = pluperfect || hasParticiple(after: index, in: clause)
            case "worden": worden = true
            case "war", "waren": war = true
            default: break
            }
        }
        return pluperfect || (worden && war)
    }

    /// Talks and attributive plans: "Gespräche über", "talks to acquire", "die angestrebte/mögliche
    /// Übernahme", "the possible merger". Kept out of the lexicon's verb-like "planned" class so that
    /// they do not split clauses or stop the preposition walk.
    static let planWords: WordSet = [
        "talks", "discussions", "negotiations", "negotiating", "negotiate", "negotiated", "possible", "potential", "prospective",
        // "made an unsuccessful effort to acquire X", "an abortive bid": never done, so no holding.
        "unsuccessful", "abortive",
        "gespräche", "gesprächen", "verhandlungen", "verhandelt", "verhandeln", "mögliche", "möglichen", "möglicher", "mögliches",
        "angestrebte", "angestrebten", "anvisierte", "anvisierten", "beabsichtigte", "beabsichtigten", "geplanter", "erwogene",
        "erwogenen", "potenzielle", "potenziellen", "eventuelle", "eventuellen",
    ]

    /// Adverbs that put the event itself in the past. Not "formerly", "ehemals" or "damalige": they
    /// describe a name ("X, formerly Y, said it acquired …"), not when the deal happened.
    private static let historyAdverbs: WordSet = ["damals", "einst", "seinerzeit"]

    /// Whether a past participle follows "hatte" in the clause ("hatte … übernommen", "hatte … gekauft"),
    /// so that the plain past of "haben" ("die zuletzt Verluste hatte") is no pluperfect.
    private func hasParticiple(after auxiliary: Int, in clause: Range<Int>) -> Bool {
        let dealVerbs = FactWordClass.verbMask & ~(FactWordClass.have.bit | FactWordClass.perfectaux.bit | FactWordClass.passiveaux.bit)
        for index in (auxiliary + 1)..<clause.upperBound where !items[index].hasMention {
            let word = items[index].lower
            if items[index].mask & dealVerbs != 0 { return true }
            if word.count >= 6, word.hasPrefix("ge"), word.hasSuffix("t") || word.hasSuffix("en") { return true }
        }
        return false
    }

    /// Whether a negation stands shortly before the trigger ("did not acquire", "no plans to buy").
    func isNegated(_ trigger: Int, in clause: Range<Int>) -> Bool {
        let from = max(clause.lowerBound, trigger - 5)
        for index in from..<trigger where isA(.negation, index) {
            // "had no comment on Y's planned buyout of X": the negation stops at its own noun's preposition.
            if language == .english, span(index + 1, trigger).contains(where: { Self.topicPrepositions.contains(word($0)) }) { continue }
            return true
        }
        if language == .german {
            var index = trigger + 1
            while index < min(clause.upperBound, trigger + 8) {
                if isA(.negation, index) { return true }
                index += 1
            }
        }
        return false
    }

    /// A completion word in the past ("completed", "closed", "abgeschlossen"), not "to complete" or "completing".
    func isCompletion(_ index: Int) -> Bool {
        guard isA(.complete, index), !["to", "will", "zu", "of"].contains(word(index - 1)) else { return false }
        return language == .german || word(index).hasSuffix("ed")
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
            if isA(.rumoured, index) { rumoured = true }
            if !items[index].hasMention, Self.planWords.contains(items[index].lower) { planned = true }
            // "Y will buy X" states an agreed deal; "will" elsewhere ("will consider buying") still plans.
            if isA(.planned, index), !(language == .english && word(index) == "will" && index == trigger - 1 && items[trigger].mask & FactWordClass.nounMask == 0) {
                planned = true
            }
            if isA(.announced, index) { announced = true }
            if index != trigger, isCompletion(index) { completed = true }
        }
        if language == .english, items[trigger].mask & FactWordClass.nounMask != 0 {
            for index in span(trigger + 1, min(clause.upperBound, trigger + 7)) {
                if isA(.rumoured, index) { rumoured = true }
                // "merger talks", "acquisition negotiations".
                if !items[index].hasMention, Self.planWords.contains(items[index].lower) { planned = true }
            }
        }
        // "its application with the regulator for a takeover of X": a plan noun that governs "for a" noun.
        if language == .english, items[trigger].mask & FactWordClass.nounMask != 0, ["a", "an", "the"].contains(word(trigger - 1)), word(trigger - 2) == "for",
            span(max(clause.lowerBound, trigger - 12), trigger - 2).contains(where: { isA(.planned, $0) && !["will", "would"].contains(word($0)) })
        {
            planned = true
        }
        if language == .english, trigger > 0, word(trigger - 1) == "to" {
            completed = false
            if !announced && !planned && !rumoured { announced = true }
        }
        if completed, (from..<to).contains(where: { $0 != trigger && isCompletion($0) }) { return .completed }
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
    /// The first person the article's body names: what a "he" without a person before it means.
    var personTopic: EntityID?
    /// Whether the topic was taken from the title (the first body sentence then replaces it).
    var topicFromTitle = false
    /// The subject of the previous clause of this sentence, for coordinations ("verkauft X und kauft Y").
    var previousClauseSubject: EntityID?
    /// The company of the latest holding or stake deal an earlier sentence stated: what "the 10 pct stake"
    /// and "24,9 Prozent hält X" (with no company named) are about.
    var lastStakeCompany: EntityID?
    /// The first party of the first sentence that named one (never replaced): the company the article leads with.
    var leadSubject: EntityID?
    /// The first member of the latest group an earlier sentence named ("a group led by X"): what "the group"
    /// means later.
    var groupLeader: EntityID?

    /// The first free organisation of the most recent earlier sentence that named one.
    var previousSubject: EntityID?
    /// The entities of the most recent earlier sentence that named any.
    var previousEntities: [EntityID] = []

    /// The entity a pronoun stands for: the first subject-like party before it in the sentence, else the topic.
    func resolve(pronoun: Int, before offset: Int, in view: SentenceView) -> EntityID? {
        // "the group said it …" after a sentence that named the group's members: the first member.
        if let groupLeader, view.namesTheGroup(before: offset) { return groupLeader }
        // "the state agency": what the previous sentence spoke of, unless this sentence names a subject first.
        if view.isDescription(pronoun), let previous = previousSubject,
            !view.items.indices.contains(where: { view.items[$0].tokens.lowerBound < offset && view.items[$0].isOrganisation && view.isSubjectCandidate($0) })
        {
            return previous
        }
        // "he", "she", "er", "sie" (singular): the first person named before it.
        if ["he", "she", "er"].contains(view.word(pronoun)) {
            let person = view.items.indices.first {
                view.items[$0].tokens.lowerBound < offset && view.items[$0].mention?.kind == .person && view.preposition(before: $0) == nil
            }.flatMap { view.items[$0].entity }
            // German "er" also stands for a masculine company noun ("der Hersteller X …, wird er …").
            if person == nil, view.word(pronoun) == "er", !view.items.indices.contains(where: { view.items[$0].mention?.kind == .person && view.items[$0].tokens.lowerBound < offset }),
                let company = view.items.indices.first(where: { view.items[$0].tokens.lowerBound < offset && view.items[$0].isOrganisation && !view.isPossessive($0) })
            {
                return view.items[company].entity
            }
            return person ?? personTopic
        }
        for index in 0..<view.items.count where view.items[index].tokens.lowerBound < offset {
            if view.items[index].isOrganisation, view.preposition(before: index) == nil, !view.isPossessive(index),
                view.standsAsSubject(index)
            {
                // "A group of A, B and C said it …": the first member stands for the group.
                if let first = view.firstGroupMember(of: index) { return view.items[first].entity }
                // "A group including X and Y told … it raised its stake": the first named leads, as for verbs.
                if index >= 2, view.word(index - 1) == "and", view.items[index - 2].isOrganisation, !view.isPossessive(index - 2),
                    [nil, "including"].contains(view.preposition(before: index - 2))
                {
                    return view.items[index - 2].entity
                }
                return view.items[index].entity
            }
        }
        // "we" inside a quotation speaks for the speaker's company, which the sentence does not name.
        if view.word(pronoun) == "we", view.items.indices.contains(where: { ["\"", "“", "”", "„"].contains(view.word($0)) && view.items[$0].tokens.lowerBound < offset }) {
            return nil
        }
        if view.language == .english, let person = leadingPerson(before: offset, pronoun: pronoun, in: view) { return person }
        // "Shares of X jumped on speculation that it will be bought …".
        if view.language == .english, let shares = view.items.indices.first(where: {
            // "Shares of X", "Shares of French maker X".
            view.items[$0].tokens.lowerBound < offset && view.items[$0].isOrganisation && $0 <= 5 && ["shares", "stock"].contains(view.word(0))
                && view.word(1) == "of" && view.preposition(before: $0) == "of"
        }) {
            return view.items[shares].entity
        }
        // "Equity investment company <X> said it …": the first free organisation, unless it is an object ("told the X").
        for index in 0..<view.items.count where view.items[index].tokens.lowerBound < offset {
            if view.items[index].isOrganisation, view.preposition(before: index) == nil, !view.isPossessive(index),
                !["told", "informed", "asked", "notified", "urged"].contains(view.word(index - 1)),
                !["told", "informed", "asked", "notified", "urged"].contains(view.word(index - 2))
            {
                return view.items[index].entity
            }
        }
        // "A group led by X said it …", "X's Y division said it …": the first organisation at all.
        if view.language == .english {
            for index in 0..<view.items.count where view.items[index].tokens.lowerBound < offset && view.items[index].isOrganisation {
                if view.isPossessive(index) || view.preposition(before: index) == "by" { return view.items[index].entity }
            }
        }
        return topic
    }

    /// For "they"/"their": a person who leads the sentence as its subject ("Investor X and funds he controls
    /// said they …"); for any pronoun: the person a group is "led by" ("A group led by X said it …").
    private func leadingPerson(before offset: Int, pronoun: Int, in view: SentenceView) -> EntityID? {
        for index in 0..<max(0, pronoun - 2) where view.word(index) == "led" && view.word(index + 1) == "by" {
            // The first party after "led by": "a group led by X, a New York firm, and its president, Y" is X's.
            if let leader = view.span(index + 2, min(pronoun, index + 8)).first(where: { view.items[$0].isParty }) {
                return view.items[leader].entity
            }
        }
        guard ["they", "their"].contains(view.word(pronoun)) else { return nil }
        for index in 0..<pronoun {
            if ["said", "says", "told"].contains(view.word(index)) { return nil }
            guard view.items[index].mention?.kind == .person, view.items[index].isParty else { continue }
            if view.preposition(before: index) == nil, !view.isPossessive(index) { return view.items[index].entity }
        }
        return nil
    }
}
