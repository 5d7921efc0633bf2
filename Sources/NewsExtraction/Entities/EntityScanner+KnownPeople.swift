import NewsModel

extension EntityScanner {
    /// Whether the tokens from `j` go on the one-word known name right before them into a longer
    /// name ("Trump Shuttle Inc", "Kohl Industries", "Murdoch Magazines Ltd"): a legal form, a
    /// company word or the head word of a non-person name, one or two capitalised words before a
    /// legal form, or an unknown name-shaped word that makes the known name a given name or the
    /// first part of another name. A known person's surname then stays free for the later rules.
    func opensLongerName(_ j: Int) -> Bool {
        guard j < tokens.count, sameSentence(j - 1, j), tokens[j].isWord, isFree(j) else { return false }
        let lower = tokens[j].lower
        if isLegalForm(j) || EntityLexicons.companyWords.contains(lower) || EntityLexicons.nonPersonHeads.contains(lower) {
            return tokens[j].isCapitalized || isLegalForm(j)
        }
        guard tokens[j].isCapitalized else { return false }
        // "Trump Shuttle Inc": capitalised words up to a legal form.
        var k = j + 1
        while k < tokens.count, k <= j + 2, sameSentence(j, k), tokens[k].isWord {
            if isLegalForm(k) { return true }
            guard tokens[k].isCapitalized else { break }
            k += 1
        }
        // "Kohl Bresnik": an unknown name-shaped word (no ordinary word, place, role, given name).
        return isNameShaped(j) && !tokens[j].isAllCaps && !tokens[j].flags.contains(.hyphenated)
            && !tokens[j].flags.contains(.possessive) && !EntityLexicons.isStopword(lower)
            && !isOrdinary(tokens[j].text, lower: lower) && !isPlace(tokens[j].text) && !isRoleOrCue(lower)
            && !EntityLexicons.firstNames.contains(tokens[j].text)
    }

    /// "Präsident Putin", "Bundeskanzlerin Angela Merkel", "Der frühere Präsident des Irak, Saddam
    /// Hussein,", "Reagan, the president,": a well-known person (a gazetteer name) takes the role
    /// (and organisation) before or after the name, as a person found by the name rules does.
    mutating func attachRolesToKnownPeople() {
        for index in spans.indices
        where spans[index].kind == .person && spans[index].canonical != nil && spans[index].role == nil {
            let start = spans[index].start
            guard let found = roleBefore(start) ?? roleBeforeApposition(start) ?? appositionAfter(spans[index].end) else {
                continue
            }
            spans[index].role = found.role
            if spans[index].organization == nil { spans[index].organization = found.organization }
        }
    }
}

extension EntityScanner {
    /// "Carl C. Icahn", "Donald Trump" matched by "Trump" alone: the start of the free given name
    /// (and middle initial) right before the one-word known name at `i`, when that given name is the
    /// first word of the entry's canonical name; nil otherwise ("Anna Merkel" is someone else).
    func knownGivenNameStart(before i: Int, of entry: Gazetteer.Entry) -> Int? {
        var start = i - 1
        guard start >= 0, sameSentence(start, i) else { return nil }
        // A middle initial: "C." or "J.".
        if start >= 2, tokens[start].isPunctuation, tokens[start].text == ".", tokens[start - 1].isCapitalized,
            tokens[start - 1].range.end - tokens[start - 1].range.start == 1
        {
            start -= 2
        }
        // The cheap tests first: a free capitalised word; only then the canonical name's first word.
        guard start >= 0, sameSentence(start, i), tokens[start].isCapitalized else { return nil }
        for k in start..<i where !isFree(k) { return nil }
        let given = tokens[start].text
        let canonical = entry.canonical
        guard canonical.utf8.count > given.utf8.count, canonical.hasPrefix(given),
            canonical.utf8.dropFirst(given.utf8.count).first == UInt8(ascii: " ")
        else { return nil }
        return start
    }

    /// Whether a given name and a middle initial stand right before token `i` ("Ivan F. Boesky").
    func followsGivenNameAndInitial(_ i: Int) -> Bool {
        guard i >= 3, tokens[i - 1].text == ".", sameSentence(i - 3, i), isFree(i - 2),
            tokens[i - 2].isCapitalized, tokens[i - 2].text.unicodeScalars.count == 1
        else { return false }
        return followsGivenName(i - 2)
    }

    /// Whether "and Co", "& Co" or "and Sons" follows at `j`: the name before opens a
    /// partnership's name ("Ivan Boesky and Co"). In German text only with a legal form after it
    /// ("& Co. KG"): "Schäuble & Co." is a politician and his allies.
    func opensPartnershipName(_ j: Int) -> Bool {
        guard j + 1 < tokens.count, sameSentence(j - 1, j + 1), ["and", "&", "und"].contains(tokens[j].lower) else { return false }
        let next = tokens[j + 1].lower
        guard ["co", "cie", "sons", "söhne", "partners", "partner"].contains(next) || isLegalForm(j + 1) else { return false }
        guard german else { return true }
        return (j + 2...j + 3).contains { $0 < tokens.count && sameSentence(j, $0) && tokens[$0].lower != "co" && isLegalForm($0) }
    }
}
