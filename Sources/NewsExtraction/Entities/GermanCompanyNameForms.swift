import NewsModel

extension EntityScanner {
    /// Company names of German business news that the general rules cut or miss: legal-form
    /// names whose first words are ordinary nouns or a place ("die Halde Moorbach Verwaltungs
    /// GmbH", "die Talwerk Kärnten AG") and foreign bank names ("Banca Velaria").
    /// Runs inside the organisation step, after the legal-form and cue rules.
    mutating func findGermanCompanyNameForms() {
        guard german else { return }
        extendLegalFormNamesOverLeadWords()
        findPlaceLegalFormNames()
        findForeignBankNames()
        findShortNamesBeforeLegalForms()
        extendCuedNamesOverNumbers()
    }

    // MARK: - Legal-form names with ordinary lead words

    /// "die Hof Quellbach Verwaltung GmbH", "der Velmor Altlasten Verwertung AG": German names before
    /// a legal form often begin with ordinary nouns, where the legal-form rule stops ("Quellbach
    /// Management GmbH"). Between a determiner and the name, up to three capitalised words that
    /// are no role, cue, function word, given name or time word belong to the name: German puts
    /// no bare noun between an article and a name.
    mutating func extendLegalFormNamesOverLeadWords() {
        for index in spans.indices where spans[index].kind == .company && spans[index].strength == 3 && spans[index].canonical == nil {
            let start = spans[index].start
            guard start >= 2, isLegalForm(spans[index].end - 1), spans[index].rule.description == "legal form",
                let lead = legalFormLeadStart(before: start), lead < start
            else { continue }
            spans[index].start = lead
            spans[index].nameStart = tokens[lead].range.start
            for t in lead..<start { owner[t] = index }
        }
    }

    /// The first lead word of a legal-form name that starts at `start`, when one to three lead
    /// words (``isLegalFormLeadWord(_:)``) stand between a determiner and `start`; nil otherwise.
    func legalFormLeadStart(before start: Int) -> Int? {
        var j = start - 1
        while j > 0, start - j <= 3, sameSentence(j, start), isFree(j), isLegalFormLeadWord(j) { j -= 1 }
        guard j < start - 1, sameSentence(j, start), Self.leadDeterminers.contains(tokens[j].lower) else { return nil }
        // "des Werkes Quellbach GmbH": after a genitive article a word in "-s" is a noun in
        // the genitive, an apposition.
        if tokens[j].lower == "des" || tokens[j].lower == "eines", tokens[j + 1].lower.utf8.last == UInt8(ascii: "s") {
            return nil
        }
        return j + 1
    }

    /// A capitalised word that can open a German company name before a legal form: not the first
    /// word of its sentence, no hyphen compound, function word, role, cue, given name, weekday,
    /// month, demonym, company word, legal form or noun of a person or agent.
    func isLegalFormLeadWord(_ i: Int) -> Bool {
        let token = tokens[i]
        guard token.isWord, token.isCapitalized, !token.isNumber, !token.flags.contains(.hyphenated),
            !isSentenceInitial(i), !isLegalForm(i)
        else { return false }
        let lower = token.lower
        if EntityLexicons.isStopword(lower) || isRoleOrCue(lower) || Self.isWeekday(lower) { return false }
        // "den Rivalen X AG": a cue or role in a declined form ("Rivale", "Konkurrent").
        if isDeclinedRoleOrCue(lower) { return false }
        if TextLexicons.months.contains(lower) || EntityLexicons.demonyms.contains(token.text) { return false }
        if EntityLexicons.firstNames.contains(token.text) || EntityLexicons.companyWords.contains(lower) { return false }
        // "die Verkäuferin X AG", "die Abteilung X GmbH": a noun of a person, an agent or a unit is an apposition.
        for ending in Self.agentNounEndings where lower.hasSuffix(ending) { return false }
        return true
    }

    /// Whether a lower-case German word is a cue or role with a weak-noun ending "-n" or "-en"
    /// ("rivalen", "konkurrenten", "präsidenten").
    func isDeclinedRoleOrCue(_ lower: String) -> Bool {
        guard lower.utf8.count >= 6, lower.hasSuffix("n") else { return false }
        if isRoleOrCue(String(lower.dropLast())) { return true }
        return lower.hasSuffix("en") && isRoleOrCue(String(lower.dropLast(2)))
    }

    /// Endings of German nouns of persons and agents ("Käufer", "Verkäuferin", "Partnern") and of
    /// abstract and collective nouns ("Abteilung", "Mannschaft"): such a noun before a name is an
    /// apposition.
    static let agentNounEndings = ["er", "erin", "ern", "innen", "in", "ung", "heit", "keit", "schaft"]

    /// Determiners before a German company name, lower case.
    static let leadDeterminers: WordSet = [
        "der", "die", "das", "des", "dem", "den", "eine", "einer", "eines", "einem",
    ]

    // MARK: - A place before a legal form

    /// "die Talwerk Kärnten AG", "der Moorbach AG" with "Moorbach" a known place: in German text a
    /// place right before a legal form is part of the company's name when a determiner stands
    /// before the name (with up to three lead words between them).
    mutating func findPlaceLegalFormNames() {
        let n = tokens.count
        var i = 2
        while i < n {
            defer { i += 1 }
            guard isFree(i), isLegalForm(i), !isShouting(i), sameSentence(i - 1, i), owner[i - 1] >= 0 else { continue }
            let place = owner[i - 1]
            guard spans[place].kind == .place, spans[place].start == i - 1, spans[place].end == i, i >= 2,
                sameSentence(i - 2, i)
            else { continue }
            let start: Int
            if Self.leadDeterminers.contains(tokens[i - 2].lower) {
                start = i - 1
            } else if let lead = legalFormLeadStart(before: i - 1) {
                start = lead
            } else {
                continue
            }
            var end = i + 1
            while end < n, sameSentence(i, end), isFree(end), isLegalForm(end) { end += 1 }
            releasePlaceSpan(at: i - 1)
            add(span(start, end, kind: .company, strength: 3))
            i = end - 1
        }
    }

    // MARK: - Foreign bank names

    /// "die Banca Velaria", "der Banco Quellar", "die Banque du Moorlac": a Romance bank word and
    /// one to three name words (with particles between them) are a bank's name.
    mutating func findForeignBankNames() {
        let n = tokens.count
        var i = 0
        while i + 1 < n {
            defer { i += 1 }
            guard isFree(i), tokens[i].isCapitalized, Self.foreignBankWords.contains(tokens[i].text), !isShouting(i) else {
                continue
            }
            var end = i + 1
            var words = 0
            while end < n, words < 3, sameSentence(i, end) {
                let token = tokens[end]
                if Self.bankNameParticles.contains(token.text), end + 1 < n, sameSentence(i, end + 1), isBankNameWord(end + 1) {
                    end += 2
                    words += 1
                    continue
                }
                guard isBankNameWord(end) else { break }
                end += 1
                words += 1
            }
            guard words > 0 else { continue }
            for t in i..<end where owner[t] >= 0 { releasePlaceSpan(at: t) }
            guard (i..<end).allSatisfy({ isFree($0) }) else { continue }
            add(span(i, end, kind: .company, strength: 2))
            i = end - 1
        }
    }

    /// A word of a foreign bank's name: capitalised, no hyphen compound, function word, role or
    /// cue; free or a one-word place ("Banca Marvella" with "Marvella" a region).
    func isBankNameWord(_ i: Int) -> Bool {
        let token = tokens[i]
        guard token.isWord, !token.isNumber, token.isCapitalized, !token.flags.contains(.hyphenated) else { return false }
        if owner[i] >= 0 && spans[owner[i]].kind != .place { return false }
        let lower = token.lower
        if EntityLexicons.commonGerman.contains(token.text) || EntityLexicons.frequentGerman.contains(token.text) { return false }
        return !EntityLexicons.isStopword(lower) && !isRoleOrCue(lower) && !isLegalForm(i)
    }

    /// Romance and Slavic words for "bank" that open a bank's name, as written.
    static let foreignBankWords: Set<String> = ["Banca", "Banco", "Banque", "Banka"]

    /// Particles inside foreign bank names ("Banca Popolare di Velaria", "Banque de Moorlac").
    static let bankNameParticles: Set<String> = [
        "di", "del", "della", "dei", "delle", "de", "du", "do", "da", "dos", "per",
    ]

    // MARK: - Names with digits and lower-case names

    /// "die Brixel 24 GmbH", "der zalvio GmbH": a legal form after a determiner and a name the
    /// legal-form rule does not take: a name word and a number of up to three digits, or one
    /// lower-case word that is no inflected German word (brands written in lower case).
    mutating func findShortNamesBeforeLegalForms() {
        let n = tokens.count
        var i = 2
        while i < n {
            defer { i += 1 }
            guard isFree(i), isLegalForm(i), !isShouting(i), isFree(i - 1), sameSentence(i - 2, i) else { continue }
            var start: Int
            if tokens[i - 1].isNumber, tokens[i - 1].text.unicodeScalars.count <= 3, i >= 3, sameSentence(i - 3, i),
                isFree(i - 2), isCueNameWord(i - 2, first: true)
            {
                start = i - 2
            } else if isLowerCaseBrand(i - 1) {
                start = i - 1
            } else {
                continue
            }
            guard start >= 1, Self.leadDeterminers.contains(tokens[start - 1].lower) || Self.legalFormPrepositions.contains(tokens[start - 1].lower)
            else { continue }
            var end = i + 1
            while end < n, sameSentence(i, end), isFree(end), isLegalForm(end) { end += 1 }
            add(span(start, end, kind: .company, strength: 3))
            i = end - 1
        }
    }

    /// Prepositions right before a company name.
    static let legalFormPrepositions: WordSet = ["an", "von", "bei", "mit", "für", "über", "durch"]

    /// "zalvio": a lower-case word of three letters or more that is no function word, no ordinary
    /// English word and does not end like an inflected German word ("-e", "-en", "-er", "-es",
    /// "-em", "-s", "-n", "-t").
    func isLowerCaseBrand(_ i: Int) -> Bool {
        let token = tokens[i]
        guard token.isWord, !token.isNumber, !token.isCapitalized, !token.flags.contains(.hyphenated),
            token.text.unicodeScalars.count >= 3, let last = token.text.unicodeScalars.last,
            ScalarClass.isLower(last), !"enst".unicodeScalars.contains(last)
        else { return false }
        let lower = token.lower
        return !EntityLexicons.isStopword(lower) && !EntityLexicons.commonEnglish.contains(lower)
    }

    /// "der Mobilfunker Brixel 24", "die Firma Zelvo 360.": a company name found after a cue word
    /// goes on over a number of up to three digits that ends the clause or stands before a function
    /// word (not a count: "Zelvo 360 Mitarbeiter", "Zelvo 30 Prozent").
    mutating func extendCuedNamesOverNumbers() {
        let n = tokens.count
        for index in spans.indices where spans[index].kind == .company && spans[index].canonical == nil && spans[index].strength == 2 {
            let number = spans[index].end
            guard number + 1 < n, tokens[number].isNumber, isFree(number), sameSentence(number - 1, number + 1),
                tokens[number].text.unicodeScalars.count <= 3, tokens[number].text.unicodeScalars.allSatisfy({ ScalarClass.isDigit($0) }),
                !tokens[number].flags.contains(.attached)
            else { continue }
            let next = tokens[number + 1]
            let endsClause = !next.isWord && [",", ".", ")", ";", ":"].contains(next.text)
            guard endsClause || (next.isWord && !next.isCapitalized && EntityLexicons.isStopword(next.lower)
                && !EntityLexicons.determiners.contains(next.lower))
            else { continue }
            spans[index].end = number + 1
            spans[index].nameEnd = tokens[number].range.end
            owner[number] = index
        }
    }
}
