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
                || gazetteer.lowercaseFirstTokens.contains(tokens[i].text)
            else {
                i += 1
                continue
            }
            let sentenceEnd = document.sentences[tokens[i].sentence].tokenRange.upperBound
            if let (entry, length, viaHead) = gazetteer.match(
                at: i, count: sentenceEnd, text: { tokens[$0].text }, head: { head($0) })
            {
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

    /// Names ending in a legal form: "Ohio Mattress Co", "Alibaba Group Holding Ltd",
    /// "Sedio N.V.", "Foo GmbH & Co KG". A gazetteer name right before the form is extended.
    mutating func findLegalForms() {
        var i = 1
        let n = tokens.count
        while i < n {
            guard isLegalForm(i), !isShouting(i) else {
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
            // "Unicorp Canada Corp": a place right before a legal form is part of the name.
            releasePlace(endingAt: i)
            // A span right before: extend it.
            if owner[i - 1] >= 0 {
                let index = owner[i - 1]
                if spans[index].kind != .place && spans[index].kind != .person && spans[index].end == i
                    && (i..<end).allSatisfy({ owner[$0] < 0 })
                {
                    spans[index].end = end
                    spans[index].nameEnd = tokens[end - 1].range.end
                    if spans[index].kind == .organization && spans[index].canonical == nil { spans[index].kind = .company }
                    for t in i..<end { owner[t] = index }
                }
                i = end
                continue
            }
            let start = nameStart(before: i)
            if start < i {
                add(span(start, end, kind: .company, strength: 3))
            }
            i = end
        }
    }

    /// Frees the tokens of a one-word place span that ends right before token `end` and follows
    /// a free capitalised word or starts a longer name, so that a company or organisation name can
    /// take it ("Unicorp Canada Corp", "the US Agriculture Department"). The span is dropped later.
    mutating func releasePlace(endingAt end: Int) {
        guard end > 0, owner[end - 1] >= 0, spans[owner[end - 1]].kind == .place, !german else { return }
        let index = owner[end - 1]
        guard spans[index].end == end, spans[index].end - spans[index].start == 1 else { return }
        spans[index].strength = -1
        for t in spans[index].start..<spans[index].end { owner[t] = -1 }
    }

    /// Capitalised phrases ending in a company word ("Chris Craft Industries", "Acme Bank"):
    /// companies, when at least one word stands before the company word.
    mutating func findCompanyWordNames() {
        for i in 1..<max(1, tokens.count) where isFree(i) && tokens[i].isCapitalized && !isShouting(i) {
            guard EntityLexicons.companyWords.contains(tokens[i].lower), isFree(i - 1), isNameShaped(i - 1) else { continue }
            let start = nameStart(before: i, connectors: false)
            guard start < i, (start..<i).allSatisfy({ isFree($0) }) else { continue }
            if german && (start..<i).allSatisfy({ EntityLexicons.commonGerman.contains(tokens[$0].text) }) { continue }
            // English capitalises names only: ordinary words capitalised mid-sentence before a
            // company word are a name ("Aggregate Industries"), not at the start of a sentence.
            // "the Central Bank", "Reserve Bank of …": generic or cut short.
            if !german && (start..<i).allSatisfy({ isOrdinary(tokens[$0].text, lower: tokens[$0].lower) })
                && (isSentenceInitial(start) || (start..<i).contains { EntityLexicons.isStopword(tokens[$0].lower)
                    || EntityLexicons.demonyms.contains(tokens[$0].text) || TextLexicons.months.contains(tokens[$0].lower) }
                    || (start > 0 && tokens[start - 1].lower == "the")
                    || (i + 1 < tokens.count && tokens[i + 1].lower == "of"))
            {
                continue
            }
            add(span(start, i + 1, kind: .company, strength: 2))
        }
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

    /// Whether token `i` is a legal form as written in names ("AG", "Inc", "N.V.", "plc").
    func isLegalForm(_ i: Int) -> Bool {
        let token = tokens[i]
        guard token.isWord, token.isCapitalized || token.lower == "plc" else { return false }
        if EntityLexicons.legalForms.contains(token.lower) { return true }
        // "HandelsgmbH", "VertriebsgmbH": a German compound ending in the legal form.
        if token.text.hasSuffix("gmbH") || token.text.hasSuffix("GmbH"), token.text.utf8.count >= 7 { return true }
        guard token.lower.utf8.contains(0x2E) else { return false }
        let lower = String(token.lower.filter { $0 != "." })
        guard EntityLexicons.legalForms.contains(lower) else { return false }
        // "Group" and "Holding" need a following legal form or a name before them.
        return true
    }

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
                if EntityLexicons.isStopword(lower) || isRoleOrCue(lower) { break }
                if start < end && isOrdinaryName(j) { break }
                if german && isPlace(token.text) && start < end { break }
                if let owner = owner[j] >= 0 ? owner[j] : nil, spans[owner].kind == .person { break }
                start = j
                j -= 1
                continue
            }
            if (token.text == "&" || token.lower == "of" || token.lower == "and" || token.lower == "und"), start == j + 1,
                start < end, connectors,
                j > first, isNameShaped(j - 1)
            {
                j -= 1
                continue
            }
            break
        }
        return start
    }

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

    /// Names in Reuters' angle brackets: "<Sedio N.V.>"; a bare ticker ("<OMT>") is left alone.
    mutating func findBracketedNames() {
        let n = tokens.count
        var i = 0
        while i < n {
            guard tokens[i].text == "<" else { i += 1; continue }
            var j = i + 1
            while j < n, j - i <= 8, tokens[j].text != ">", sameSentence(i, j) { j += 1 }
            guard j < n, tokens[j].text == ">", j > i + 1 else { i += 1; continue }
            let isTicker =
                j - i <= 3
                && (i + 1..<j).allSatisfy {
                    tokens[$0].isAllCaps && tokens[$0].text.unicodeScalars.count <= 5 && !isLegalForm($0)
                }
            if !isTicker && (i + 1..<j).allSatisfy({ owner[$0] < 0 }) {
                add(span(i + 1, j, kind: .company, strength: 3))
            }
            i = j + 1
        }
    }

    /// Names after a context cue: "der Konzern X", "Internet-Marktplatz X", "carmaker X",
    /// "shares of X", "die Zeitung X".
    mutating func findCuedNames() {
        let n = tokens.count
        for i in 0..<n where tokens[i].isWord && isFree(i) && !isShouting(i) {
            guard i > 0, isNameShaped(i) || tokens[i].isAllCaps || tokens[i].isNumber else { continue }
            if tokens[i].isNumber && !(i + 1 < n && isNameShaped(i + 1)) { continue }
            let kind: EntityKind
            if cueBefore(i, list: EntityLexicons.companyCues) {
                kind = .company
            } else if cueBefore(i, list: EntityLexicons.organizationCues) {
                kind = .organization
            } else {
                continue
            }
            guard let end = nameRun(from: i) else { continue }
            add(span(i, end, kind: kind, strength: 2))
        }
    }

    /// Whether the one or two tokens before `i` are a cue of the list.
    func cueBefore(_ i: Int, list: WordList) -> Bool {
        guard i > 0, sameSentence(i - 1, i), tokens[i - 1].isWord else { return false }
        if list.matches(tokens[i - 1].lower) { return true }
        if list.maxWords > 1, i > 1, list.phraseEnds.contains(tokens[i - 1].lower), sameSentence(i - 2, i),
            tokens[i - 2].isWord
        {
            return list.words.contains(tokens[i - 2].lower + " " + tokens[i - 1].lower)
        }
        return false
    }

    /// The end of a company name starting at `i`: a name-shaped word that is not ordinary (or a
    /// short number followed by a capitalised word: "3 Sterne"), then further capitalised words
    /// that are not ordinary. Nil when no name starts there.
    func nameRun(from i: Int) -> Int? {
        let n = tokens.count
        var end = i
        if tokens[i].isNumber {
            guard tokens[i].text.unicodeScalars.count <= 3, i + 1 < n, sameSentence(i, i + 1), isNameShaped(i + 1),
                isFree(i + 1), !EntityLexicons.isStopword(tokens[i + 1].lower),
                !(german && (EntityLexicons.hasGermanNounEnding(tokens[i + 1].lower)
                    || EntityLexicons.frequentGerman.contains(tokens[i + 1].text)))
            else { return nil }
            end = i + 2
        } else {
            guard isNameShaped(i) || (tokens[i].isAllCaps && tokens[i].hasDigit == false) else { return nil }
            let word = tokens[i].text
            let lower = tokens[i].lower
            if tokens[i].flags.contains(.hyphenated) { return nil }
            if EntityLexicons.isStopword(lower) || isRoleOrCue(lower) || isPlace(word) { return nil }
            if !tokens[i].flags.contains(.innerCapital) && !tokens[i].isAllCaps && isOrdinary(word, lower: lower) {
                return nil
            }
            if EntityLexicons.firstNames.contains(word), i + 1 < n, isNameShaped(i + 1) { return nil }
            end = i + 1
        }
        while end < n, end - i < 4, sameSentence(i, end), isFree(end), isNameShaped(end) {
            let word = tokens[end].text
            let lower = tokens[end].lower
            if tokens[end].flags.contains(.hyphenated) || EntityLexicons.isStopword(lower) || isRoleOrCue(lower) { break }
            if isOrdinary(word, lower: lower) && !tokens[end].flags.contains(.innerCapital) { break }
            end += 1
        }
        return end
    }

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
            let start = nameStart(before: i)
            guard start < i else { continue }
            if !german && (start..<i).allSatisfy({
                tokens[$0].text.unicodeScalars.count < 2 || isOrdinary(tokens[$0].text, lower: tokens[$0].lower)
            }) {
                continue
            }
            if start == i - 1 {
                let word = tokens[start].text
                if word.unicodeScalars.count < 2 { continue }
                if isOrdinary(word, lower: tokens[start].lower) || isPlace(word) { continue }
                if EntityLexicons.firstNames.contains(word) { continue }
            }
            if (start..<i).contains(where: { !isFree($0) }) { continue }
            add(span(start, i, kind: .company, strength: 2))
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
            if head.contains("-") {
                // "Ex-Flughafen-Chef": judge the last part of the head.
                let last = String(head[head.index(after: head.lastIndex(of: "-")!)...])
                if last.first?.isUppercase == true, !last.allSatisfy({ $0.isUppercase || $0.isNumber }),
                    isOrdinary(last, lower: last.lowercased()) || isPlace(last) || (german && isGermanCompound(last))
                {
                    continue
                }
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
            // "Ex-Xarvo-Chefin": the former role's prefix is not part of the name.
            if head.hasPrefix("Ex-") || head.hasPrefix("ex-") { found.nameStart += 3 }
            add(found)
        }
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
            guard isCamelCase(t), !t.hasSuffix("In"), !t.hasSuffix("Innen") else { continue }  // "MitarbeiterInnen" 
            if token.lower.utf8.last == 0x73, EntityLexicons.legalForms.contains(String(token.lower.dropLast())) { continue }
            add(span(i, i + 1, kind: .company, strength: 1))
        }
    }
}
