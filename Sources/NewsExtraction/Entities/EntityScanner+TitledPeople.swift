import NewsModel

extension EntityScanner {
    /// Titles of address before a surname ("Mr Kelmore", "Dr Varlow"). Lower case.
    static let personTitles: WordSet = ["mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "professor", "prof"]

    /// The titles after which an ordinary word is a surname ("Mr Brown", "Lord Young"); not "Miss" ("Hit or
    /// Miss Shops") nor "Dr" ("Dr No", "Dr Pepper").
    static let addressTitles: WordSet = ["mr", "mrs", "ms", "sir", "dame", "lord", "lady"]

    /// People known by one name in English text:
    /// - a surname after a title or a capitalised role ("Mr Kelmore", "President Brackley",
    ///   "Chancellor Dorn"): the surname alone is the person;
    /// - a well-known company name of one word followed by a surname, with a person cue ("Finance
    ///   minister Tarvo Kelmore"; for a given name also "Tarvo Kelmore said" or "Mr Kelmore" in the
    ///   article): the two words are the person, not the company.
    mutating func findTitledPeople() {
        guard !german else { return }
        let n = tokens.count
        guard n > 1 else { return }
        // A well-known one-word name with a surname after it and a person cue.
        // The one-word known names with a single name after them are found first, in a non-mutating
        // pass (a call per owned token from this mutating loop would copy the scanner each time); a
        // claim changes only its own span and the token after it, which no later candidate reads.
        for i in knownNamesBeforeSingleNames() { claimPersonFromKnownName(at: i) }
        var single: [String: Int] = [:]  // surname -> span index
        var surnames: Set<String>?  // built when the first title or role is seen
        // "Mr Bush", "Lord Young": after a title of address an ordinary word is a surname too; found once, it
        // names the person elsewhere only away from a sentence start.
        var ordinarySingles = Set<String>()
        for i in 1..<n where isNameShaped(i) {
            var k = i - 1
            if tokens[k].text == ".", k > 0, sameSentence(k - 1, i) { k -= 1 }
            guard sameSentence(k, i), tokens[k].isWord else { continue }
            let isTitle = Self.personTitles.contains(tokens[k].lower)
            let isRole = tokens[k].isCapitalized && !tokens[k].isAllCaps
                && !tokens[k].flags.contains(.hyphenated) && EntityLexicons.roles.matches(tokens[k].lower)
            guard isTitle || isRole else { continue }
            if surnames == nil { surnames = fullNameParts() }
            guard surnames?.contains(tokens[i].text) == false else { continue }
            if !isSingleName(i) {
                // Only after the title itself: a role before an ordinary word ("President Bush") would
                // hand the role on to anaphors ("the French president").
                // "Mr Van de Vijver": a particle opens a longer name; "MS. Final approval": no title in capitals.
                guard isTitle, !tokens[k].isAllCaps, Self.addressTitles.contains(tokens[k].lower),
                    !EntityLexicons.nameParticles.contains(tokens[i].lower),
                    isSingleName(i, ordinaryAllowed: true)
                else {
                    continue
                }
                ordinarySingles.insert(tokens[i].text)
            }
            var person = span(i, i + 1, kind: .person, strength: 2)
            if isRole, let role = roleBefore(i) {
                person.role = role.role
                person.organization = role.organization
            }
            if let index = add(person), single[tokens[i].text] == nil { single[tokens[i].text] = index }
        }
        // "Brackley met …" after "President Brackley": the surname alone, elsewhere in the article.
        guard !single.isEmpty else { return }
        for i in 0..<n where isFree(i) && tokens[i].isCapitalized && !tokens[i].isAllCaps && !isShouting(i) {
            guard single[tokens[i].text] != nil, i + 1 >= n || !sameSentence(i, i + 1) || !isNameShaped(i + 1) else { continue }
            if isSentenceInitial(i) && ordinarySingles.contains(tokens[i].text) { continue }
            if i > 0, sameSentence(i - 1, i), isNameShaped(i - 1) && !isSentenceInitial(i) && owner[i - 1] < 0 { continue }
            add(span(i, i + 1, kind: .person, strength: 2))
        }
    }

    /// The surnames (and given names) of the people found in full, which a title before them
    /// leaves to the surname rule: "Mr Kelmore" after "Tarvo Kelmore"; "Sir Tobin" after "Tobin
    /// Varlow" is his given name; "Ms Varlow" after "Flick Varlow" (a name found by a later rule)
    /// is left to that rule.
    func fullNameParts() -> Set<String> {
        let n = tokens.count
        var surnames = Set<String>()
        for span in spans where span.kind == .person && span.end - span.start >= 2 {
            surnames.insert(tokens[span.end - 1].text)
            surnames.insert(tokens[span.start].text)
        }
        for t in 3..<max(3, n) where tokens[t].isCapitalized && tokens[t - 1].text == "." && isSingleLetter(t - 2)
            && sameSentence(t - 3, t) && isNameShaped(t - 3)
        {
            surnames.insert(tokens[t].text)  // "Tobin R. Varlow"
        }
        for t in 1..<n where tokens[t].isCapitalized && sameSentence(t - 1, t) && isNameShaped(t - 1) {
            let before = tokens[t - 1]
            if Self.personTitles.contains(before.lower) || EntityLexicons.roles.matches(before.lower) { continue }
            if isSentenceInitial(t - 1) && isOrdinary(before.text, lower: before.lower) { continue }
            surnames.insert(tokens[t].text)
        }
        return surnames
    }

    /// Whether token `i` can be a surname standing alone: a free capitalised word, not in capitals,
    /// no ordinary word (unless `ordinaryAllowed`: after a title of address), place, role, cue, legal
    /// form or company word, with no further name word after it.
    func isSingleName(_ i: Int, ordinaryAllowed: Bool = false) -> Bool {
        guard isFree(i), isNameShaped(i), !tokens[i].isAllCaps, !tokens[i].flags.contains(.hyphenated),
            tokens[i].text.unicodeScalars.count >= 2, !isShouting(i)
        else { return false }
        let lower = tokens[i].lower
        // English words only: the German word list holds famous surnames ("Brackley" may be one).
        if EntityLexicons.isStopword(lower) || !ordinaryAllowed && EntityLexicons.commonEnglish.contains(lower)
            || EntityLexicons.demonyms.contains(tokens[i].text) || TextLexicons.months.contains(lower) || isPlace(tokens[i].text) || isRoleOrCue(lower) || isLegalForm(i)
            || EntityLexicons.companyWords.contains(lower) || EntityLexicons.nonPersonHeads.contains(lower)
        {
            return false
        }
        if i + 1 < tokens.count, sameSentence(i, i + 1), isNameShaped(i + 1) { return false }
        return true
    }

    /// The tokens that ``claimPersonFromKnownName(at:)`` may claim, in order: a well-known name of
    /// one word, no person or place, followed by a single name in its sentence.
    func knownNamesBeforeSingleNames() -> [Int] {
        var found: [Int] = []
        for i in 0..<tokens.count where owner[i] >= 0 {
            let index = owner[i]  // the span's fields read in place (a copy would retain its strings)
            if spans[index].start == i, spans[index].end == i + 1, spans[index].canonical != nil,
                spans[index].kind != .person, spans[index].kind != .place,
                i + 1 < tokens.count, sameSentence(i, i + 1), isSingleName(i + 1)
            {
                found.append(i)
            }
        }
        return found
    }

    /// "minister Tarvo Kelmore": a one-word well-known company span at `i` ("Tarvo") right before a
    /// free surname becomes the person when a role comes before; when the word is also a given name,
    /// a speech verb after it or "Mr Kelmore" in the article is cue enough.
    mutating func claimPersonFromKnownName(at i: Int) {
        let index = owner[i]
        let known = spans[index]
        guard known.start == i, known.end == i + 1, known.canonical != nil, known.kind != .person, known.kind != .place,
            i + 1 < tokens.count, sameSentence(i, i + 1), isSingleName(i + 1)
        else { return }
        // A role right before is cue enough; otherwise the word must be a given name as well.
        let role = roleBefore(i)
        guard role != nil || (EntityLexicons.firstNames.contains(tokens[i].text)
            && (isPersonCue(after: i + 2) || hasTitledSurname(tokens[i + 1].text)))
        else { return }
        spans[index].kind = .person
        spans[index].canonical = nil
        spans[index].end = i + 2
        spans[index].nameEnd = tokens[i + 1].range.end
        spans[index].strength = 3
        if let role {
            spans[index].role = role.role
            spans[index].organization = role.organization
        }
        owner[i + 1] = index
    }
}

extension EntityScanner {
    /// "Helmut Von Kessendorf", "Pieter Van Dalsum": English text often capitalises the particle
    /// inside a name. It counts as a particle after a known given name. In German text, where every noun is
    /// capitalised, only before a lower-case particle: "Joris Van der Hoeven", "Ana De la Fuente".
    func isCapitalizedParticle(_ j: Int, knownFirst: Bool) -> Bool {
        guard knownFirst, tokens[j].isCapitalized, !tokens[j].isAllCaps,
            ["von", "van", "de", "der", "den", "du", "da", "di", "del", "della", "le", "la", "ter"].contains(tokens[j].lower)
        else { return false }
        guard german else { return true }
        return j + 1 < tokens.count && sameSentence(j, j + 1) && ["der", "den", "de", "la", "le", "del"].contains(tokens[j + 1].text)
    }
}
