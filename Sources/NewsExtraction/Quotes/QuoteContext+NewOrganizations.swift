import NewsModel

/// Newspapers, agencies and broadcasters the entity stage missed but the quote rules see as
/// speakers ("…, the Quillton Times reported", "Ostmark Radio said", "berichtete die Harlinger
/// Zeitung"): a capitalised name ending in a medium's head noun, right at the cue, is an
/// organisation.
extension QuoteContext {
    /// Last words of a medium's name ("Times", "Post", "Radio", "Zeitung").
    static let mediaNameHeads: Set<String> = [
        "times", "post", "journal", "news", "herald", "gazette", "tribune", "telegraph", "chronicle", "courier",
        "radio", "television", "tv", "magazine", "daily", "weekly", "press", "observer", "guardian", "mirror",
        "express", "examiner", "inquirer", "monitor", "review", "bulletin", "dispatch", "zeitung", "rundschau",
        "nachrichten", "anzeiger", "kurier", "tagblatt", "presse", "rundfunk", "fernsehen",
    ]

    /// Heads that name a newspaper on their own after an article ("the Post", "the Times");
    /// "the Radio" or "the News" names nothing.
    static let newspaperHeads: Set<String> = [
        "times", "post", "journal", "herald", "gazette", "tribune", "telegraph", "chronicle", "courier", "observer",
        "guardian", "mirror", "express", "examiner", "inquirer",
    ]

    /// Whether a capitalised head word of a medium's or organisation's name stands right before the
    /// cue at `anchor` or in the capitalised run right after it: a cheap test, read in place,
    /// before any name is built.
    func hasNameHeadAtCue(in range: Range<Int>, anchor: Int) -> Bool {
        tokens.withUnsafeBufferPointer { tokens in
            func isHead(_ index: Int) -> Bool {
                guard tokens[index].kind == .word, tokens[index].isCapitalized else { return false }
                let lower = tokens[index].lower
                return Self.mediaNameHeads.contains(lower) || Self.englishOrganizationHeads.contains(lower)
            }
            guard anchor >= 0, anchor < tokens.count else { return false }
            // "… Union said", "… Department of Fisheries said": a head at the end or before "of".
            func isHeadEnding(_ end: Int) -> Bool {
                isHead(end) || (end - 2 >= range.lowerBound && tokens[end - 1].lower == "of" && isHead(end - 2))
            }
            if anchor - 1 >= range.lowerBound, isHeadEnding(anchor - 1) { return true }
            // "The Kelmar Grain Exchange (KGE) said": the head before the bracketed short form.
            if anchor - 4 >= range.lowerBound, tokens[anchor - 1].isPunctuation(")"), isHeadEnding(anchor - 4),
                tokens[anchor - 3].isPunctuation("(")
            {
                return true
            }
            // After the cue: an article, then capitalised words and joiners only.
            var probe = anchor + 1
            while probe < range.upperBound, probe - anchor <= 8, tokens[probe].kind == .word {
                if isHead(probe) { return true }
                if !tokens[probe].isCapitalized && probe > anchor + 1 && !["of", "and"].contains(tokens[probe].lower) { return false }
                probe += 1
            }
            return false
        }
    }

    /// The name of a medium standing right at the cue `anchor` in `range` (without a leading
    /// article): one to four capitalised words in no mention and no quotation, the last a medium's
    /// head noun. A single word needs an article before it ("the Post"); the name must end right
    /// before the cue or start right after it (an article between is allowed).
    func newMediumName(in range: Range<Int>, anchor: Int) -> Range<Int>? {
        // Before the cue: "… the Quillton Times reported", "Ostmark Radio said".
        if anchor - 1 >= range.lowerBound, let name = mediumName(endingAt: anchor - 1, lower: range.lowerBound) {
            return name
        }
        // After the cue: "said the Harwick Herald", "berichtete die Harlinger Zeitung".
        // "told the Dunmore Post": the one spoken to is no speaker.
        guard anchor >= 0, anchor < tokens.count, !Self.addresseeCues.contains(tokens[anchor].lower) else { return nil }
        var start = anchor + 1
        if start < range.upperBound, Self.determiners.contains(tokens[start].lower) { start += 1 }
        var end = start
        while end < range.upperBound, end - start < 4, isMediumNameWord(end) { end += 1 }
        while end > start {
            if let name = mediumName(endingAt: end - 1, lower: start) { return name }
            end -= 1
        }
        return nil
    }

    /// Last words of an English organisation's or company's name ("Union", "Board", "Exchange",
    /// "Inc"): with at least one more capitalised word before them, a name at the cue.
    static let englishOrganizationHeads: Set<String> = [
        "union", "pool", "board", "council", "commission", "committee", "ministry", "department", "agency",
        "institute", "association", "federation", "authority", "bureau", "office", "fund", "party", "court",
        "exchange", "bank", "organisation", "organization", "administration", "foundation", "society", "league",
        "corporation", "service", "inc", "corp", "co", "cos", "ltd", "plc", "llc", "group", "holdings", "industries",
        "airlines", "systems", "bancorp", "partners", "securities", "motors", "petroleum", "brothers", "company",
    ]

    /// Whether a name's last word makes it a company (a legal form or company word) rather than
    /// another organisation.
    static func isCompanyHead(_ lower: String) -> Bool {
        EntityLexicons.legalForms.contains(lower) || EntityLexicons.companyWords.contains(lower)
    }

    /// "The Tinsmiths Union said", "said the Coral Stock Exchange": an English name of two
    /// or more capitalised words (places, "of", "and" and "&" inside) ending in an organisation's
    /// head word, right before or after the cue at `anchor`, in no other mention.
    func newOrganizationName(in range: Range<Int>, anchor: Int) -> Range<Int>? {
        guard language == .english, anchor >= 0, anchor < tokens.count else { return nil }
        if anchor - 1 >= range.lowerBound, let name = organizationName(endingAt: anchor - 1, lower: range.lowerBound) {
            return name
        }
        if let end = nameEndBeforeShortForm(anchor: anchor, lower: range.lowerBound),
            let name = organizationName(endingAt: end, lower: range.lowerBound)
        {
            return name
        }
        guard !Self.addresseeCues.contains(tokens[anchor].lower) else { return nil }
        var start = anchor + 1
        if start < range.upperBound, Self.determiners.contains(tokens[start].lower) { start += 1 }
        var end = start
        while end < range.upperBound, end - start < 6, isOrganizationNameWord(end) || isNameJoiner(end) { end += 1 }
        while end > start + 1 {
            if let name = organizationName(endingAt: end - 1, lower: start), name.lowerBound == start { return name }
            end -= 1
        }
        return nil
    }

    /// "The Kelmar Grain Exchange (KGE) said": the last word of a name before its short form in
    /// brackets right at the cue `anchor` (two to eight capital letters). Nil when no such form
    /// stands there.
    private func nameEndBeforeShortForm(anchor: Int, lower: Int) -> Int? {
        guard anchor - 4 >= lower, anchor < tokens.count, tokens[anchor - 1].isPunctuation(")"),
            tokens[anchor - 3].isPunctuation("("), tokens[anchor - 2].kind == .word
        else { return nil }
        let form = document.slice(tokens[anchor - 2].range).unicodeScalars
        guard (2...8).contains(form.count), form.allSatisfy({ ("A"..."Z").contains($0) }) else { return nil }
        return anchor - 4
    }

    /// "Harlow-Vex, a private Tulsa company, said …": the capitalised name (one to three words, in
    /// no mention) right before an English apposition that ends at the cue and names a kind of
    /// company (", a … company,", ", an … firm,"). Nil when the cue has no such subject.
    func nameBeforeCompanyApposition(in range: Range<Int>, anchor: Int) -> Range<Int>? {
        guard language == .english, anchor - 1 > range.lowerBound, anchor < tokens.count,
            tokens[anchor - 1].isPunctuation(","), Self.companyNouns.contains(tokens[anchor - 2].lower)
        else { return nil }
        // The comma that opens the apposition, then "a" or "an".
        var comma = anchor - 3
        while comma > range.lowerBound, anchor - comma <= 9, tokens[comma].kind == .word { comma -= 1 }
        guard comma > range.lowerBound, tokens[comma].isPunctuation(","), ["a", "an"].contains(tokens[comma + 1].lower)
        else { return nil }
        var start = comma
        while start - 1 >= range.lowerBound, comma - start < 3, isOrganizationNameWord(start - 1)
            || (tokens[start - 1].kind == .word && tokens[start - 1].isCapitalized && mention(at: start - 1) == nil
                && tokens[start - 1].lower.contains("-"))
        {
            start -= 1
        }
        guard start < comma else { return nil }
        // The name opens the sentence or follows a dateline's dash.
        guard start == range.lowerBound || tokens[start - 1].isPunctuation("-") || tokens[start - 1].isPunctuation("–")
            || tokens[start - 1].endsSentence
        else { return nil }
        // One word alone must be no ordinary word ("Analysts, a …").
        if comma - start == 1 {
            let written = document.slice(tokens[start].range)
            if Self.isOrdinaryWord(written, lower: tokens[start].lower) { return nil }
        }
        return start..<comma
    }

    /// The organisation's name whose head word is at `last`, back over at most five words.
    private func organizationName(endingAt last: Int, lower: Int) -> Range<Int>? {
        guard last >= 0, last < tokens.count, isOrganizationNameWord(last), table.mention(at: tokens[last].range.start) == nil
        else { return nil }
        // "Department of Fisheries": the head may stand before "of" and one more word.
        let headBeforeOf =
            last - 2 >= lower && tokens[last - 1].lower == "of" && isOrganizationNameWord(last - 2)
            && Self.englishOrganizationHeads.contains(tokens[last - 2].lower)
        guard Self.englishOrganizationHeads.contains(tokens[last].lower) || headBeforeOf else { return nil }
        var start = last
        var hasPossessive = false
        while start - 1 >= lower, last - start < 5 {
            if isOrganizationNameWord(start - 1) {
                start -= 1
            } else if !hasPossessive, start - 2 >= lower, isNameJoiner(start - 1), isOrganizationNameWord(start - 2) {
                start -= 2
            } else if start - 2 >= lower, isPossessiveInsideName(start - 1) {
                // "the Trade Representative's Office": an office named after its holder; no
                // second name joined before it ("the X Union and Y Workers' Association").
                start -= 2
                hasPossessive = true
            } else {
                break
            }
        }
        // Two words at least, and not only a sentence's capitalised first word before the head.
        guard start < last else { return nil }
        // "The U.S. Department of Fisheries said": a place right before belongs to the name.
        if start - 1 >= lower, let place = table.mention(at: tokens[start - 1].range.start), place.kind == .place,
            let placeStart = document.tokenIndex(containing: place.range.start), placeStart >= lower
        {
            start = placeStart
        }
        // "Brimlow Cars of North America Inc" after the known "Brimlow": the tail of a known name.
        if start > 0, tokens[start - 1].kind == .word, tokens[start - 1].isCapitalized, mention(at: start - 1) != nil {
            return nil
        }
        let opensSentence = start == 0 || tokens[start - 1].endsSentence || tokens[start - 1].kind == .quoteMark
        if opensSentence && start + 1 == last && !Self.determiners.contains(tokens[start].lower) {
            // "Carriers Union said" at a sentence's start is still a name; "Bank said" is not.
            return EntityLexicons.isStopword(tokens[start].lower) ? nil : start..<(last + 1)
        }
        return start..<(last + 1)
    }

    /// Whether a token can be a word of an organisation's name: capitalised, outside quotation
    /// marks, in no mention other than a place's, and no speech cue, function word or article.
    private func isOrganizationNameWord(_ index: Int) -> Bool {
        let token = tokens[index]
        guard token.kind == .word, token.isCapitalized, spanAt[index] == nil, mention(at: index) == nil,
            !lexicon.functionWords.contains(token.lower), !Self.determiners.contains(token.lower),
            cue(at: index, limit: index + 1) == nil
        else { return false }
        if let other = table.mention(at: token.range.start), other.kind != .place { return false }
        return true
    }

    /// A possessive "'s" inside a name, after a capitalised word that is no place ("the Trade
    /// Representative's Office"; not "Kelmar's Finance Ministry").
    private func isPossessiveInsideName(_ index: Int) -> Bool {
        guard ["'s", "’s"].contains(tokens[index].lower), isOrganizationNameWord(index - 1) else { return false }
        return table.mention(at: tokens[index - 1].range.start) == nil
    }

    /// "of", "and" and "&" inside a name ("Bank of Kelmar", "Stop and Shop").
    private func isNameJoiner(_ index: Int) -> Bool {
        ["of", "and", "&"].contains(tokens[index].lower)
    }

    /// The medium's name whose last word is at `last`, going back at most four words but not
    /// before `lower`.
    private func mediumName(endingAt last: Int, lower: Int) -> Range<Int>? {
        guard last >= 0, last < tokens.count, isMediumNameWord(last),
            Self.mediaNameHeads.contains(tokens[last].lower)
        else { return nil }
        var start = last
        while start - 1 >= lower, last - start < 3, isMediumNameWord(start - 1) { start -= 1 }
        let hasArticle = start > 0 && Self.determiners.contains(tokens[start - 1].lower)
        // "Times said" alone is no name; "the Post said" is.
        if start == last && !(hasArticle && Self.newspaperHeads.contains(tokens[last].lower)) { return nil }
        // A sentence's first word is capitalised anyway: "News said …" names nothing.
        if start == last && (start == 0 || tokens[start - 1].endsSentence) { return nil }
        return start..<(last + 1)
    }

    /// Whether a token can be a word of a medium's name: capitalised, outside quotation marks and
    /// mentions, and no speech cue or function word.
    private func isMediumNameWord(_ index: Int) -> Bool {
        let token = tokens[index]
        return token.kind == .word && token.isCapitalized && spanAt[index] == nil && mention(at: index) == nil
            && table.mention(at: token.range.start) == nil && !lexicon.functionWords.contains(token.lower)
            && !Self.determiners.contains(token.lower) && cue(at: index, limit: index + 1) == nil
    }

    /// The table with an organisation for each new medium's name, mentioned wherever the full name
    /// stands outside other mentions.
    func addingOrganizations(named ranges: [Range<Int>]) -> EntityTable {
        var entities = table.entities
        var mentions = table.mentions
        var ids = Set(entities.map(\.id))
        var added: [(words: [String], id: EntityID, kind: EntityKind)] = []
        for range in ranges {
            let name = text(range)
            let words = range.map { document.slice(tokens[$0].range) }
            let key = String(String.UnicodeScalarView(name.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic || ("0"..."9").contains($0) }))
            let kind: EntityKind = Self.isCompanyHead(tokens[range.upperBound - 1].lower) ? .company : .organization
            let id = kind.rawValue + ":" + key
            guard !key.isEmpty, !ids.contains(id) else { continue }
            ids.insert(id)
            entities.append(Entity(id: id, name: name, kind: kind))
            added.append((words, id, kind))
        }
        guard !added.isEmpty else { return table }
        var index = 0
        while index < tokens.count {
            guard tokens[index].kind == .word, tokens[index].isCapitalized, mention(at: index) == nil else {
                index += 1
                continue
            }
            var matched = false
            for medium in added {
                let count = medium.words.count
                guard index + count <= tokens.count,
                    (0..<count).allSatisfy({ document.slice(tokens[index + $0].range) == medium.words[$0] })
                else { continue }
                let range = TextRange(start: tokens[index].range.start, end: tokens[index + count - 1].range.end)
                mentions.append(
                    EntityMention(
                        entity: medium.id, kind: medium.kind, range: range, sentence: tokens[index].sentence,
                        surface: document.slice(range)))
                index += count
                matched = true
                break
            }
            if !matched { index += 1 }
        }
        // "Pacific" of "Pacific Grain Exchange" is no place of its own there.
        let addedIDs = Set(added.map(\.id))
        let covered = mentions.filter { addedIDs.contains($0.entity) }.map(\.range)
        mentions.removeAll { mention in mention.kind == .place && covered.contains { $0.overlaps(mention.range) } }
        return EntityTable(entities: entities, mentions: mentions)
    }

    /// The candidates with each new medium's or organisation's name resolved to its entity in
    /// `table` (the table ``addingOrganizations(named:)`` made).
    func speakingNewOrganizations(_ candidates: [QuoteCandidate], table: EntityTable) -> [QuoteCandidate] {
        var result = candidates
        var named: [String: EntityID] = [:]
        for index in result.indices where result[index].speaker.entity == nil {
            guard let range = result[index].speaker.newOrganization else { continue }
            let span = textRange(range)
            if let mention = table.mentions.first(where: { $0.range == span && $0.kind != .person && $0.kind != .place }) {
                result[index].speaker.entity = mention.entity
                named[text(range)] = mention.entity
            }
        }
        // "Vostrel, which makes Kandor beer, said …. …, Vostrel reported.": a description that is
        // exactly the new name speaks as it too.
        guard !named.isEmpty else { return result }
        for index in result.indices where result[index].speaker.entity == nil {
            if let description = result[index].speaker.description, let entity = named[description] {
                result[index].speaker.entity = entity
            }
        }
        return result
    }
}
