import NewsModel

/// Names the entity stage missed but the quote rules see as speakers ("…, sagte Hanno Quirl").
extension QuoteContext {
    /// Whether a capitalised run found as a speaker is surely a person's name: two or three words,
    /// none of them an ordinary word, nationality, company or organisation word or an acronym, and
    /// standing right at the cue ("X sagte", "sagte X", "so X", "X said").
    func isConfidentName(_ range: Range<Int>, anchor: Int) -> Bool {
        guard range.count >= 2, range.count <= 3 else { return false }
        let gap = range.lowerBound > anchor ? range.lowerBound - anchor - 1 : max(0, anchor - range.upperBound)
        guard gap <= 1 else { return false }
        // A known given name first ("Joss Stone"): the surname may be an ordinary English word.
        let givenFirst = EntityLexicons.firstNames.contains(document.slice(tokens[range.lowerBound].range))
        // "die Nachrichtenagentur X Y", "X Y radio": a medium's name, not a person's.
        if isMediaCue(range.lowerBound - 1) || isMediaCue(range.upperBound) { return false }
        // A German word ending like a noun of a person or thing ("Jagdethiker", "Bewertung") is
        // no given name.
        if language == .german, !givenFirst {
            let first = tokens[range.lowerBound].lower
            if Self.germanNounEndings.contains(where: { first.count > $0.count + 2 && first.hasSuffix($0) }) { return false }
        }
        for index in range {
            let token = tokens[index]
            // No mention of any kind, places included ("Hong Kong").
            guard token.kind == .word, token.isCapitalized, mention(at: index) == nil,
                table.mention(at: token.range.start) == nil
            else { return false }
            let written = document.slice(token.range)
            guard written.count >= 2, !written.allSatisfy({ $0.isUppercase || $0 == "-" }),
                !Self.nameTitles.contains(token.lower), !EntityLexicons.nameParticles.contains(token.lower)
            else { return false }
            if givenFirst && index > range.lowerBound {
                if EntityLexicons.isStopword(token.lower) || EntityLexicons.companyWords.contains(token.lower)
                    || EntityLexicons.legalForms.contains(token.lower)
                    || Self.mediaWords.contains(token.lower)
                {
                    return false
                }
            } else if Self.isOrdinaryWord(written, lower: token.lower) {
                return false
            }
        }
        return true
    }

    /// Whether the token at `index` names a kind of medium or organisation ("Nachrichtenagentur",
    /// "radio", "agency").
    func isMediaCue(_ index: Int) -> Bool {
        guard index >= 0, index < tokens.count, tokens[index].kind == .word else { return false }
        let lower = tokens[index].lower
        return EntityLexicons.organizationCues.matches(lower) || Self.mediaWords.contains(lower)
    }

    /// Words for media next to or in their name ("Cadena Quel radio", "Quel Presse").
    static let mediaWords: Set<String> = [
        "radio", "news", "television", "tv", "station", "daily", "magazine", "sender", "presse", "press",
    ]
    /// Endings of German nouns for people and things ("Jagdethiker", "Bewertung").
    static let germanNounEndings = ["er", "ung", "heit", "keit", "schaft", "tion", "ismus"]

    /// The sure name in a capitalised run, if any: the whole run, or the run after a leading role
    /// or title ("Innenminister Ralf Quembeck", "Sir Tamsin Orrow").
    func confidentName(in range: Range<Int>, anchor: Int) -> Range<Int>? {
        let tail = (range.lowerBound + 1)..<range.upperBound
        let isGiven = { (index: Int) in EntityLexicons.firstNames.contains(self.document.slice(self.tokens[index].range)) }
        // "Landrat Hanno Quirlitz": a given name second, after a word that is none, starts the name.
        if range.count >= 3, !isGiven(range.lowerBound), isGiven(range.lowerBound + 1) {
            return isConfidentName(tail, anchor: anchor) ? tail : nil
        }
        // "Staatsanwalt Jan Quirl": a German office before the name.
        if range.count >= 3, let roled = germanRoledName(in: range) { return roled }
        // "Regierungskollege Quastmeyer": a German person noun before a surname.
        if let surname = surnameAfterPersonNoun(in: range) { return surname }
        if isConfidentName(range, anchor: anchor) { return range }
        if range.count >= 3 && isConfidentName(tail, anchor: anchor) { return tail }
        return titledOrRoledName(in: range)
    }

    /// "Mr Quembeck said", "said central bank governor Park Quel": after a title, or after a
    /// lower-case role word, capitalised words are a name even when they are also ordinary words.
    /// Returns the name without the title.
    func titledOrRoledName(in range: Range<Int>) -> Range<Int>? {
        guard language == .english, !range.isEmpty else { return nil }
        var name = range
        if Self.personTitles.contains(tokens[range.lowerBound].lower) {
            name = (range.lowerBound + 1)..<range.upperBound
        } else {
            let before = range.lowerBound - 1
            guard before >= 0, tokens[before].kind == .word, !tokens[before].isCapitalized,
                lexicon.roleWord(in: tokens[before].lower) != nil, range.count >= 2
            else { return nil }
        }
        guard (1...3).contains(name.count) else { return nil }
        for index in name where !isUnmarkedNameWord(at: index) { return nil }
        return name
    }

    /// Whether token `index` can be a word of a name the entity stage missed: a capitalised word of
    /// two or more letters, not all capitals, in no mention, and no title, stopword, company word,
    /// legal form, demonym, media word or speech cue.
    func isUnmarkedNameWord(at index: Int) -> Bool {
        let token = tokens[index]
        let written = document.slice(token.range)
        return token.kind == .word && token.isCapitalized && mention(at: index) == nil
            && table.mention(at: token.range.start) == nil && written.count >= 2
            && !written.allSatisfy({ $0.isUppercase || $0 == "-" }) && !Self.nameTitles.contains(token.lower)
            && !EntityLexicons.isStopword(token.lower) && !EntityLexicons.companyWords.contains(token.lower)
            && !EntityLexicons.legalForms.contains(token.lower) && !EntityLexicons.demonyms.contains(written)
            && !Self.mediaWords.contains(token.lower) && cue(at: index, limit: index + 1) == nil
    }

    /// The capitalised run of two or three words right after a lower-case role word at `index`,
    /// when it is a name (see ``titledOrRoledName(in:)``).
    func nameAfterRole(at index: Int, upper: Int) -> Range<Int>? {
        guard language == .english, !tokens[index].isCapitalized else { return nil }
        var end = index + 1
        while end < upper, end - index <= 3, tokens[end].kind == .word, tokens[end].isCapitalized, spanAt[end] == nil {
            end += 1
        }
        guard end - index - 1 >= 2 else { return nil }
        return titledOrRoledName(in: (index + 1)..<end)
    }

    /// Titles that make the next capitalised word a surname.
    static let personTitles: Set<String> = ["mr", "mrs", "ms", "dr"]

    /// "sagte Hans-Peter Quandt", "said Jean-Luc Quandt": a given name (every part of a hyphenated
    /// one known) right before a one-word company name at the cue is a person of that surname.
    func givenNameBeforeCompany(at index: Int, upper: Int, anchor: Int) -> Range<Int>? {
        guard index + 1 < upper, tokens[index].kind == .word, tokens[index].isCapitalized, mention(at: index) == nil,
            let company = mention(at: index + 1), company.kind == .company || company.kind == .organization,
            company.tokenRange == tokens[index + 1].range, mention(at: index + 2)?.entity != company.entity
        else { return nil }
        if index > 0, Self.determiners.contains(tokens[index - 1].lower) { return nil }
        let parts = document.slice(tokens[index].range).split(separator: "-").map(String.init)
        guard parts.allSatisfy({ EntityLexicons.firstNames.contains($0) }),
            !EntityLexicons.nameParticles.contains(tokens[index].lower)
        else { return nil }
        let gap = index > anchor ? index - anchor - 1 : max(0, anchor - index - 2)
        return gap <= 1 ? index..<(index + 2) : nil
    }

    /// A sure name of two or three words that starts right after the cue at `anchor` ("said
    /// Tamwin Orrowby, …"), or ends right before it ("Tamwin Orrowby sagte").
    func nameRightAtCue(in range: Range<Int>, anchor: Int) -> Range<Int>? {
        var starts: [Int] = []
        if anchor + 1 < range.upperBound, anchor + 1 >= range.lowerBound { starts.append(anchor + 1) }
        for length in [3, 2] where anchor - length >= range.lowerBound { starts.append(anchor - length) }
        for start in starts where spanAt[start] == nil {
            var end = start
            while end < range.upperBound, end - start < 3, tokens[end].kind == .word, tokens[end].isCapitalized,
                spanAt[end] == nil, mention(at: end) == nil, cue(at: end, limit: end + 1) == nil
            {
                end += 1
            }
            guard end - start >= 2, start > anchor || end == anchor else { continue }
            if start > 0, Self.determiners.contains(tokens[start - 1].lower) { continue }
            if start == 0 || tokens[start - 1].endsSentence { continue }
            // "said Harlow Research analyst Dana Ferrick": the run is her employer.
            if isEmployerBeforeRole(start..<end) { continue }
            if let name = confidentName(in: start..<end, anchor: anchor) { return name }
        }
        return nil
    }

    /// Titles before a name: "Mr Quembeck" is no full name.
    static let nameTitles: Set<String> = [
        "mr", "mrs", "ms", "dr", "sir", "lord", "lady", "dame", "herr", "frau", "prof", "president", "minister",
    ]

    /// Whether a capitalised word is an ordinary word rather than part of a name. A hyphenated
    /// word counts when any part is.
    static func isOrdinaryWord(_ written: String, lower: String) -> Bool {
        let parts = written.split(separator: "-").map(String.init)
        // A hyphenated given name ("Hans-Peter") is a name.
        if parts.count > 1 && parts.allSatisfy({ EntityLexicons.firstNames.contains($0) }) { return false }
        if EntityLexicons.firstNames.contains(written) { return false }
        return parts.contains { part in
            let partLower = part.lowercased()
            return EntityLexicons.commonGerman.contains(part) || EntityLexicons.frequentGerman.contains(part)
                || EntityLexicons.germanNounsLower.contains(partLower) || EntityLexicons.commonEnglish.contains(partLower)
                || EntityLexicons.demonyms.contains(part) || EntityLexicons.companyWords.contains(partLower)
                || EntityLexicons.legalForms.contains(partLower) || EntityLexicons.organizationWords.matches(partLower)
                || EntityLexicons.isStopword(partLower)
        }
    }

    /// The table with a person for each new speaker name, mentioned wherever the full name or its
    /// last word stands outside other mentions.
    func addingPeople(named ranges: [Range<Int>]) -> EntityTable {
        var entities = table.entities
        var mentions = table.mentions
        var ids = Set(entities.map(\.id))
        var added: [(words: [String], id: EntityID, name: String)] = []
        for range in ranges {
            let name = text(range)
            let words = range.map { document.slice(tokens[$0].range) }
            if added.contains(where: { $0.name == name }) { continue }
            let id = "person:" + name.lowercased()
            guard !ids.contains(id) else { continue }
            ids.insert(id)
            entities.append(Entity(id: id, name: name, kind: .person))
            added.append((words, id, name))
        }
        guard !added.isEmpty else { return table }
        // A new name over a company mention ("Hans-Peter Quandt" read as the company "Quandt")
        // takes its place; a company left without mentions goes.
        let covered = ranges.map { TextRange(start: tokens[$0.lowerBound].range.start, end: tokens[$0.upperBound - 1].range.end) }
        let before = Set(mentions.map(\.entity))
        mentions.removeAll { mention in covered.contains { $0.overlaps(mention.range) } }
        let after = Set(mentions.map(\.entity))
        entities.removeAll { before.contains($0.id) && !after.contains($0.id) }
        var index = 0
        while index < tokens.count {
            guard tokens[index].kind == .word, tokens[index].isCapitalized, mention(at: index) == nil else {
                index += 1
                continue
            }
            let written = document.slice(tokens[index].range)
            var matched = false
            for person in added {
                let count = person.words.count
                let full =
                    index + count <= tokens.count
                    && (0..<count).allSatisfy { document.slice(tokens[index + $0].range) == person.words[$0] }
                let length = full ? count : (written == person.words.last ? 1 : 0)
                guard length > 0 else { continue }
                let range = TextRange(start: tokens[index].range.start, end: tokens[index + length - 1].range.end)
                mentions.append(
                    EntityMention(
                        entity: person.id, kind: .person, range: range, sentence: tokens[index].sentence,
                        surface: document.slice(range)))
                index += length
                matched = true
                break
            }
            if !matched { index += 1 }
        }
        return EntityTable(entities: entities, mentions: mentions)
    }
}
