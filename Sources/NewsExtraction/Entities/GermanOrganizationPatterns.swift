import NewsModel

extension EntityScanner {
    /// Organisation names that a German (or English) text marks by their form rather than by a
    /// word list: names after cue words that the general cue rule leaves alone ("der Kartendienst
    /// Here"), lower-case foreign legal forms ("Brelvo s.r.o."), genitives of known names,
    /// national units ("Borvak Italien"), sports clubs ("1. FC Quellstadt", "SV Moorbach 04") and names in quotation marks
    /// right after a cue word ("die Zeitung „Talblick Kurier“", "das Start-up „Zentrofin“").
    /// Runs inside the organisation step, after the gazetteer and the cue rules.
    mutating func findGermanOrganizationPatterns() {
        releasePeopleFromCuedNames()
        findForeignLegalForms()
        findGazetteerGenitives()
        findGermanCuedNames()
        findNationalUnits()
        findSportsClubs()
        findQuotedNamesAfterCues()
        findNamesAfterNamens()
        findArticleNamesAfterCues()
        findGermanCompanyNameForms()
        findAdjectiveInstitutionNames()
    }

    /// "berichtet die Zeitung Die Welt", "laut dem Magazin Der Falke": after an organisation cue,
    /// a capitalised article in mid-sentence starts the name.
    mutating func findArticleNamesAfterCues() {
        guard german else { return }
        let n = tokens.count
        for i in 1..<max(1, n - 1) where tokens[i].text.utf8.count == 3 && tokens[i].isCapitalized && isFree(i) && !isShouting(i) {
            guard ["Die", "Der", "Das"].contains(tokens[i].text), !isSentenceInitial(i), sameSentence(i - 1, i + 1),
                tokens[i - 1].isWord, EntityLexicons.organizationCues.matches(tokens[i - 1].lower)
            else { continue }
            var end = i + 1
            while end < n, end - i <= 3, sameSentence(i, end), isFree(end), isNameShaped(end),
                !tokens[end].flags.contains(.hyphenated), !EntityLexicons.isStopword(tokens[end].lower)
            {
                end += 1
            }
            guard end > i + 1 else { continue }
            add(span(i, end, kind: .organization, strength: 2))
        }
    }

    /// "ein Start-up namens Zentrofin", "eine Partei namens Neue Mitte", "a company called
    /// Zentrofin": a cue word, "namens" (or "called"), then a name.
    mutating func findNamesAfterNamens() {
        let n = tokens.count
        for i in 2..<max(2, n) where tokens[i - 1].text.utf8.count == 6 && isFree(i) && !isShouting(i) {
            let link = tokens[i - 1].lower
            guard link == (german ? "namens" : "called"), sameSentence(i - 2, i), tokens[i - 2].isWord else { continue }
            guard let kind = EntityLexicons.kind(ofCue: tokens[i - 2].lower) else { continue }
            guard let end = nameRun(from: i, allowGivenName: true) else { continue }
            add(span(i, end, kind: kind, strength: 2))
        }
    }

    /// The abbreviations that start the name of a German or Austrian sports club, as written.
    static let clubPrefixes: Set<String> = [
        "FC", "SC", "SV", "SK", "VfB", "VfL", "VfR", "TSV", "TSG", "FSV", "SpVgg", "KSV", "FK", "BSC", "TuS", "SG",
        "SSV", "ESV", "ASK", "SCR", "ATSV", "DSV", "BV", "SGV",
    ]

    /// "FC Quellstadt", "1. FC Quellstadt", "SV Moorbach 04", "SK Rapid Quellstadt": a club
    /// abbreviation and one to three capitalised words (places included) or a club year, in one
    /// sentence. An organisation; a place inside it is taken over.
    mutating func findSportsClubs() {
        let n = tokens.count
        var i = 0
        while i < n - 1 {
            defer { i += 1 }
            // Cheap checks first: a club abbreviation is a short capitalised word.
            guard tokens[i].isCapitalized, tokens[i].text.utf8.count <= 5, isNameShaped(i + 1) || tokens[i + 1].isNumber,
                Self.clubPrefixes.contains(tokens[i].text), isFree(i), !isShouting(i),
                sameSentence(i, i + 1), !tokens[i + 1].flags.contains(.attached)
            else { continue }
            var end = i + 1
            var words = 0
            while end < n, end - i <= 4, sameSentence(i, end), !tokens[end].flags.contains(.hyphenated) {
                let token = tokens[end]
                // "Moorbach 04", "Quellstadt 1899": a club year of two or four digits, not a score
                // ("FC Quellstadt 1:0").
                if token.isNumber, words > 0 {
                    let digits = token.text.unicodeScalars.count
                    let score = end + 1 < n && tokens[end + 1].text == ":"
                    if (digits == 2 || digits == 4), token.text.unicodeScalars.allSatisfy({ $0.properties.numericType != nil }), !score {
                        end += 1
                    }
                    break
                }
                // "SC Wr. Neustadt": an abbreviated word ends the name.
                guard isNameShaped(end), !EntityLexicons.isStopword(token.lower), !isRoleOrCue(token.lower),
                    token.text.unicodeScalars.count >= 3 || token.isAllCaps
                else { break }
                // Only places and words that are no ordinary noun ("FC Bayern", "SK Rapid").
                let owned = owner[end] >= 0
                if owned && spans[owner[end]].kind != .place { break }
                if !owned, isOrdinary(token.text, lower: token.lower), !isPlace(token.text) { break }
                words += 1
                end += 1
            }
            guard words > 0 else { continue }
            var start = i
            // "1. FC …": a club number before the abbreviation.
            if i >= 2, tokens[i - 1].text == ".", tokens[i - 2].isNumber, tokens[i - 2].text.unicodeScalars.count == 1,
                sameSentence(i - 2, i), isFree(i - 2), isFree(i - 1)
            {
                start = i - 2
            }
            for t in start..<end where owner[t] >= 0 {
                let index = owner[t]
                spans[index].strength = -1
                for u in spans[index].start..<spans[index].end { owner[u] = -1 }
            }
            add(span(start, end, kind: .organization, strength: 2))
            i = end - 1
        }
    }

    /// A name in quotation marks right after a cue word: "die Zeitung „Talblick Kurier“" (an
    /// organisation), "das Start-up „Zentrofin“" (a company). One to five tokens, the first
    /// capitalised, the marks attached to the name.
    mutating func findQuotedNamesAfterCues() {
        let n = tokens.count
        var i = 1
        while i < n - 2 {
            defer { i += 1 }
            guard tokens[i].isQuote, tokens[i - 1].isWord, sameSentence(i - 1, i), isFree(i + 1), isNameShaped(i + 1),
                tokens[i + 1].flags.contains(.attached), !isShouting(i)
            else { continue }
            guard let kind = EntityLexicons.kind(ofCue: tokens[i - 1].lower) else { continue }
            var close = i + 1
            while close < n, close - i <= 6, sameSentence(i, close), !tokens[close].isQuote {
                guard tokens[close].isWord || tokens[close].text == "." || tokens[close].text == "&" else { break }
                close += 1
            }
            guard close < n, close - i <= 6, close > i + 1, tokens[close].isQuote, tokens[close].flags.contains(.attached)
            else { continue }
            // "das Unternehmen „Die“": a lone function word is no name; "das Blatt „Wir sind
            // pleite“": a lower-case word other than a name particle makes a headline, not a name.
            if close == i + 2, EntityLexicons.isStopword(tokens[i + 1].lower) { continue }
            if (i + 1..<close).contains(where: {
                tokens[$0].isWord && !tokens[$0].isCapitalized && !tokens[$0].isNumber
                    && !Self.quotedNameParticles.contains(tokens[$0].lower)
            }) {
                continue
            }
            // "die Firma „Brelvox Life Assurance Company“": names found inside the marks ("Brelvox
            // Life", "Assurance Company") give way to the whole quoted name.
            if !(i + 1..<close).allSatisfy({ isFree($0) }) { absorbSpans(i + 1, close) }
            guard (i + 1..<close).allSatisfy({ isFree($0) }) else { continue }
            add(span(i + 1, close, kind: kind, strength: 2))
            i = close
        }
    }

    /// Lower-case words that may stand inside a quoted name ("Welt am Sonntag", "Ärzte ohne
    /// Grenzen", "Journal of Commerce").
    static let quotedNameParticles: Set<String> = [
        "am", "im", "an", "der", "die", "das", "des", "von", "vom", "zur", "zum", "für", "ohne", "und", "of", "the", "and",
        "for", "de", "la", "le",
    ]
}
