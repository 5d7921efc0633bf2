import NewsModel

/// Finding the speaker of a quote in a stretch of tokens.
extension QuoteContext {
    /// Personal pronouns that can name a speaker, by language.
    static let personPronouns: WordSet = ["er", "sie", "he", "she"]
    /// Pronouns and phrases for the company last mentioned ("it said", "das Unternehmen").
    static let companyPronouns: WordSet = ["it"]
    /// Possessives that point back to a person ("seiner Meinung nach", "his view").
    static let personPossessives: WordSet = ["seiner", "seinen", "seinem", "seines", "his", "her"]
    /// English nouns of a stated view ("in his view", "according to her estimate").
    static let englishSourceNouns: WordSet = ["view", "opinion", "estimate", "estimates", "words", "account"]
    /// Definite articles before a role noun that refers back ("der Minister", "the chief").
    static let definiteArticles: WordSet = ["der", "die", "the"]
    /// Endings of German compound nouns for a company or organisation ("die Ratingagentur").
    static let companyNounEndings = [
        "agentur", "konzern", "unternehmen", "firma", "gesellschaft", "gewerkschaft", "behörde", "bank",
        "verband", "airline", "versicherer", "kette", "hersteller", "autobauer",
    ]
    static let companyNouns: WordSet = [
        "unternehmen", "konzern", "firma", "gruppe", "bank", "company", "firm", "group", "bank", "concern",
        "airline", "carrier", "insurer", "retailer", "maker", "automaker", "utility", "agency",
        // Trade nouns for a company ("the carmaker said", "the lender said").
        "carmaker", "chipmaker", "steelmaker", "drugmaker", "planemaker", "lender", "producer", "manufacturer",
        "supplier", "brewer", "giant", "conglomerate", "corporation", "miner", "refiner", "broadcaster",
        "publisher", "chain", "operator",
    ]
    static let determiners: WordSet = [
        "der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "einem", "eines", "the", "a", "an",
        "one", "two", "three", "several", "some", "many", "zwei", "drei", "mehrere", "einige", "viele",
    ]
    /// Small words that may stand inside a speaker phrase ("ein Sprecher von X", "chief executive of X").
    static let phraseWords: WordSet = [
        "von", "vom", "für", "des", "der", "dem", "den", "die", "das", "of", "for", "at", "the", "and", "und",
        "with", "close", "to", "familiar", "mit", "bei", "beim", "zur", "zum",
    ]

    /// The best speaker in `range`, preferring candidates near `anchor`.
    ///
    /// Order: a named person; a personal pronoun (resolved to the last person before it); a role
    /// phrase ("ein Sprecher von X": no speaker, role and organisation); a company or organisation;
    /// "the company"/"it" (resolved to the last company); an unnamed-source phrase (description).
    /// With `strongOnly`, only people and pronouns count.
    func speaker(in range: Range<Int>, anchor: Int, strongOnly: Bool = false, noFallback: Bool = false)
        -> SpeakerGuess?
    {
        // "In a letter to X, Harlow said": the addressee of an introductory phrase does not speak.
        let lower = startAfterIntroductoryPhrase(max(0, range.lowerBound), anchor: anchor)
        let upper = min(tokens.count, range.upperBound)
        guard lower < upper else { return nil }
        // "The Kelmar company, led by Dana Ferrick, said": the subject stands before the apposition.
        if anchor <= upper, let opening = englishByAppositionStart(before: anchor, lower: lower) {
            return speaker(in: lower..<opening, anchor: opening, strongOnly: strongOnly, noFallback: noFallback)
        }
        // The tokens nearest `anchor` first; at the same distance the earlier one first (the order
        // a stable sort by distance gives), built outwards from the anchor with no sort.
        // A loop, not `filter`: a closure over `self` would copy the whole context per call.
        var order: [Int] = []
        // One allocation: `order` never holds more than the range.
        order.reserveCapacity(upper - lower)
        var distance = anchor < lower ? lower - anchor : anchor >= upper ? anchor - (upper - 1) : 0
        let farthest = max(anchor - lower, upper - 1 - anchor)
        while distance <= farthest {
            let before = anchor - distance
            if before >= lower && before < upper && !isAddressee(before) && !isInsideTicker(before) { order.append(before) }
            let after = anchor + distance
            if distance > 0 && after >= lower && after < upper && !isAddressee(after) && !isInsideTicker(after) {
                order.append(after)
            }
            distance += 1
        }

        // 1. A named person.
        for index in order where spanAt[index] == nil {
            if var found = mention(at: index), found.kind == .person {
                // "The Kelmar company, led by Dana Ferrick, said": the person only describes the subject.
                if isInEnglishByApposition(index, from: lower, anchor: anchor) { continue }
                // "laut Prieths Anwalt Mathias Kapferer": the possessor does not speak.
                var at = index
                if let possessed = possessed(after: found, at: index, upper: upper) {
                    guard let other = possessed else { continue }
                    found = other
                    at = document.tokenIndex(containing: other.range.start) ?? index
                }
                let (mention, first) = firstOfJoinedPeople(found, at: at, from: lower)
                var guess = personGuess(mention, in: lower..<upper)
                // "an investor group led by X said": X speaks for the group.
                guess.isGroupLeader = leadsGroup(first)
                return guess
            }
        }
        // 1b. "sagte Hans-Peter Quandt" where the recognizer took the surname for a company of
        // that name: a given name right before it makes a person.
        for index in order where spanAt[index] == nil {
            if let name = givenNameBeforeCompany(at: index, upper: upper, anchor: anchor) {
                var guess = SpeakerGuess(description: text(name))
                guess.newName = name
                return guess
            }
        }
        // 1c. "said Tamwin Orrowby, head of …": a sure name right at the cue comes before a role
        // in its apposition.
        if !strongOnly,
            let name = nameRightAtCue(in: lower..<upper, anchor: anchor) ?? nameBeforeApposition(in: lower..<upper)
                ?? englishSentenceOpeningName(in: lower..<upper, anchor: anchor)
        {
            var guess = SpeakerGuess(description: text(name))
            guess.newName = name
            return guess
        }
        // 1d. "Prem said", "said Wembasi, who …": one word of a person's name right at the cue.
        if !strongOnly, let guess = englishLoneNameSpeaker(anchor: anchor, in: lower..<upper) { return guess }
        // 2. A personal pronoun.
        var pluralPronoun: Int?
        for index in order where spanAt[index] == nil && isWord(at: index) {
            let word = tokens[index].lower
            if Self.personPronouns.contains(word) || isDemonstrativePronoun(at: index) {
                // "Die Vereinigung X schlug …, indem sie …": the organisation of the sentence.
                if let organization = organization(forPronounAt: index) {
                    return SpeakerGuess(entity: organization.entity)
                }
                if word == "sie" && isPluralContext(index) {
                    pluralPronoun = pluralPronoun ?? index
                    continue
                }
                if let person = person(forPronounAt: index) {
                    var guess = personGuess(person, in: lower..<upper)
                    guess.antecedentStart = person.range.start
                    guess.pronounGender = SpeakerGender.of(pronoun: word)
                    return guess
                }
                return SpeakerGuess(description: document.slice(tokens[index].range))
            }
        }
        // 2b. "seiner Meinung nach", "nach ihren Angaben", "in his view": a possessive before a
        // source noun stands for the last person.
        for index in order where spanAt[index] == nil && isWord(at: index) && index + 1 < upper {
            guard tokens.withUnsafeBufferPointer({ Self.personPossessives.contains($0[index].lower) }) else { continue }
            let noun = tokens[index + 1].lower
            guard Self.sourceNounEndings.contains(where: { noun.hasSuffix($0) }) || Self.englishSourceNouns.contains(noun)
            else { continue }
            if let person = lastMention(before: tokens[index].range.start, where: { $0.kind == .person }) {
                return personGuess(person, in: lower..<upper)
            }
        }
        // 2c. "der Wirtschaftsminister", "the chief executive": a definite role noun names the last
        // person of the article with that role.
        for index in order where spanAt[index] == nil && isWord(at: index) && index > lower {
            // "der Minister"; also "des Finanzministers" and "the Treasury secretary".
            let genitive = language == .german && tokens[index - 1].lower == "des" && tokens[index].lower.hasSuffix("s")
            guard Self.definiteArticles.contains(tokens[index - 1].lower) || genitive || isDativeSource(role: index)
                || definiteOrganizationBefore(role: index, lower: lower),
                mention(at: index) == nil
            else { continue }
            // "der Sprecher des Weißen Hauses": a role with its own attribute describes someone new.
            if index + 1 < upper, Self.attributeOpeners.contains(tokens[index + 1].lower) { continue }
            let word = genitive ? String(tokens[index].lower.dropLast()) : tokens[index].lower
            // "der Minister" also names a "Wirtschaftsminister": a role noun of the lexicon may
            // be the tail of the person's compound role.
            let isRoleNoun = language == .german && lexicon.roles.contains(word)
            // A closure written at the call, not stored: a stored closure over `self` copies the context.
            // It captures the table alone: a closure over `self` copies the whole context per call.
            let table = self.table
            let found = lastMention(before: tokens[index].range.start) { mention in
                guard mention.kind == .person, let role = table.entity(mention.entity)?.role ?? mention.role
                else { return false }
                let lowerRole = role.lowercased()
                return lowerRole == word || lowerRole.hasSuffix(" " + word)
                    || (isRoleNoun && lowerRole.hasSuffix(word))
            }
            if let person = found {
                return personGuess(person, in: lower..<upper)
            }
        }
        // 2c'. "the French president said": the person the article introduced with that role.
        // The first such role phrase is kept for 2c'''.
        var roleHead: (head: Int, index: Int)?
        if language == .english {
            for index in order where spanAt[index] == nil && index > lower && tokens.withUnsafeBufferPointer({ $0[index - 1].lower == "the" }) {
                guard !isEnglishRoleInsideOrganizationMention(index), let head = englishRoleHead(at: index, upper: upper)
                else { continue }
                if let person = englishRoleAnaphor(head: head, at: index) { return personGuess(person, in: lower..<upper) }
                if roleHead == nil { roleHead = (head, index) }
            }
        }
        // 2c''. "X attacked the plans. The prime minister said …": the sentence before's subject.
        if let person = roleSubjectOfPreviousSentence(in: lower..<upper, anchor: anchor) {
            return personGuess(person, in: lower..<upper)
        }
        // 2c'''. '"…," the prime minister said' where no one was introduced with that role: the
        // person named last, in this sentence or the two before.
        if let roleHead, let person = englishRoleContinuation(head: roleHead.head, at: roleHead.index, upper: upper) {
            return personGuess(person, in: lower..<upper)
        }
        // 2c-de. "sagte der Premierminister" after "Premier X", "so der venezolanische Präsident":
        // another form of the role a person was introduced with.
        if let person = germanRoleVariantPerson(order: order, lower: lower, upper: upper) {
            return personGuess(person, in: lower..<upper)
        }
        // 2d. "so der Arbeitsrechtler", "sagte der 58-Jährige": a definite person noun refers back
        // to the person named before.
        // Both are German rules: English skips the loops (and the optional guess each call returns).
        if language == .german {
            for index in order where spanAt[index] == nil && index > lower {
                if let guess = definitePersonAnaphor(at: index, upper: upper) { return guess }
            }
            // 2d'. "meint der Quellwerk-Chef": the person of that organisation with that role.
            for index in order where spanAt[index] == nil && index > lower {
                if let person = definiteCompoundRolePerson(at: index) { return personGuess(person, in: lower..<upper) }
            }
            // 2d''. "erklärte der SPD-Politiker": the person named just before (a member noun, no office).
            for index in order where spanAt[index] == nil && index > lower {
                if let person = definiteMemberNounPerson(at: index) {
                    var guess = personGuess(person, in: lower..<upper)
                    guess.role = document.slice(tokens[index].range)
                    return guess
                }
            }
        }
        if strongOnly { return nil }
        // 2e. "President George W Quell said": a titled full name the recognizer missed.
        if let name = englishTitledName(in: lower..<upper, anchor: anchor) {
            var guess = SpeakerGuess(description: text(name))
            guess.newName = name
            return guess
        }
        // 3. A role phrase: role word plus, nearby, the organisation.
        for index in order where spanAt[index] == nil && isWord(at: index) {
            // A compound role right before a name ("Feuerwehrsprecher Axel Stüken") leaves the name to speak.
            // The tokens are read in place through the buffer: `tokens[index]` copies the whole token.
            let role: String? = tokens.withUnsafeBufferPointer { tokens in
                let nextIsName = index + 1 < upper && tokens[index + 1].kind == .word && tokens[index + 1].isCapitalized
                return lexicon.roleWord(in: tokens[index].lower)
                    ?? (nextIsName ? nil : germanRoleCompound(tokens[index].lower))
            } ?? clauseInitialOffice(at: index, lower: lower)
            guard let role else { continue }
            // "The Kelmar company, led by chief executive Dana Ferrick, said": the role describes the subject.
            if isInEnglishByApposition(index, from: lower, anchor: anchor) { continue }
            // "the Trade Representative's Office said": the role word is part of a name at the cue.
            if isRoleInsideOrganizationNameAtCue(index, in: lower..<upper, anchor: anchor)
                || isEnglishRoleInsideOrganizationMention(index)
            {
                continue
            }
            // "lead manager Veltrona Bank NV said": the company in the role speaks.
            if let company = englishCompanyInRole(at: index, anchor: anchor, upper: upper) { return SpeakerGuess(entity: company) }
            // "said central bank governor Park Quell": a name the recognizer missed after the role.
            if let name = nameAfterRole(at: index, upper: upper) {
                var guess = SpeakerGuess(description: text(name))
                guess.newName = name
                return guess
            }
            var organization: EntityID?
            if let own = mention(at: index), own.kind != .person {
                organization = own.entity
            } else {
                let near = (max(lower, index - 5)..<min(upper, index + 6)).sorted { abs($0 - index) < abs($1 - index) }
                for probe in near where spanAt[probe] == nil && !isAddressee(probe) {
                    if let mention = mention(at: probe), mention.kind == .company || mention.kind == .organization,
                        !isThingCompound(probe, mention: mention)
                    {
                        organization = mention.entity
                        break
                    }
                }
            }
            return SpeakerGuess(
                entity: nil, description: phrase(around: index, in: lower..<upper), role: roleName(role, index),
                organization: organization)
        }
        // 3a. "…, economists said", "economists polled by X said": an unnamed group speaks.
        if let unnamed = unnamedSubject(in: lower..<upper, anchor: anchor) { return unnamed }
        // 3b. "…, the Quillton Times reported", "the Letter Carriers Union said": a medium's or
        // organisation's name the recognizer missed.
        if hasNameHeadAtCue(in: lower..<upper, anchor: anchor),
            let medium = newMediumName(in: lower..<upper, anchor: anchor) ?? newOrganizationName(in: lower..<upper, anchor: anchor)
        {
            // "the Times said" where the article named "New York Times": that one.
            if let known = knownOrganization(named: medium) { return SpeakerGuess(entity: known) }
            var guess = SpeakerGuess(description: text(medium))
            guess.newOrganization = medium
            return guess
        }
        // 3c. "Harlow-Vex, a private Tulsa company, said": a name the recognizer missed before an
        // apposition naming a kind of company.
        if let name = nameBeforeCompanyApposition(in: lower..<upper, anchor: anchor) {
            if let known = knownOrganization(named: name) { return SpeakerGuess(entity: known) }
            var guess = SpeakerGuess(description: text(name))
            guess.newOrganization = name
            return guess
        }
        // 3d. "Kelmar Coal said" where the article names "Kelmar Coal" twice more: an organisation.
        if let name = repeatedNameAtCue(in: lower..<upper, anchor: anchor) {
            // "Middle Harbour said" after "Middle Harbour Utilities Inc": the short form of a known name.
            if let known = knownOrganization(named: name) { return SpeakerGuess(entity: known) }
            // Words of several known names: left to the rules below.
            if !isInsideKnownName(name) {
                var guess = SpeakerGuess(description: text(name))
                guess.newOrganization = name
                return guess
            }
        }
        // 4. A company or organisation as itself (also a quoted name: "die „Abendpost“").
        var possessor: EntityMention?
        // "bestätigte der Konzern einen Bericht der X": X speaks only when no company noun does (step 5).
        var objectAttribute: EntityMention?
        for index in order where spanAt[index] == nil || isInTitleSpan(index) {
            if let mention = mention(at: index), mention.kind == .company || mention.kind == .organization,
                !isThingCompound(index, mention: mention)
            {
                if isGermanObjectAttribute(at: document.tokenIndex(containing: mention.range.start) ?? index, anchor: anchor) {
                    if objectAttribute == nil { objectAttribute = mention }
                    continue
                }
                // "die Nordwerk-Tochter Südwerk": the compound names the parent, the name after it speaks.
                if mention.tokenRange.end > mention.range.end, index + 1 < upper,
                    let head = self.mention(at: index + 1), head.entity != mention.entity,
                    head.kind == .company || head.kind == .organization
                {
                    return SpeakerGuess(entity: head.entity)
                }
                // "In its SEC filing, the firm said …": a company in an English prepositional phrase
                // is no subject.
                if language == .english, index < anchor,
                    isInEnglishPrepositionalPhrase(mention, from: lower)
                {
                    continue
                }
                // "X rejected Y's offer, saying …": Y owns the object; X speaks if named.
                if isPossessorOfObject(mention, at: index, upper: upper) {
                    if possessor == nil { possessor = mention }
                    continue
                }
                // "X, a subsidiary of Y, said": the company the apposition describes.
                if let head = appositionHead(of: mention, from: lower) { return SpeakerGuess(entity: head.entity) }
                // "X Ltd of Tarrowby said": the company, not its town.
                if let owner = companyBeforeOfAttribute(mention, from: lower) { return SpeakerGuess(entity: owner.entity) }
                // "X and Y said": the first-named speaks for both.
                return SpeakerGuess(entity: firstOfJoinedOrganizations(mention, at: index, from: lower).entity)
            }
        }
        if let possessor { return SpeakerGuess(entity: possessor.entity) }
        // 5. "the company", "das Unternehmen", "it".
        for index in order where spanAt[index] == nil && isWord(at: index) {
            // "erklärte das Ministerium": the institution named before with that head noun.
            if let named = institutionNounSpeaker(at: index, upper: upper) { return named }
            // "the central bank said": the English institution named before with that noun.
            if let named = englishInstitutionNounSpeaker(at: index, upper: upper) { return named }
            // "the UK's biggest mortgage lender said": the company named before.
            if let named = englishRankedCompanySpeaker(at: index) { return named }
            // "in der Mitteilung des Konzerns": the genitive stands for the noun.
            let word = germanGenitiveBase(at: index)
            let isCompound =
                language == .german && !Self.companyNouns.contains(word)
                && Self.companyNounEndings.contains(where: { word.hasSuffix($0) })
            let isNoun =
                index > 0 && mention(at: index) == nil
                && (Self.companyNouns.contains(word)
                    && (Self.determiners.contains(tokens[index - 1].lower) || hasEnglishCompanyNounModifiers(before: index))
                    || isCompound && Self.definiteArticles.contains(tokens[index - 1].lower)
                        && !isGenitiveAttribute(index - 1)
                        && !(index + 1 < upper && Self.attributeOpeners.contains(tokens[index + 1].lower)))
            // "A group led by X said …. The group said …": the group's leader.
            if isNoun && Self.groupNouns.contains(word), let leader = groupLeader(noun: word, before: index) {
                var guess = personGuess(leader, in: lower..<upper)
                guess.isGroupLeader = true
                return guess
            }
            if isNoun || Self.companyPronouns.contains(word) {
                // "das Unternehmen" (German) is a company, not a court or ministry named after it.
                let businessOnly = language == .german && Self.germanBusinessNouns.contains(word)
                if let last = lastCompanyForAnaphor(
                    before: tokens[index].range.start, businessOnly: businessOnly, groupNoun: language == .english && Self.groupNouns.contains(word))
                {
                    // "X told shareholders to wait for advice from Y. It said …": the subject.
                    let subject = subjectCompany(before: index, last: last)
                    var guess = SpeakerGuess(entity: (subject ?? last).entity)
                    guess.isCompanyAnaphor = true
                    guess.isSubjectAnaphor = subject != nil
                    return guess
                }
            }
        }
        if let objectAttribute { return SpeakerGuess(entity: objectAttribute.entity) }
        // 6. An unnamed source, or any other noun phrase that stands as subject.
        for index in order where spanAt[index] == nil && isWord(at: index) {
            if tokens.withUnsafeBufferPointer({ lexicon.unnamedSources.contains($0[index].lower) }) {
                return SpeakerGuess(description: phrase(around: index, in: lower..<upper))
            }
        }
        if noFallback {
            // Even without guessing, a word of a known company's name is that company ("Kodak").
            for index in order where spanAt[index] == nil && tokens[index].kind == .word && tokens[index].isCapitalized {
                if let known = knownOrganization(named: index..<(index + 1)) { return SpeakerGuess(entity: known) }
            }
            return nil
        }
        // 7. A name the recognizer missed: two capitalised words in a row, not after an article
        // ("sagte Filep Karma"), nearest first.
        for index in order where spanAt[index] == nil && index + 1 < upper && isNameStart(index) {
            var end = index + 1
            while end < upper && isNameWord(end) { end += 1 }
            if let known = knownOrganization(named: index..<end) { return SpeakerGuess(entity: known) }
            var guess = SpeakerGuess(description: text(index..<end))
            guess.newName = confidentName(in: index..<end, anchor: anchor)
            return guess
        }
        // 8. A capitalised noun phrase the recognizer did not resolve ("der Staatsanwalt"): the
        // leftmost, as subjects lead their clause, unless the clause opens with an adverbial
        // ("Als Begründung sagte ein Wissenschaftler"): then the one after the verb.
        var scan = Array(lower..<upper)
        if let first = scan.first(where: { tokens[$0].kind == .word }),
            Self.adverbialStarts.contains(tokens[first].lower) || tokens[first].lower == "als",
            let verb = scan.first(where: { cue(at: $0, limit: upper) != nil })
        {
            scan = Array((verb + 1)..<upper) + Array(lower..<verb)
        }
        for index in scan
        where (spanAt[index] == nil || isInTitleSpan(index)) && tokens[index].kind == .word && !isInsideTicker(index) {
            let token = tokens[index]
            // Cheap first: only a capitalised word is read as an acronym.
            guard token.isCapitalized else { continue }
            let isAcronym = token.lower.count > 1 && document.slice(token.range).allSatisfy { $0.isUppercase }
            guard isAcronym || !lexicon.functionWords.contains(token.lower), !followsPreposition(index, from: lower),
                !Self.prepositions.contains(token.lower), !Self.timeWords.contains(token.lower),
                !Self.nonSpeakerWords.contains(token.lower), !Self.subordinators.contains(token.lower),
                !Self.determiners.contains(token.lower), !Self.personPronouns.contains(token.lower),
                cue(at: index, limit: upper) == nil, !Self.speakerSourceWords.contains(token.lower),
                !Self.adverbialStarts.contains(token.lower)
            else { continue }
            if let known = knownOrganization(named: index..<(index + 1)) { return SpeakerGuess(entity: known) }
            // "sagte Park" after "Park Jiwon": the one person with that word in the name.
            if let person = personNamedByLoneWord(at: index, anchor: anchor) { return SpeakerGuess(entity: person) }
            // "sagte Quirlbauer": a lone surname right at a verb of saying is a new person.
            if let surname = loneSurname(at: index, anchor: anchor, upper: upper) {
                var guess = SpeakerGuess(description: text(surname))
                guess.newName = surname
                return guess
            }
            var guess = SpeakerGuess(guessedDescription: phrase(around: index, in: lower..<upper))
            // "kritisierte der Rechnungshof": a body the entity stage missed.
            guess.newOrganization = germanInstitutionName(at: index) ?? germanBareCompanyName(near: index, upper: upper)
            return guess
        }
        // 9. "erklärten sie": a plural pronoun nobody could be found for.
        if let pluralPronoun { return SpeakerGuess(description: text(pluralPronoun..<(pluralPronoun + 1))) }
        return nil
    }

    /// The role head of a German compound written as one word ("Behördensprecherin" →
    /// "sprecherin", "Bahnchef" → "chef"), when the lexicon does not list the compound.
    func germanRoleCompound(_ word: String) -> String? {
        guard language == .german, word.count > 6 else { return nil }
        for head in Self.germanRoleHeads where word.hasSuffix(head) && word.count >= head.count + 3 {
            return head
        }
        return nil
    }

    /// Role nouns that end German compounds, longest first ("sprecherin" before "sprecher").
    static let germanRoleHeads = [
        "sprecherin", "sprecher", "präsidentin", "präsident", "direktorin", "direktor", "ministerin", "minister",
        "vorsitzende", "vorsitzender", "chefin", "chef",
    ]

    /// "der Arbeitsrechtler", "die Ministerin", "der 58-Jährige" (German, no name, no attribute
    /// after it): the last person of the fitting gender named before, with the noun as role.
    func definitePersonAnaphor(at index: Int, upper: Int) -> SpeakerGuess? {
        // "der 45-Jährige" starts with a digit: the age noun counts as capitalised.
        guard language == .german, tokens[index].kind == .word,
            tokens[index].isCapitalized || tokens[index].lower.hasSuffix("-jährige"), mention(at: index) == nil
        else { return nil }
        let article = tokens[index - 1].lower
        guard article == "der" || article == "die" else { return nil }
        if index + 1 < upper, Self.attributeOpeners.contains(tokens[index + 1].lower) || tokens[index + 1].isCapitalized {
            return nil
        }
        let word = tokens[index].lower
        let female = article == "die"
        let fits =
            female
            ? (word.hasSuffix("in") && word.count > 5) || word.hasSuffix("jährige")
            : Self.personNounEndings.contains { word.hasSuffix($0) }
        // An office ("der Bundespräsident", "die Ministerin") may be held by someone not named yet:
        // offices are matched by role (2c) or kept as role phrases (3).
        guard fits, !lexicon.unnamedSources.contains(word), lexicon.roleWord(in: word) == nil,
            germanRoleCompound(word) == nil
        else { return nil }
        let wanted: SpeakerGender = female ? .female : .male
        guard
            let person = lastMention(before: tokens[index].range.start, where: {
                $0.kind == .person && (gender(of: $0).map { $0 == wanted } ?? true)
            })
        else { return nil }
        var guess = personGuess(person, in: index..<(index + 1))
        guess.role = document.slice(tokens[index].range)
        return guess
    }

    /// Endings of German masculine nouns for people ("Arbeitsrechtler", "Student", "Jurist").
    static let personNounEndings = [
        "jährige", "ler", "ist", "ent", "ant", "eur", "oge", "walt", "experte", "kollege", "abgeordnete",
        "angeklagte", "beschuldigte", "politiker", "ökonom", "forscher", "kläger", "manager", "besitzer", "inhaber",
        "trainer",
    ]

    /// Whether a token stands in a ticker code in angle brackets ("<ABCD.PA>"): never a speaker.
    /// Names in angle brackets ("<Nordwerk Holdings>") are not codes: they have lower-case letters.
    func isInsideTicker(_ index: Int) -> Bool {
        // Most articles have no "<" at all: no search.
        guard hasOpeningAngleBracket else { return false }
        var open: Int?
        var probe = index - 1
        while probe >= 0 && index - probe <= 4 {
            if tokens[probe].isPunctuation(">") { return false }
            if tokens[probe].isPunctuation("<") {
                open = probe
                break
            }
            probe -= 1
        }
        guard let open else { return false }
        var close = open + 1
        while close < tokens.count && close - open <= 8 {
            let token = tokens[close]
            if token.isPunctuation(">") { return true }
            if token.kind == .word && document.slice(token.range).contains(where: { $0.isLowercase }) { return false }
            close += 1
        }
        return false
    }

    /// A company or organisation of the table that a name the recognizer missed stands for: all
    /// its words are words of the entity's name ("Kodak" of "Eastman Kodak Co"), or it is the
    /// entity's initials ("WMC" of "Western Mining Corp").
    func knownOrganization(named range: Range<Int>) -> EntityID? {
        let words = range.filter { tokens[$0].kind == .word }.map { tokens[$0].lower }
        guard !words.isEmpty, words.contains(where: { $0.count >= 3 && !Self.genericNameWords.contains($0) })
        else { return nil }
        let written = text(range)
        let isAcronym = words.count == 1 && written.count >= 3 && written.allSatisfy { $0.isUppercase }
        var found: EntityID?
        // The names are split once per article (``OrganizationNames``), not per call.
        for name in organizationNames.names(in: table) {
            let fits = isAcronym ? name.initials.hasPrefix(words[0]) : words.allSatisfy(name.words.contains)
            guard fits else { continue }
            // Two different entities fit: too unsure.
            if let found, found != name.entity { return nil }
            found = name.entity
        }
        return found
    }

    /// Words too common in company names to pick one ("Corp", "Group", "Bank").
    static let genericNameWords: WordSet = [
        "corp", "inc", "co", "ltd", "plc", "ag", "gmbh", "se", "sa", "nv", "llc", "group", "holding", "holdings",
        "bank", "company", "international", "national", "the", "of", "and", "und", "der", "die", "das",
    ]

    /// Words that name a source before it ("laut X", "so X", "according to X", "X zufolge").
    static let speakerSourceWords: WordSet = ["laut", "so", "wie", "according", "zufolge"]

    /// Whether the determiner at `index` opens a genitive attribute of another noun ("des Direktors
    /// der Fluggesellschaft"), unless that noun names a source ("nach Angaben der Agentur").
    private func isGenitiveAttribute(_ index: Int) -> Bool {
        guard index >= 1 else { return false }
        let before = tokens[index - 1]
        guard before.kind == .word, before.isCapitalized || Self.isGermanAdjective(before.lower) else { return false }
        if ["laut", "so", "nach", "wie", "zufolge", "gegenüber"].contains(before.lower) { return false }
        if cue(at: index - 1, limit: index) != nil || lexicon.functionWords.contains(before.lower) { return false }
        return !Self.sourceNounEndings.contains(where: { before.lower.hasSuffix($0) })
    }

    /// Words that open an attribute after a role noun ("des", "von", "of").
    static let attributeOpeners: WordSet = ["des", "der", "von", "vom", "für", "of", "at", "for"]

    /// The words before an addressee ("told Reuters", "sagte gegenüber X", "sagte Berg zum „Abendblatt“").
    static let addresseeCueWords = ["told", "tells", "telling", "gegenüber", "zum", "zur"]
    static let addresseeCues = WordSet(addresseeCueWords)

    /// Whether a word whose first scalar (as written) is `first` may be an addressee cue: its
    /// lower-case form starts with the first letter of one of ``addresseeCueWords`` (all ASCII).
    /// A cheap test before the lookup; `addresseeCueInitialsAreKnown` in the tests keeps it in
    /// step with the list.
    @inline(__always) static func mayBeAddresseeCue(first: Unicode.Scalar) -> Bool {
        switch first {
        case "t", "T", "g", "G", "z", "Z": true
        default: false
        }
    }

    /// Whether a token is the addressee of "told", "sagte … gegenüber": not a speaker.
    private func isAddressee(_ index: Int) -> Bool {
        var probe = index - 1
        while probe >= 0 && index - probe <= 3 {
            // Every cue and determiner is a word: a mark ends the search with no lookup.
            guard tokens[probe].kind == .word else { break }
            // "sagte Berg zum „Abendblatt“", "told Reuters", "sagte gegenüber X". The word is read in
            // place through the buffer: `tokens[probe].lower` copies the whole token.
            if tokens.withUnsafeBufferPointer({
                Self.mayBeAddresseeCue(first: $0[probe].first) && Self.addresseeCues.contains($0[probe].lower)
            }) {
                return true
            }
            // `mentionAt` rather than `mention(at:)`: whether there is one, without copying it.
            if !(mentionAt[probe] != nil || tokens.withUnsafeBufferPointer({ Self.determiners.contains($0[probe].lower) })) {
                break
            }
            probe -= 1
        }
        return false
    }

    /// Whether a noun stands in a prepositional phrase ("mit den Worten", "im August", "in a
    /// statement"): never the subject that speaks.
    func followsPreposition(_ index: Int, from lower: Int) -> Bool {
        var probe = index - 1
        while probe >= lower && index - probe <= 3 && tokens[probe].kind == .word {
            let word = tokens[probe].lower
            if Self.prepositions.contains(word) { return true }
            let isModifier =
                Self.determiners.contains(word) || (!tokens[probe].isCapitalized && Self.isGermanAdjective(word))
            if !isModifier { return false }
            probe -= 1
        }
        return false
    }

    /// Nouns for a group of people or investors that a person may lead.
    static let groupNouns: WordSet = ["group", "gruppe", "team", "consortium", "konsortium"]

    /// Words between a group noun and its leader ("led by", "headed by", "um", "angeführt von").
    static let leaderLinks: WordSet = ["led", "headed", "by", "um", "angeführt", "geführt", "von"]

    /// Whether the person mention at `index` follows "a group led by" / "die Gruppe um".
    func leadsGroup(_ index: Int) -> Bool {
        var probe = index - 1
        var links = 0
        while probe >= 0 && index - probe <= 8 && tokens[probe].kind == .word {
            let word = tokens[probe].lower
            if Self.groupNouns.contains(word) { return links > 0 }
            if Self.leaderLinks.contains(word) { links += 1 }
            probe -= 1
        }
        return false
    }

    /// The person who leads the group named by `noun` earlier in the text ("a group led by X").
    func groupLeader(noun: String, before index: Int) -> EntityMention? {
        var probe = index - 1
        while probe >= 0 {
            if tokens[probe].lower == noun, probe + 1 < tokens.count, Self.leaderLinks.contains(tokens[probe + 1].lower) {
                var next = probe + 1
                while next < min(tokens.count, probe + 9) {
                    if let found = mention(at: next), found.kind == .person { return found }
                    next += 1
                }
            }
            probe -= 1
        }
        return nil
    }

    /// Months, weekdays and times of day of both languages: never a speaker.
    static let timeWords: WordSet = [
        "januar", "jänner", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober",
        "november", "dezember", "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
        "morgen", "vormittag", "mittag", "nachmittag", "abend", "nacht", "derzeit", "january", "february", "march",
        "june", "july", "october", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
        "sunday", "morning", "afternoon", "evening", "tonight", "today", "yesterday",
    ]

    /// Capitalised words that lead no speaker phrase: sentence adverbs, amounts, parts of a time
    /// ("Offiziell …", "Des Weiteren", "Ende Januar", "Milliarden Euro").
    static let nonSpeakerWords: WordSet = [
        // First and second persons never name a speaker ("Mir ist egal, wie jemand sagt: …").
        "ich", "mir", "mich", "wir", "uns", "du", "dir", "dich", "i", "we", "me", "you",
        "offiziell", "weiteren", "nicht", "ende", "anfang", "mitte", "milliarden", "millionen", "prozent", "euro",
        "dollar", "insgesamt", "bislang", "bisher", "angeblich", "offenbar", "vermutlich", "wahrscheinlich",
    ]

    /// Prepositions of both languages that open adverbials ("von", "bei", "of" open attributes of
    /// a speaker: "Angaben von X", "Analyst bei X").
    static let prepositions: WordSet = [
        "mit", "im", "am", "an", "in", "nach", "auf", "vor", "seit", "während", "zu", "zum", "zur", "über", "unter",
        "aus", "für", "gegen", "durch", "ohne", "um", "ab", "bis", "with", "on", "at", "into", "during", "after",
        "before", "about",
    ]

    /// Whether a token stands inside a short quoted name ("die „Abendpost“").
    func isInTitleSpan(_ index: Int) -> Bool {
        guard let number = spanAt[index] else { return false }
        return isTitleSpan(number)
    }

    /// A guess for a person mention, with role and organisation from the entity (or the mention).
    func personGuess(_ mention: EntityMention, in range: Range<Int>) -> SpeakerGuess {
        let entity = table.entity(mention.entity)
        var guess = SpeakerGuess(entity: mention.entity)
        guess.role = entity?.role ?? mention.role
        guess.organization = entity?.organization?.id
        if guess.organization == nil {
            // "Alibaba-Gründer Jack Ma", "a spokeswoman for X, Jane Doe": an organisation in the phrase.
            for index in range where spanAt[index] == nil {
                if let other = self.mention(at: index), other.kind == .company || other.kind == .organization,
                    abs(other.range.start - mention.range.start) < 60,
                    other.role != nil || hasRoleWord(between: other.range, and: mention.range)
                {
                    guess.organization = other.entity
                    break
                }
            }
        }
        return guess
    }

    /// Whether a role word stands between (or in the token of) two mentions.
    private func hasRoleWord(between first: TextRange, and second: TextRange) -> Bool {
        let lower = min(first.start, second.start)
        let upper = max(first.end, second.end)
        guard let from = document.tokenIndex(containing: lower) else { return false }
        var index = from
        while index < tokens.count && tokens[index].range.end <= upper + 1 {
            if tokens[index].kind == .word && lexicon.roleWord(in: tokens[index].lower) != nil { return true }
            index += 1
        }
        return false
    }

    /// The role as written: the compound tail ("Sprecherin" of "3 Sterne-Sprecherin") or the word.
    private func roleName(_ lowerRole: String, _ index: Int) -> String {
        let written = document.slice(tokens[index].range)
        if let dash = written.lastIndex(of: "-") { return String(written[written.index(after: dash)...]) }
        return written
    }

    /// The noun phrase around a head word: back to a determiner or the range start, forward
    /// through phrase words, capitalised words and mentions, at most 14 tokens.
    func phrase(around head: Int, in range: Range<Int>) -> String {
        var start = head
        while start > range.lowerBound && head - start < 4 {
            let previous = tokens[start - 1]
            guard previous.kind == .word, spanAt[start - 1] == nil else { break }
            if cue(at: start - 1, limit: start) != nil { break }
            let fitsBefore =
                previous.isCapitalized || Self.determiners.contains(previous.lower)
                || (language == .german ? Self.isGermanAdjective(previous.lower) : Self.englishModifiers.contains(previous.lower))
            if !fitsBefore { break }
            start -= 1
            if Self.determiners.contains(previous.lower) { break }
        }
        var end = head + 1
        var inRelativeClause = false
        while end < range.upperBound && end - start < 14 {
            let next = tokens[end]
            if next.kind == .quoteMark || next.endsSentence { break }
            if next.kind == .punctuation {
                // "eine Person, die mit der Angelegenheit vertraut ist": a relative clause.
                if next.first == ",", !inRelativeClause, end + 1 < range.upperBound,
                    ["die", "der", "das", "who", "which"].contains(tokens[end + 1].lower)
                {
                    inRelativeClause = true
                    end += 1
                    continue
                }
                break
            }
            if cue(at: end, limit: range.upperBound) != nil { break }
            // After the head, a noun phrase runs on through names, mentions and small words only.
            let fits =
                inRelativeClause || next.isCapitalized || mention(at: end) != nil
                || Self.phraseWords.contains(next.lower) || Self.determiners.contains(next.lower)
                || Self.determiners.contains(tokens[end - 1].lower)
            if !fits { break }
            end += 1
        }
        while end > head + 1, Self.phraseWords.contains(tokens[end - 1].lower) || Self.determiners.contains(tokens[end - 1].lower) {
            end -= 1
        }
        return text(start..<end)
    }

    /// Whether a word can be part of a name: capitalised, not a function word, article or cue.
    private func isNameWord(_ index: Int) -> Bool {
        let token = tokens[index]
        return token.kind == .word && token.isCapitalized && spanAt[index] == nil
            && !lexicon.functionWords.contains(token.lower) && !Self.determiners.contains(token.lower)
            && !Self.adverbialStarts.contains(token.lower) && !Self.personPronouns.contains(token.lower)
            && cue(at: index, limit: index + 1) == nil && lexicon.roleWord(in: token.lower) == nil
    }

    /// Whether a name of at least two words starts here (and not right after an article).
    private func isNameStart(_ index: Int) -> Bool {
        guard isNameWord(index), isNameWord(index + 1) else { return false }
        if index > 0, Self.determiners.contains(tokens[index - 1].lower) { return false }
        // A sentence start is capitalised anyway: "Bundesweit Experten" is no name.
        // '"…," Tamsin Orrow said': after a quote closed on a comma the sentence goes on.
        let afterQuotedClause =
            index >= 2 && tokens[index - 1].kind == .quoteMark && tokens[index - 2].kind == .punctuation
            && tokens[index - 2].first == ","
        if index == 0 || tokens[index - 1].endsSentence || (tokens[index - 1].kind == .quoteMark && !afterQuotedClause) {
            return false
        }
        return mention(at: index) == nil || mention(at: index)?.kind == .person
    }

    /// Lower-case words that may lead an English speaker phrase ("a senior official").
    static let englishModifiers: WordSet = [
        "senior", "former", "chief", "top", "local", "other", "another", "several", "some", "many", "most",
        "industry", "company", "government", "bank", "market", "oil", "unnamed", "independent", "leading",
    ]

    /// Whether a German lower-case word looks like an inflected adjective ("ehemalige", "deutschen").
    static func isGermanAdjective(_ word: String) -> Bool {
        word.count > 3 && (word.hasSuffix("e") || word.hasSuffix("en") || word.hasSuffix("er") || word.hasSuffix("es")
            || word.hasSuffix("em"))
    }

    /// Whether a lower-case "sie" is plural: the next verb-like word ends in "-en".
    private func isPluralContext(_ index: Int) -> Bool {
        for probe in (max(0, index - 2)..<min(tokens.count, index + 3)) where probe != index {
            let word = tokens[probe].lower
            if cue(at: probe, limit: probe + 1) != nil { return word.hasSuffix("en") }
        }
        return false
    }
}
