import NewsModel

/// English attributions that stand inside or at the end of the content: "…, Jane Doe, Acme
/// executive vice president said." and "But if measured at 65, the institute said, a worker will
/// live …"; and hyphens inside a word ("Ruritania-based"), which end no clause.
extension QuoteContext {
    /// Whether the hyphen at `index` joins two words with no space ("Gibraltar-based"): it stands
    /// inside a word, not between two clauses.
    func isJoiningHyphen(at index: Int) -> Bool {
        guard index > 0, index + 1 < tokens.count, tokens[index].isPunctuation("-") else { return false }
        return tokens[index - 1].range.end == tokens[index].range.start
            && tokens[index].range.end == tokens[index + 1].range.start
    }

    /// Whether the dot at `index` ends an abbreviation that also ends a sentence the splitter kept
    /// together ("… cut its stake to 12 pct. Acme, the holding company …, said …"): English only,
    /// a dot after an abbreviation of the text lexicon ("pct", "Inc", "dlrs"), then a space and
    /// a capitalised word that is no abbreviation itself. Clause
    /// searches stop there, so that the subject of the second sentence is not lost.
    func isAbbreviationBreak(at index: Int) -> Bool {
        guard language == .english, tokens[index].isPunctuation("."), index > 0, index + 1 < tokens.count else {
            return false
        }
        let before = tokens[index - 1]
        let next = tokens[index + 1]
        // "Mitsui and Co. Ltd": a legal form after the dot goes on with the name.
        return before.kind == .word && before.lower.unicodeScalars.count >= 2 && next.kind == .word
            && next.isCapitalized && tokens[index].range.end < next.range.start
            && TextLexicons.abbreviations.contains(before.lower) && !TextLexicons.abbreviations.contains(next.lower)
    }

    /// Where a content that runs from `start` to `end` ends: at the first abbreviation dot that
    /// ends a sentence kept together ("said he hoped for 120 mln dlrs. Uganda's debt is …").
    func contentEndBeforeAbbreviationBreak(from start: Int, end: Int) -> Int {
        guard language == .english else { return end }
        var index = start + 1
        while index < end {
            if tokens[index].kind == .punctuation && isAbbreviationBreak(at: index) { return index }
            index += 1
        }
        return end
    }

    /// Where a content that ends at `end` starts: after the last abbreviation dot before it that
    /// ends a sentence kept together ("… 5 pct. Bolt sold its stake, the company said").
    func contentStartAfterAbbreviationBreak(from start: Int, end: Int) -> Int {
        guard language == .english, end > start + 1 else { return start }
        var index = end - 1
        while index > start {
            if tokens[index].kind == .punctuation && isAbbreviationBreak(at: index) { return index + 1 }
            index -= 1
        }
        return start
    }

    /// "<content>, Jane Doe, Acme executive vice president said.": a person's name between two
    /// commas, then a role phrase right before the verb. The name speaks; the content ends at
    /// the comma before the name. `opening` and `comma` are the commas around the name.
    func trailingNameWithRole(
        opening: Int, comma: Int, verb: Int, sentence: Int, clause: Range<Int>
    ) -> QuoteCandidate? {
        guard language == .english, opening > clause.lowerBound, comma + 1 < verb, verb - comma - 1 <= 6 else {
            return nil
        }
        var hasRole = false
        for index in (comma + 1)..<verb {
            let token = tokens[index]
            guard token.kind == .word || isJoiningHyphen(at: index) else { return nil }
            if token.kind == .word && lexicon.roleWord(in: token.lower) != nil { hasRole = true }
        }
        guard hasRole else { return nil }
        // Only a short tail of time or place may follow the verb ("said on Tuesday").
        let tail = wordCount((verb + 1)..<clause.upperBound)
        if tail > 0 {
            guard tail <= 6, Self.tailOpeners.contains(tokens[verb + 1].lower) else { return nil }
        }
        let content = clause.lowerBound..<opening
        guard wordCount(content) >= 3, !content.contains(where: { spanAt[$0] != nil }),
            let guess = speaker(in: (opening + 1)..<comma, anchor: comma - 1, strongOnly: true)
        else { return nil }
        return QuoteCandidate(parts: [content], direct: false, speaker: guess, sentence: sentence)
    }

    /// "But if measured at 65, the institute said, a worker will live to 81.": an attribution
    /// between two commas in the middle of the content. Both parts are the content; the part
    /// after the attribution must read as a clause (a subject pronoun or a finite verb soon).
    func midSentenceAttribution(comma: Int, verb: Int, sentence: Int, clause: Range<Int>) -> QuoteCandidate? {
        guard language == .english, verb + 3 < clause.upperBound, tokens[verb + 1].isPunctuation(","),
            comma > clause.lowerBound, (1...6).contains(verb - comma - 1)
        else { return nil }
        for index in (comma + 1)..<verb {
            let token = tokens[index]
            guard token.kind == .word || token.lower == "'s" || token.lower == "’s" else { return nil }
        }
        let restStart = verb + 2
        let first = tokens[restStart]
        guard first.kind == .word, !first.isCapitalized || Self.englishSubjectPronouns.contains(first.lower)
            || mention(at: restStart) != nil,
            !Self.midSentenceNonOpeners.contains(first.lower),
            Self.englishSubjectPronouns.contains(first.lower) || hasClauseVerb(after: restStart, end: clause.upperBound)
        else { return nil }
        let front = clause.lowerBound..<comma
        let rest = restStart..<clause.upperBound
        guard wordCount(front) >= 2, wordCount(rest) >= 4,
            !front.contains(where: { spanAt[$0] != nil || tokens[$0].kind == .quoteMark }),
            !rest.contains(where: { spanAt[$0] != nil || tokens[$0].kind == .quoteMark }),
            let guess = speaker(in: (comma + 1)..<verb, anchor: verb)
        else { return nil }
        return QuoteCandidate(parts: [front, rest], direct: false, speaker: guess, sentence: sentence)
    }

    /// Words after "…, X said," that go on with the main sentence rather than the statement.
    static let midSentenceNonOpeners: WordSet = [
        "and", "but", "or", "so", "which", "who", "whose", "with", "adding", "while", "although", "citing", "noting",
        "as", "because", "after", "before", "when", "since", "that",
    ]

    /// "The company said shareholders will be asked …": right after "said" (not "told") an
    /// addressee noun is the subject of the content, not an addressee to skip.
    func isSubjectAfterSaid(at index: Int, verb: Int) -> Bool {
        guard index == verb + 1, Self.addressees.contains(tokens[index].lower) else { return false }
        let lower = tokens[verb].lower
        return lower != "told" && lower != "tells"
    }

    /// "told the federal court, …", "told a packed hearing he …": after "told", an article, up to
    /// three modifiers and a noun for a body one speaks to. Returns the token after the noun.
    func bodyAddresseeEnd(verb: Int, from start: Int, end: Int) -> Int? {
        let lower = tokens[verb].lower
        guard lower == "told" || lower == "tells", start < end, ["the", "a", "an"].contains(tokens[start].lower) else {
            return nil
        }
        var index = start + 1
        while index < end && index - start <= 4 {
            let token = tokens[index]
            guard token.kind == .word, !Self.englishFiniteVerbs.contains(token.lower) else { return nil }
            if Self.bodyAddressees.contains(token.lower) {
                // "the court of appeals": a longer name; left as it was.
                if index + 1 < end && tokens[index + 1].lower == "of" { return nil }
                return index + 1
            }
            index += 1
        }
        return nil
    }

    /// Nouns for a body spoken to after "told" ("the federal court", "a jury").
    static let bodyAddressees: WordSet = [
        "court", "jury", "jurors", "judge", "tribunal", "panel", "inquiry", "senate", "hearing", "delegates", "crowd",
        "staff", "employees", "workers", "lawmakers", "audience", "committee", "conference", "parliament",
    ]

    /// "told a news conference in Jakarta at the end of a meeting that he …": a "that" after a
    /// phrase of place and time (no verb before it) opens the content. Returns the token after it.
    func thatAfterOccasionPhrase(from start: Int, end: Int) -> Int? {
        guard start < end, Self.prepositions.contains(tokens[start].lower) else { return nil }
        var index = start + 1
        while index < end && index - start <= 16 {
            let token = tokens[index]
            if token.kind == .quoteMark || token.endsSentence || Self.englishFiniteVerbs.contains(token.lower) { return nil }
            if token.kind == .word && token.lower == "that" { return index + 1 < end ? index + 1 : nil }
            index += 1
        }
        return nil
    }

    /// "said, in response to published reports, that …", "said, instead, that …": a phrase between commas right
    /// after the verb (words only, no verb or subject pronoun, at most eight), then "that". Returns the token after
    /// "that".
    func thatAfterCommaPhrase(from comma: Int, end: Int) -> Int? {
        guard language == .english, comma < end, tokens[comma].isPunctuation(",") else { return nil }
        var index = comma + 1
        while index < end && index - comma <= 9 {
            let token = tokens[index]
            if token.isPunctuation(",") {
                guard index > comma + 1, index + 2 < end, tokens[index + 1].kind == .word, tokens[index + 1].lower == "that"
                else { return nil }
                return index + 2
            }
            if token.kind != .word || token.endsSentence || Self.englishFiniteVerbs.contains(token.lower)
                || Self.englishSubjectPronouns.contains(token.lower)
            {
                return nil
            }
            index += 1
        }
        return nil
    }

    /// "…, said Jane Doe, deputy director in the office.": after the verb, capitalised words, a
    /// comma and a role phrase with no verb up to the end of the sentence; the speaker, not a content.
    func isNameWithRoleTail(from start: Int, end: Int) -> Bool {
        guard language == .english, start < end, tokens[start].isCapitalized,
            !Self.englishSubjectPronouns.contains(tokens[start].lower)
        else { return false }
        var comma = start
        while comma < end && comma - start <= 4 && tokens[comma].kind == .word && tokens[comma].isCapitalized { comma += 1 }
        guard comma > start + 1, comma + 1 < end, tokens[comma].isPunctuation(",") else { return false }
        var roleAt = comma + 1
        if Self.determiners.contains(tokens[roleAt].lower) { roleAt += 1 }
        // The role may have a modifier first ("deputy director", "senior vice president").
        let hasRole = (roleAt..<min(end, roleAt + 3)).contains { lexicon.roleWord(in: tokens[$0].lower) != nil }
        guard hasRole else { return false }
        for index in (comma + 1)..<end {
            let token = tokens[index]
            if token.kind == .quoteMark || Self.englishFiniteVerbs.contains(token.lower)
                || Self.englishClauseVerbs.contains(token.lower) || Self.englishSubjectPronouns.contains(token.lower)
            {
                return false
            }
        }
        return true
    }
}
