import NewsModel

extension EntityScanner {
    /// The grouping key of a span: gazetteer names (well-known people too) by their canonical name,
    /// other people by their name, everything else by ``NameKey``.
    @inline(__always) func groupKey(_ span: EntitySpan) -> String {
        if span.kind == .person { return "person:" + NameKey.of(span.canonical ?? name(of: span)) }
        if span.kind == .place { return "place:" + NameKey.of(span.canonical ?? name(of: span)) }
        return "org:" + NameKey.of(span.canonical ?? name(of: span))
    }

    /// Surnames alone ("Reyes", "Ma") after the full name was seen, as mentions of that person.
    mutating func findSurnames() {
        var bySurname: [String: Int] = [:]
        // Whether every surname is ASCII (as many bytes as scalars), for the prefilter below.
        var asciiSurnames = true
        // Spans are read in place here and below: `for span in spans` copies every span (its strings).
        for index in spans.indices where spans[index].kind == .person && spans[index].end - spans[index].start >= 2 {
            let last = spans[index].end - 1
            let surname = tokens[last].text
            if surname.utf8.count != tokens[last].range.end - tokens[last].range.start { asciiSurnames = false }
            if bySurname[surname] == nil { bySurname[surname] = index }
            // "Tsoi Tai-lok": a name written surname first; "Tsoi" alone is the surname.
            if spans[index].end - spans[index].start == 2, isSurnameFirstGivenName(last) {
                let family = tokens[spans[index].start].text
                if family.utf8.count != tokens[last - 1].range.end - tokens[last - 1].range.start { asciiSurnames = false }
                if bySurname[family] == nil { bySurname[family] = index }
            }
            // "Dorian Felk Jr": the surname stands before a generational suffix.
            if spans[index].end - spans[index].start >= 3, Self.generationSuffixes.contains(tokens[last].lower) {
                let family = tokens[last - 1].text
                if family.utf8.count != tokens[last - 1].range.end - tokens[last - 1].range.start { asciiSurnames = false }
                if bySurname[family] == nil { bySurname[family] = index }
            }
        }
        guard !bySurname.isEmpty else { return }
        // The first byte and length of every surname, and of its genitive (one byte longer), as
        // bits: most capitalised words are ruled out before the dictionary is asked. Exact for
        // ASCII words when all surnames are ASCII (strings compare by canonical equivalence).
        var shapes = [UInt64](repeating: 0, count: 16)
        for surname in bySurname.keys {
            let shape = Self.keyShape(surname)
            shapes[shape >> 6] |= 1 << UInt64(shape & 63)
            let genitive = (Int(surname.utf8.first ?? 0) &* 31 &+ surname.utf8.count + 1) & 1023
            shapes[genitive >> 6] |= 1 << UInt64(genitive & 63)
        }
        for i in tokens.indices where isFree(i) && tokens[i].isCapitalized {
            if asciiSurnames {
                let shape = Self.keyShape(tokens[i].text)
                if shapes[shape >> 6] & (1 << UInt64(shape & 63)) == 0,
                    tokens[i].text.utf8.count == tokens[i].range.end - tokens[i].range.start
                {
                    continue
                }
            }
            var surname = tokens[i].text
            var genitive = false
            if bySurname[surname] == nil, german, surname.hasSuffix("s") {
                surname = String(surname.dropLast())
                genitive = true
            }
            guard let person = bySurname[surname] else { continue }
            var mention = span(i, i + 1, kind: .person, strength: 2)
            mention.nameEnd = tokens[i].range.start + surname.unicodeScalars.count
            mention.derived = true
            mention.key = groupKey(spans[person])
            _ = genitive
            add(mention)
        }
    }

    /// Whether token `i` is a hyphenated given name whose second part is lower case ("Tai-lok",
    /// "Ka-wing"): the romanised Chinese given name of a name written surname first.
    func isSurnameFirstGivenName(_ i: Int) -> Bool {
        guard tokens[i].flags.contains(.hyphenated), tokens[i].isCapitalized, !tokens[i].flags.contains(.innerCapital),
            let dash = tokens[i].text.lastIndex(of: "-")
        else { return false }
        let second = tokens[i].text[tokens[i].text.index(after: dash)...]
        return second.utf8.count >= 2 && second.utf8.count <= 5 && second.first?.isLowercase == true
    }

    /// Assigns group keys, drops unconfirmed guesses, and finds further mentions of the known
    /// names: other spellings with the same key ("7Eleven"), genitives ("Alibabas"), compounds
    /// ("Alibaba-Ableger"), acronyms in brackets, and names in capitalised headlines.
    mutating func resolveAliases() {
        // The name key of each span's name, computed once (group keys, aliases and short forms).
        var nameKeys = spanNameKeys(from: 0)
        for (index, key) in missingGroupKeys(nameKeys: nameKeys) { spans[index].key = key }
        mergeGenitivePeople()
        mergeGenitiveOrganizations()
        if spans.contains(where: { $0.needsConfirmation }) {
            var sure = Set<String>()
            for index in spans.indices where !spans[index].needsConfirmation { sure.insert(spans[index].key) }
            // Confirm guesses, or fall back to the compound head alone.
            for index in spans.indices where spans[index].needsConfirmation && !sure.contains(spans[index].key) {
                spans[index].kind = .place  // marked for removal below
                spans[index].strength = -1
            }
        }
        if spans.contains(where: { $0.strength < 0 }) {
            nameKeys = zip(spans, nameKeys).filter { $0.0.strength >= 0 }.map(\.1)
        }
        removeDropped()

        var byKey: [String: String] = [:]  // name key -> group key
        byKey.reserveCapacity(4 * spans.count + 8)
        for index in spans.indices where spans[index].kind != .person {
            let nameKey = nameKeys[index]
            if byKey[nameKey] == nil { byKey[nameKey] = spans[index].key }
            if let canonical = spans[index].canonical {
                let canonicalKey = NameKey.of(canonical)
                if byKey[canonicalKey] == nil { byKey[canonicalKey] = spans[index].key }
            }
        }
        joinWebNames(&byKey, nameKeys: nameKeys)
        findBracketAcronyms(&byKey)
        linkInitialsAcronyms(byKey)
        var companyWordLeads = Set<String>()
        let shortKeys = linkShortForms(&byKey, nameKeys: nameKeys, ordinaryLeads: &companyWordLeads) + linkPlaceShortForms(&byKey)
        // "Progressive" for "Progressive Enterprises Ltd": matched only where it stands alone.
        let ordinaryShortForms = ordinaryLeadShortForms(byKey)
        for (key, group) in ordinaryShortForms { byKey[key] = group }
        guard !byKey.isEmpty else { return }
        // Keys of the names' leading tokens: matching below extends token by token.
        var prefixes: [(key: String, group: String, isPlace: Bool)] = []
        for index in spans.indices where spans[index].kind != .person && spans[index].end - spans[index].start > 1 {
            var key = ""
            let group = spans[index].key
            let isPlace = spans[index].kind == .place
            for t in spans[index].start..<(spans[index].end - 1) {
                key += NameKey.of(tokens[t].lower)
                prefixes.append((key, group, isPlace))
            }
        }

        claimPeopleNamedLikeCompanies(byKey: byKey, prefixes: prefixes)
        // From here on `byKey` also holds the prefixes, with the empty group: one lookup tells
        // both whether a key is known and whether a longer known key starts with it.
        for prefix in prefixes where byKey[prefix.key] == nil { byKey[prefix.key] = "" }
        // The first byte and length of every key of `byKey`, as bits: most candidate words match
        // no known name, and one bit test rules them out before the dictionary is asked. Strings
        // compare by canonical equivalence, so only an ASCII word is ruled out: every key is made
        // of ``NameKey`` keys, which hold no scalar canonically equal to ASCII (KELVIN SIGN …),
        // so an ASCII key equals only the same bytes.
        var keyShapes = [UInt64](repeating: 0, count: 16)
        for key in byKey.keys {
            let shape = Self.keyShape(key)
            keyShapes[shape >> 6] |= 1 << UInt64(shape & 63)
        }
        let n = tokens.count
        var i = 0
        while i < n {
            guard isFree(i), tokens[i].isWord, isNameShaped(i) || tokens[i].hasDigit || tokens[i].isAllCaps else {
                i += 1
                continue
            }
            // A word that is no compound (head) and no German genitive is only looked up under its
            // own key first: when no key has its shape, nothing can match from here.
            // An ASCII word (as many bytes as scalars) has an ASCII key.
            if !tokens[i].flags.contains(.hyphenated), !german || !Self.mayBeGenitive(tokens[i].lower),
                tokens[i].text.utf8.count == tokens[i].range.end - tokens[i].range.start
            {
                let shape = Self.keyShape(NameKey.of(tokens[i].lower))
                if keyShapes[shape >> 6] & (1 << UInt64(shape & 63)) == 0 {
                    i += 1
                    continue
                }
            }
            // Extend token by token while the joined key is a prefix of a known key; keep the
            // longest exact match (plain, compound head or genitive at the last token).
            enum Form { case plain, head, genitive }
            var best: (end: Int, form: Form, key: String)?
            var bestIsShortForm = false
            var key = ""
            var j = i
            while j < n, j - i < 5, sameSentence(i, j), isFree(j), tokens[j].isWord || isInnerApostrophe(j, from: i) {
                // "Tip 'N Top": an apostrophe inside a known name adds nothing to the key.
                if !tokens[j].isWord {
                    j += 1
                    continue
                }
                let lower = tokens[j].lower
                if let head = head(j), let group = byKey[key + NameKey.of(head.lowercased())], !group.isEmpty {
                    best = (j + 1, .head, group)
                }
                if german, lower.utf8.count >= 4, lower.utf8.last == 0x73,
                    let group = byKey[key + NameKey.of(String(lower.dropLast()))], !group.isEmpty
                {
                    best = (j + 1, .genitive, group)
                }
                key += NameKey.of(lower)
                guard let group = byKey[key] else { break }  // no known key starts with it
                if !group.isEmpty, isPlausibleAlias(i, j + 1),
                    ordinaryShortForms.isEmpty || ordinaryShortForms[key] == nil || (j == i && standsAloneAsName(i)),
                    companyWordLeads.isEmpty || !isOrdinaryPhraseAfterThe(i, j + 1) || !companyWordLeads.contains(key)
                {
                    best = (j + 1, .plain, group)
                    bestIsShortForm = shortKeys.contains(key)
                }
                j += 1
            }
            guard let best else {
                i += 1
                continue
            }
            // "Brixa Cement Eastern" next to "Brixa Cement India Ltd", "KT Varlow" next to "KT
            // Quarvel": a short form followed by a further name word is the start of another name.
            if best.form == .plain, bestIsShortForm, let end = longerNameEnd(after: best.end) {
                if best.end - i >= 2 {
                    add(span(i, end, kind: .company, strength: 1))
                    i = end
                } else {
                    i += 1
                }
                continue
            }
            var mention: EntitySpan
            switch best.form {
            case .plain:
                mention = span(i, best.end, kind: kindOf(best.key), strength: 2)
            case .head:
                mention = headSpan(i, best.end, kind: kindOf(best.key), strength: 2)
            case .genitive:
                mention = span(i, best.end, kind: kindOf(best.key), strength: 2)
                mention.nameEnd -= 1
                mention.derived = true
            }
            mention.key = best.key
            add(mention)
            i = best.end
        }
    }

    /// A key's first UTF-8 byte and length, folded into 1024 bits (the prefilter of
    /// ``resolveAliases()``).
    @inline(__always) static func keyShape(_ key: String) -> Int {
        let utf8 = key.utf8
        return (Int(utf8.first ?? 0) &* 31 &+ utf8.count) & 1023
    }

    /// Whether the main loop of ``resolveAliases()`` tries a lower-case word as a German
    /// genitive ("alibabas"): four bytes or more, ending in "s".
    @inline(__always) static func mayBeGenitive(_ lower: String) -> Bool {
        lower.utf8.count >= 4 && lower.utf8.last == 0x73
    }

    /// The group keys of the spans that have none yet, by span index (as ``groupKey(_:)``, with
    /// the spans' name keys given).
    func missingGroupKeys(nameKeys: [String]) -> [(Int, String)] {
        var keys: [(Int, String)] = []
        keys.reserveCapacity(spans.count)
        // The fields are read in place: `let span = spans[index]` would copy the whole span.
        for index in spans.indices where spans[index].key.isEmpty {
            let key: String
            let kind = spans[index].kind
            if kind == .person {
                key = "person:" + (spans[index].canonical.map(NameKey.of) ?? nameKeys[index])
            } else {
                let nameKey = spans[index].canonical.map(NameKey.of) ?? nameKeys[index]
                key = (kind == .place ? "place:" : "org:") + nameKey
            }
            keys.append((index, key))
        }
        return keys
    }

    /// The ``NameKey`` of the name of every span from index `start` on. Non-mutating, so that
    /// the scanner is not copied per span.
    func spanNameKeys(from start: Int) -> [String] {
        var keys: [String] = []
        keys.reserveCapacity(max(0, spans.count - start))
        for index in start..<max(start, spans.count) { keys.append(NameKey.of(name(of: spans[index]))) }
        return keys
    }

    /// The end of the further name words right after a short form ending before token `end`:
    /// free capitalised words that are no function word, role, cue or legal form, in a sentence
    /// that is not written in title case; nil when none follows.
    func longerNameEnd(after end: Int) -> Int? {
        var j = end
        // "Berrow Series B stock": a share class is no further name word.
        while j < tokens.count, j - end < 3, sameSentence(end - 1, j), isFree(j), isNameShaped(j), !tokens[j].isAllCaps,
            german || !["series", "class"].contains(tokens[j].lower),
            !tokens[j].flags.contains(.possessive), !EntityLexicons.isStopword(tokens[j].lower), !isRoleOrCue(tokens[j].lower),
            !isLegalForm(j), !german || !isOrdinaryName(j)
        {
            j += 1
        }
        guard j > end, !isTitleCase(sentenceOf: end - 1) else { return nil }
        return j
    }

    /// Whether most words of the sentence of token `i` are capitalised (a headline in title case).
    func isTitleCase(sentenceOf i: Int) -> Bool {
        var words = 0
        var capitals = 0
        for t in document.sentences[tokens[i].sentence].tokenRange where tokens[t].isWord && !tokens[t].isNumber {
            words += 1
            if tokens[t].isCapitalized { capitals += 1 }
        }
        return words >= 4 && capitals * 4 >= words * 3
    }

    /// "King World" taken for a person (given name "King") while "King World Productions Inc" is a
    /// company of the article: a person span whose words are a known company name, or the leading
    /// words of one, becomes a mention of that company.
    /// `prefixes` are the keys of the leading words of the longer names that are no person's, in
    /// span order, with their groups.
    mutating func claimPeopleNamedLikeCompanies(byKey: [String: String], prefixes: [(key: String, group: String, isPlace: Bool)]) {
        guard spans.contains(where: { $0.kind == .person && !$0.derived && $0.end - $0.start >= 2 && $0.role == nil }) else {
            return
        }
        var companyByPrefix: [String: String] = [:]
        for prefix in prefixes where !prefix.isPlace && companyByPrefix[prefix.key] == nil {
            companyByPrefix[prefix.key] = prefix.group
        }
        for index in spans.indices where spans[index].kind == .person && !spans[index].derived {
            let span = spans[index]
            guard span.end - span.start >= 2, span.role == nil else { continue }
            var key = ""
            for t in span.start..<span.end { key += NameKey.of(tokens[t].lower) }
            guard let group = byKey[key].flatMap({ $0.hasPrefix("person:") ? nil : $0 }) ?? companyByPrefix[key] else {
                continue
            }
            spans[index].kind = kindOf(group)
            spans[index].key = group
        }
    }

    /// Whether free tokens `start..<end` may be a mention of a known name (not a given name
    /// starting a person's name, not a lower-case word).
    func isPlausibleAlias(_ start: Int, _ end: Int) -> Bool {
        if !tokens[start].isCapitalized && !tokens[start].isWord { return false }
        if tokens[start].isNumber && end == start + 1 { return false }
        return true
    }

    /// The kind of the entity behind a group key.
    func kindOf(_ key: String) -> EntityKind {
        // The first span of the greatest strength with this key, read in place (no span copied).
        var best = -1
        for index in spans.indices where spans[index].key == key {
            if best < 0 || spans[index].strength > spans[best].strength { best = index }
        }
        return best < 0 ? .company : spans[best].kind
    }

    /// "Europäische Zentralbank (EZB)", "Federal Trade Commission (FTC)": the acronym becomes a
    /// name of the entity before it.
    mutating func findBracketAcronyms(_ byKey: inout [String: String]) {
        let n = tokens.count
        for index in spans.indices {
            // "<Banco Quarvel Sarl> (BQS)": the acronym may follow Reuters' closing bracket.
            let end = spans[index].end < n && tokens[spans[index].end].text == ">" ? spans[index].end + 1 : spans[index].end
            guard end + 2 < n, tokens[end].text == "(", tokens[end + 2].text == ")", tokens[end + 1].isAllCaps,
                isFree(end + 1), spans[index].kind != .person
            else { continue }
            var mention = span(end + 1, end + 2, kind: spans[index].kind, strength: 2)
            mention.key = spans[index].key
            let acronymKey = NameKey.of(tokens[end + 1].text)
            if byKey[acronymKey] == nil { byKey[acronymKey] = spans[index].key }
            add(mention)
        }
    }

    /// "Rudolf Kemlers" is the genitive of "Rudolf Kemler": one person.
    mutating func mergeGenitivePeople() {
        guard german else { return }
        var people = Set<String>()
        for index in spans.indices where spans[index].kind == .person { people.insert(spans[index].key) }
        for index in spans.indices where spans[index].kind == .person && spans[index].key.hasSuffix("s") {
            let stem = String(spans[index].key.dropLast())
            if people.contains(stem) {
                spans[index].key = stem
                spans[index].derived = true
            }
        }
    }

    /// Removes spans marked with strength -1 and renumbers the owners.
    mutating func removeDropped() {
        guard spans.contains(where: { $0.strength < 0 }) else { return }
        var newIndex: [Int?] = []
        var kept: [EntitySpan] = []
        for span in spans {
            newIndex.append(span.strength < 0 ? nil : kept.count)
            if span.strength >= 0 { kept.append(span) }
        }
        for index in kept.indices {
            if let org = kept[index].organization { kept[index].organization = newIndex[org] }
        }
        spans = kept
        for t in owner.indices { owner[t] = -1 }
        for (index, span) in spans.enumerated() {
            for t in span.start..<span.end { owner[t] = index }
        }
    }

    /// An apostrophe at `j` inside a name that starts at `start`, next to a single letter
    /// ("Tip 'N Top", "Dolls 'R' Fun").
    func isInnerApostrophe(_ j: Int, from start: Int) -> Bool {
        guard j > start, tokens[j].isQuote, j + 1 < tokens.count, tokens[j].text.unicodeScalars.count == 1 else { return false }
        return isSingleLetter(j + 1) || isSingleLetter(j - 1)
    }

    /// Suffixes after a surname that are no surname themselves ("Jr", "Sr", "III").
    static let generationSuffixes: Set<String> = ["jr", "sr", "ii", "iii", "iv"]
}
