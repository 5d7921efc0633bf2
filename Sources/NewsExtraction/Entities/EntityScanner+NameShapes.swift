import NewsModel

/// Company names of shapes the other rules cut short or miss: initials before a name
/// ("K. Tamoro & Co"), a hyphenated legal form ("Quendra Versicherungs-AG") and web names
/// ("drivo.ai").
extension EntityScanner {
    /// "K. Tamoro & Co", "J. R. Lindmark Ltd": initials (a capital letter and a dot) right before a
    /// company name belong to it. Runs after the rules that find names by their ends (legal forms,
    /// "&", company words), which stop at the dot.
    mutating func extendCompaniesOverInitials() {
        for index in spans.indices where spans[index].kind == .company && spans[index].strength > 0 {
            var start = spans[index].start
            while start >= 2, isInitial(start - 2), sameSentence(start - 2, start) { start -= 2 }
            guard start < spans[index].start else { continue }
            for t in start..<spans[index].start { owner[t] = index }
            spans[index].start = start
            spans[index].nameStart = tokens[start].range.start
        }
    }

    /// Whether tokens `i`, `i + 1` are a free initial: one capital letter and an attached dot.
    func isInitial(_ i: Int) -> Bool {
        i + 1 < tokens.count && isFree(i) && isFree(i + 1) && tokens[i].isCapitalized
            && tokens[i].range.end - tokens[i].range.start == 1 && tokens[i + 1].text == "."
            && tokens[i + 1].flags.contains(.attached)
    }

    /// "die Quendra Versicherungs-AG", "Brasko Handels-GmbH": a German compound ending in a legal form
    /// after a hyphen ends a company name; the name words before it belong to the name. Alone
    /// ("die Versicherungs-AG") it is an ordinary noun.
    mutating func findHyphenatedLegalForms() {
        guard german else { return }
        let n = tokens.count
        for i in 1..<max(1, n) where tokens[i].flags.contains(.hyphenated) && endsInHyphenatedLegalForm(i) {
            guard isFree(i), tokens[i].isCapitalized, !isShouting(i), let tail = tail(i), Self.hyphenatedLegalForms.contains(tail)
            else { continue }
            let start = nameStart(before: i)
            guard start < i, (start..<i).allSatisfy({ isFree($0) }),
                (start..<i).contains(where: { !EntityLexicons.commonGerman.contains(tokens[$0].text) })
            else { continue }
            add(span(start, i + 1, kind: .company, strength: 3))
        }
    }

    /// Whether a hyphen stands three or five scalars before the token's end ("-AG", "-GmbH"): read
    /// on the scalars, so that other compounds cost no string.
    @inline(__always) func endsInHyphenatedLegalForm(_ i: Int) -> Bool {
        let range = tokens[i].range
        let length = range.end - range.start
        return (length >= 5 && document.scalars[range.end - 3] == "-")
            || (length >= 7 && document.scalars[range.end - 5] == "-")
    }

    /// Legal forms written after a hyphen at the end of a German compound ("Versicherungs-AG").
    static let hyphenatedLegalForms: Set<String> = ["ag", "gmbh", "kg", "se", "kgaa"]

    /// "das Start-up drivo.ai", "die Leitung von brenlo.org": a word with a dot before a web domain
    /// ending is a company's name, unless the text speaks of the address itself ("die Domain x.at",
    /// "auf x.net", "unter www.x.com").
    mutating func findWebNames() {
        let n = tokens.count
        // A dot three or four scalars before a word's end is read on the scalars first, through
        // the buffer (`tokens[i]` copies the whole token): it costs nothing for the other words.
        let scalars = document.scalars
        var candidates: [Int] = []
        tokens.withUnsafeBufferPointer { tokens in
            for i in 0..<n {
                let range = tokens[i].range
                if range.end - range.start >= 5 && (scalars[range.end - 3] == "." || scalars[range.end - 4] == ".") {
                    candidates.append(i)
                }
            }
        }
        for i in candidates {
            guard isFree(i), tokens[i].isWord, !tokens[i].isNumber, !isShouting(i), let dot = tokens[i].lower.lastIndex(of: "."),
                Self.webEndings.contains(String(tokens[i].lower[tokens[i].lower.index(after: dot)...])),
                !tokens[i].lower.hasPrefix("www.")
            else { continue }
            // The word before, past an opening quotation mark.
            var before = i - 1
            if before >= 0, tokens[before].isQuote { before -= 1 }
            if before >= 0, sameSentence(before, i) {
                if Self.addressWords.contains(tokens[before].lower) || tokens[before].text == "@" || tokens[before].text == "/" {
                    continue
                }
            }
            if i + 1 < n, sameSentence(i, i + 1), tokens[i + 1].flags.contains(.attached),
                tokens[i + 1].text == "/" || tokens[i + 1].text == "@"
            {
                continue
            }
            add(span(i, i + 1, kind: .company, strength: 2))
        }
    }

    /// Endings of web domains that name businesses.
    static let webEndings: Set<String> = ["com", "ai", "io", "net", "org", "de", "at", "ch"]

    /// Words before a web name that speak of the address, not of the business.
    static let addressWords: Set<String> = [
        "domain", "domains", "adresse", "internetadresse", "webadresse", "auf", "unter", "address", "at", "on", "via",
    ]

    /// "ein Konsortium aus Veltrona und Brasko", "a consortium of Veltrona and Brasko": the members
    /// named after a consortium word are companies each, not one name joined by "und".
    mutating func findConsortiumMembers() {
        let n = tokens.count
        // Every consortium word has ten letters or more and ends in "ium": both are read on the
        // scalars, through the buffer (`tokens[i]` copies the whole token), before the set is asked.
        let scalars = document.scalars
        var candidates: [Int] = []
        tokens.withUnsafeBufferPointer { tokens in
            for i in 0..<max(0, n - 2) {
                let range = tokens[i].range
                if range.end - range.start >= 10 && Self.endsInIum(scalars, end: range.end) { candidates.append(i) }
            }
        }
        for i in candidates {
            guard Self.consortiumWords.contains(tokens[i].lower), Self.memberPrepositions.contains(tokens[i + 1].lower),
                sameSentence(i, i + 2), !isShouting(i)
            else { continue }
            var j = i + 2
            var members = 0
            while j < n, members < 5, sameSentence(i, j) {
                if EntityLexicons.determiners.contains(tokens[j].lower) || tokens[j].lower == "the" { j += 1; continue }
                let end: Int
                if owner[j] >= 0 {
                    guard isCompanyLike(spans[owner[j]].kind), spans[owner[j]].start == j else { break }
                    end = spans[owner[j]].end
                } else {
                    guard let run = nameRun(from: j), (j..<run).allSatisfy({ isFree($0) }) else { break }
                    add(span(j, run, kind: .company, strength: 2))
                    end = run
                }
                members += 1
                guard end + 1 < n, sameSentence(end, end + 1), EntityLexicons.connectors.contains(tokens[end].lower) else { break }
                j = end + 1
            }
        }
    }

    /// Whether the word ending at scalar `end` ends in "ium" (any case).
    @inline(__always) static func endsInIum(_ s: [Unicode.Scalar], end: Int) -> Bool {
        return (s[end - 1] == "m" || s[end - 1] == "M") && (s[end - 2] == "u" || s[end - 2] == "U")
            && (s[end - 3] == "i" || s[end - 3] == "I")
    }

    /// Words for a group of buyers or owners ("Konsortium", "consortium"), lower case.
    static let consortiumWords: Set<String> = [
        "konsortium", "bieterkonsortium", "investorenkonsortium", "bankenkonsortium", "käuferkonsortium", "consortium",
    ]

    /// Prepositions that introduce a consortium's members.
    static let memberPrepositions: Set<String> = ["aus", "von", "of"]
}

extension EntityScanner {
    /// "bei kelvaro.de" next to "Kelvaro", "kelvaro.com" next to "Kelvaro Inc": a web name whose
    /// name part (before the domain ending, past "www.") has the key of another company or
    /// organisation of the article is that entity's address, so it joins that entity as an alias.
    /// `byKey` maps name keys to group keys (``resolveAliases()``); `nameKeys` are the spans' keys.
    mutating func joinWebNames(_ byKey: inout [String: String], nameKeys: [String]) {
        let scalars = document.scalars
        for index in spans.indices where spans[index].end - spans[index].start == 1 && spans[index].kind == .company {
            let range = tokens[spans[index].start].range
            // The dot of the domain ending, read on the scalars (as in ``findWebNames()``).
            guard range.end - range.start >= 5, scalars[range.end - 3] == "." || scalars[range.end - 4] == "." else { continue }
            let lower = tokens[spans[index].start].lower
            guard let dot = lower.lastIndex(of: "."), Self.webEndings.contains(String(lower[lower.index(after: dot)...])) else {
                continue
            }
            var stem = lower[..<dot]
            if let inner = stem.lastIndex(of: ".") { stem = stem[stem.index(after: inner)...] }
            guard stem.utf8.count >= 2 else { continue }
            let key = NameKey.of(String(stem))
            guard let group = byKey[key], group.hasPrefix("org:"), group != spans[index].key else { continue }
            spans[index].key = group
            // The address is another writing of the name, never the entity's name ("Kelvaro", not "kelvaro.de").
            spans[index].derived = true
            byKey[nameKeys[index]] = group
        }
    }
}
