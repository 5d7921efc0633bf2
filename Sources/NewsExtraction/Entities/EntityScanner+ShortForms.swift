import NewsModel

extension EntityScanner {
    /// Short forms of the article's longer names, found once the spans have group keys:
    /// tickers in angle brackets after a name ("Tessaro Holdings Corp <TSO.N>"), leading words
    /// of a longer name ("Brennick Automation" or "Brennick" for "Brennick Automation Inc") and
    /// acronyms of its capitalised words ("QME" for "Quarvel Mercantile Exchange"). Each becomes
    /// a name of the longer name's group in `byKey`; spans found on their own under such a short
    /// form join that group. `nameKeys` holds the ``NameKey`` of the spans' names as far as known
    /// (see ``spanNameKeys(from:)``). Returns the name keys that were added as short forms.
    /// `ordinaryLeads` receives the keys of leading words offered only because company words follow
    /// them in the name ("Circuit City" of "Circuit City Stores Inc").
    @discardableResult
    mutating func linkShortForms(_ byKey: inout [String: String], nameKeys: [String], ordinaryLeads: inout Set<String>) -> [String] {
        var shortForms: [String: String] = [:]  // name key -> group key; "" when ambiguous
        func offer(_ key: String, _ group: String) {
            guard !key.isEmpty else { return }
            if let existing = shortForms[key] {
                if existing != group { shortForms[key] = "" }
            } else {
                shortForms[key] = group
            }
        }
        linkTickers(offer)
        // The other short forms depend on the spans found so far alone: offered from a non-mutating
        // function (a call per span or word from this mutating function would copy the scanner).
        let (groupRests, companyWordLeads) = offerShortForms(offer)
        ordinaryLeads = companyWordLeads
        guard !shortForms.isEmpty else { return [] }
        var added: [String] = []  // few: an array is cheaper than a set
        for (key, group) in shortForms where !group.isEmpty {
            // A name the article also uses in full for something else stays with that, and so do
            // groups of well-known names and groups with a full legal name ("Wickes Plc").
            if let existing = byKey[key], existing != group, !groupRests.contains(key),
                existing != "org:" + key || isKnownName(existing) || isLegallyNamed(existing)
            {
                continue
            }
            if byKey[key] == nil { added.append(key) }
            byKey[key] = group
        }
        // Spans found on their own under a short form ("Brennick said", "The QME said") join
        // the longer name's group, unless they are well-known names of their own.
        let keys = spans.count > nameKeys.count ? nameKeys + spanNameKeys(from: nameKeys.count) : nameKeys
        for index in spans.indices where spans[index].kind != .person && spans[index].kind != .place {
            var key = keys[index]
            guard spans[index].canonical == nil || groupRests.contains(key) else { continue }
            // "First Kestrel said": the sentence's first word, left out as an ordinary word, is
            // part of the short form.
            let start = spans[index].start
            if shortForms[key] == nil, start > 0, isFree(start - 1), isSentenceInitial(start - 1), isNameShaped(start - 1),
                sameSentence(start - 1, start), !spans[index].derived,
                let group = shortForms[NameKey.of(tokens[start - 1].lower) + key], !group.isEmpty
            {
                key = NameKey.of(tokens[start - 1].lower) + key
                spans[index].start = start - 1
                spans[index].nameStart = tokens[start - 1].range.start
                owner[start - 1] = index
            }
            guard let group = shortForms[key], !group.isEmpty, group != spans[index].key, byKey[key] == group else { continue }
            // "the Far Reach" is a phrase, not "Far Reach Holdings Ltd".
            if companyWordLeads.contains(key), isOrdinaryPhraseAfterThe(spans[index].start, spans[index].end) { continue }
            spans[index].key = group
        }
        return added
    }

    /// Offers the short forms of the spans found so far to `offer` (name key, group key): acronyms
    /// in brackets, the words after a group word, dashed heads, founders' surnames, leading words
    /// and acronyms of names. Returns the name keys of the words after group words, and those of
    /// leading words offered only because company words follow them.
    func offerShortForms(_ offer: (String, String) -> Void) -> (groupRests: Set<String>, companyWordLeads: Set<String>) {
        var groupRests = Set<String>()
        var companyWordLeads = Set<String>()
        let n = tokens.count
        // Spans are read in place in the first two loops: `for span in spans` copies every span.
        for index in spans.indices where spans[index].end - spans[index].start == 1 && spans[index].start > 0 && spans[index].end < n {
            // "(FHLBB)": an acronym given in brackets after the name.
            let start = spans[index].start
            if tokens[start - 1].text == "(", tokens[start + 1].text == ")", tokens[start].isAllCaps {
                offer(NameKey.of(tokens[start].lower), spans[index].key)
            }
        }
        // "Grupo Velarca" … "Velarca": the words after a group word stand for the name, even
        // when they are a well-known name of their own.
        for index in spans.indices
        where spans[index].end - spans[index].start >= 2 && Self.groupPrefixes.contains(tokens[spans[index].start].text) {
            let rest = ((spans[index].start + 1)..<spans[index].end).map { NameKey.of(tokens[$0].lower) }.joined()
            offer(rest, spans[index].key)
            groupRests.insert(rest)
        }
        for span in spans where span.kind != .person && span.kind != .place && !span.derived {
            let count = span.end - span.start
            // "Arlow-Bexley Corp" … "Arlow": the first part of a dashed name.
            if let head = dashedNameHead(span.start) { offer(NameKey.of(head.lowercased()), span.key) }
            if let surname = founderSurname(of: span) { offer(NameKey.of(surname), span.key) }
            guard count >= 2 else { continue }
            // Leading words: "Brennick Automation", "Brennick".
            var key = ""
            // Whether a word of `span.start..<checked` is distinctive, checked lazily up to the first one.
            var checked = span.start
            var distinctive = false
            for t in span.start..<(span.end - 1) {
                key += NameKey.of(tokens[t].lower)
                let last = tokens[t]
                if !last.isWord || EntityLexicons.isStopword(last.lower) || EntityLexicons.connectors.contains(last.lower) {
                    continue
                }
                // "Industrial Equity (Pacific) Ltd" … "Industrial Equity": two or more words before a
                // bracketed part of the name stand for it, ordinary or not.
                if t > span.start, tokens[t + 1].text == "(" {
                    offer(key, span.key)
                    continue
                }
                // "Circuit City Stores Inc" … "Circuit City": two or more words that only company words and
                // legal forms follow in the name.
                if t > span.start, !german, isFollowedOnlyByCompanyWords(t + 1, end: span.end) {
                    offer(key, span.key)
                    companyWordLeads.insert(key)
                    continue
                }
                if t == span.start {
                    distinctive = isDistinctiveWord(t)
                    checked = t + 1
                    if !distinctive && !isDashedName(t) { continue }
                }
                // "West Virginia" of "West Virginia Public Roads Board": several words need
                // a distinctive one or a company word at the end ("Harbor Savings").
                if t > span.start && !EntityLexicons.companyWords.contains(last.lower) {
                    while !distinctive && checked <= t {
                        distinctive = isDistinctiveWord(checked)
                        checked += 1
                    }
                    if !distinctive { continue }
                }
                offer(key, span.key)
            }
            for acronym in acronyms(of: span) { offer(acronym, span.key) }
            // "Oberlandesgericht Düsseldorf" … "das Oberlandesgericht".
            if span.kind == .organization, count == 2, german, isPlace(tokens[span.start + 1].text) {
                offer(NameKey.of(tokens[span.start].lower), span.key)
            }
        }
        return (groupRests, companyWordLeads)
    }

    /// Whether tokens `from..<end` (at least one) are all company words ("Stores", "Holdings") or legal forms,
    /// with one company word among them.
    func isFollowedOnlyByCompanyWords(_ from: Int, end: Int) -> Bool {
        guard from < end else { return false }
        var companyWord = false
        for k in from..<end {
            if EntityLexicons.companyWords.contains(tokens[k].lower) {
                companyWord = true
            } else if !isLegalForm(k) && tokens[k].text != "." {
                return false
            }
        }
        return companyWord
    }

    /// "the Far East", "the European Monetary System": in English, two or more ordinary words (or
    /// demonyms, places) after "the". Such a phrase is no mention of a company whose company-word short
    /// form it equals ("Far East" of "Far East Holdings Ltd"); those go without the article ("Circuit
    /// City said").
    func isOrdinaryPhraseAfterThe(_ start: Int, _ end: Int) -> Bool {
        guard !german, end - start >= 2, start > 0, tokens[start - 1].lower == "the" else { return false }
        for k in start..<end {
            let token = tokens[k]
            guard EntityLexicons.commonEnglish.contains(token.lower) || EntityLexicons.demonyms.contains(token.text)
                || isPlace(token.text)
            else { return false }
        }
        return true
    }

    /// Whether a group has a well-known (gazetteer) name: its own names stay its own.
    func isKnownName(_ group: String) -> Bool {
        spans.contains { $0.canonical != nil && $0.key == group }
    }

    /// Whether a group has a full legal name ("Wickes Plc"): a short form of another name never takes it.
    func isLegallyNamed(_ group: String) -> Bool {
        spans.contains {
            $0.kind != .person && $0.kind != .place && !$0.derived && $0.end - $0.start >= 2 && $0.key == group
                && isLegalForm($0.end - 1)
        }
    }

    /// A first word that can stand for its whole name: not an ordinary word, place, given name,
    /// role or cue, with at least three letters or in capitals.
    func isDistinctiveWord(_ i: Int) -> Bool {
        let token = tokens[i]
        guard token.isWord, !token.isNumber, token.isCapitalized || token.flags.contains(.innerCapital) else { return false }
        let word = token.text
        if word.unicodeScalars.count < 3 && !token.isAllCaps { return false }
        if token.flags.contains(.hyphenated) { return false }
        if isOrdinary(word, lower: token.lower) || isPlace(word) || isRoleOrCue(token.lower) { return false }
        if EntityLexicons.firstNames.contains(word) || EntityLexicons.companyWords.contains(token.lower) { return false }
        if german && (EntityLexicons.frequentGerman.contains(word) || isGermanCompound(token: i)) { return false }
        return true
    }

    /// The acronyms of a name of two or more capitalised words: their initials ("QME" of
    /// "Quarvel Mercantile Exchange"), with and without the legal form ("QRL" of "Quilbane
    /// Resources Ltd"); connectors such as "of", "and", "&" are skipped. Name keys of at least
    /// three letters that are no stopword.
    func acronyms(of span: EntitySpan) -> [String] {
        // One initial per word and at least three for a usable acronym: fewer tokens give none.
        guard span.end - span.start >= 3 else { return [] }
        var initials = ""
        var withoutForm = ""
        var words = 0
        for t in span.start..<span.end {
            let token = tokens[t]
            if EntityLexicons.connectors.contains(token.lower) || EntityLexicons.isStopword(token.lower) || token.text == "&" {
                continue
            }
            guard token.isWord, token.isCapitalized, !token.isAllCaps || token.text.unicodeScalars.count == 1,
                let first = token.lower.unicodeScalars.first
            else { return [] }
            initials.unicodeScalars.append(first)
            if !isLegalForm(t) { withoutForm.unicodeScalars.append(first) }
            words += 1
        }
        guard words >= 2 else { return [] }
        // Two letters, or initials that spell a word ("it" of "Irvale Trust", "es", "das"), would
        // make every sentence-initial "It" or "Es" a mention; those short forms count only when the
        // article gives them in brackets.
        func isUsable(_ acronym: String) -> Bool {
            acronym.unicodeScalars.count >= 3 && !EntityLexicons.isStopword(acronym)
        }
        var result: [String] = []
        if isUsable(withoutForm) { result.append(NameKey.of(withoutForm)) }
        if initials != withoutForm, isUsable(initials) { result.append(NameKey.of(initials)) }
        return result
    }

    /// "Tessaro Holdings Corp <TSO.N>": a ticker in angle brackets right after a name becomes a
    /// mention of that name; `offer` receives the ticker's name key and the group.
    mutating func linkTickers(_ offer: (String, String) -> Void) {
        let n = tokens.count
        var i = 1
        while i < n {
            guard tokens[i].isPunctuation, tokens[i].text == "<" else { i += 1; continue }
            // "Varnex Ltd's <VRNX.S>": the ticker may follow a possessive.
            let before = i >= 2 && tokens[i - 1].flags.contains(.possessive) ? i - 2 : i - 1
            guard owner[before] >= 0 else { i += 1; continue }
            var j = i + 1
            while j < n, j - i <= 6, tokens[j].text != ">", sameSentence(i, j) { j += 1 }
            guard j < n, tokens[j].text == ">", j > i + 1, isTicker(i + 1, j), (i + 1..<j).allSatisfy({ isFree($0) }) else {
                i += 1
                continue
            }
            let named = spans[owner[before]]
            guard named.end == before + 1, named.kind != .person, named.kind != .place else { i = j + 1; continue }
            var mention = span(i + 1, j, kind: named.kind, strength: 2)
            mention.key = named.key
            mention.derived = true
            add(mention)
            offer(NameKey.of(name(of: mention)), named.key)
            i = j + 1
        }
    }
}
