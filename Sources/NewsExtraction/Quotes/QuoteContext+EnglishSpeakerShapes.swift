import NewsModel

/// English speaker shapes the general rules miss: an apposition whose role has a modifier before
/// it ("Dana Ferrick, chief economist at Harlow Bank, said"), an attribution with no subject
/// between the content and "told" ("…, told Harlow Radio"), a time adverbial of "this" or "last"
/// after the verb ("said earlier this month it would …"), and an unknown one-word company before
/// a relative clause ("Vostrel, which makes Kandor beer, said …").
extension QuoteContext {
    /// Lower-case words that may stand before the role noun that opens an apposition ("chief
    /// economist", "senior Kelmar analyst", "former finance minister").
    static let englishRoleModifiers: WordSet = [
        "chief", "senior", "former", "deputy", "acting", "managing", "lead", "head", "top", "principal", "executive",
        "general", "vice", "junior", "interim", "joint", "regional", "global", "independent",
    ]

    /// Whether an apposition opens at `index` with a lower-case role modifier and a lower-case role
    /// noun within the next three words, capitalised words allowed between ("chief Kelmar
    /// economist"): ", chief economist at X," describes the name before it.
    func opensEnglishModifiedRole(at index: Int) -> Bool {
        guard language == .english, index < tokens.count, tokens[index].kind == .word, !tokens[index].isCapitalized,
            Self.englishRoleModifiers.contains(tokens[index].lower)
        else { return false }
        var probe = index + 1
        while probe < tokens.count, probe - index <= 3, tokens[probe].kind == .word {
            if !tokens[probe].isCapitalized, lexicon.roleWord(in: tokens[probe].lower) != nil { return true }
            // Only modifiers and capitalised words (places, companies) before the role.
            guard tokens[probe].isCapitalized || Self.englishRoleModifiers.contains(tokens[probe].lower) else {
                return false
            }
            probe += 1
        }
        return false
    }

    /// Whether the English cue at `cue` is "told" or "tells" right after the comma `comma` that ends a
    /// content: '"…," Dana Ferrick, an economist, told Harlow Radio' names the one spoken to after
    /// the verb, and nobody who speaks, so the stretch before is no reported content.
    func isSubjectlessAddresseeCue(_ cue: Int, comma: Int) -> Bool {
        guard language == .english, comma + 1 == cue, cue < tokens.count else { return false }
        return ["told", "tells"].contains(tokens[cue].lower)
    }

    /// Nouns of time after "this", "last" or "next" ("this month", "last week").
    static let englishTimeNouns: WordSet = [
        "week", "month", "year", "morning", "afternoon", "evening", "weekend", "quarter", "spring", "summer",
        "autumn", "winter",
    ]

    /// "said earlier this month it would …", "said last week the plan …": the index after a
    /// "this"/"last"/"next" time phrase at `index`, or `index` when none stands there.
    func afterEnglishTimePhrase(at index: Int, limit: Int) -> Int {
        guard language == .english, index + 2 < limit, ["this", "last", "next"].contains(tokens[index].lower),
            tokens[index + 1].kind == .word, Self.englishTimeNouns.contains(tokens[index + 1].lower),
            !["'s", "’s"].contains(tokens[index + 2].lower)
        else { return index }
        return index + 2
    }

    /// "Vostrel, which makes Kandor beer, said …": the subject before a relative clause is one
    /// capitalised word in no mention that no dictionary, name list or role knows, and it opens
    /// its sentence. Such a word is a company the entity stage missed; returns its range.
    func unknownSubjectBeforeRelativeClause(_ range: Range<Int>) -> Range<Int>? {
        guard language == .english, range.count == 1 else { return nil }
        let index = range.lowerBound
        let token = tokens[index]
        guard token.kind == .word, token.isCapitalized, mention(at: index) == nil, spanAt[index] == nil,
            table.mention(at: token.range.start) == nil, index + 2 < tokens.count, tokens[index + 1].isPunctuation(","),
            tokens[index + 2].lower == "which"
        else { return nil }
        guard index == 0 || tokens[index - 1].endsSentence else { return nil }
        let written = document.slice(token.range)
        guard written.count >= 3, !written.allSatisfy({ $0.isUppercase }), !Self.isOrdinaryWord(written, lower: token.lower),
            !EntityLexicons.firstNames.contains(written), lexicon.roleWord(in: token.lower) == nil,
            !Self.personPronouns.contains(token.lower), cue(at: index, limit: index + 1) == nil
        else { return nil }
        return range
    }

    /// Whether the capitalised role word at `index` stands inside the name of an organisation the
    /// entity stage missed, right at the cue ("the Trade Representative's Office said"): the
    /// organisation speaks, not a person with that role.
    func isRoleInsideOrganizationNameAtCue(_ index: Int, in range: Range<Int>, anchor: Int) -> Bool {
        guard language == .english, tokens[index].isCapitalized, hasNameHeadAtCue(in: range, anchor: anchor),
            let name = newOrganizationName(in: range, anchor: anchor)
        else { return false }
        return name.contains(index)
    }

    /// "Kelmar Coal said …" where the article names "Kelmar Coal" at least twice more: two or
    /// three capitalised words right before the cue that open their sentence, in no mention but a
    /// place's (only the first word may be one), none a role, cue, function word, given name or
    /// demonym, and not all places, are an organisation the entity stage missed. Nil otherwise.
    func repeatedNameAtCue(in range: Range<Int>, anchor: Int) -> Range<Int>? {
        guard language == .english, anchor - 2 >= range.lowerBound, anchor < tokens.count else { return nil }
        var start = anchor
        while start - 1 >= range.lowerBound, anchor - start < 3, isRepeatedNameWord(start - 1, first: false) { start -= 1 }
        // The first word may be a place ("UK", "Kelmar") written before the name.
        if start - 1 >= range.lowerBound, anchor - start < 3, isRepeatedNameWord(start - 1, first: true) { start -= 1 }
        guard anchor - start >= 2, start == 0 || tokens[start - 1].endsSentence else { return nil }
        guard (start..<anchor).contains(where: { table.mention(at: tokens[$0].range.start) == nil }) else { return nil }
        guard !EntityLexicons.firstNames.contains(document.slice(tokens[start].range)) else { return nil }
        // The same words twice more in the article.
        let words = (start..<anchor).map { document.slice(tokens[$0].range) }
        var count = 0
        var index = 0
        while index + words.count <= tokens.count {
            if index != start, tokens[index].kind == .word,
                (0..<words.count).allSatisfy({ document.slice(tokens[index + $0].range) == words[$0] })
            {
                count += 1
                if count >= 2 { return start..<anchor }
                index += words.count
                continue
            }
            index += 1
        }
        return nil
    }

    /// A word of a name ``repeatedNameAtCue(in:anchor:)`` accepts: capitalised, in no quote, no
    /// mention (a place's only when `first`), and no role, cue, function word, demonym, unnamed
    /// source ("Officials") or title.
    private func isRepeatedNameWord(_ index: Int, first: Bool) -> Bool {
        let token = tokens[index]
        guard token.kind == .word, token.isCapitalized, spanAt[index] == nil, mention(at: index) == nil else { return false }
        if let other = table.mention(at: token.range.start), !(first && other.kind == .place) { return false }
        let written = document.slice(token.range)
        return written.count >= 2 && !lexicon.functionWords.contains(token.lower) && !Self.determiners.contains(token.lower)
            && lexicon.roleWord(in: token.lower) == nil && cue(at: index, limit: index + 1) == nil
            && !EntityLexicons.demonyms.contains(written) && !Self.nameTitles.contains(token.lower)
            && !Self.personPronouns.contains(token.lower) && !EntityLexicons.isStopword(token.lower)
            && !lexicon.unnamedSources.contains(token.lower)
    }

    /// Words that link a clause rather than open an attribution after a comma ("…, but he said").
    static let englishLinkWords: WordSet = ["but", "and", "or", "while", "as", "although", "though", "because", "so"]

    /// Participles that put a person into an apposition of the subject ("the company, led by …,").
    static let englishByParticiples: WordSet = ["led", "headed", "run", "chaired", "founded", "owned", "controlled"]

    /// Whether `range` holds a company noun ("the firm", "the Kelmar company") or a company's
    /// mention: the subject of an apposition ", led by …,".
    private func isCompanySubject(_ range: Range<Int>) -> Bool {
        for index in range where tokens[index].kind == .word {
            if Self.companyNouns.contains(tokens[index].lower) && !Self.groupNouns.contains(tokens[index].lower) { return true }
            if let found = mention(at: index), found.kind == .company { return true }
        }
        return false
    }

    /// Whether the token at `index` stands in an English apposition ", led by …," that closes right
    /// before the cue at `anchor` ("The Kelmar company, led by chief executive Dana Ferrick,
    /// said"): the person describes the subject and does not speak.
    func isInEnglishByApposition(_ index: Int, from lower: Int, anchor: Int) -> Bool {
        guard language == .english, index < anchor, anchor - 1 > index, anchor < tokens.count,
            tokens[anchor - 1].isPunctuation(",")
        else { return false }
        var probe = index - 1
        while probe - 2 >= lower, index - probe <= 6, tokens[probe].kind == .word {
            if tokens[probe].lower == "by" {
                return Self.englishByParticiples.contains(tokens[probe - 1].lower) && tokens[probe - 2].isPunctuation(",")
                    && isCompanySubject(lower..<(probe - 2))
            }
            probe -= 1
        }
        return false
    }

    /// Whether the English content after the cue at `verb` (not "said" or "says") runs into an
    /// attribution that closes the sentence: "The board has noted the gaps, the Kelmar Office
    /// said." The content ends in a comma, at most eight words and a strong speech cue; the whole
    /// sentence is what the later speaker said, not what the first subject noted.
    func runsIntoEnglishInvertedAttribution(verb: Int, from start: Int, end: Int) -> Bool {
        guard language == .english, verb < tokens.count, !["said", "says"].contains(tokens[verb].lower) else { return false }
        var last = end - 1
        while last > start, tokens[last].kind != .word { last -= 1 }
        guard last > start + 2, let found = cue(at: last, limit: last + 1), !found.cue.isWeak else { return false }
        // The attribution closes the sentence ("…, X said."), not a clause ("…, but he said: …").
        guard last + 1 < tokens.count, tokens[last + 1].isPunctuation(".") else { return false }
        var probe = last - 1
        while probe > start, last - probe <= 9 {
            let token = tokens[probe]
            if token.isPunctuation(",") {
                return probe < last - 1 && !Self.englishLinkWords.contains(tokens[probe + 1].lower)
            }
            guard token.kind == .word || ["'s", "’s"].contains(token.lower) || token.isPunctuation("&") else { return false }
            probe -= 1
        }
        return false
    }

    /// Whether the capitalised word at `index` is a place or a demonym that can stand before a
    /// company noun ("the South Yorkshire company", "the Danish firm").
    func isEnglishPlaceModifier(_ index: Int) -> Bool {
        let token = tokens[index]
        guard language == .english, token.kind == .word, token.isCapitalized, mention(at: index) == nil else { return false }
        if let place = table.mention(at: token.range.start), place.kind == .place { return true }
        return EntityLexicons.demonyms.contains(document.slice(token.range))
    }

    /// The comma that opens an English apposition ", led by …," closing right before the cue at
    /// `anchor` ("The Kelmar company, led by chief executive Dana Ferrick, said"), within ten
    /// words; nil when none stands there. The subject is looked for before it.
    func englishByAppositionStart(before anchor: Int, lower: Int) -> Int? {
        guard language == .english, anchor - 4 > lower, anchor < tokens.count, tokens[anchor - 1].isPunctuation(",")
        else { return nil }
        var probe = anchor - 2
        while probe - 2 > lower, anchor - probe <= 11, tokens[probe].kind == .word {
            if tokens[probe].lower == "by" {
                guard Self.englishByParticiples.contains(tokens[probe - 1].lower), tokens[probe - 2].isPunctuation(",")
                else { return nil }
                // Only a company's subject ("The firm, led by …,"); a group's leader speaks for it.
                return isCompanySubject(lower..<(probe - 2)) ? probe - 2 : nil
            }
            probe -= 1
        }
        return nil
    }

    /// Whether every word of `range` stands in the name of a company or organisation the article
    /// knows ("San Vettoro" of "Banca San Vettoro di Quell"): a short form, no new name.
    func isInsideKnownName(_ range: Range<Int>) -> Bool {
        let words = range.map { tokens[$0].lower }
        for name in organizationNames.names(in: table) where words.allSatisfy(name.words.contains) { return true }
        return false
    }
}
