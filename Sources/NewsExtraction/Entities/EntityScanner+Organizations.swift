import NewsModel

extension EntityScanner {
    /// Organisations named by their kind of institution: German words that are names on their own
    /// ("Finanzministerium", "Kartellgericht"), heads with a complement ("Bundesagentur für
    /// Arbeit", "Hauptverband der Deutschen Zuckerbäcker", "Ministry of Finance") and English
    /// names ending in an institution word ("Agriculture Department").
    mutating func findOrganizationNames() {
        dropFacilityNames()
        dropCapitalisedOrdinaryAliases()
        releaseCountryHeadsOfMinistries()
        findGermanOrganizationPatterns()
        let n = tokens.count
        var i = 0
        while i < n {
            defer { i += 1 }
            guard isFree(i), tokens[i].isCapitalized, !tokens[i].isAllCaps, !isShouting(i) else { continue }
            let lower = tokens[i].lower
            let isHead = EntityLexicons.organizationHeads.matches(lower)
            if isHead, let end = complementEnd(after: i) {
                // "the U.S. Department of Fisheries": a place right before the head is part of the name.
                if !german, i > 0, owner[i - 1] >= 0, spans[owner[i - 1]].kind == .place, (i..<end).allSatisfy({ isFree($0) }) {
                    releasePlace(endingAt: i)
                }
                let start = german || tokens[i].flags.contains(.hyphenated) ? i : nameStart(before: i, connectors: false)
                if (start..<end).allSatisfy({ isFree($0) }) {
                    add(span(start, end, kind: .organization, strength: 2))
                    i = end - 1
                    continue
                }
            }
            if german {
                guard EntityLexicons.organizationWords.matches(lower), !Self.dishesAndGenericCourts.contains(lower)
                else { continue }
                // "US-Justizministerium": a hyphen compound naming a ministry or federal office counts
                // when its first part is an abbreviation or a place (the country whose institution it
                // is); "ein US-Gericht" is any court.
                if tokens[i].flags.contains(.hyphenated) {
                    guard let head = head(i), let tail = tail(i), !head.contains("-"), head.unicodeScalars.count >= 2,
                        head.allSatisfy({ $0.isUppercase }) || isPlace(head),
                        tail.contains("ministerium") || tail.contains("amt")
                    else { continue }
                }
                // "Landesgericht für Zivilrechtssachen": an institution word with a "für" complement.
                if i + 1 < n, tokens[i + 1].lower == "für", let end = complementEnd(after: i),
                    (i..<end).allSatisfy({ isFree($0) })
                {
                    add(span(i, end, kind: .organization, strength: 2))
                    i = end - 1
                    continue
                }
                var found = span(i, i + 1, kind: .organization, strength: 1)
                // The genitive "Finanzministeriums" is a form of "Finanzministerium".
                for ending in ["es", "s"] where lower.hasSuffix(ending) {
                    if EntityLexicons.organizationWords.matches(String(lower.dropLast(ending.count))) {
                        found.nameEnd -= ending.unicodeScalars.count
                        found.derived = true
                        break
                    }
                }
                add(found)
            } else if isHead, EntityLexicons.organizationHeads.words.contains(lower), i > 0 {
                if i > 1, owner[i - 2] >= 0, spans[owner[i - 2]].kind == .place, isNameShaped(i - 1) {
                    releasePlace(endingAt: i - 1)
                }
                // "Kestrel Financial" + "Review": a name found before the head grows over it.
                if owner[i - 1] >= 0 {
                    let index = owner[i - 1]
                    if spans[index].end == i, spans[index].canonical == nil, isCompanyLike(spans[index].kind) {
                        spans[index].end = i + 1
                        spans[index].nameEnd = tokens[i].range.end
                        spans[index].kind = .organization
                        owner[i] = index
                    }
                    continue
                }
                let start = joinedHeadStart(before: i) ?? nameStart(before: i, connectors: false)
                guard start < i, (start..<i).contains(where: { !EntityLexicons.isStopword(tokens[$0].lower) }),
                    !isSentenceInitial(start) || !isOrdinary(tokens[start].text, lower: tokens[start].lower)
                else { continue }
                add(span(start, i + 1, kind: .organization, strength: 2))
            }
        }
    }

    /// "Perry Nuclear Power Plant", "Manhattan Federal Court", "House Energy and Power
    /// subcommittee": a name ending in a company word ("Power", "Federal") that a facility, court
    /// or committee word follows names that place or body, not a company; the span is dropped.
    mutating func dropFacilityNames() {
        guard !german else { return }
        for index in spans.indices where spans[index].kind == .company && spans[index].canonical == nil && spans[index].strength == 2 {
            let last = spans[index].end - 1
            let next = spans[index].end
            guard next < tokens.count, sameSentence(last, next), tokens[next].isWord,
                EntityLexicons.companyWords.contains(tokens[last].lower), Self.facilityWords.contains(tokens[next].lower)
            else { continue }
            spans[index].strength = -1
            for t in spans[index].start..<spans[index].end { owner[t] = -1 }
        }
    }

    /// "COPPER STANDARD - Nil": in English text, a known name's one-word writing in capitals that is
    /// an ordinary English word and a word of the canonical name in ordinary case ("STANDARD" of
    /// "Der Standard", the newspaper's self-reference in German text) is that ordinary word.
    mutating func dropCapitalisedOrdinaryAliases() {
        guard !german else { return }
        for index in spans.indices where spans[index].end - spans[index].start == 1 && spans[index].strength == 3 {
            guard let canonical = spans[index].canonical else { continue }
            let token = tokens[spans[index].start]
            guard token.isAllCaps, token.text.unicodeScalars.count >= 4, EntityLexicons.commonEnglish.contains(token.lower),
                canonical.split(separator: " ").contains(where: { $0 != token.text && $0.lowercased() == token.lower })
            else { continue }
            spans[index].strength = -1
            owner[spans[index].start] = -1
        }
    }

    /// "US-Justizministerium": the gazetteer takes a compound by its first part ("US", a place);
    /// a German compound naming a ministry or federal office is freed for the organisation rule.
    mutating func releaseCountryHeadsOfMinistries() {
        guard german else { return }
        for index in spans.indices where spans[index].kind == .place && spans[index].derived && spans[index].strength >= 0 {
            let i = spans[index].start
            guard spans[index].end == i + 1, let tail = tail(i), tail.contains("ministerium") || tail.contains("amt"),
                EntityLexicons.organizationWords.matches(tokens[i].lower)
            else { continue }
            spans[index].strength = -1
            owner[i] = -1
        }
    }

    /// English words for a plant, a court or a committee, lower case.
    static let facilityWords: Set<String> = [
        "plant", "plants", "station", "stations", "project", "reactor", "reactors", "dam", "court", "courts",
        "subcommittee", "committee",
    ]

    /// Endings of German heads that, with a genitive group ("der Hersteller"), name an
    /// association: "Bundesverband der …", "Gewerkschaft der …", "Vereinigung der …".
    static let groupHeads: [String] = [
        "verband", "verbandes", "verbands", "gewerkschaft", "vereinigung", "zusammenschluss", "bündnis",
    ]

    /// Words ending in "-gericht" that name a dish or no particular court ("Hauptgericht",
    /// "Schiedsgericht").
    static let dishesAndGenericCourts: Set<String> = [
        "hauptgericht", "vorgericht", "nachgericht", "fleischgericht", "fischgericht", "nudelgericht", "reisgericht",
        "lieblingsgericht", "nationalgericht", "eintopfgericht", "schiedsgericht", "schiedsgerichts", "hauptgerichts",
        "standgericht", "schnellgericht",
    ]

    /// The end of a complement after an organisation head at `i`: "für Arbeit (und Soziales)",
    /// "der Deutschen Zuckerbäcker", "des US-Kongresses", "of Finance (and Trade)"; nil if none.
    func complementEnd(after i: Int) -> Int? {
        let n = tokens.count
        guard i + 2 < n, sameSentence(i, i + 2) else { return nil }
        let link = tokens[i + 1].lower
        var j = i + 2
        switch link {
        case "für", "of":
            guard german == (link == "für") else { return nil }
            guard isNameShaped(j), !EntityLexicons.isStopword(tokens[j].lower) else { return nil }
            j += 1
            // "Council of Mortgage Lenders": further capitalised words (English).
            while !german, j < n, j - i < 6, sameSentence(i, j), isNameShaped(j), isFree(j),
                !EntityLexicons.isStopword(tokens[j].lower)
            {
                j += 1
            }
            if j + 1 < n, sameSentence(i, j + 1), tokens[j].lower == (german ? "und" : "and"), isNameShaped(j + 1) {
                j += 2
            }
            return j
        case "der", "des":
            guard german else { return nil }
            // "Bundesverband der Hersteller von Nährmitteln", "Vereinigung der deutschen
            // Zuckerbäcker": an association or union of a group of people or firms.
            if Self.groupHeads.contains(where: { tokens[i].lower.hasSuffix($0) }) {
                var k = j
                if k + 1 < n, sameSentence(i, k + 1), tokens[k].isWord, !tokens[k].isCapitalized, tokens[k].lower.hasSuffix("en"),
                    !EntityLexicons.isStopword(tokens[k].lower)
                {
                    k += 1
                }
                // A declined adjective ("der Deutschen Zuckerbäcker") is left to the rule below.
                let declinedAdjective = tokens[k].lower.hasSuffix("en") && tokens[k].isCapitalized
                    && Gazetteer.declined(String(tokens[k].text.dropLast(2)) + "e") != nil
                if !declinedAdjective, isNameShaped(k), !tokens[k].flags.contains(.hyphenated), !isPlace(tokens[k].text),
                    !EntityLexicons.isStopword(tokens[k].lower), isFree(k)
                {
                    k += 1
                    // "… von Nährmitteln": one more "von" phrase.
                    if k + 1 < n, sameSentence(i, k + 1), tokens[k].lower == "von", isNameShaped(k + 1), isFree(k + 1),
                        !tokens[k + 1].flags.contains(.hyphenated)
                    {
                        k += 2
                    }
                    // "Gewerkschaft der Flugbegleiter (GdF)": a name with an acronym in brackets is
                    // left to the rules below and the acronym rule.
                    if k >= n || tokens[k].text != "(" { return k }
                }
            }
            guard isNameShaped(j) else { return nil }
            let word = tokens[j].lower
            if tokens[j].flags.contains(.hyphenated), let head = head(j), head.allSatisfy({ $0.isUppercase }) {
                return j + 1
            }
            // "Gewerkschaft der Flößer (GdF)": a complement followed by an acronym in brackets.
            if j + 3 < n, sameSentence(i, j + 3), tokens[j + 1].text == "(", tokens[j + 2].isAllCaps,
                tokens[j + 3].text == ")", !tokens[j].flags.contains(.hyphenated)
            {
                return j + 1
            }
            guard word.hasSuffix("en"), Gazetteer.declined(String(tokens[j].text.dropLast(2)) + "e") != nil else { return nil }
            j += 1
            if j < n, sameSentence(i, j), isNameShaped(j), !EntityLexicons.isStopword(tokens[j].lower) { j += 1 }
            return j
        default:
            return nil
        }
    }
}

extension EntityScanner {
    /// Firm names joined by "&": "Brandl & Pirkmoser", "Procter & Gamble" (capitalised words on
    /// both sides, not all of them ordinary words, places or function words).
    mutating func findAmpersandNames() {
        let n = tokens.count
        for i in 1..<max(1, n - 1) where tokens[i].isPunctuation && tokens[i].text == "&" && isFree(i) && !isShouting(i) {
            guard sameSentence(i - 1, i + 1), isFree(i + 1), isNameShaped(i - 1), isNameShaped(i + 1),
                !tokens[i + 1].flags.contains(.hyphenated)
            else { continue }
            if !isFree(i - 1) {
                extendCompanyOverAmpersand(i)
                continue
            }
            // "R&D", "M&A", "B&B": letters on both sides are abbreviations of ordinary words.
            if tokens[i - 1].text.unicodeScalars.count == 1 && tokens[i + 1].text.unicodeScalars.count == 1 { continue }
            var end = i + 2
            while end < n, end - i <= 3, sameSentence(i, end), isFree(end), isNameShaped(end),
                !isOrdinary(tokens[end].text, lower: tokens[end].lower) || EntityLexicons.companyWords.contains(tokens[end].lower)
            {
                end += 1
            }
            let start = nameStart(before: i, connectors: false)
            guard start < i, (start..<end).allSatisfy({ isFree($0) }) else { continue }
            let words = (start..<end).filter { $0 != i }
            if words.contains(where: { EntityLexicons.isStopword(tokens[$0].lower) || isRoleOrCue(tokens[$0].lower) }) { continue }
            let unknown = words.filter {
                !isOrdinary(tokens[$0].text, lower: tokens[$0].lower) && !isPlace(tokens[$0].text)
                    && !(german && isGermanCompound(token: $0))
            }
            guard !unknown.isEmpty || (!german && words.contains { isPlace(tokens[$0].text) }) else { continue }
            add(span(start, end, kind: .company, strength: 2))
        }
    }

    /// "Selvin Media & Western Trust": a company or organisation found before "&" (token `amp`)
    /// grows over the capitalised words after it when the last of them is a company word or a legal
    /// form; the longer name is another company (the known name's canonical form is dropped).
    mutating func extendCompanyOverAmpersand(_ amp: Int) {
        let index = owner[amp - 1]
        guard spans[index].end == amp, isCompanyLike(spans[index].kind), !spans[index].derived else { return }
        var end = amp + 1
        while end < tokens.count, end - amp <= 3, sameSentence(amp, end), isFree(end), isNameShaped(end),
            !tokens[end].flags.contains(.hyphenated)
        {
            end += 1
        }
        let last = end - 1
        guard last > amp, EntityLexicons.companyWords.contains(tokens[last].lower) || isLegalForm(last),
            !(amp + 1..<end).contains(where: { EntityLexicons.isStopword(tokens[$0].lower) })
        else { return }
        spans[index].end = end
        spans[index].nameEnd = tokens[last].range.end
        spans[index].canonical = nil
        spans[index].kind = .company
        for t in amp..<end { owner[t] = index }
    }
}

extension EntityScanner {
    /// States named as such: "Land Niedersachsen", "Freistaat Bayern", "Emirat Katar",
    /// "Bundesrepublik Deutschland": the word for the state and a known place are an organisation
    /// (the state as owner, buyer or seller), not a place.
    mutating func findStatesAsOrganizations() {
        guard german else { return }
        let n = tokens.count
        for i in 0..<max(0, n - 1) where isFree(i) && tokens[i].isCapitalized && !isShouting(i) {
            guard Self.stateWords.contains(tokens[i].lower), sameSentence(i, i + 1), owner[i + 1] >= 0 else { continue }
            let place = owner[i + 1]
            guard spans[place].kind == .place, spans[place].start == i + 1, spans[place].end == i + 2 else { continue }
            spans[place].strength = -1
            owner[i + 1] = -1
            add(span(i, i + 2, kind: .organization, strength: 2))
        }
    }

    /// "Wirtschaftskammer Quellbach", "Oberlandesgericht Düsseldorf": a one-word German institution
    /// right before a one-word place is one organisation; a known institution keeps its canonical
    /// name, so that the longer writing is an alias of it.
    mutating func extendOrganizationsOverPlaces() {
        guard german else { return }
        // "Stadtwerke Essen", "Staatsanwaltschaft Wien": institution words that are a name with a place.
        for i in 0..<max(0, tokens.count - 1) where isFree(i) && tokens[i].isCapitalized && !isShouting(i) {
            let lower = tokens[i].lower
            let company = Self.placeCompanies.contains(lower)
            guard company || Self.placeOrganizations.contains(lower), sameSentence(i, i + 1),
                !tokens[i + 1].flags.contains(.attached), tokens[i + 1].isCapitalized, !tokens[i + 1].isAllCaps,
                !tokens[i + 1].flags.contains(.hyphenated)
            else { continue }
            if owner[i + 1] >= 0 {
                let place = owner[i + 1]
                // "die Volksbank Etruria": a one-word name the cue rule took after the institution
                // word ("-bank") is the second half of the institution's name.
                let cued = spans[place].canonical == nil && spans[place].strength == 2 && isCompanyLike(spans[place].kind)
                guard spans[place].kind == .place || cued, spans[place].start == i + 1, spans[place].end == i + 2 else {
                    continue
                }
                spans[place].strength = -1
                owner[i + 1] = -1
            } else if !isInstitutionTown(i + 1),
                isOrdinary(tokens[i + 1].text, lower: tokens[i + 1].lower) || isRoleOrCue(tokens[i + 1].lower)
                || EntityLexicons.frequentGerman.contains(tokens[i + 1].text)
                || EntityLexicons.firstNames.contains(tokens[i + 1].text)
            {
                // "bei der Polizei Anzeige erstatten": an ordinary word is no place name.
                continue
            }
            add(span(i, i + 2, kind: company ? .company : .organization, strength: 2))
        }
        for index in spans.indices where spans[index].kind == .organization && spans[index].strength >= 0 {
            let span = spans[index]
            let next = span.end
            guard span.end - span.start == 1, !span.derived, next < tokens.count, sameSentence(span.start, next),
                owner[next] >= 0, tokens[span.start].isCapitalized, !tokens[span.start].isAllCaps,
                !tokens[span.start].flags.contains(.hyphenated), !tokens[next].flags.contains(.attached)
            else { continue }
            let place = owner[next]
            guard spans[place].kind == .place, spans[place].start == next, spans[place].end == next + 1,
                !tokens[next].flags.contains(.hyphenated)
            else { continue }
            spans[place].strength = -1
            owner[next] = index
            spans[index].end = next + 1
            spans[index].nameEnd = tokens[next].range.end
        }
    }

    /// German words for businesses named with their place ("Stadtwerke Essen"), lower case.
    static let placeCompanies: Set<String> = [
        "stadtwerke", "sparkasse", "stadtsparkasse", "kreissparkasse", "volksbank", "raiffeisenbank", "landesbank",
        "verkehrsbetriebe", "messe", "flughafen", "hafen", "radio", "antenne", "energie",
        // Regional banks and insurers: "Raiffeisenlandesbank Quellbach", "Versicherung Quellbach".
        "raiffeisenlandesbank", "kantonalbank", "hypothekenbank", "bausparkasse", "landesbausparkasse", "versicherung",
        "landesversicherung",
    ]

    /// German words for institutions named with their place ("Staatsanwaltschaft Wien",
    /// "Universität Talburg"), lower case.
    static let placeOrganizations: Set<String> = [
        "staatsanwaltschaft", "landgericht", "landesgericht", "amtsgericht", "oberlandesgericht", "verwaltungsgericht",
        "arbeitsgericht", "handelsgericht", "bezirksgericht", "wirtschaftskammer", "arbeiterkammer", "handelskammer",
        "landesregierung", "stadtverwaltung", "bezirkshauptmannschaft", "polizei", "landespolizeidirektion",
        "verbraucherzentrale", "universität", "uni", "hochschule", "fachhochschule", "musikuniversität",
        "wirtschaftsuniversität", "landeskriminalamt", "polizeidirektion", "polizeipräsidium", "polizeiinspektion",
        "bundespolizeidirektion", "bundespolizeiinspektion", "landratsamt", "sozialgericht", "finanzgericht",
        "landessozialgericht", "landesarbeitsgericht", "kreisgericht",
    ]

    /// German words for a state that, before a place name, make the pair an organisation.
    static let stateWords: Set<String> = [
        "land", "bundesland", "freistaat", "emirat", "bundesrepublik", "königreich", "fürstentum", "kanton",
    ]
}
