import NewsModel

extension EntityScanner {
    /// Known names from the gazetteer, longest match first; the last token may be a compound
    /// ("Siemens-Chef").
    mutating func findGazetteerNames() {
        let gazetteer = EntityLexicons.gazetteer
        var i = 0
        let n = tokens.count
        while i < n {
            guard tokens[i].isWord, isFree(i), isNameShaped(i) || tokens[i].isAllCaps || tokens[i].hasDigit
                || gazetteer.mayBeLowercaseFirstToken(tokens[i].text, scalarCount: tokens[i].range.end - tokens[i].range.start)
                    && gazetteer.lowercaseFirstTokens.contains(tokens[i].text)
            else {
                i += 1
                continue
            }
            let sentenceEnd = document.sentences[tokens[i].sentence].tokenRange.upperBound
            if let (entry, length, viaHead) = gazetteer.match(at: i, count: sentenceEnd, tokens: tokens) {
                // "Trump Shuttle Inc", "Ivan Boesky and Co": a known person's name opening a longer name.
                if entry.kind == .person, !viaHead, length == 1 && opensLongerName(i + length) || opensPartnershipName(i + length) {
                    i += 1
                    continue
                }
                // "Carl C. Icahn", "Donald J. Trump": the known person's given name (and an initial)
                // before the surname belong to the name.
                if length == 1, !viaHead, entry.kind == .person, let start = knownGivenNameStart(before: i, of: entry) {
                    var person = span(start, i + 1, kind: .person, strength: 3)
                    person.canonical = entry.canonical
                    add(person)
                    i += 1
                    continue
                }
                // "Michael Dell", "Jana Berlin", "Roy E. Disney": a given name (and an initial) right
                // before a one-word known name makes a person; the person rule takes the whole name.
                if length == 1, !viaHead, followsGivenName(i) || followsGivenNameAndInitial(i) {
                    i += 1
                    continue
                }
                // "Union Bank of Canada": a known "Bank of <place>" after a word that opens another
                // bank's name is part of that name (``findEnglishPlaceInstitutions()``).
                if isKnownBankInLongerName(i, length) {
                    releaseOneWordKnownName(endingAt: i)
                    i += 1
                    continue
                }
                // "Kestrel Telekom AG": a known name with its legal form after an unknown name word is part of
                // another company's name (the legal-form rule reads it whole).
                if entry.kind == .company, isUnknownNameWordBefore(i), isLegalForm(i + length - 1) || i + length < n && isLegalForm(i + length) {
                    i += 1
                    continue
                }
                // "Die Zeit der Arbeitslosigkeit": a known name that starts with an article, at the
                // start of a sentence and followed by a determiner or preposition, is ordinary text.
                if isArticlePhrase(i, length) {
                    i += 1
                    continue
                }
                var span =
                    viaHead
                    ? headSpan(i, i + length, kind: entry.kind, strength: 3)
                    : span(i, i + length, kind: entry.kind, strength: 3)
                span.canonical = entry.canonical
                add(span)
                i += length
            } else {
                i += 1
            }
        }
    }

    /// Whether the word before token `i` is a free capitalised name word of no known kind: no function word, ordinary
    /// word, place, demonym or given name ("Kestrel" of "Kestrel Telekom AG"; not "Die", "Austrian", "Wien").
    func isUnknownNameWordBefore(_ i: Int) -> Bool {
        let j = i - 1
        guard j >= 0, sameSentence(j, i), isFree(j), isNameShaped(j), !tokens[j].isAllCaps, !tokens[j].flags.contains(.hyphenated) else { return false }
        let word = tokens[j].text
        return !isOrdinary(word, lower: tokens[j].lower) && !isPlace(word) && !EntityLexicons.demonyms.contains(word)
            && !EntityLexicons.firstNames.contains(word) && !isLegalForm(j)
    }

    /// Whether the match `i..<i+length` starts with an article at the start of its sentence and is
    /// followed by a determiner or preposition ("Die Zeit der …", "Die Welt von …").
    func isArticlePhrase(_ i: Int, _ length: Int) -> Bool {
        guard length >= 2, isSentenceInitial(i), EntityLexicons.determiners.contains(tokens[i].lower)
            || tokens[i].lower == "the"
        else { return false }
        let next = i + length
        guard next < tokens.count, sameSentence(i, next) else { return false }
        let lower = tokens[next].lower
        return EntityLexicons.determiners.contains(lower) || Self.prepositions.contains(lower)
    }

    /// Prepositions that continue an ordinary noun phrase ("Die Zeit von …", "The Times of …").
    static let prepositions: Set<String> = ["von", "für", "zu", "bis", "ohne", "nach", "of", "for", "to"]

    /// Whether token `i` follows a free given name in its sentence that is not an ordinary word or
    /// a place ("Michael" before "Dell"), and is not followed by a legal form or company word.
    func followsGivenName(_ i: Int) -> Bool {
        guard i > 0, sameSentence(i - 1, i), isFree(i - 1), !isShouting(i) else { return false }
        let previous = tokens[i - 1]
        guard previous.isCapitalized, !previous.isAllCaps, !previous.flags.contains(.hyphenated),
            EntityLexicons.firstNames.contains(previous.text), !EntityLexicons.isStopword(previous.lower),
            !isPlace(previous.text), german || !EntityLexicons.commonEnglish.contains(previous.lower)
        else { return false }
        if i + 1 < tokens.count, sameSentence(i, i + 1),
            isLegalForm(i + 1) || EntityLexicons.companyWords.contains(tokens[i + 1].lower)
        {
            return false
        }
        return true
    }

    /// Names ending in a legal form: "Ohio Mattress Co", "Alibaba Group Holding Ltd",
    /// "Sedio N.V.", "Foo GmbH & Co KG". A gazetteer name right before the form is extended.
    mutating func findLegalForms() {
        // Where legal forms stand depends on the tokens alone: found in a non-mutating pass (a call
        // from this mutating loop per token would copy the scanner each time).
        let forms = legalFormTokens()
        var next = 0
        var i = 1
        let n = tokens.count
        while i < n {
            while next < forms.count && forms[next] < i { next += 1 }
            guard next < forms.count else { break }
            i = forms[next]
            guard !isShouting(i) else {
                i += 1
                continue
            }
            // Extend forward over further legal forms ("Group Holding Ltd", "& Co KG").
            var end = i + 1
            while end < n, sameSentence(end, i) {
                if isLegalForm(end) { end += 1; continue }
                if tokens[end].text == "&", end + 1 < n, isLegalForm(end + 1) { end += 2; continue }
                break
            }
            end = americaSuffixEnd(end)
            // "Allen and Co": the joiner belongs to the legal form.
            let form = legalFormStart(i)
            // "Unicorp Canada Corp": a place right before a legal form is part of the name.
            releasePlace(endingAt: form)
            // A span right before: extend it.
            if owner[form - 1] >= 0 {
                let index = owner[form - 1]
                if spans[index].kind != .place && spans[index].kind != .person && spans[index].end == form
                    && (form..<end).allSatisfy({ owner[$0] < 0 })
                {
                    // "Deutsche Quorvel AG": a national unit, not the known company itself.
                    if let national = nationalUnitStart(before: spans[index].start) {
                        spans[index].start = national
                        spans[index].nameStart = tokens[national].range.start
                        spans[index].canonical = nil
                        owner[national] = index
                    }
                    spans[index].end = end
                    spans[index].nameEnd = tokens[end - 1].range.end
                    if spans[index].kind == .organization && spans[index].canonical == nil { spans[index].kind = .company }
                    for t in form..<end { owner[t] = index }
                }
                i = end
                continue
            }
            // "Alan Kerr of Gruntal and Co": before "and Co" only partners' names, joined by commas.
            var start = form < i ? commaPartnersStart(nameStart(before: form, connectors: false)) : leadingFirstStart(dashJoinedStart(nameStart(before: form)), form: form)
            // "Velmara Equity (Pacific) Ltd": a bracketed region inside the name.
            if form == i, let bracketed = bracketedRegionStart(form: form) { start = bracketed }
            // "Lynx and Otter Management Co": a name already found before "and" stays apart.
            if let k = (start..<form).last(where: { EntityLexicons.connectors.contains(tokens[$0].lower) || tokens[$0].text == "&" }),
                (start..<k).contains(where: { !isFree($0) }) && !joinsCompanyWordAndNoun(k, form: form),
                !arePlacesJoinedByAnd(start, k, form: form)
            {
                start = k + 1
            } else if form == i, let split = secondAndSplit(start, form: form) {
                // "Mirren and Coste and Brixel Industries Inc": the partners' name, then the company.
                add(span(start, split, kind: .company, strength: 2))
                start = split + 1
            } else if form == i {
                start = commaListedPartnersStart(start, form: form)
            }
            // "Shell Canada Ltd": a known company, a country and the legal form name the company's national unit.
            if start < form, let known = knownCompanyBeforePlaces(start, form) {
                spans[known].end = end
                spans[known].nameEnd = tokens[end - 1].range.end
                spans[known].canonical = nil
                for t in start..<end { owner[t] = known }
                i = end
                continue
            }
            // "Alder Supply Co of Kestria Inc": a company name ending in a legal form right before
            // "of" goes on to this legal form.
            if let earlier = companyBeforeOf(start), start < form {
                absorbSpans(start, i)
                spans[earlier].end = end
                spans[earlier].nameEnd = tokens[end - 1].range.end
                for t in spans[earlier].start..<end { owner[t] = earlier }
            } else if start < form {
                absorbSpans(start, i)
                add(span(start, end, kind: .company, strength: 3))
            }
            i = end
        }
    }

    /// "Shell Canada Ltd", "Nestle Canada Inc": the index of a known company's span (a gazetteer name) that ends right
    /// before token `start` when the words `start..<form` are all places; nil otherwise.
    func knownCompanyBeforePlaces(_ start: Int, _ form: Int) -> Int? {
        guard start >= 1, owner[start - 1] >= 0, sameSentence(start - 1, form), form - start <= 2 else { return nil }
        let index = owner[start - 1]
        guard spans[index].end == start, spans[index].kind == .company, spans[index].canonical != nil,
            (start..<form).allSatisfy({ isPlace(tokens[$0].text) && isFree($0) })
        else { return nil }
        return index
    }

    /// "Alder Supply Co of Kestria Inc": the index of the company span that ends in a legal form
    /// right before an "of" standing right before token `start` (English only), or nil. The words
    /// after "of" are then part of that name, not a company of their own.
    func companyBeforeOf(_ start: Int) -> Int? {
        guard !german, start >= 2, tokens[start - 1].lower == "of", sameSentence(start - 2, start), owner[start - 1] < 0,
            owner[start - 2] >= 0, isLegalForm(start - 2)
        else { return nil }
        let index = owner[start - 2]
        guard spans[index].kind == .company, spans[index].end == start - 1, spans[index].start < start - 2 else { return nil }
        return index
    }

    /// "Hewlett - Packard Co": a name whose parts the text spaces around a dash. When a lone dash
    /// stands right before `start` and a single free capitalised word (not a legal form, not
    /// starting the sentence) before it, the name starts at that word.
    func dashJoinedStart(_ start: Int) -> Int {
        guard start >= 2, sameSentence(start - 2, start) else { return start }
        let dash = tokens[start - 1].text
        guard dash == "-" || dash == "\u{2013}" || dash == "\u{2014}", !tokens[start - 1].flags.contains(.attached),
            !tokens[start].flags.contains(.attached)
        else {
            return start
        }
        let word = start - 2
        guard isFree(word), isNameShaped(word), !tokens[word].flags.contains(.hyphenated), !isLegalForm(word),
            !isSentenceInitial(word), !EntityLexicons.isStopword(tokens[word].lower), !isRoleOrCue(tokens[word].lower),
            !isPlace(tokens[word].text), word == 0 || !isNameShaped(word - 1) || !sameSentence(word - 1, word)
        else { return start }
        return word
    }

    /// "Pan Quarvel Banks Inc", "Zentrix Automation Inc" with "Zentrix" a known name: spans lying
    /// wholly inside the words before a legal form (`start..<end`) give way to the longer name;
    /// they are dropped later. People and spans reaching outside stay. The longer name is an
    /// entity of its own (often a unit of the known company).
    mutating func absorbSpans(_ start: Int, _ end: Int) {
        var inside: [Int] = []
        for t in start..<end where owner[t] >= 0 && !inside.contains(owner[t]) {
            let index = owner[t]
            guard spans[index].start >= start, spans[index].end <= end, spans[index].kind != .person,
                spans[index].kind != .place || !german
            else { return }
            inside.append(index)
        }
        for index in inside {
            spans[index].strength = -1
            for t in spans[index].start..<spans[index].end { owner[t] = -1 }
        }
    }

    /// Frees the tokens of a one-word place span that ends right before token `end` and follows
    /// a free capitalised word or starts a longer name, so that a company or organisation name can
    /// take it ("Unicorp Canada Corp", "the US Agriculture Department"). The span is dropped later.
    mutating func releasePlace(endingAt end: Int) {
        guard end > 0, owner[end - 1] >= 0, spans[owner[end - 1]].kind == .place, !german else { return }
        let index = owner[end - 1]
        guard spans[index].end == end, spans[index].end - spans[index].start == 1 || placeJoinsName(spans[index].start, end) else { return }
        spans[index].strength = -1
        for t in spans[index].start..<spans[index].end { owner[t] = -1 }
    }

    /// Capitalised phrases ending in a company word ("Chris Craft Industries", "Acme Bank"):
    /// companies, when at least one word stands before the company word.
    mutating func findCompanyWordNames() {
        for i in 1..<max(1, tokens.count) where isFree(i) && tokens[i].isCapitalized && !isShouting(i) {
            guard EntityLexicons.companyWords.contains(tokens[i].lower), isNameShaped(i - 1) else { continue }
            if !isFree(i - 1) {
                extendKnownName(over: i)
                continue
            }
            // "Savings and Loan Association": "and" or "&" may join company words in English.
            let start = nameStart(before: i, connectors: !german && isCompanyWordPair(before: i))
            guard start < i, (start..<i).allSatisfy({ isFree($0) }) else { continue }
            if german && (start..<i).allSatisfy({ EntityLexicons.commonGerman.contains(tokens[$0].text) }) { continue }
            // English capitalises names only: ordinary words capitalised mid-sentence before a
            // company word are a name ("Aggregate Industries"), not at the start of a sentence.
            // "the Central Bank", "Reserve Bank of …": generic or cut short. Three name words or
            // more with company words joined by "and" are a name wherever they stand ("the First
            // Federal Savings and Loan Association").
            let words = (start..<i).filter { !EntityLexicons.connectors.contains(tokens[$0].lower) }
            let long = words.count >= 3 || (words.count >= 2 && words.count < i - start)
            if !german && !long && words.allSatisfy({ isOrdinary(tokens[$0].text, lower: tokens[$0].lower) })
                && (isSentenceInitial(start) || words.contains { EntityLexicons.isStopword(tokens[$0].lower)
                    // "Ryder's American Jet Industries": a demonym may open a name of two words or more.
                    || (EntityLexicons.demonyms.contains(tokens[$0].text) && ($0 != start || words.count < 2))
                    || TextLexicons.months.contains(tokens[$0].lower) }
                    || (start > 0 && tokens[start - 1].lower == "the")
                    || (i + 1 < tokens.count && tokens[i + 1].lower == "of"))
            {
                continue
            }
            var first = start
            // "Brabble Federal Savings and Loan Association said": a long name may start the sentence;
            // so may a name that would otherwise begin with a company word ("Harbor Savings Association").
            // "Circuit City Stores, the retailer": so may a word the article writes before the same name word elsewhere.
            if !german && first > 0 && isSentenceInitial(first - 1) && isFree(first - 1) && isNameShaped(first - 1)
                && !EntityLexicons.isStopword(tokens[first - 1].lower) && !isRoleOrCue(tokens[first - 1].lower)
                && !tokens[first - 1].isAllCaps && sameSentence(first - 1, first) && !Self.isWeekday(tokens[first - 1].lower)
                && (long || EntityLexicons.companyWords.contains(tokens[first].lower) || isNameWordRepeatedInside(first - 1))
            {
                first -= 1
            }
            // "Quarvel Bank of Brisbane": a place after "of" ends the name.
            add(span(first, placeSuffixEnd(companyWordsEnd(after: i)), kind: .company, strength: 2))
        }
    }

    /// The end of a run of company words starting at company word `i` ("Federal Savings Bank",
    /// "Savings and Loan Association" in English).
    func companyWordsEnd(after i: Int) -> Int {
        var end = i + 1
        let n = tokens.count
        while end < n, sameSentence(i, end), isFree(end) {
            if continuesCompanyWords(end) {
                end += 1
                continue
            }
            // "… Savings and Loan Association": "and" and one more word before a company word.
            if !german, tokens[end].lower == "and" || tokens[end].text == "&", end + 2 < n, sameSentence(i, end + 2),
                isNameShaped(end + 1), isFree(end + 1), isFree(end + 2),
                EntityLexicons.companyWords.contains(tokens[end + 1].lower)
                    || (tokens[end + 2].isCapitalized && EntityLexicons.companyWords.contains(tokens[end + 2].lower)
                        // "National Bank and Colonial Bank": the same company word again ends a second name.
                        && tokens[end + 2].lower != tokens[end - 1].lower)
            {
                end += EntityLexicons.companyWords.contains(tokens[end + 1].lower) ? 2 : 3
                continue
            }
            break
        }
        return end
    }

    /// Whether the words before company word `i` hold "X and Y" or "X & Y" with X or Y a company
    /// word ("Savings and Loan Association", "Power & Light"), X not the same word as `i` ("National Bank and
    /// Colonial Bank" are two names).
    func isCompanyWordPair(before i: Int) -> Bool {
        var j = i - 1
        let first = max(0, i - 5)
        while j > first {
            if sameSentence(j, i), tokens[j].lower == "and" || tokens[j].text == "&" {
                // "National Bank and Colonial Bank": the same company word on both sides ends two names.
                if tokens[j - 1].lower == tokens[i].lower { return false }
                return EntityLexicons.companyWords.contains(tokens[j - 1].lower)
                    || EntityLexicons.companyWords.contains(tokens[j + 1].lower)
            }
            if !isNameShaped(j) { return false }
            j -= 1
        }
        return false
    }

    /// "Zentrix Financial", "Quarvel Energy": a known company name followed by a capitalised
    /// company word (token `i`) in the middle of a sentence is a different, longer name (often a
    /// unit of the known company): the known name's span grows over it and loses its canonical name.
    mutating func extendKnownName(over i: Int) {
        let index = owner[i - 1]
        guard spans[index].end == i, spans[index].kind == .company, spans[index].canonical != nil,
            !spans[index].derived, !isSentenceInitial(i),
            !german || !EntityLexicons.commonGerman.contains(tokens[i].text)
        else { return }
        var end = i + 1
        while end < tokens.count, sameSentence(i, end), isFree(end), continuesCompanyWords(end) {
            end += 1
        }
        spans[index].end = end
        spans[index].nameEnd = tokens[end - 1].range.end
        spans[index].canonical = nil
        for t in i..<end { owner[t] = index }
    }

    /// Whether a word is written in camel case: a capital, two or more lower-case letters, a
    /// capital, a lower-case letter ("PayPal", "YouTube"; not "StGG", "VfSlg").
    func isCamelCase(_ word: String) -> Bool {
        var state = 0  // 0 start, 1 first capital, 2 one lower, 3 two lowers, 4 inner capital
        for scalar in word.unicodeScalars {
            let upper = ScalarClass.isUpper(scalar)
            let lower = ScalarClass.isLower(scalar)
            switch state {
            case 0: if upper { state = 1 } else { return false }
            case 1: if lower { state = 2 } else { return false }
            case 2: if lower { state = 3 } else { return false }
            case 3: if upper { state = 4 } else if !lower { return false }
            default: if lower { return true } else if !upper { return false }
            }
        }
        return false
    }

    /// German legal forms written with a lower-case first letter, as written.
    static let lowerCaseLegalForms: Set<String> = ["e.V.", "gGmbH", "mbH", "eG", "e.G.", "e.U.", "gAG"]

    /// The tokens from index 1 on that are legal forms (``isLegalForm(_:)``), in order.
    func legalFormTokens() -> [Int] {
        var found: [Int] = []
        for i in 1..<max(1, tokens.count) where isLegalForm(i) { found.append(i) }
        return found
    }

    /// Whether token `i` is a legal form as written in names ("AG", "Inc", "N.V.", "plc").
    @inline(__always) func isLegalForm(_ i: Int) -> Bool {
        // Before copying the token: most calls are for punctuation or lower-case words.
        guard tokens[i].isWord else { return false }
        // "plc" has three scalars, and a token's lower case is never shorter than the token.
        if !tokens[i].isCapitalized,
            !((tokens[i].range.end - tokens[i].range.start <= 3 && tokens[i].lower == "plc")
                || (german && Self.lowerCaseLegalForms.contains(tokens[i].text)))
        {
            return false
        }
        // The fields are read in place: `let token = tokens[i]` would copy both strings per word.
        guard tokens[i].isWord,
            tokens[i].isCapitalized || tokens[i].lower == "plc" || (german && Self.lowerCaseLegalForms.contains(tokens[i].text))
        else { return false }
        if !tokens[i].isCapitalized && tokens[i].lower != "plc" { return true }
        if EntityLexicons.legalForms.contains(tokens[i].lower) { return true }
        // "Nordkran AS" (Norwegian, Danish): only in capitals after a word that is not in capitals ("As" is a
        // word, "… SAYS AS" a headline).
        if tokens[i].text == "AS" { return i > 0 && tokens[i - 1].isWord && !tokens[i - 1].isAllCaps }
        // "HandelsgmbH", "VertriebsgmbH": a German compound ending in the legal form.
        if tokens[i].text.utf8.count >= 7, tokens[i].text.utf8.last == UInt8(ascii: "H"),
            tokens[i].text.hasSuffix("gmbH") || tokens[i].text.hasSuffix("GmbH")
        {
            return true
        }
        // A dot in the lower case is a dot in the token's scalars (read without the string).
        let range = tokens[i].range
        guard document.scalars[range.start..<range.end].contains(".") else { return false }
        let lower = String(tokens[i].lower.filter { $0 != "." })
        // "Northeast Savings F.A.": US savings institutions' forms, legal forms only with their dots
        // ("the FA" is a football association).
        return EntityLexicons.legalForms.contains(lower) || Self.dottedOnlyLegalForms.contains(lower)
    }

    /// Legal forms read only when written with dots: "F.A." (federal association), "F.S.B." (federal
    /// savings bank).
    static let dottedOnlyLegalForms: Set<String> = ["fa", "fsb"]

    /// The first token of the name that ends right before token `end` (exclusive): capitalised
    /// words, short numbers and connectors ("of", "&", "und") between them; it stops at function
    /// words, cue words and, past the first word, at German common nouns.
    func nameStart(before end: Int, connectors: Bool = true) -> Int {
        var start = end
        var j = end - 1
        let first = document.sentences[tokens[end].sentence].tokenRange.lowerBound
        while j >= first, end - j <= 6 {
            let token = tokens[j]
            if token.isNumber {
                if j + 1 < end, start == j + 1, token.text.unicodeScalars.count <= 3 { start = j; j -= 1; continue }
                break
            }
            if isNameShaped(j) || token.isAllCaps {
                let lower = token.lower
                // "Bermuda-based", "U.S.-owned": a compound ending in a lower-case word.
                if token.flags.contains(.hyphenated), let last = lower.split(separator: "-").last,
                    tokens[j].text.hasSuffix(String(last))
                {
                    break
                }
                if (isStopwordHere(lower) || isRoleOrCue(lower)) && !isInnerNameWord(j, end: end, first: first) && !isInnerCapitalName(j)
                    && !isHeadBeforeOf(j, start: start)
                {
                    break
                }
                // "die Netztochter Quentel Netz GmbH": a German "-tochter" compound describes the name.
                if german && Self.isDaughterCompound(lower) { break }
                // "Monday Marvane Income Fund Inc said", "Am Montag Veltrona AG": a weekday is a time.
                // A month may open a name ("June Quarvel Stores").
                if Self.isWeekday(lower) { break }
                // "Österreichische Talbanken AG": German capitalises adjectives inside names only.
                if start < end && isOrdinaryName(j) && !(german && isNameAdjective(j)) && !isEnglishNameOpening(j) { break }
                if german && isPlace(token.text) && start < end { break }
                if let owner = owner[j] >= 0 ? owner[j] : nil, spans[owner].kind == .person { break }
                start = j
                j -= 1
                continue
            }
            // "Brenna's Markets Inc", "Tip 'N Top Stores Inc".
            // The word before the joiner belongs to the name even if it is ordinary ("Tip 'N Top").
            if let previous = nameJoinBefore(j, start: start, end: end, first: first) {
                start = previous
                j = previous - 1
                continue
            }
            // "Lights to Go Inc": "to" between a name word and one ordinary word before a legal form.
            if !german, token.lower == "to", start == j + 1, start + 1 == end, end < tokens.count, isLegalForm(end), j > first,
                isNameShaped(j - 1), !tokens[j - 1].isAllCaps, !isLegalForm(j - 1), !isSentenceInitial(j - 1),
                EntityLexicons.commonEnglish.contains(tokens[start].lower)
            {
                j -= 1
                continue
            }
            // "Audio/Visual Partners Inc".
            if start == j + 1, start < end, connectors, isSlashJoin(j, first: first) {
                j -= 1
                continue
            }
            if (token.text == "&" || token.lower == "of" || token.lower == "and" || token.lower == "und"), start == j + 1,
                start < end, connectors,
                j > first, isNameShaped(j - 1),
                token.lower != "of" || (!Self.unitNouns.contains(tokens[j - 1].lower) && !isPersonBeforeOf(j))
            {
                j -= 1
                continue
            }
            break
        }
        return start
    }

    /// Whether a lower-case German word is a compound of "Tochter" ("netztochter", "vertriebstöchter"):
    /// a subsidiary described, not part of its name.
    static func isDaughterCompound(_ lower: String) -> Bool {
        lower.utf8.count > 9 && (lower.hasSuffix("tochter") || lower.hasSuffix("töchter"))
    }

    /// A capitalised German adjective away from the start of its sentence ("Österreichische",
    /// "Deutschen", "Bayerischer"): only names capitalise adjectives.
    func isNameAdjective(_ i: Int) -> Bool {
        guard tokens[i].isCapitalized, !tokens[i].isAllCaps, !isSentenceInitial(i) else { return false }
        if i > 0, tokens[i - 1].isQuote || tokens[i - 1].text == ":" { return false }
        let lower = tokens[i].lower
        for ending in Self.adjectiveEndings where lower.hasSuffix(ending) && lower.utf8.count > ending.utf8.count + 2 {
            return true
        }
        return false
    }

    /// Endings of German adjectives of origin and kind ("-ische", "-liche", "Deutsche" and their
    /// inflections). Not a bare "-sche(n)": nouns end so too ("Menschen", "Flaschen", "Fischer").
    static let adjectiveEndings = [
        "ische", "ischen", "ischer", "isches", "liche", "lichen", "licher", "liches", "tsche", "tschen", "tscher", "tsches",
    ]

    /// An ordinary word that would not be part of a longer company name: German common nouns in
    /// German text; in English, only a sentence-initial ordinary word ("Yesterday").
    func isOrdinaryName(_ i: Int) -> Bool {
        let token = tokens[i]
        if german {
            return !token.isAllCaps
                && (EntityLexicons.commonGerman.contains(token.text) || EntityLexicons.frequentGerman.contains(token.text)
                    || (token.text.utf8.count >= 12 && isGermanCompound(token: i)))
        }
        return isSentenceInitial(i) && EntityLexicons.commonEnglish.contains(token.lower)
    }

    /// Whether German token `i` is a long compound that ends in an ordinary noun of six or more
    /// letters ("Synergieeffekte", "Fremdfirmen", "Umsatzerlöse"), written without an inner
    /// capital: a common noun, not a name. Names ending in short nouns stay ("Tarvelstein").
    func isLongOrdinaryCompound(_ i: Int) -> Bool {
        guard german, tokens[i].text.utf8.count >= 10, !tokens[i].flags.contains(.innerCapital), !tokens[i].isAllCaps
        else { return false }
        return isGermanCompound(lower: tokens[i].lower, minimumTail: 6)
    }

    /// Names in Reuters' angle brackets: "<Sedio N.V.>"; a bare ticker ("<OMT>") is left alone.
    mutating func findBracketedNames() {
        let n = tokens.count
        var i = 0
        while i < n {
            guard tokens[i].isPunctuation, tokens[i].text == "<" else { i += 1; continue }
            var j = i + 1
            while j < n, j - i <= 8, tokens[j].text != ">", sameSentence(i, j) { j += 1 }
            guard j < n, tokens[j].text == ">", j > i + 1 else { i += 1; continue }
            if isTicker(i + 1, j) {
                findNameBeforeTicker(i)
            } else if (i + 1..<j).allSatisfy({ owner[$0] < 0 }) || freeBracketContent(i + 1, j) {
                add(span(i + 1, j, kind: .company, strength: 3))
            }
            i = j + 1
        }
    }

    /// Whether tokens `start..<end` (inside angle brackets) are a stock ticker: "OMT", "TSO.N",
    /// "BRK.A": upper-case words of up to five letters, joined by dots, nine letters at most.
    func isTicker(_ start: Int, _ end: Int) -> Bool {
        guard end - start <= 5 else { return false }
        var letters = 0
        var words = 0
        for t in start..<end {
            let token = tokens[t]
            let count = token.text.unicodeScalars.count
            if token.isWord && token.isAllCaps && !token.isNumber {
                guard count <= 5, !isLegalForm(t) else { return false }
                words += 1
            } else if token.text != "." && token.text != "&" && !token.isNumber {
                return false
            }
            letters += count
        }
        return words > 0 && letters <= 9
    }

    /// "Ardent Federal Savings Bank <ARFD.O>": capitalised words right before a ticker in angle
    /// brackets (token `bracket` is "<") are a company name, unless they are one ordinary word,
    /// place or given name.
    mutating func findNameBeforeTicker(_ bracket: Int) {
        guard bracket > 0, sameSentence(bracket - 1, bracket), isFree(bracket - 1), !isShouting(bracket) else { return }
        // A company word right before the bracket ends the name ("… Savings Bank <ARFD.O>").
        let last = bracket - 1
        var start =
            EntityLexicons.companyWords.contains(tokens[last].lower) && tokens[last].isCapitalized
            ? nameStart(before: last) : nameStart(before: bracket)
        // "Compagnie Zorbale Des Vents <CZDV.PA>": a particle inside the name.
        while start >= 2, start < bracket, sameSentence(start - 2, start), Self.innerParticles.contains(tokens[start - 1].lower),
            isNameShaped(start - 2), isFree(start - 2), isFree(start - 1)
        {
            let earlier = nameStart(before: start - 1)
            guard earlier < start - 1 else { break }
            start = earlier
        }
        guard start < bracket, (start..<bracket).allSatisfy({ isFree($0) }) else { return }
        if start == bracket - 1 {
            let word = tokens[start].text
            if isOrdinary(word, lower: tokens[start].lower) || isPlace(word) || EntityLexicons.firstNames.contains(word) {
                return
            }
        }
        if (start..<bracket).allSatisfy({ EntityLexicons.isStopword(tokens[$0].lower) || isRoleOrCue(tokens[$0].lower) }) {
            return
        }
        add(span(start, bracket, kind: .company, strength: 2))
    }

    /// Names after a context cue: "der Konzern X", "Internet-Marktplatz X", "carmaker X",
    /// "shares of X", "die Zeitung X".
    mutating func findCuedNames() {
        // The cues depend on the tokens alone: found first, in a non-mutating pass (a call from
        // this mutating loop per token would copy the scanner each time).
        for (i, kind) in cuedNameStarts() where isFree(i) {
            // "analyst at Dorian Keller", "shares of Morton Quill": after a cue phrase ending in
            // "at", "of" or "in", a given name starts a company's name, not a person's.
            let phrase = !german && ["at", "of", "in"].contains(tokens[i - 1].lower)
            guard let end = nameRun(from: i, allowGivenName: phrase) ?? englishOrdinaryWordsName(from: i) else { continue }
            add(span(i, end, kind: kind, strength: 2))
        }
    }

    /// The free tokens right after a company or organisation cue that can start a name
    /// (``findCuedNames()``), in order, with the kind the cue gives.
    func cuedNameStarts() -> [(start: Int, kind: EntityKind)] {
        let n = tokens.count
        var found: [(start: Int, kind: EntityKind)] = []
        for i in 0..<n where tokens[i].isWord && isFree(i) && !isShouting(i) {
            guard i > 0, isNameShaped(i) || tokens[i].isAllCaps || tokens[i].isNumber else { continue }
            if tokens[i].isNumber && !(i + 1 < n && isNameShaped(i + 1)) { continue }
            if cueBefore(i, list: EntityLexicons.companyCues) {
                found.append((i, .company))
            } else if cueBefore(i, list: EntityLexicons.organizationCues) {
                found.append((i, .organization))
            }
        }
        return found
    }

    /// A name of one capital letter, a hyphen and a capitalised word that is no ordinary German
    /// word unless a company word ("T-Kryon", "Q-Systems"; not "E-Mail", "S-Bahn").
    func isLetterPrefixedName(_ word: String) -> Bool {
        let scalars = Array(word.unicodeScalars)
        guard scalars.count >= 5, ScalarClass.isUpper(scalars[0]), scalars[1] == "-", ScalarClass.isUpper(scalars[2]),
            !scalars[3...].contains("-")
        else { return false }
        let rest = String(String.UnicodeScalarView(scalars[2...]))
        let lower = rest.lowercased()
        if EntityLexicons.companyWords.contains(lower) { return true }
        return !EntityLexicons.commonGerman.contains(rest) && !EntityLexicons.frequentGerman.contains(rest)
            && !EntityLexicons.companyCompounds.contains(lower) && !EntityLexicons.roles.matches(lower)
    }

    /// Whether the one or two tokens before `i` are a cue of the list.
    @inline(__always) func cueBefore(_ i: Int, list: WordList) -> Bool {
        guard i > 0, sameSentence(i - 1, i), tokens[i - 1].isWord else { return false }
        if list.matches(tokens[i - 1].lower) { return true }
        if list.maxWords > 1, i > 1, list.phraseEnds.contains(tokens[i - 1].lower), sameSentence(i - 2, i),
            tokens[i - 2].isWord
        {
            return list.words.contains(tokens[i - 2].lower + " " + tokens[i - 1].lower)
        }
        return false
    }

    /// Words that make a number before them a quantity, not a name ("die Holding 30 Prozent", "der
    /// Konzern 2 Milliarden Euro"): percents, scales, currencies and spans of time.
    static let quantityWords: WordSet = [
        "prozent", "percent", "pct", "prozentpunkte", "millionen", "million", "milliarden", "milliarde", "mio", "mrd",
        "euro", "dollar", "franken", "pfund", "yen", "jahre", "jahren", "monate", "monaten", "wochen", "tage", "tagen",
        "stunden", "years", "months", "weeks", "days", "hours",
    ]

    /// The end of a company name starting at `i`: a name-shaped word that is not ordinary (or a
    /// short number followed by a capitalised word: "3 Sterne"), then further capitalised words
    /// that are not ordinary. Nil when no name starts there.
    func nameRun(from i: Int, allowGivenName: Bool = false) -> Int? {
        let n = tokens.count
        var end = i
        if tokens[i].isNumber {
            guard tokens[i].text.unicodeScalars.count <= 3, i + 1 < n, sameSentence(i, i + 1), isNameShaped(i + 1),
                isFree(i + 1), !EntityLexicons.isStopword(tokens[i + 1].lower), !Self.quantityWords.contains(tokens[i + 1].lower),
                !(german && (EntityLexicons.hasGermanNounEnding(tokens[i + 1].lower)
                    || EntityLexicons.frequentGerman.contains(tokens[i + 1].text)))
            else { return nil }
            end = i + 2
        } else {
            guard isNameShaped(i) || (tokens[i].isAllCaps && tokens[i].hasDigit == false) else { return nil }
            let word = tokens[i].text
            let lower = tokens[i].lower
            if tokens[i].flags.contains(.hyphenated) && !isLetterPrefixedName(word) { return nil }
            // "der Konzern Mittwochabend mitteilte": a weekday compound is a time.
            if german, Self.germanWeekdays.contains(where: { lower.hasPrefix($0) }) { return nil }
            if EntityLexicons.isStopword(lower) || isRoleOrCue(lower) || isPlace(word) { return nil }
            if !tokens[i].flags.contains(.innerCapital) && !tokens[i].isAllCaps && isOrdinary(word, lower: lower) {
                return nil
            }
            // "verspricht sich der Konzern Synergieeffekte": a long compound of an ordinary noun
            // after the cue is the verb's object, not the company's name.
            if isLongOrdinaryCompound(i) { return nil }
            if !allowGivenName, EntityLexicons.firstNames.contains(word), i + 1 < n, isNameShaped(i + 1) { return nil }
            end = i + 1
        }
        while end < n, end - i < 4, sameSentence(i, end), isFree(end), isNameShaped(end) {
            let word = tokens[end].text
            let lower = tokens[end].lower
            if tokens[end].flags.contains(.hyphenated) || EntityLexicons.isStopword(lower) || isRoleOrCue(lower) { break }
            // "shares of Berrow Series B stock": a share class ends the name.
            if isShareClass(at: end) { break }
            // English capitalises ordinary words inside names only: "shares of Brennick
            // Automation rose" (not months, days or nationalities).
            // German text keeps English words inside names ("die Firma Tarvel Solutions").
            if isOrdinary(word, lower: lower) && !tokens[end].flags.contains(.innerCapital)
                && (german
                    ? (EntityLexicons.commonGerman.contains(word) || EntityLexicons.frequentGerman.contains(word)
                        || TextLexicons.months.contains(lower) || EntityLexicons.demonyms.contains(word) || isPlace(word))
                    : (tokens[end].isAllCaps || TextLexicons.months.contains(lower) || Self.weekdays.contains(lower)
                        || EntityLexicons.demonyms.contains(word) || isPlace(word)))
            {
                break
            }
            end += 1
        }
        return end
    }

    /// Particles inside company names before a ticker ("Compagnie Zorbale Des Vents").
    static let innerParticles: Set<String> = ["des", "de", "du", "la", "le", "of", "der", "van", "von", "di", "del", "y", "et"]

    /// German weekdays, lower case: they start time compounds ("Mittwochabend").
    static let germanWeekdays = ["montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag"]

    /// English weekdays, lower case: capitalised, but never part of a company name.
    static let weekdays: Set<String> = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

    /// Whether a lower-case word is a weekday of either language ("monday", "montag", "montags").
    @inline(__always) static func isWeekday(_ lower: String) -> Bool {
        let count = lower.utf8.count
        guard count >= 6, count <= 10 else { return false }
        return weekdays.contains(lower) || germanWeekdayWords.contains(lower)
    }

    /// German weekdays and their adverbs, lower case ("montag", "montags").
    static let germanWeekdayWords: Set<String> = Set(germanWeekdays + germanWeekdays.map { $0 + "s" } + ["sonnabend", "sonnabends"])

    /// Names before a cue: "X said it", "X shares", "X's unit" (English).
    mutating func findNamesBeforeCues() {
        let list = EntityLexicons.companyAfterCues
        let n = tokens.count
        var i = 1
        while i < n {
            defer { i += 1 }
            guard tokens[i].isWord || tokens[i].flags.contains(.possessive), !isShouting(i), isFree(i - 1),
                isNameShaped(i - 1), sameSentence(i - 1, i)
            else { continue }
            var phrase = tokens[i].lower
            guard list.starts.contains(phrase) else { continue }
            var matched = list.words.contains(phrase)
            var k = i + 1
            while !matched, k < n, k - i < list.maxWords, sameSentence(i, k) {
                phrase += " " + tokens[k].lower
                matched = list.words.contains(phrase)
                k += 1
            }
            guard matched else { continue }
            // "Zentrix B shares": the share class is not part of the name.
            let end = endBeforeShareClass(i)
            let start = nameStart(before: end)
            guard start < end else { continue }
            if !german && (start..<end).allSatisfy({
                tokens[$0].text.unicodeScalars.count < 2 || isOrdinary(tokens[$0].text, lower: tokens[$0].lower)
            }) {
                continue
            }
            if start == end - 1 {
                let word = tokens[start].text
                if word.unicodeScalars.count < 2 { continue }
                if isOrdinary(word, lower: tokens[start].lower) || isPlace(word) || isLongOrdinaryCompound(start) { continue }
                if EntityLexicons.firstNames.contains(word) { continue }
            }
            if (start..<end).contains(where: { !isFree($0) }) { continue }
            add(span(start, end, kind: .company, strength: 2))
        }
    }

    /// Compounds whose first part is a company: "X-Tochter", "X-Gründer", "X-Sprecherin",
    /// "3 Sterne-Sprecherin" (with a number before, when that longer name is known).
    mutating func findCompoundHeads() {
        let n = tokens.count
        for i in 0..<n where isFree(i) && tokens[i].flags.contains(.hyphenated) && !isShouting(i) {
            guard let tail = tail(i), let head = head(i) else { continue }
            guard EntityLexicons.companyCompounds.contains(tail) || EntityLexicons.roles.matches(tail) else { continue }
            guard let first = head.unicodeScalars.first, ScalarClass.isUpper(first) || head.hasPrefix("e") else { continue }
            // "Bank-Nordland-Mutter": the two-word company writes its name with a space.
            var spacedName: String?
            if head.contains("-") {
                let twoWordCompany = isTwoWordCompanyHead(head, tail: tail)
                // "Ex-Flughafen-Chef": judge the last part of the head.
                let last = String(head[head.index(after: head.lastIndex(of: "-")!)...])
                if last.first?.isUppercase == true, !last.allSatisfy({ $0.isUppercase || $0.isNumber }),
                    isOrdinary(last, lower: last.lowercased()) || isPlace(last) || (german && isGermanCompound(last)),
                    !twoWordCompany
                {
                    continue
                }
                if twoWordCompany { spacedName = String(head.map { $0 == "-" ? " " : $0 }) }
            } else {
                let lower = head.lowercased()
                if isPlace(head) || EntityLexicons.firstNames.contains(head) || isRoleOrCue(lower) { continue }
                let ordinary = isOrdinary(head, lower: lower) || (german && isGermanCompound(head))
                if ordinary, let number = numberBefore(i), isFree(number) {
                    var guess = headSpan(number, i + 1, kind: .company, strength: 1)
                    guess.needsConfirmation = true
                    add(guess)
                    continue
                }
                if ordinary { continue }
            }
            var found = headSpan(i, i + 1, kind: .company, strength: 2)
            if let spacedName { found.canonical = spacedName }
            // "Ex-Xarvo-Chefin": the former role's prefix is not part of the name.
            if head.hasPrefix("Ex-") || head.hasPrefix("ex-") { found.nameStart += 3 }
            add(found)
        }
    }

    /// "Velmar-Motors-Tochter", "Bank-Nordland-Mutter": a two-part head before a company compound
    /// word where one part is a company word ("Motors", "Bank") and the other a capitalised
    /// word that is no function word, demonym or month: the head is a two-word company name.
    func isTwoWordCompanyHead(_ head: String, tail: String) -> Bool {
        guard EntityLexicons.companyCompounds.contains(tail) else { return false }
        let parts = head.split(separator: "-").map(String.init)
        guard parts.count == 2, parts.allSatisfy({ $0.unicodeScalars.count >= 2 && $0.first?.isUppercase == true }),
            parts[0] != "Ex"
        else { return false }
        let lowers = parts.map { $0.lowercased() }
        guard let company = lowers.firstIndex(where: { EntityLexicons.companyWords.contains($0) }) else { return false }
        let other = parts[1 - company], lower = lowers[1 - company]
        if EntityLexicons.companyWords.contains(lower) || EntityLexicons.companyCompounds.contains(lower) { return false }
        if EntityLexicons.isStopword(lower) || EntityLexicons.demonyms.contains(other) || TextLexicons.months.contains(lower) {
            return false
        }
        return !(german && isGermanCompound(lower: lower))
    }

    /// Words with an inner capital that are not people's names: "PayPal", "YouTube".
    mutating func findCamelCaseNames() {
        for i in 0..<tokens.count where isFree(i) && tokens[i].flags.contains(.innerCapital) && !isShouting(i) {
            let token = tokens[i]
            guard token.isCapitalized, !token.flags.contains(.hyphenated), token.text.unicodeScalars.count >= 4 else {
                continue
            }
            let t = token.text
            if t.hasPrefix("Mc") || t.hasPrefix("Mac") || t.hasPrefix("De") || t.hasPrefix("Di") || t.hasPrefix("La")
                || t.hasPrefix("Le") || t.hasPrefix("Van")
            {
                continue
            }
            if i > 0, EntityLexicons.firstNames.contains(tokens[i - 1].text) { continue }
            // "@VelmarTech": a user handle, not a name as the text writes it.
            if i > 0, tokens[i - 1].text == "@", tokens[i - 1].range.end == token.range.start { continue }
            guard isCamelCase(t), !t.hasSuffix("In"), !t.hasSuffix("Innen") else { continue }  // "MitarbeiterInnen" 
            if token.lower.utf8.last == 0x73, EntityLexicons.legalForms.contains(String(token.lower.dropLast())) { continue }
            add(span(i, i + 1, kind: .company, strength: 1))
        }
    }
}
