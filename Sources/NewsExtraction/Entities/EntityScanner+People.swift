import NewsModel

extension EntityScanner {
    /// People: a given name followed by capitalised words ("Jack Ma", "John F. Kennedy",
    /// "Ursula von der Leyen"), or two capitalised words right after a role ("Vorstandschef
    /// Herbert Diess", "3 Sterne-Sprecherin Mara Lindqvist", "chairman John Smith"). A role compound
    /// before the name gives role and organisation; so does an apposition after it ("John Smith,
    /// chief executive of X").
    mutating func findPeople() {
        // Which tokens can start a name depends on the tokens alone (and on owners after them, which
        // this loop does not change): found first, in a non-mutating pass (a call from this mutating
        // loop per token would copy the scanner each time).
        let starts = personStarts()
        let n = tokens.count
        var next = 0
        for (i, knownFirst, hasRole) in starts where i >= next {
            // The organisation of the role reads owners before `i`, which this loop may have set.
            let roleBefore = hasRole ? roleBefore(i) ?? roleBeforeApposition(i) : nil
            // ", Stefan Kramm,": a name framed by commas is an apposition, not an ordinary phrase.
            let framed = i > 0 && tokens[i - 1].text == "," && i + 2 < n && tokens[i + 2].text == ","
            guard let end = personNameEnd(from: i, knownFirst: knownFirst, hasRole: roleBefore != nil || framed, roleNamed: roleBefore != nil)
            else {
                continue
            }
            // "said Harlow Research analyst Dana Ferrick": the first name-shaped words are her employer.
            if isEmployerBeforeRole(i, end) { continue }
            // "which makes Rosa Maltby": a brand, unless a role names a person.
            if roleBefore == nil && isProductObject(at: i) { continue }
            // "A. Wendell Quarrie": an initial before a known given name opens the name.
            let start = knownFirst ? englishInitialBefore(givenName: i) ?? i : i
            var person = span(start, end, kind: .person, strength: knownFirst && roleBefore != nil ? 3 : 2)
            if let roleBefore {
                person.role = roleBefore.role
                person.organization = roleBefore.organization
            }
            if person.role == nil, let apposition = appositionAfter(end) {
                person.role = apposition.role
                person.organization = apposition.organization
            }
            add(person)
            next = end
        }
        attachRolesToKnownPeople()
    }

    /// The free tokens that can start a person's name (``findPeople()``), in order: whether the
    /// token is a known given name (or initials) and whether a role stands before it.
    func personStarts() -> [(start: Int, knownFirst: Bool, hasRole: Bool)] {
        var found: [(start: Int, knownFirst: Bool, hasRole: Bool)] = []
        for i in tokens.indices {
            guard isFree(i), isNameShaped(i), !isShouting(i),
                !tokens[i].flags.contains(.hyphenated) || isHyphenatedGivenName(i)
            else { continue }
            // "Vorstandschef Y" or "des Chefs der X AG, Y Z,": a role before the name.
            let hasRole = roleBefore(i) != nil || (i > 0 && tokens[i - 1].text == "," && roleBeforeApposition(i) != nil)
            // "J.P. Kelmore", "JP Kelmore" (with "Mr Kelmore" in the article): initials stand for
            // the given name.
            let knownFirst =
                (EntityLexicons.firstNames.contains(tokens[i].text)
                    || (tokens[i].flags.contains(.hyphenated) && isHyphenatedGivenName(i)) || isInitials(i)
                    || isAccentedKnownGivenName(i))
                && !EntityLexicons.nameParticles.contains(tokens[i].lower)
                // "German Finance Minister", "the German Visa office": in English a demonym that is also
                // a given name is the adjective, unless a role stands before it.
                && (german || !EntityLexicons.demonyms.contains(tokens[i].text))
            // "Pay Jan Six": in English a month's short form before a spelled day is a date.
            if knownFirst, !hasRole, isEnglishMonthBeforeDay(i) { continue }
            if knownFirst || hasRole {
                found.append((i, knownFirst, hasRole))
            } else if isSurnameBeforeGivenName(i) {
                // "Tsoi Tai-lok": a surname before a romanised Chinese given name.
                found.append((i, true, false))
            } else if isAppointedName(at: i) {
                // "named Arie Tarvold as chairman": an unknown given name given a post counts as known.
                found.append((i, true, false))
            } else if hasRoleApposition(afterNameAt: i) {
                // "Zarvik Hevaletis, der stellvertretende Außenminister, …", "Ieuan Wyn Tarrow, leader
                // of the X group, said": an unknown given name with a role in commas after the name.
                found.append((i, false, true))
            }
        }
        return found
    }

    /// Whether token `i` is, in English text, a month's short form that is also a given name ("Jan")
    /// right before a spelled day number ("Jan Six", "Jan Twenty").
    func isEnglishMonthBeforeDay(_ i: Int) -> Bool {
        guard !german, tokens[i].range.end - tokens[i].range.start == 3, i + 1 < tokens.count, sameSentence(i, i + 1),
            Self.englishMonthGivenNames.contains(tokens[i].text)
        else { return false }
        return Self.englishDayWords.contains(tokens[i + 1].lower)
    }

    /// Short forms of months that are also given names.
    static let englishMonthGivenNames: Set<String> = ["Jan", "Jun", "Jul", "Aug", "Oct", "Dec"]

    /// Spelled day numbers of English dates ("six", "twenty", "first").
    static let englishDayWords: Set<String> = [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
        "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "first", "second",
        "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
    ]

    /// "Tsoi Tai-lok": a short capitalised word (no function, ordinary or place word) right before a
    /// given name of the shape ``isSurnameFirstGivenName(_:)``, the surname of a name written
    /// surname first.
    func isSurnameBeforeGivenName(_ i: Int) -> Bool {
        let length = tokens[i].range.end - tokens[i].range.start
        guard length >= 2, length <= 6, i + 1 < tokens.count, sameSentence(i, i + 1), !tokens[i].isAllCaps,
            !tokens[i].flags.contains(.hyphenated), isFree(i + 1), isSurnameFirstGivenName(i + 1)
        else { return false }
        return !isOrdinary(tokens[i].text, lower: tokens[i].lower) && !isPlace(tokens[i].text) && !isRoleOrCue(tokens[i].lower)
    }

    /// Whether the given name at `i` is also an ordinary word. The German word list holds many
    /// given names ("Jens", "Uwe"); one of those counts as a word only when the list also has an
    /// inflected form of it ("Art"/"Arten", "Rose"/"Rosen"), as nouns do and names do not.
    func isOrdinaryGivenName(_ i: Int) -> Bool {
        let word = tokens[i].text
        guard isOrdinary(word, lower: tokens[i].lower) else { return false }
        guard german, EntityLexicons.firstNames.contains(word), EntityLexicons.commonGerman.contains(word),
            !EntityLexicons.isStopword(tokens[i].lower)
        else { return true }
        for ending in ["n", "en", "e", "er", "es", "ern"] where EntityLexicons.commonGerman.contains(word + ending) {
            // "Christiane", "Christianes": a given name of its own (or its genitive) is no inflected noun.
            if isGivenNameForm(word + ending) { continue }
            return true
        }
        return false
    }

    /// Whether a word is a known given name or the genitive "-s" of one ("Christiane", "Christianes").
    private func isGivenNameForm(_ word: String) -> Bool {
        EntityLexicons.firstNames.contains(word)
            || (word.hasSuffix("s") && EntityLexicons.firstNames.contains(String(word.dropLast())))
    }

    /// A double given name: "Hans-Peter", "Jean-Francois" (every part a known given name).
    func isHyphenatedGivenName(_ i: Int) -> Bool {
        guard tokens[i].flags.contains(.hyphenated) else { return false }
        let parts = tokens[i].text.split(separator: "-")
        return parts.count == 2 && parts.allSatisfy { EntityLexicons.firstNames.contains(String($0)) }
    }

    /// Lower-case German indefinite and demonstrative determiners: a given name that is also a noun ("Art",
    /// "Rose") is the noun after one of them. (A definite article may stand before a person: "des Gerhard Y".)
    static let determinersBeforeNoun: Set<String> = [
        "ein", "eine", "einer", "einen", "einem", "eines", "kein", "keine", "keiner", "jede", "jeder", "jedes",
        "diese", "dieser", "dieses", "solche", "solcher", "welche", "welcher",
    ]

    /// The end of a person's name starting at `i`, or nil when no surname follows. `hasRole`: a role
    /// stands before the name or commas frame it; `roleNamed`: a role word itself stands before it
    /// (only that lets a head word of a non-person name be a surname: "spokesman Mike Lake", but
    /// ", Jefferson County," is a county).
    func personNameEnd(from i: Int, knownFirst: Bool, hasRole: Bool = false, roleNamed: Bool? = nil) -> Int? {
        let roleNamed = roleNamed ?? hasRole
        let n = tokens.count
        var j = i + 1
        var surnames = 0
        while j < n, sameSentence(i, j), j - i <= 5 {
            let token = tokens[j]
            // A middle initial: "F."
            if token.isCapitalized, token.text.unicodeScalars.count == 1, j + 1 < n, tokens[j + 1].text == "." {
                j += 2
                continue
            }
            if EntityLexicons.nameParticles.contains(token.text) || isCapitalizedParticle(j, knownFirst: knownFirst), surnames == 0 {
                // "von der Leyen", "van der Veer": up to two particles before the surname.
                var k = j + 1
                if k < n, sameSentence(i, k), EntityLexicons.nameParticles.contains(tokens[k].text) { k += 1 }
                if k < n, sameSentence(i, k), isNameShaped(k), !tokens[k].isAllCaps,
                    !EntityLexicons.commonGerman.contains(tokens[k].text), !german || !isGermanCompound(token: k)
                {
                    j = k
                    continue
                }
            }
            // "Ahmed Humaid al-Tayer": a surname with the Arabic article ends the name.
            if isArabicArticleSurname(j), isFree(j) {
                surnames += 1
                j += 1
                break
            }
            guard isNameShaped(j), isFree(j), !token.flags.contains(.hyphenated) || surnames == 0 else { break }
            // "Monica-based": a compound ending in a lower-case word is no surname.
            if token.flags.contains(.hyphenated), let last = token.text.split(separator: "-").last,
                last.first?.isLowercase == true, !(j == i + 1 && isSurnameFirstGivenName(j))
            {
                break
            }
            let lower = token.lower
            if EntityLexicons.isStopword(lower) || isRoleOrCue(lower) || EntityLexicons.legalForms.contains(lower) { break }
            if EntityLexicons.companyWords.contains(lower) { return nil }
            // "Davis Cup", "Beverly Hills", "Tory Party": a head word of something else.
            // "spokesman Mike Lake", "Tom Lake, a spokesman", "Tom Lake said": a role, or a speech
            // verb after a known given name, makes the head word a surname.
            // In German text only a head that is no German word ("University", not "Party").
            if (!german || !EntityLexicons.commonGerman.contains(token.text)) && EntityLexicons.nonPersonHeads.contains(lower) && !roleNamed
                && !(EntityLexicons.firstNames.contains(tokens[i].text) && isPersonCue(after: j + 1))
            {
                return nil
            }
            if isPlace(token.text) && surnames == 0 && !knownFirst { break }
            // "Royal Dutch", "Major Japanese": a demonym after an ordinary word is no English surname
            // (after a given name it may be one: "Oliver Irish").
            if !german && surnames == 0 && EntityLexicons.demonyms.contains(token.text)
                && EntityLexicons.commonEnglish.contains(tokens[i].lower)
            {
                break
            }
            if surnames >= 1 && EntityLexicons.commonGerman.contains(token.text) && german { break }
            // "Art der …", "Allen Beobachtungen": a given name that is also an ordinary word needs a
            // surname that is not one.
            // A long noun ending ("-ung", "-schaft") counts, a short one ("-e": "Frank Buche") does not;
            // a "-mann" compound is a surname ("Frank Quellmann").
            if surnames == 0, german, !hasRole, isOrdinaryGivenName(i),
                isOrdinaryGivenName(j) || (isGermanCompound(token: j) && !lower.hasSuffix("mann"))
                    || (EntityLexicons.frequentGerman.contains(token.text) && EntityLexicons.hasLongGermanNounEnding(lower))
            {
                return nil
            }
            // "eine Art Trost", "diese Art Geschäfte": a given name that is also a German word, before another
            // German word, is that word after an indefinite or demonstrative determiner ("ein David Y" stays).
            if surnames == 0, german, !hasRole, i > 0, sameSentence(i - 1, i), Self.determinersBeforeNoun.contains(tokens[i - 1].text),
                EntityLexicons.commonGerman.contains(tokens[i].text),
                EntityLexicons.commonGerman.contains(token.text) || EntityLexicons.frequentGerman.contains(token.text) || isGermanCompound(token: j)
            {
                return nil
            }
            if token.text.unicodeScalars.count < 2 { break }
            surnames += 1
            j += 1
            if surnames >= 2 && !(j < n && sameSentence(i, j) && isArabicArticleSurname(j)) { break }
        }
        guard surnames >= 1 else { return nil }
        // "John Coltrane Foundation", "Lawrence Livermore National Laboratory": the name goes on.
        if !german, j < n, sameSentence(i, j), tokens[j].isCapitalized,
            EntityLexicons.nonPersonHeads.contains(tokens[j].lower) || EntityLexicons.companyWords.contains(tokens[j].lower)
        {
            return nil
        }
        // Without a known given name, both words must look like a name, not like ordinary words.
        if !knownFirst {
            let firstWord = tokens[i].text
            if isOrdinary(firstWord, lower: tokens[i].lower) && !EntityLexicons.firstNames.contains(firstWord) {
                return nil
            }
        }
        return j
    }

    /// A role right before token `i`: a role word ("Vorstandschef", "chairman"), a role compound
    /// with a company ("Alibaba-Gründer" gives role "Gründer" and organisation "Alibaba"), or a
    /// company name before an English role ("Acme chairman John Smith").
    func roleBefore(_ i: Int) -> (role: String, organization: Int?)? {
        guard i > 0, sameSentence(i - 1, i), tokens[i - 1].isWord else { return nil }
        // The word before is read in place: copying the token would retain both its strings.
        if tokens[i - 1].flags.contains(.hyphenated), let tail = tail(i - 1), EntityLexicons.roles.matches(tail) {
            let org = owner[i - 1] >= 0 ? owner[i - 1] : nil
            return (tokenTail(i - 1) ?? tail, org)
        }
        // Multi-word roles: "chief executive", "managing director".
        var roleStart = i - 1
        var matched = EntityLexicons.roles.matches(tokens[i - 1].lower) || isGermanInflectedRole(i - 1)
        if i > 1, EntityLexicons.roles.phraseEnds.contains(tokens[i - 1].lower), sameSentence(i - 2, i),
            EntityLexicons.roles.words.contains(tokens[i - 2].lower + " " + tokens[i - 1].lower)
        {
            roleStart = i - 2
            matched = true
        }
        guard matched else { return nil }
        let role = (roleStart..<i).map { tokens[$0].text }.joined(separator: " ")
        // "Acme chairman", "Acme's chief executive".
        var org: Int?
        var k = roleStart - 1
        if k >= 0, tokens[k].flags.contains(.possessive) { k -= 1 }
        if k >= 0, sameSentence(k, i), owner[k] >= 0, spans[owner[k]].kind != .person, spans[owner[k]].kind != .place {
            org = owner[k]
        }
        return (role, org)
    }

    /// An apposition after a name ending at `end`: ", chief executive of X" / ", Chef von X".
    func appositionAfter(_ end: Int) -> (role: String, organization: Int?)? {
        let n = tokens.count
        guard end + 1 < n, tokens[end].text == ",", sameSentence(end, end + 1) else { return nil }
        var j = end + 1
        if j < n, ["the", "a", "der", "die", "ein", "eine"].contains(tokens[j].lower) {
            j += 1
            // "der stellvertretende Außenminister", "die frühere Ministerin": German adjectives
            // between the article and the role.
            var adjectives = 0
            while german, adjectives < 2, j + 1 < n, sameSentence(end, j), Self.isGermanAttributiveAdjective(tokens[j]) {
                j += 1
                adjectives += 1
            }
        }
        var roleEnd = j
        var role: String?
        for length in stride(from: 3, through: 1, by: -1) where j + length <= n {
            let phrase = (j..<j + length).map { tokens[$0].lower }.joined(separator: " ")
            if length == 1 ? EntityLexicons.roles.matches(phrase) : EntityLexicons.roles.words.contains(phrase) {
                roleEnd = j + length
                role = (j..<j + length).map { tokens[$0].text }.joined(separator: " ")
                break
            }
        }
        guard let role else { return nil }
        var org: Int?
        var k = roleEnd
        if k < n, ["of", "at", "for", "von", "bei", "des", "der"].contains(tokens[k].lower) { k += 1 }
        if k < n, ["the", "dem", "der"].contains(tokens[k].lower) { k += 1 }
        if k < n, owner[k] >= 0, spans[owner[k]].kind != .person, spans[owner[k]].kind != .place { org = owner[k] }
        return (role, org)
    }

    /// Links roles of people to organisations found after them (apposition targets found later).
    mutating func linkPeopleToOrganizations() {
        for index in spans.indices where spans[index].kind == .person && spans[index].organization == nil {
            let span = spans[index]
            if let roleBefore = roleBefore(span.start), let org = roleBefore.organization {
                spans[index].organization = org
                if spans[index].role == nil { spans[index].role = roleBefore.role }
            } else if let apposition = appositionAfter(span.end) {
                if spans[index].role == nil { spans[index].role = apposition.role }
                spans[index].organization = apposition.organization
            }
        }
    }
}

extension EntityScanner {
    /// Whether two or three name-shaped free words from `i` are followed by a role in commas
    /// (", der Arbeitsminister,", ", ein Vertreter der …", ", leader of the X group,"): the
    /// apposition of a name whose given name the lexicon does not know. In English the role must
    /// name what it belongs to ("leader of", "chairman at"), as a bare ", the adviser" may follow a
    /// company.
    func hasRoleApposition(afterNameAt i: Int) -> Bool {
        let n = tokens.count
        var comma = i + 2
        if comma < n, tokens[comma].text != ",", isNameShaped(comma) { comma += 1 }
        guard comma + 1 < n, sameSentence(i, comma + 1), tokens[comma].text == "," else { return false }
        // Every word must be unknown to the word lists: "Neue Regeln, die Minister …" is no name.
        for k in i..<comma {
            guard isNameShaped(k), isFree(k), !tokens[k].isAllCaps, !tokens[k].flags.contains(.hyphenated) || k == i,
                !isOrdinary(tokens[k].text, lower: tokens[k].lower), !isPlace(tokens[k].text),
                !EntityLexicons.companyWords.contains(tokens[k].lower), !isRoleOrCue(tokens[k].lower)
            else { return false }
        }
        // "…, Außenminister X Y, …" after the name belongs to another name.
        if comma + 2 < n, isNameShaped(comma + 2), tokens[comma + 1].isCapitalized { return false }
        guard let apposition = appositionAfter(comma) else { return false }
        if german { return true }
        // English: the role is followed by "of"/"at"/"for" ("leader of", "chairman at").
        var k = comma + 1
        while k < n, k <= comma + 5, sameSentence(i, k), !["of", "at", "for"].contains(tokens[k].lower) {
            if tokens[k].text == "," { return false }
            k += 1
        }
        return k < n && k <= comma + 5 && apposition.role.split(separator: " ").count <= 3
    }

    /// A lower-case German attributive adjective ("stellvertretende", "früheren", "zuständiger").
    static func isGermanAttributiveAdjective(_ token: Token) -> Bool {
        guard token.isWord, !token.isCapitalized else { return false }
        let lower = token.lower
        return lower.utf8.count >= 5 && (lower.hasSuffix("e") || lower.hasSuffix("en") || lower.hasSuffix("er"))
    }
}

