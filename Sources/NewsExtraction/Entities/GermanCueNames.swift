import NewsModel

extension EntityScanner {
    /// "der Kartendienst Here", "der Bezahlfernsehkonzern Sky", "der Flugzeugzulieferer Premium
    /// Aerotec", "des Gasmonopolisten Borvak": in German text, a company or organisation cue word
    /// right before a name whose words are English words or unknown words, which the general cue
    /// rule leaves alone (it takes no ordinary word of either language). German ordinary nouns,
    /// places, people's names, roles and function words still end or block the name.
    mutating func findGermanCuedNames() {
        guard german else { return }
        let n = tokens.count
        var i = 1
        while i < n {
            defer { i += 1 }
            guard isFree(i), isNameShaped(i), !isShouting(i), sameSentence(i - 1, i), tokens[i - 1].isWord,
                !tokens[i].flags.contains(.attached), tokens[i - 1].isCapitalized || isDealPhrase(before: i)
            else { continue }
            let dealPhrase = isDealPhrase(before: i)
            guard dealPhrase || !Self.englishCues.contains(tokens[i - 1].lower),
                let kind = dealPhrase ? .company : EntityLexicons.kind(ofCue: tokens[i - 1].lower) ?? inflectedCueKind(i - 1)
            else { continue }
            // "die Übernahme von Asylwerbern": after a deal phrase, a German noun form is no name.
            if dealPhrase, EntityLexicons.hasGermanNounEnding(tokens[i].lower) || tokens[i].lower.hasSuffix("ern"),
                !EntityLexicons.commonEnglish.contains(tokens[i].lower)
            {
                continue
            }
            // "die App Stores": a company word opens no name.
            if EntityLexicons.companyWords.contains(tokens[i].lower) { continue }
            guard let end = germanCueNameEnd(from: i) ?? germanUnitBankNameEnd(i) else { continue }
            add(span(i, end, kind: kind, strength: 2))
            i = end - 1
        }
    }

    /// "die Übernahme von Zentrofin", "die Fusion mit Zentrofin": a German deal noun and its
    /// preposition right before token `i`.
    func isDealPhrase(before i: Int) -> Bool {
        guard i >= 2, sameSentence(i - 2, i), Self.dealPrepositions.contains(tokens[i - 1].lower) else { return false }
        return Self.dealNouns.contains(tokens[i - 2].lower)
    }

    /// "des Versorgers Zelvag", "den Konkurrenten Zelvag", "des finnischen Unternehmens Zelvag":
    /// the kind of a cue word in a genitive or weak ending ("-s", "-en", "-n") after a determiner
    /// of those cases, with at most one declined adjective between them; nil otherwise.
    func inflectedCueKind(_ cue: Int) -> EntityKind? {
        guard cue >= 1, sameSentence(cue - 1, cue) else { return nil }
        let determiner = cue >= 2 && isDeclinedAdjective(cue - 1) && sameSentence(cue - 2, cue) ? cue - 2 : cue - 1
        guard Self.inflectingDeterminers.contains(tokens[determiner].lower) else { return nil }
        let lower = tokens[cue].lower
        guard lower.utf8.count >= 5, let last = lower.utf8.last, last == 0x73 || last == 0x6E else { return nil }
        if last == 0x73 { return EntityLexicons.kind(ofCue: String(lower.dropLast())) }
        if lower.hasSuffix("en"), let kind = EntityLexicons.kind(ofCue: String(lower.dropLast(2))) { return kind }
        return EntityLexicons.kind(ofCue: String(lower.dropLast()))
    }

    /// "finnischen", "US-amerikanischen": a lower-case adjective in the weak ending "-en" (the
    /// only ending after "des", "dem" and "den"), not a function word.
    func isDeclinedAdjective(_ i: Int) -> Bool {
        guard tokens[i].isWord, !tokens[i].isCapitalized || tokens[i].flags.contains(.hyphenated), !tokens[i].isNumber else { return false }
        let lower = tokens[i].lower
        guard lower.utf8.count >= 6, lower.hasSuffix("en"), !EntityLexicons.isStopword(lower) else { return false }
        // "US-amerikanischen": a hyphen compound counts by its lower-case last part.
        if tokens[i].flags.contains(.hyphenated) {
            guard let last = tokenTail(i)?.unicodeScalars.first, ScalarClass.isLower(last) else { return false }
        }
        return true
    }

    /// Determiners of the genitive and dative before an inflected cue word.
    static let inflectingDeterminers: Set<String> = ["des", "eines", "den", "dem", "einen", "einem"]

    /// German deal nouns that a company name follows with a preposition, lower case.
    static let dealNouns: Set<String> = [
        "übernahme", "kauf", "verkauf", "fusion", "zusammenschluss", "beteiligung", "einstieg", "komplettübernahme",
        "mehrheitsübernahme",
    ]

    /// Prepositions between a deal noun and the company.
    static let dealPrepositions: Set<String> = ["von", "mit", "an", "bei"]

    /// English cue words that German text uses inside longer English phrases ("Chief Software
    /// Architect", "App Store"): after them an English word is no name.
    static let englishCues: Set<String> = [
        "app", "apps", "software", "tool", "tools", "shop", "unit", "company", "firm", "maker",
    ]

    /// The end of a name after a German cue word, starting at `i`: one to three words that are
    /// no German ordinary word, place, given name before a surname, role, cue or function word;
    /// nil when no such name starts there.
    func germanCueNameEnd(from i: Int) -> Int? {
        guard isCueNameWord(i, first: true) else { return nil }
        let n = tokens.count
        var end = i + 1
        while end < n, end - i < 3, sameSentence(i, end), isFree(end), isNameShaped(end),
            !tokens[end].flags.contains(.attached), isCueNameWord(end, first: false)
        {
            end += 1
        }
        // "der Konzern Borvak Anna Lenz": a person's name right after the company name is no part of it.
        return end
    }

    /// Whether token `i` can be a word of a name after a cue: name-shaped, not hyphenated (unless
    /// "T-Kryon"), not a German ordinary noun, a place, a weekday, a month, a role, a cue, a legal
    /// form or a function word, not a German compound (unless `allowCompounds`); a given name only
    /// when no further capitalised word follows it (else it opens a person's name).
    func isCueNameWord(_ i: Int, first: Bool, allowCompounds: Bool = false) -> Bool {
        let token = tokens[i]
        let word = token.text
        let lower = token.lower
        guard token.isWord, !token.isNumber, word.unicodeScalars.count >= 2 || token.isAllCaps else { return false }
        if token.flags.contains(.hyphenated) && !isLetterPrefixedName(word) { return false }
        if EntityLexicons.isStopword(lower) || isRoleOrCue(lower) || isLegalForm(i) { return false }
        if Self.germanWeekdays.contains(where: { lower.hasPrefix($0) }) || TextLexicons.months.contains(lower) { return false }
        if isPlace(word) || EntityLexicons.demonyms.contains(word) { return false }
        if token.flags.contains(.innerCapital) || token.isAllCaps { return true }
        if EntityLexicons.commonGerman.contains(word) { return false }
        // The list of frequent capitalised words holds names too ("Sky", "Premium"): only its German
        // nouns ("Abgaben") count as ordinary here.
        if EntityLexicons.frequentGerman.contains(word), !EntityLexicons.commonEnglish.contains(lower),
            EntityLexicons.hasGermanNounEnding(lower)
        {
            return false
        }
        if lower.utf8.last == 0x73, EntityLexicons.commonGerman.contains(String(word.dropLast())) { return false }
        if !allowCompounds, isGermanCompound(token: i) { return false }
        // A declined adjective or a German noun ending ("Neuen", "Verhandlungen") is ordinary text.
        if !first, EntityLexicons.hasGermanNounEnding(lower), !EntityLexicons.commonEnglish.contains(lower) { return false }
        if first, lower.hasSuffix("ungen") || lower.hasSuffix("heiten") || lower.hasSuffix("keiten") { return false }
        if EntityLexicons.firstNames.contains(word) || EntityLexicons.nameParticles.contains(word) {
            let next = i + 1
            if next < tokens.count, sameSentence(i, next), isNameShaped(next) { return false }
            if !first { return false }
        }
        return true
    }
}
