import NewsModel

extension EntityScanner {
    /// Capitalised words that are in no dictionary, no gazetteer and no name list, away from the
    /// start of a sentence, become companies when they are coordinated with a company ("eBay,
    /// X und Y") or, in German text, when the article uses them at least twice. News sources after
    /// a verb of publishing ("schreibt Techblick") are found first.
    mutating func findUnknownNames() {
        findGermanSourceNames()
        // The candidates depend on the tokens and owners alone: found in a non-mutating pass (a
        // call from this mutating function per token would copy the scanner each time).
        let candidates = unknownNameCandidates()
        guard !candidates.isEmpty else { return }
        var counts: [String: Int] = [:]
        if german {
            for i in candidates { counts[tokens[i].text] = 0 }
            for i in tokens.indices where isNameShaped(i) {
                let word = head(i) ?? tokens[i].text
                if counts[word] != nil { counts[word]! += 1; continue }
                if word.utf8.last == 0x73 {
                    let stem = String(word.dropLast())
                    if counts[stem] != nil { counts[stem]! += 1 }
                }
            }
        }
        var accepted = Set<Int>()
        for _ in 0..<2 {
            for i in candidates where !accepted.contains(i) && isFree(i) {
                let repeated = german && (counts[tokens[i].text] ?? 0) >= 3
                if repeated || isCoordinatedWithCompany(i) || hasCompanyApposition(i) || hasStakeRelative(i) {
                    // Every use of the accepted word counts at once, so that coordination with a
                    // later use works ("…, einem Tool" … "X und Y").
                    for j in candidates where tokens[j].text == tokens[i].text && isFree(j) {
                        accepted.insert(j)
                        add(span(j, j + 1, kind: .company, strength: 1))
                    }
                }
            }
        }
    }

    /// The free capitalised words that ``findUnknownNames()`` may make companies, in order.
    func unknownNameCandidates() -> [Int] {
        var candidates: [Int] = []
        for i in tokens.indices where isFree(i) && (tokens[i].isCapitalized || tokens[i].flags.contains(.hasDigit) && !tokens[i].isNumber && isDigitLedName(i)) && !tokens[i].flags.contains(.hyphenated) {
            guard !tokens[i].isAllCaps, !isShouting(i), !isSentenceInitial(i) else { continue }
            // "der Gläubiger", "die Elektro- und": noun phrases and truncated compounds.
            if i > 0, EntityLexicons.determiners.contains(tokens[i - 1].lower) { continue }
            if i + 1 < tokens.count, tokens[i + 1].text == "-", tokens[i + 1].flags.contains(.attached) { continue }
            // Two unknown capitalised words in a row are more likely a person's name.
            if i + 1 < tokens.count, isNameShaped(i + 1), isFree(i + 1), sameSentence(i, i + 1),
                !isKnownWord(i + 1)
            {
                continue
            }
            if i > 0, isNameShaped(i - 1), isFree(i - 1), sameSentence(i - 1, i), !isKnownWord(i - 1) { continue }
            // English needs a coordinated company; check that cheap condition first.
            if !german && !isCoordinatedWithCompany(i) && !hasCompanyApposition(i) && !hasStakeRelative(i) { continue }
            if isKnownWord(i) { continue }
            candidates.append(i)
        }
        return candidates
    }

    /// "8rooms", "7beds": a word of digits and then four lower-case letters or more, which only a
    /// name writes so (coordinated with a company, it is one). Not "1990ern", "20jährige".
    func isDigitLedName(_ i: Int) -> Bool {
        guard tokens[i].flags.contains(.hasDigit), tokens[i].isWord, !tokens[i].isNumber,
            !tokens[i].flags.contains(.hyphenated)
        else { return false }
        let scalars = tokens[i].text.unicodeScalars
        guard let first = scalars.first, ScalarClass.isDigit(first) else { return false }
        let letters = scalars.drop(while: { ScalarClass.isDigit($0) })
        guard letters.count >= 4, letters.allSatisfy({ ScalarClass.isLower($0) }) else { return false }
        let word = String(String.UnicodeScalarView(letters))
        return !word.hasPrefix("jähr") && !word.hasSuffix("ern") && !word.hasSuffix("er") && !TextLexicons.months.contains(word)
    }

    /// Whether the word at `i` is an ordinary word, a role, cue, place, given name or legal form.
    func isKnownWord(_ i: Int) -> Bool {
        let word = tokens[i].text
        let lower = tokens[i].lower
        if isOrdinary(word, lower: lower) || isRoleOrCue(lower) || isPlace(word) { return true }
        if EntityLexicons.firstNames.contains(word) || EntityLexicons.nameParticles.contains(word) { return true }
        if german && isGermanCompound(token: i) { return true }
        if german, EntityLexicons.frequentGerman.contains(word) { return true }
        if german, EntityLexicons.hasGermanNounEnding(lower) { return true }
        if lower.utf8.last == 0x73, EntityLexicons.legalForms.contains(String(lower.dropLast())) { return true }
        // "KMUs", "EPUs": plurals of abbreviations.
        if word.utf8.count >= 3, word.utf8.last == 0x73, word.dropLast().allSatisfy({ $0.isUppercase }) { return true }
        if german, lower.hasSuffix("s"), EntityLexicons.commonGerman.contains(String(word.dropLast())) { return true }
        return false
    }

    /// Whether a word ends in a German noun of at least four letters after at least three letters
    /// ("Produktangebote", "Marktkenner").
    func isGermanCompound(_ word: String) -> Bool { isGermanCompound(lower: word.lowercased()) }

    /// ``isGermanCompound(_:)`` of token `i`, with its lower case already made.
    func isGermanCompound(token i: Int) -> Bool { isGermanCompound(lower: tokens[i].lower) }

    /// ``isGermanCompound(_:)`` of a word already in lower case; `minimumTail` is the least number
    /// of bytes of the noun at the end (four by default).
    func isGermanCompound(lower word: String, minimumTail: Int = 4) -> Bool {
        var lower = word
        return lower.withUTF8 { bytes -> Bool in
            let n = bytes.count
            guard n >= 3 + minimumTail else { return false }
            for split in 3...(n - minimumTail) where bytes[split] & 0xC0 != 0x80 {
                if EntityLexicons.germanNounsLower.contains(bytes: UnsafeBufferPointer(rebasing: bytes[split...])) {
                    return true
                }
            }
            return false
        }
    }

    /// "X, einem eBay Listing-Tool", "X, der Online-Händler", "X, a unit of": an apposition
    /// whose noun is a company cue word.
    func hasCompanyApposition(_ i: Int) -> Bool {
        let n = tokens.count
        guard i + 2 < n, tokens[i + 1].text == ",", sameSentence(i, i + 2),
            EntityLexicons.appositionArticles.contains(tokens[i + 2].lower)
        else { return false }
        var j = i + 3
        while j < n, j <= i + 6, sameSentence(i, j), tokens[j].isWord {
            if EntityLexicons.companyCues.matches(tokens[j].lower) { return true }
            j += 1
        }
        return false
    }

    /// "Clearnet, in which Euronext has a quarter stake", "X, an der Y 30 Prozent hält": a relative clause right after
    /// the word that says another party holds a stake in it (a stake noun or percent within the next nine words).
    func hasStakeRelative(_ i: Int) -> Bool {
        let n = tokens.count
        guard i + 4 < n, tokens[i + 1].text == ",", sameSentence(i, i + 4) else { return false }
        let opens = german
            ? ["an", "bei"].contains(tokens[i + 2].lower) && ["der", "dem", "denen"].contains(tokens[i + 3].lower)
            : ["in", "of"].contains(tokens[i + 2].lower) && tokens[i + 3].lower == "which"
        guard opens else { return false }
        var j = i + 4
        while j < n, j <= i + 12, sameSentence(i, j), tokens[j].text != "," {
            let lower = tokens[j].lower
            if Self.isStakeNoun(lower) || lower == "pct" || lower == "percent" || lower == "%" || lower == "stake" || lower == "interest" {
                return true
            }
            j += 1
        }
        return false
    }

    /// Whether the token stands next to a company span, joined by "und", "oder", "and", "or" or
    /// a comma.
    func isCoordinatedWithCompany(_ i: Int) -> Bool {
        if i >= 2, sameSentence(i - 2, i), EntityLexicons.connectors.contains(tokens[i - 1].lower), owner[i - 2] >= 0,
            isCompanyLike(spans[owner[i - 2]].kind)
        {
            return true
        }
        if i + 2 < tokens.count, sameSentence(i, i + 2), EntityLexicons.connectors.contains(tokens[i + 1].lower), owner[i + 2] >= 0,
            isCompanyLike(spans[owner[i + 2]].kind)
        {
            return true
        }
        return false
    }

    func isCompanyLike(_ kind: EntityKind) -> Bool { kind == .company || kind == .organization }
}
