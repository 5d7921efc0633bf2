import NewsModel

/// English name shapes that the general rules cut or merge: a possessive or an apostrophe
/// particle inside a name ("Brenna's Markets Inc", "Tip 'N Top Stores Inc"), "X and Co",
/// company words inside a longer name ("Quarvel Bank of Tarrow Ltd"), share classes after a
/// name ("Zentrix B shares"), initials of people ("J.P. Kelmore"), dashed names
/// ("Arlow-Bexley Corp" … "Arlow-Bexley", "Arlow").
extension EntityScanner {
    /// Going back from a name whose first word is `start`, the index of the name word before a
    /// joiner at `j` that belongs inside the name, or nil: a possessive ("Brenna's Markets Inc"),
    /// an apostrophe before a single letter ("Tip 'N Top"), a closing apostrophe after one
    /// ("Dolls 'R' Fun"), or a foreign particle ("Banque Torvale du Marlin SA"). English only.
    func nameJoinBefore(_ j: Int, start: Int, end: Int, first: Int) -> Int? {
        guard !german, start == j + 1, j - 1 >= first, tokens[start].isCapitalized else { return nil }
        let token = tokens[j]
        if token.flags.contains(.possessive) {
            // Only in a company's name that ends before a legal form ("Tarrovia's Central Bank" is
            // a country's bank).
            guard end < tokens.count, isLegalForm(end),
                isPossessiveNamePart(j - 1)
            else { return nil }
            // "Dr Pellow's Drug Stores Inc": a title before the possessor opens the company's name.
            if isTitleBeforePossessor(j - 1) { return j - 2 }
            return j - 1
        }
        if let previous = foreignParticleJoinBefore(j, end: end, first: first) { return previous }
        guard token.isQuote, token.text.unicodeScalars.count == 1 else { return nil }
        // "Tip 'N Top": the apostrophe opens a single letter glued to it.
        if isSingleLetter(start), tokens[start].flags.contains(.attached), start + 1 < tokens.count,
            sameSentence(start, start + 1), isNameShaped(start + 1), isNameShaped(j - 1), isFree(j - 1)
        {
            return j - 1
        }
        // "Dolls 'R' Fun": the apostrophe closes a single letter opened by another one.
        if j - 3 >= first, token.flags.contains(.attached), isSingleLetter(j - 1), tokens[j - 2].isQuote,
            isNameShaped(j - 3), isFree(j - 3)
        {
            return j - 3
        }
        return nil
    }

    /// Whether a lower-case word is a function word of the document's language: German-only
    /// function words ("allen", "man") are names in English text ("Allen and Co").
    func isStopwordHere(_ lower: String) -> Bool {
        guard let vote = TextLexicons.stopwordVotes[lower] else { return false }
        return german || vote != 1
    }

    /// A word of one letter ("N", "n", "R").
    func isSingleLetter(_ i: Int) -> Bool { tokens[i].isWord && !tokens[i].isNumber && tokens[i].text.unicodeScalars.count == 1 }

    /// Whether the word before a possessive is part of the name that follows ("Brenna's Markets
    /// Inc"), not the owner of another company ("Zentrix's Quarvel Corp unit"): a free
    /// capitalised word, not a known kind of word nor a given name, after no other name word,
    /// that the article never uses without the "'s".
    func isPossessiveNamePart(_ i: Int) -> Bool {
        guard isFree(i), isNameShaped(i), !tokens[i].isAllCaps, !tokens[i].flags.contains(.hyphenated) else { return false }
        let word = tokens[i].text
        let lower = tokens[i].lower
        if EntityLexicons.isStopword(lower) || isRoleOrCue(lower) || isPlace(word) || EntityLexicons.demonyms.contains(word)
            || EntityLexicons.companyWords.contains(lower)
        {
            return false
        }
        // A given name is the possessor only of a name right before the legal form ("Foster's Group",
        // "Wendell's Inc"), not of a longer name ("Robert's Quarvel Corp" may be Robert's company).
        if EntityLexicons.firstNames.contains(word), !(i + 2 < tokens.count && isLegalForm(i + 2)) { return false }
        // "Robert Maxwell's", "Sri Lanka's": a possessor of several words owns what follows; a title
        // ("Dr Pellow's") is no name word.
        if i > 0, sameSentence(i - 1, i), isNameShaped(i - 1), !isTitleBeforePossessor(i) { return false }
        for t in tokens.indices where t != i && tokens[t].text == word {
            if t + 1 >= tokens.count || !tokens[t + 1].flags.contains(.possessive) { return false }
        }
        return true
    }

    /// Whether a title abbreviation ("Dr", "St") stands right before the possessor at `i` in a
    /// company's name ("Dr Pellow's Drug Stores Inc", "St Aldric's Hospital Ltd").
    func isTitleBeforePossessor(_ i: Int) -> Bool {
        guard i > 0, sameSentence(i - 1, i), tokens[i - 1].isCapitalized else { return false }
        let title = tokens[i - 1].lower
        return title == "dr" || title == "dr." || title == "st" || title == "st."
    }

    /// Whether the capitalised word `j` may stand inside a name although it is a cue or
    /// function word: a company word with a name word before it ("Quarvel Bank of Tarrow Ltd",
    /// "Quarvel Bank Ltd"), or a capitalised function word right before the end ("Mutual Shares
    /// Corp"). English only, never at the start of a sentence.
    func isInnerNameWord(_ j: Int, end: Int, first: Int) -> Bool {
        guard !german, j > first, tokens[j].isCapitalized, !tokens[j].isAllCaps, !isSentenceInitial(j),
            isNameShaped(j - 1), !tokens[j - 1].isAllCaps, !EntityLexicons.isStopword(tokens[j - 1].lower),
            !isRoleOrCue(tokens[j - 1].lower) || EntityLexicons.companyWords.contains(tokens[j - 1].lower)
        else { return false }
        let lower = tokens[j].lower
        if EntityLexicons.companyWords.contains(lower) { return true }
        return j == end - 1 && EntityLexicons.isStopword(lower) && !isRoleOrCue(lower)
    }

    /// Prepositions before places ("in Tarrow and Marlow …").
    static let placePrepositions: Set<String> = [
        "in", "from", "at", "between", "across", "to", "into", "throughout", "near", "within", "outside", "inside", "of",
    ]

    /// "Bank of Tarrow Ltd", "Industrial Bank of Tarrow Ltd": a capitalised company word right before
    /// an "of" that the name crosses (its next name word is `start`) heads the name. English only.
    func isHeadBeforeOf(_ j: Int, start: Int) -> Bool {
        !german && start == j + 2 && tokens[j].isCapitalized && !tokens[j].isAllCaps && tokens[j + 1].lower == "of"
            && EntityLexicons.companyWords.contains(tokens[j].lower)
    }

    /// "Tarrow and Marlow Banking Corp": the words `start..<and` before the "and" at `and` are known
    /// places, and so is the word after it, and capitalised words follow up to the legal form at
    /// `form`: one name of two places. English only.
    func arePlacesJoinedByAnd(_ start: Int, _ and: Int, form: Int) -> Bool {
        guard !german, tokens[and].lower == "and", and + 1 < form else { return false }
        // "plants in Kenya and Vellmoor Electronics Group": places after a preposition of place are places.
        if start > 0, Self.placePrepositions.contains(tokens[start - 1].lower) { return false }
        func isPlaceWord(_ t: Int) -> Bool { owner[t] >= 0 ? spans[owner[t]].kind == .place : isPlace(tokens[t].text) }
        guard (start..<and).allSatisfy(isPlaceWord), isPlaceWord(and + 1) else { return false }
        return ((and + 2)..<form).allSatisfy { isNameShaped($0) && !tokens[$0].isAllCaps }
    }

    /// "Allen and Co", "Brisco & Co": the first token of the legal form at `i`, including an "and"
    /// or "&" right before a "Co" or "Company" that follows a name word.
    func legalFormStart(_ i: Int) -> Int {
        guard i >= 2, ["co", "company"].contains(tokens[i].lower), sameSentence(i - 2, i), isFree(i - 1) else { return i }
        let joiner = tokens[i - 1]
        guard joiner.text == "&" || (!german && joiner.lower == "and") else { return i }
        if owner[i - 2] >= 0 {
            let span = spans[owner[i - 2]]
            // A one-word place ("Allen") is freed by the legal-form rule.
            return span.kind == .person ? i : i - 1
        }
        guard isNameShaped(i - 2), !isStopwordHere(tokens[i - 2].lower), !isRoleOrCue(tokens[i - 2].lower) else {
            return i
        }
        return i - 1
    }

    /// The end of a name before a cue at `end` without a share class: "Zentrix B shares",
    /// "Zentrix Series B stock", "Zentrix Class A shares" name "Zentrix". English only.
    func endBeforeShareClass(_ end: Int) -> Int {
        guard !german, end >= 2, sameSentence(end - 1, end), isSingleLetter(end - 1), tokens[end - 1].isAllCaps else {
            return end
        }
        var result = end - 1
        if result >= 2, ["series", "class"].contains(tokens[result - 1].lower), tokens[result - 1].isCapitalized {
            result -= 1
        }
        return result
    }

    /// Initials before a surname: "J.P." (letters with dots) when the article also writes the
    /// surname after a title ("Mr Kelmore") or a speech verb or role apposition follows the name
    /// ("J.P. Kelmore said"); "JP" (two or three capitals) only with the titled surname or a role in
    /// commas after an unknown surname ("KK Darrowin, head of research").
    func isInitials(_ i: Int) -> Bool {
        guard !german, tokens[i].isAllCaps, i + 1 < tokens.count, sameSentence(i, i + 1), isNameShaped(i + 1),
            !tokens[i + 1].isAllCaps
        else { return false }
        // "Tamoro KK": a legal form ends the name before it. One with no name before it may be initials
        // ("said KK Darrowin, a fund manager").
        if isLegalForm(i) {
            let afterName = i > 0 && sameSentence(i - 1, i) && isNameShaped(i - 1)
            return !afterName && isUndottedInitials(i) && isSurnameWithRoleApposition(i + 1)
        }
        let scalars = Array(tokens[i].text.unicodeScalars)
        if scalars.count >= 4, scalars.count <= 6, scalars.count % 2 == 0 {
            for (index, scalar) in scalars.enumerated() where (index % 2 == 1) != (scalar == ".") { return false }
            // "U.N. Diplomats", "W.R. Grace": dotted initials make a person only with a person cue.
            return hasTitledSurname(tokens[i + 1].text) || isPersonCue(after: i + 2)
        }
        // "ERC International said": capitals without dots are an acronym unless "Mr Kelmore" follows, or
        // a role in commas follows an unknown surname ("KK Darrowin, a fund manager with …").
        guard isUndottedInitials(i) else { return false }
        return hasTitledSurname(tokens[i + 1].text) || isSurnameWithRoleApposition(i + 1)
    }

    /// Whether token `i` is two or three capitals without dots ("KK", "JP").
    private func isUndottedInitials(_ i: Int) -> Bool {
        let scalars = tokens[i].text.unicodeScalars
        return (scalars.count == 2 || scalars.count == 3) && scalars.allSatisfy { ScalarClass.isUpper($0) }
    }

    /// Whether token `i` is a word no list knows (no ordinary, place, company or role word) followed by
    /// a role in commas: the surname of a person whose given name is written as initials.
    private func isSurnameWithRoleApposition(_ i: Int) -> Bool {
        guard i + 1 < tokens.count, tokens[i + 1].text == ",", !tokens[i].flags.contains(.hyphenated),
            !isOrdinary(tokens[i].text, lower: tokens[i].lower), !isPlace(tokens[i].text), !isRoleOrCue(tokens[i].lower),
            !EntityLexicons.companyWords.contains(tokens[i].lower)
        else { return false }
        return appositionAfter(i + 1) != nil
    }

    /// Whether the article writes the surname right after "Mr", "Mrs", "Ms" or "Dr".
    func hasTitledSurname(_ surname: String) -> Bool {
        for t in 1..<tokens.count where tokens[t].text == surname {
            var k = t - 1
            if tokens[k].text == ".", k > 0 { k -= 1 }
            if ["mr", "mrs", "ms", "dr"].contains(tokens[k].lower) { return true }
        }
        return false
    }

    /// Whether a hyphenated word is a dashed name: every part capitalised with two letters or more,
    /// and the whole not a known place ("Arlow-Bexley"; not "U.S.-based", "Anglo-Dutch" as written
    /// in lower case after the dash).
    func isDashedName(_ i: Int) -> Bool {
        let token = tokens[i]
        guard token.flags.contains(.hyphenated), token.isCapitalized, !token.isAllCaps, !isPlace(token.text) else {
            return false
        }
        let parts = token.text.split(separator: "-")
        guard parts.count >= 2 else { return false }
        return parts.allSatisfy { part in
            part.unicodeScalars.count >= 2 && part.unicodeScalars.first.map(ScalarClass.isUpper) == true
        }
    }

    /// The first part of a dashed name when it can stand for the name ("Arlow" of "Arlow-Bexley"):
    /// three letters or more, not an ordinary word, place, given name or demonym.
    func dashedNameHead(_ i: Int) -> String? {
        guard isDashedName(i), let part = tokens[i].text.split(separator: "-").first else { return nil }
        let word = String(part)
        let lower = word.lowercased()
        guard word.unicodeScalars.count >= 3, !isOrdinary(word, lower: lower), !isPlace(word),
            !EntityLexicons.firstNames.contains(word), !isRoleOrCue(lower)
        else { return nil }
        return word
    }

    /// Reuters' angle brackets hold one whole name: spans that rules found on part of it
    /// ("Investmento Sarl" of "<Banco Quarvel de Investmento Sarl>", the place of "<Nissei
    /// Kelvo America>") give way to it. Spans of well-known companies and people stay. Returns whether tokens `start..<end` are free now.
    mutating func freeBracketContent(_ start: Int, _ end: Int) -> Bool {
        var inside: [Int] = []
        for t in start..<end where owner[t] >= 0 && !inside.contains(owner[t]) { inside.append(owner[t]) }
        for index in inside {
            let span = spans[index]
            guard span.start >= start, span.end <= end, span.kind != .person, span.canonical == nil || span.kind == .place
            else { return false }
            if span.start == start && span.end == end { return false }
        }
        absorbSpans(start, end)
        return (start..<end).allSatisfy { owner[$0] < 0 }
    }

    /// "Quarvel Bank of Brisbane": the end of a company name that ends before token `end`,
    /// extended over "of" and a one-word place (whose own span is dropped) or one unknown
    /// capitalised word. English only.
    mutating func placeSuffixEnd(_ end: Int) -> Int {
        guard !german, end + 1 < tokens.count, end > 0, sameSentence(end - 1, end + 1), tokens[end].lower == "of",
            isFree(end), tokens[end + 1].isCapitalized, !tokens[end + 1].isAllCaps, !tokens[end + 1].flags.contains(.hyphenated)
        else { return end }
        // A known place, or one unknown word that no further name word follows.
        let word = tokens[end + 1].text
        if !isPlace(word) {
            guard isFree(end + 1), !isOrdinary(word, lower: tokens[end + 1].lower), !EntityLexicons.firstNames.contains(word),
                !isRoleOrCue(tokens[end + 1].lower), end + 2 >= tokens.count || !sameSentence(end + 1, end + 2)
                    || !isNameShaped(end + 2)
            else { return end }
        }
        if owner[end + 1] >= 0 {
            let index = owner[end + 1]
            guard spans[index].kind == .place, spans[index].start == end + 1, spans[index].end == end + 2 else { return end }
            spans[index].strength = -1
            owner[end + 1] = -1
        }
        return end + 2
    }

    /// A share class at token `i`: "Series B", "Class A", or a single capital letter that no
    /// further name word follows ("Tolvan B shares"). English only.
    func isShareClass(at i: Int) -> Bool {
        guard !german else { return false }
        if ["series", "class"].contains(tokens[i].lower), i + 1 < tokens.count, sameSentence(i, i + 1), isSingleLetter(i + 1) {
            return true
        }
        guard isSingleLetter(i), tokens[i].isAllCaps, !tokens[i].flags.contains(.attached) else { return false }
        return i + 1 >= tokens.count || !sameSentence(i, i + 1) || !isNameShaped(i + 1)
    }

    /// Verbs of saying that follow a person's name.
    static let speechVerbs: Set<String> = ["said", "says", "told", "added"]

    /// Whether a person cue starts at token `i`: a speech verb ("said", "told"), perhaps after a
    /// comma, or an apposition with a role (", a spokesman"). English only.
    func isPersonCue(after i: Int) -> Bool {
        guard !german, i < tokens.count, i > 0, sameSentence(i - 1, i) else { return false }
        if Self.speechVerbs.contains(tokens[i].lower) { return true }
        // "C.A. Kelmore, said they …"
        if tokens[i].text == ",", i + 1 < tokens.count, sameSentence(i, i + 1), Self.speechVerbs.contains(tokens[i + 1].lower) {
            return true
        }
        return appositionAfter(i) != nil
    }

    /// "Goldman, Sachs and Co", "Kayne, Anderson and Co": partners' names joined by commas before
    /// the name that ends in "and Co" (starting at `start`); one or two single free name words.
    func commaPartnersStart(_ start: Int) -> Int {
        var result = start
        for _ in 0..<2 {
            guard result >= 2, tokens[result - 1].text == ",", sameSentence(result - 2, result) else { break }
            let word = result - 2
            guard isFree(word), isNameShaped(word), !tokens[word].isAllCaps, !isStopwordHere(tokens[word].lower),
                !isRoleOrCue(tokens[word].lower), !isPlace(tokens[word].text), !isSentenceInitial(word) || word == result - 2,
                word == 0 || !sameSentence(word - 1, word) || !isNameShaped(word - 1)
            else { break }
            result = word
        }
        return result
    }

    /// "Tobias Varlow Inc" … "Varlow": the surname of a company named after a person (a given name
    /// and one more word, legal forms aside) can stand for it. English only.
    func founderSurname(of span: EntitySpan) -> String? {
        guard !german else { return nil }
        var end = span.end
        while end - span.start > 2, isLegalForm(end - 1) { end -= 1 }
        guard end - span.start == 2, EntityLexicons.firstNames.contains(tokens[span.start].text) else { return nil }
        let last = span.start + 1
        let token = tokens[last]
        guard token.isWord, token.isCapitalized, !token.isAllCaps, token.text.unicodeScalars.count >= 3,
            !token.flags.contains(.hyphenated), !isOrdinary(token.text, lower: token.lower), !isPlace(token.text),
            !isRoleOrCue(token.lower), !EntityLexicons.companyWords.contains(token.lower), !isLegalForm(last)
        else { return nil }
        return token.lower
    }
}
