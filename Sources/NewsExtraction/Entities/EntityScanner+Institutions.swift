import NewsModel

extension EntityScanner {
    /// German institution names written as one compound ("Bundesnetzagentur", "Friedrich-Loeffler-
    /// Institut", "Internationale Walfangkommission", "Wettbewerbsbehörde (BWB)"). A compound
    /// ending in an institution word ("-agentur", "-verband", "-gericht") is a proper name only
    /// with a qualifier: a name before a hyphen, a federal, world or European prefix, capitalised
    /// adjectives before it (German capitalises adjectives inside names only), or its acronym in
    /// brackets after it. A place or an unknown capitalised word right after the name belongs to
    /// it ("Oberverwaltungsgericht Greifswald").
    mutating func findInstitutionNames() {
        guard german else { return }
        releaseFundsOfKnownOrganizations()
        // One-word institutions found by the organisation-word rule ("Oberverwaltungsgericht").
        for index in spans.indices where spans[index].kind == .organization && spans[index].canonical == nil {
            let span = spans[index]
            guard span.end - span.start == 1, !span.derived, span.strength >= 0,
                EntityLexicons.organizationWords.matches(tokens[span.start].lower)
            else { continue }
            extendOverPlaceName(index)
        }
        let n = tokens.count
        var i = 0
        while i < n {
            defer { i += 1 }
            guard isFree(i), tokens[i].isCapitalized, !tokens[i].isAllCaps, !isShouting(i) else { continue }
            let lower = tokens[i].lower
            guard EntityLexicons.institutionWords.matches(lower) else { continue }
            var start = i
            if tokens[i].flags.contains(.hyphenated) {
                guard hasNameHead(i) || isDefiniteInstitute(i) else { continue }
            } else if let first = adjectivesStart(before: i) {
                start = first
            } else if hasAcronymAfter(i) {
                // "Wettbewerbsbehörde (BWB)"
            } else if Self.institutionPrefixes.contains(where: { lower.hasPrefix($0) }), !Self.notInstitutions.contains(lower) {
                // "Bundesnetzagentur", "Europarat"
            } else {
                continue
            }
            guard let index = add(span(start, i + 1, kind: .organization, strength: 2)) else { continue }
            extendOverPlaceName(index)
            i = spans[index].end - 1
        }
    }

    /// Prefixes that make an institution compound a proper name ("Bundes-", "Europa-").
    static let institutionPrefixes = ["bundes", "europa"]

    /// Compounds with such a prefix that are no institution.
    static let notInstitutions: Set<String> = ["bundespartei", "bundesbürger", "weltrat"]

    /// Whether the part of hyphen compound `i` before its last hyphen holds a name: a capitalised
    /// part that is no ordinary word, place or German compound ("Friedrich-Loeffler", "Max-Planck";
    /// not "Ökologie", "Wien").
    func hasNameHead(_ i: Int) -> Bool {
        guard let head = head(i), let first = head.unicodeScalars.first, ScalarClass.isUpper(first) else { return false }
        for part in head.split(separator: "-") {
            let word = String(part)
            // "EU-Talfonds", "UN-Hilfsfonds": an acronym of a known organisation, unless a plural or
            // indefinite word makes the compound generic ("die beiden EU-Hilfsfonds", "ein EU-Fonds").
            if isKnownOrganizationAcronym(word) {
                if i > 0, sameSentence(i - 1, i), Self.genericDeterminers.contains(tokens[i - 1].lower) { return false }
                return true
            }
            guard word.unicodeScalars.count >= 3, word.first?.isUppercase == true else { continue }
            let lower = word.lowercased()
            if isOrdinary(word, lower: lower) || isPlace(word) || isRoleOrCue(lower) { continue }
            if isGermanCompound(lower: lower) || EntityLexicons.frequentGerman.contains(word) { continue }
            return true
        }
        return false
    }

    /// "EU-Talfonds": the gazetteer takes a compound by its first part (a known organisation's
    /// acronym); a fund named so is an organisation of its own and is freed for the institution rule.
    mutating func releaseFundsOfKnownOrganizations() {
        for index in spans.indices where spans[index].derived && spans[index].strength >= 0 && spans[index].kind == .organization {
            let i = spans[index].start
            guard spans[index].end == i + 1, let head = head(i), let tail = tail(i), tail.hasSuffix("fonds"),
                isKnownOrganizationAcronym(head)
            else { continue }
            spans[index].strength = -1
            owner[i] = -1
        }
    }

    /// Words before a compound that make it generic: indefinite articles, numbers in words and
    /// plural quantifiers.
    static let genericDeterminers: Set<String> = [
        "ein", "eine", "einen", "einem", "einer", "eines", "beiden", "beide", "zwei", "drei", "mehrere", "mehreren",
        "viele", "vielen", "alle", "allen", "einige", "einigen", "andere", "anderen", "weitere", "weiteren", "neue", "neuen",
    ]

    /// Whether a word is an acronym of two to five capitals that the gazetteer knows as a one-word
    /// organisation ("EU", "UN"), not as a place ("US").
    func isKnownOrganizationAcronym(_ word: String) -> Bool {
        let count = word.unicodeScalars.count
        guard count >= 2, count <= 5, word.unicodeScalars.allSatisfy({ ScalarClass.isUpper($0) }),
            let entries = EntityLexicons.gazetteer.byFirstToken[word]
        else { return false }
        return entries.contains { $0.tokens.count == 1 && $0.kind == .organization }
            && !entries.contains { $0.kind == .place }
    }

    /// "das Ökologie-Institut", "des Talwerk-Instituts": a hyphen compound ending in "-institut"
    /// right after a definite article names one institute (German writes generic compounds
    /// closed, "Forschungsinstitut").
    func isDefiniteInstitute(_ i: Int) -> Bool {
        guard i > 0, sameSentence(i - 1, i), let tail = tail(i), let head = head(i),
            ["institut", "instituts", "institutes"].contains(tail), head.first?.isUppercase == true,
            !head.contains("-")
        else { return false }
        return ["das", "des", "dem", "vom", "beim", "am", "im"].contains(tokens[i - 1].lower)
    }

    /// The first of one or two free capitalised adjectives right before token `i`, away from the
    /// start of the sentence ("Internationale", "Hamburger", "Staatlichen Tierärztlichen"); nil if
    /// none.
    func adjectivesStart(before i: Int) -> Int? {
        var start = i
        while start > 0, i - start < 2, sameSentence(start - 1, i), isFree(start - 1), isCapitalisedAdjective(start - 1) {
            start -= 1
        }
        return start < i ? start : nil
    }

    /// A capitalised German adjective away from the start of its sentence: "-isch", "-lich", "-al"
    /// with an inflection ("Europäische", "Internationalen", "Deutschen") or a place with "-er"
    /// ("Hamburger", "Wiener").
    func isCapitalisedAdjective(_ j: Int) -> Bool {
        let token = tokens[j]
        guard token.isCapitalized, !token.isAllCaps, !token.flags.contains(.hyphenated), !isSentenceInitial(j) else {
            return false
        }
        if j > 0, tokens[j - 1].isQuote || tokens[j - 1].text == ":" { return false }
        let lower = token.lower
        for inflection in ["e", "en", "er", "es"] where lower.hasSuffix(inflection) {
            let stem = lower.dropLast(inflection.count)
            if stem.count >= 4, stem.hasSuffix("isch") || stem.hasSuffix("lich") || stem.hasSuffix("al") || stem.hasSuffix("sch") {
                return true
            }
        }
        if lower.hasSuffix("er"), token.text.unicodeScalars.count >= 5, isPlace(String(token.text.dropLast(2))) { return true }
        return false
    }

    /// Whether "(ACRONYM)" follows token `i`, starting with the token's first letter
    /// ("Wettbewerbsbehörde (BWB)" no; "Bundeswettbewerbsbehörde (BWB)", "Verein (VKI)" yes).
    func hasAcronymAfter(_ i: Int) -> Bool {
        guard i + 3 < tokens.count, sameSentence(i, i + 3), tokens[i + 1].text == "(", tokens[i + 3].text == ")" else {
            return false
        }
        let acronym = tokens[i + 2]
        guard acronym.isWord, !acronym.isNumber, acronym.isCapitalized || acronym.isAllCaps else { return false }
        var capitals = 0
        var letters = 0
        for scalar in acronym.text.unicodeScalars {
            letters += 1
            if ScalarClass.isUpper(scalar) { capitals += 1 }
        }
        guard letters >= 2, letters <= 6, capitals >= 2 || acronym.isAllCaps else { return false }
        return acronym.lower.unicodeScalars.first == tokens[i].lower.unicodeScalars.first
    }

    /// "Oberverwaltungsgericht Greifswald": a one-word institution name at span `index` grows over
    /// the next word when that is a known place (a one-word place span) or a capitalised word that
    /// no list knows, not followed by a further capitalised word.
    mutating func extendOverPlaceName(_ index: Int) {
        let next = spans[index].end
        guard next < tokens.count, sameSentence(spans[index].start, next), tokens[next].isCapitalized,
            !tokens[next].isAllCaps, !tokens[next].flags.contains(.hyphenated), !tokens[next].flags.contains(.attached)
        else { return }
        if owner[next] >= 0 {
            let place = owner[next]
            guard spans[place].kind == .place, spans[place].start == next, spans[place].end == next + 1 else { return }
            spans[place].strength = -1
            owner[next] = -1
        } else {
            let word = tokens[next].text
            if isOrdinary(word, lower: tokens[next].lower) || isRoleOrCue(tokens[next].lower) || isGermanCompound(token: next)
                || EntityLexicons.firstNames.contains(word) || EntityLexicons.frequentGerman.contains(word)
            {
                return
            }
            if next + 1 < tokens.count, sameSentence(next, next + 1), isNameShaped(next + 1) { return }
        }
        spans[index].end = next + 1
        spans[index].nameEnd = tokens[next].range.end
        owner[next] = index
    }
}

extension EntityScanner {
    /// "Cuban American National Foundation (CANF)", "Verband der Kornmühlen (VdK)": capitalised
    /// words right before an acronym in brackets whose initials spell the acronym (function words
    /// such as "of", "der", "für" may stand between them) are one organisation, when one of them
    /// names an institution or a company ("Foundation", "Verband", "Bank"); "Künstliche
    /// Intelligenz (KI)" is no name.
    mutating func findNamesBeforeAcronyms() {
        let n = tokens.count
        for open in 2..<max(2, n - 2) where tokens[open].isPunctuation && tokens[open].text == "(" && tokens[open + 2].text == ")" {
            let acronym = tokens[open + 1]
            guard acronym.isWord, !acronym.isNumber, isFree(open + 1), sameSentence(open - 1, open + 2), !isShouting(open)
            else { continue }
            let capitals = Array(acronym.text.unicodeScalars.filter { ScalarClass.isUpper($0) })
            guard capitals.count >= 2, capitals.count <= 6 else { continue }
            let last = open - 1
            guard isFree(last), isNameShaped(last), !tokens[last].isAllCaps else { continue }
            // Walk back over one word per capital of the acronym, from its last capital.
            var k = capitals.count - 1
            var j = last
            var start = -1
            while j >= 0, sameSentence(j, last), isFree(j) {
                let token = tokens[j]
                if isNameShaped(j), let first = token.text.unicodeScalars.first, ScalarClass.isUpper(first),
                    token.lower.unicodeScalars.first == Character(capitals[k]).lowercased().unicodeScalars.first
                {
                    if k == 0 {
                        start = j
                        break
                    }
                    k -= 1
                } else if !(j < last && Self.acronymFillers.contains(token.lower)) {
                    break
                }
                j -= 1
            }
            guard start >= 0, last - start >= 1, (start...last).contains(where: { isInstitutionHead($0) }),
                let index = add(span(start, last + 1, kind: .organization, strength: 2))
            else { continue }
            // The acronym is a name of the same organisation.
            var mention = span(open + 1, open + 2, kind: .organization, strength: 2)
            mention.key = groupKey(spans[index])
            spans[index].key = mention.key
            add(mention)
        }
    }

    /// Function words inside names that an acronym skips.
    static let acronymFillers: Set<String> = ["of", "for", "and", "the", "der", "des", "für", "und", "von", "de", "du", "la"]

    /// Whether word `i` ends the name of an institution or company: a company word, an
    /// organisation head, a head of non-person names ("Foundation") or a German institution word.
    func isInstitutionHead(_ i: Int) -> Bool {
        let lower = tokens[i].lower
        return EntityLexicons.companyWords.contains(lower) || EntityLexicons.organizationHeads.matches(lower)
            || EntityLexicons.nonPersonHeads.contains(lower) || EntityLexicons.institutionWords.matches(lower)
            || EntityLexicons.organizationWords.matches(lower)
    }
}
