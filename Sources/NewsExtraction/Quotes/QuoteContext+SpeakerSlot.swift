import NewsModel

/// Who stands in the speaker slot when it holds no known name: a pronoun after its content, an
/// unnamed group, a name before its apposition at a sentence's start, a role that goes on with the
/// sentence before.
extension QuoteContext {
    /// Where the search for the person of the pronoun at `index` starts. After its content ("…,
    /// he said", "…, sagte er", '"…," he said') the pronoun does not stand for a person named in
    /// that content: the search starts at the sentence's first token.
    func pronounSearchOffset(at index: Int) -> Int {
        let start = tokens[index].range.start
        guard index >= 2 else { return start }
        var comma: Int
        if index + 1 < tokens.count, cue(at: index + 1, limit: index + 2) != nil {
            // "…, he said" and '"…," he said'.
            comma = index - 1
            if tokens[comma].kind == .quoteMark { comma -= 1 }
        } else if cue(at: index - 1, limit: index) != nil {
            // "…, sagte er".
            comma = index - 2
        } else {
            return start
        }
        guard comma >= 0, tokens[comma].isPunctuation(",") else { return start }
        let sentence = tokens[index].sentence
        guard sentence < sentenceTokens.count, let first = sentenceTokens[sentence].first, first < comma else {
            return start
        }
        return tokens[first].range.start
    }

    /// "…, economists said", "Economists polled by Brimlow News said": an unnamed group right
    /// before the cue is the subject, whatever company the clause names elsewhere or names as
    /// the one who polled them.
    func unnamedSubject(in range: Range<Int>, anchor: Int) -> SpeakerGuess? {
        guard language == .english, anchor - 1 >= range.lowerBound, anchor - 1 < tokens.count else { return nil }
        var probe = anchor - 1
        // Cheap first, read in place: a capitalised word or an unnamed source's word at the cue.
        let (isWord, isCapitalized) = tokens.withUnsafeBufferPointer { ($0[probe].kind == .word, $0[probe].isCapitalized) }
        guard isWord else { return nil }
        if isCapitalized {
            // "polled by Brimlow News": back over the name to a participle with "by".
            var start = probe
            while start - 1 >= range.lowerBound, probe - start < 4, tokens[start - 1].kind == .word,
                tokens[start - 1].isCapitalized
            {
                start -= 1
            }
            guard start - 2 >= range.lowerBound, tokens[start - 1].lower == "by", tokens[start - 2].lower.hasSuffix("ed")
            else { return nil }
            probe = start - 3
        }
        guard probe >= range.lowerBound, tokens[probe].kind == .word, spanAt[probe] == nil, mention(at: probe) == nil,
            lexicon.unnamedSources.contains(tokens[probe].lower)
        else { return nil }
        return SpeakerGuess(description: phrase(around: probe, in: range))
    }

    /// "Tarquin Obel, chairman of …, said": two or three capitalised words that end right before
    /// the comma of an apposition opening with a lower-case role, an article or an age are a
    /// person's name, even at the start of a sentence; so are they right after a closing quote
    /// mark ('"…," Anais Quell, an analyst at X, told …').
    func nameBeforeApposition(in range: Range<Int>) -> Range<Int>? {
        guard language == .english, range.count >= 2 else { return nil }
        // '"…," Anais Quell, an analyst at X, told …': the name opens the stretch after a quote.
        if range.count > 3 {
            guard range.lowerBound > 0, tokens[range.lowerBound - 1].kind == .quoteMark else { return nil }
            for length in [2, 3] where tokens[range.lowerBound + length].isPunctuation(",") {
                return nameBeforeApposition(in: range.lowerBound..<(range.lowerBound + length))
            }
            return nil
        }
        guard range.upperBound + 1 < tokens.count, tokens[range.upperBound].isPunctuation(",") else { return nil }
        let next = tokens[range.upperBound + 1]
        let opensApposition =
            ("0"..."9").contains(next.first)
            || next.kind == .word && !next.isCapitalized
                && (["a", "an", "the"].contains(next.lower) || lexicon.roleWord(in: next.lower) != nil)
        guard opensApposition || opensEnglishModifiedRole(at: range.upperBound + 1) else { return nil }
        for index in range where !(tokens[index].kind == .word && tokens[index].isCapitalized) { return nil }
        return isConfidentName(range, anchor: range.upperBound) ? range : nil
    }

    /// "Dorian Vell attacked the plans. The prime minister said …": a definite role that opens
    /// the clause, when no person has that role, is the person who opens the sentence before.
    func roleSubjectOfPreviousSentence(in range: Range<Int>, anchor: Int) -> EntityMention? {
        guard language == .english, range.lowerBound < anchor, anchor <= tokens.count else { return nil }
        let first = range.lowerBound
        let sentence = tokens[first].sentence
        guard sentence > 0, sentence < sentenceTokens.count, sentenceTokens[sentence].lowerBound == first,
            tokens[first].lower == "the"
        else { return nil }
        // The role within the next three words, with nothing named in between.
        var role: Int?
        var probe = first + 1
        while probe < anchor, probe - first <= 3, tokens[probe].kind == .word, mention(at: probe) == nil {
            if lexicon.roleWord(in: tokens[probe].lower) != nil { role = probe }
            probe += 1
        }
        guard role != nil else { return nil }
        let previous = sentenceTokens[sentence - 1]
        guard let opening = previous.first(where: { tokens[$0].kind == .word }), opening - previous.lowerBound <= 1,
            let person = mention(at: opening), person.kind == .person
        else { return nil }
        return person
    }
}

extension QuoteContext {
    /// '"…," he declared. … They could picture Dorian Vell doing it. "…," he said.': a pronoun
    /// resolved to a person named last, but not as a sentence's subject, goes on with the person
    /// who spoke the quote before (same or next paragraph) when that person differs and no gender
    /// tells them apart. So does a pronoun resolved to a person named inside a quote's content.
    func continuingPronounSpeakers(_ candidates: [QuoteCandidate]) -> [QuoteCandidate] {
        guard language == .english else { return candidates }
        // Cheap first: most articles resolve no speaker from a pronoun.
        guard candidates.contains(where: { $0.speaker.antecedentStart != nil }) else { return candidates }
        var result = candidates
        // The last person who spoke: the guess, where its quote starts, its paragraph, and the
        // pronoun's gender when it came from one (else read from the name when needed).
        var last: (guess: SpeakerGuess, start: Int, paragraph: Int)?
        for index in result.indices {
            let guess = result[index].speaker
            guard let entity = guess.entity, entity.hasPrefix("person:"), let first = result[index].parts.first?.lowerBound
            else { continue }
            let paragraph = self.paragraph(of: first)
            if let start = guess.antecedentStart, let previous = last, previous.guess.entity != entity,
                paragraph - previous.paragraph <= 1, let antecedent = table.mention(at: start),
                !opensSentence(antecedent) || isInContent(antecedent, of: result)
            {
                let previousGender = previous.guess.pronounGender ?? speakerGender(previous.guess, before: previous.start)
                if guess.pronounGender == nil || previousGender == nil || guess.pronounGender == previousGender {
                    result[index].speaker = previous.guess
                    last = (previous.guess, previous.start, paragraph)
                    continue
                }
            }
            last = (guess, first, paragraph)
        }
        return result
    }

    /// The gender a named speaker shows by the name or role of their last mention before `token`.
    private func speakerGender(_ guess: SpeakerGuess, before token: Int) -> SpeakerGender? {
        guard let entity = guess.entity else { return nil }
        let offset = tokens[token].range.start
        return lastMention(before: offset) { $0.entity == entity }.flatMap { gender(of: $0) }
    }

    /// Whether a mention stands inside what one of the candidates says: what was said, not who said it.
    private func isInContent(_ mention: EntityMention, of candidates: [QuoteCandidate]) -> Bool {
        guard let token = document.tokenIndex(containing: mention.range.start) else { return false }
        return candidates.contains { $0.parts.contains { $0.contains(token) } }
    }

    /// Whether a mention stands at the head of its sentence (within its first three tokens), where
    /// subjects stand.
    private func opensSentence(_ mention: EntityMention) -> Bool {
        guard mention.sentence < sentenceTokens.count, let token = document.tokenIndex(containing: mention.range.start)
        else { return false }
        return token - sentenceTokens[mention.sentence].lowerBound <= 2
    }

    /// "He was told he would …": after a passive "told" the subject is the one spoken to.
    func isPassiveTold(verb index: Int) -> Bool {
        guard language == .english, index >= 1, tokens[index].lower == "told" else { return false }
        var probe = index - 1
        if probe >= 0, ["also", "then", "later", "reportedly"].contains(tokens[probe].lower) { probe -= 1 }
        return probe >= 0 && ["was", "were", "been", "being", "is", "are", "be"].contains(tokens[probe].lower)
    }

    /// "According to an advance text, he told delegates: …": a content that is only an
    /// "according to" phrase is a source, not what was said.
    func isSourcePhraseOnly(_ part: Range<Int>) -> Bool {
        guard language == .english, part.count >= 2, tokens[part.lowerBound].lower == "according",
            tokens[part.lowerBound + 1].lower == "to"
        else { return false }
        return !part.contains { tokens[$0].isPunctuation(",") }
    }
}

extension QuoteContext {
    /// Words of a time phrase after a verb ("reported today", "said on Tuesday", "reported late
    /// last week").
    static let englishTimeTailWords: WordSet = [
        "today", "yesterday", "tonight", "on", "late", "early", "earlier", "last", "this", "week", "month", "night",
        "morning", "evening", "afternoon", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
        "sunday",
    ]

    /// Whether the words after `verb` up to the end of its sentence are only a time phrase
    /// ("…, Harare Radio reported today."): the weak cue then still ends its sentence.
    func isTimeOnlyTail(after verb: Int) -> Bool {
        var probe = verb + 1
        var words = 0
        while probe < tokens.count, tokens[probe].sentence == tokens[verb].sentence {
            if tokens[probe].kind == .word {
                guard Self.englishTimeTailWords.contains(tokens[probe].lower) else { return false }
                words += 1
            } else if !tokens[probe].endsSentence {
                return false
            }
            probe += 1
        }
        return words > 0 && words <= 3
    }
}
