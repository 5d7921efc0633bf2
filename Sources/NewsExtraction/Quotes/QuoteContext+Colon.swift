import NewsModel

/// Reported speech after a colon: "…, sagte X: Ein neuer Anfang muss her.", "X erklärte auf
/// Facebook: Wir bleiben.", "bezeichnete X als Kunstprojekt: Es schien mir notwendig …", "X said:
/// the plan …". Without quotation marks the words after the colon up to the sentence end are
/// what the speaker of the clause before the colon said.
extension QuoteContext {
    /// The reported quotes of one sentence that follow a colon after a speech cue, when no quote
    /// of `found` (the other reported quotes of the sentence) covers those words yet.
    func colonQuotes(inSentence sentence: Int, found: [QuoteCandidate]) -> [QuoteCandidate] {
        let range = sentenceTokens[sentence]
        guard range.count >= 5 else { return [] }
        var end = range.upperBound
        while end > range.lowerBound && tokens[end - 1].endsSentence { end -= 1 }
        var result: [QuoteCandidate] = []
        for colon in range.lowerBound..<end where tokens[colon].isPunctuation(":") && spanAt[colon] == nil {
            let start = colon + 1
            // German capitalises a sentence after a colon; English may not ("said: the plan …").
            guard start < end, tokens[start].kind == .word, spanAt[start] == nil,
                tokens[start].isCapitalized || language == .english
            else {
                continue
            }
            // The content runs to the sentence end, or to the next colon.
            var contentEnd = start
            while contentEnd < end && !tokens[contentEnd].isPunctuation(":") {
                if spanAt[contentEnd] != nil {
                    // "…: Das Gesetz beschränke X und Y betreibe eine „…“.": a quoted phrase that ends
                    // a Konjunktiv statement is part of it.
                    guard isClosingQuotedPhrase(at: contentEnd, statement: start, end: end) else { break }
                    contentEnd = end
                    break
                }
                contentEnd += 1
            }
            let content = start..<contentEnd
            // Words that run into a quotation mark belong to the quote's own attribution.
            guard wordCount(content) >= 3, contentEnd == end || spanAt[contentEnd] == nil else { continue }
            let covered = (found + result).contains { candidate in
                candidate.parts.contains { $0.contains(start) || $0.contains(colon - 1) && $0.upperBound > start }
            }
            if covered { continue }
            // "hat X angekündigt: Er verweist auf …": a new attribution of its own after the
            // colon tells what the speaker did; it is not what they said.
            if opensWithPronounCue(content) { continue }
            guard let guess = colonSpeaker(before: colon, sentence: sentence, found: found) else { continue }
            result.append(QuoteCandidate(parts: [content], direct: false, speaker: guess, sentence: sentence))
        }
        return result
    }

    /// The speaker of the clause right before a colon: the clause (back to a comma, dash or the
    /// sentence start) must hold a speech cue; the speaker stands in that clause, or is the
    /// speaker of a quote that ends at that clause's comma ("A, sagte er, betonte aber: B").
    private func colonSpeaker(before colon: Int, sentence: Int, found: [QuoteCandidate]) -> SpeakerGuess? {
        let sentenceRange = sentenceTokens[sentence]
        var clauseStart = colon
        while clauseStart > sentenceRange.lowerBound && colon - clauseStart < 14 {
            let token = tokens[clauseStart - 1]
            if spanAt[clauseStart - 1] != nil || token.isPunctuation(",") || token.isPunctuation(";")
                || token.isPunctuation("–") || token.isPunctuation("-") || token.endsSentence
            {
                break
            }
            clauseStart -= 1
        }
        // Too far from any clause boundary: a long sentence ending in a colon is no attribution,
        // unless it opens with its speaker and cue ("Der Gutachter kritisierte … in scharfer Form:").
        if colon - clauseStart >= 14 {
            guard let opening = openingAttributionClause(before: colon, sentence: sentence) else { return nil }
            clauseStart = opening
        }
        let clause = clauseStart..<colon
        var cueIndex: Int?
        var isWeak = false
        var hasParticle = false
        var isLexiconWeak = false
        for index in clause {
            if let found = cue(at: index, limit: colon) {
                cueIndex = index
                isWeak = found.cue.isWeak && !Self.colonSpeechStems.contains { tokens[index].lower.hasPrefix($0) }
                hasParticle = found.particle != nil
                isLexiconWeak = found.cue.isWeak
                break
            }
            // "weist X zurück: …", "hatte X zurückgewiesen: …": the answer after the colon.
            if isRejectionBeforeColon(at: index, colon: colon) {
                cueIndex = index
                hasParticle = tokens[index].lower != "zurückgewiesen" && tokens[index].lower != "zurückweist"
                break
            }
            // "…, so X: …": "so" right at a comma opens an attribution.
            if language == .german, index == clauseStart, clauseStart > sentenceRange.lowerBound,
                tokens[index].lower == "so", index + 1 < colon
            {
                cueIndex = index
                break
            }
        }
        guard let cueIndex, !hasObjectNoun(after: cueIndex, before: colon), !isNoAttribution(clause, cue: cueIndex, hasParticle: hasParticle)
        else { return nil }
        // A weak cue ("sieht es so:", "fürchtet:") introduces a statement only when the speaker
        // talks about themself: a first-person word in the content.
        if isWeak && !hasFirstPerson((colon + 1)..<sentenceRange.upperBound) { return nil }
        if let guess = speaker(in: clause, anchor: cueIndex, strongOnly: isWeak), !guess.isEmpty {
            // "schrieb Nichols Geschichte:": after a verb of writing or demanding only a known
            // person or company speaks, not any capitalised phrase.
            return isLexiconWeak && guess.entity == nil ? nil : guess
        }
        // "…, meinte X, betonte aber gleichzeitig: …": the speaker of the quote before the comma.
        if clauseStart > sentenceRange.lowerBound {
            for candidate in found.reversed() where !candidate.speaker.isEmpty {
                if let last = candidate.parts.last, last.upperBound <= clauseStart { return candidate.speaker }
            }
            // "X, Chef von Y, erklärte: …": the subject before the apposition.
            let head = sentenceRange.lowerBound..<clauseStart
            if let guess = speaker(in: head, anchor: clauseStart, strongOnly: true), guess.entity != nil {
                return guess
            }
        }
        return nil
    }

    /// "schrieb damit Geschichte:": a German noun right before the colon, after the verb and at
    /// most some adverbs, that is no name and no role is the verb's object, not its speaker.
    private func hasObjectNoun(after cueIndex: Int, before colon: Int) -> Bool {
        guard language == .german else { return false }
        var index = cueIndex + 1
        while index < colon, tokens[index].kind == .word, Self.objectSkippable.contains(tokens[index].lower) {
            index += 1
        }
        guard index == colon - 1, tokens[index].kind == .word, tokens[index].isCapitalized else { return false }
        return mention(at: index) == nil && !lexicon.roles.contains(tokens[index].lower)
    }

    /// Clauses before a colon that attribute nothing: passives ("wurde mir gesagt:", "kann nicht
    /// behauptet werden:"), reflexives ("bestätigt sich:"), a first-person speaker quoted inside a
    /// quote ("Ich habe ihnen gesagt:"), a bare participle at the end ("Vereinfacht gesagt:"),
    /// "so wie …:" comparisons.
    private func isNoAttribution(_ clause: Range<Int>, cue: Int, hasParticle: Bool) -> Bool {
        for index in clause where tokens[index].kind == .word {
            let word = tokens[index].lower
            if Self.colonPassives.contains(word) || Self.firstPersonSubjects.contains(word) { return true }
            if index == cue + 1 && !hasParticle && (word == "sich" || word == "itself" || word == "themselves") { return true }
        }
        if tokens[cue].lower == "so", cue + 1 < clause.upperBound {
            let next = tokens[cue + 1]
            if next.lower == "wie" { return true }
            if !next.isCapitalized && !Self.speakerArticles.contains(next.lower) { return true }
        }
        // "…, hatte die AKP gewarnt:", "Vereinfacht gesagt:": a German participle ends the clause.
        if language == .german, cue == clause.upperBound - 1, tokens[cue].lower.hasPrefix("ge") {
            if wordCount(clause) <= 2 { return true }
            for index in clause where Self.perfectAuxiliaries.contains(tokens[index].lower) { return true }
        }
        return false
    }

    /// Whether the words after a colon open with a third-person pronoun and a speech cue
    /// ("Er verweist auf …", "Sie erklärte, …"): German only.
    func opensWithPronounCue(_ content: Range<Int>) -> Bool {
        guard language == .german, content.count >= 3 else { return false }
        let first = tokens[content.lowerBound].lower
        guard first == "er" || first == "sie" else { return false }
        return cue(at: content.lowerBound + 1, limit: content.upperBound) != nil
    }

    /// Whether a range holds a first-person word ("ich", "unser", "we", "my").
    private func hasFirstPerson(_ range: Range<Int>) -> Bool {
        for index in range where tokens[index].kind == .word && spanAt[index] == nil {
            if Self.firstPersonWords.contains(tokens[index].lower) { return true }
        }
        return false
    }

    /// Stems of verbs of saying and writing that the lexicon marks weak for want of "dass" but
    /// that introduce a statement after a colon ("forderte:", "schrieb auf Twitter:", "warnte:").
    static let colonSpeechStems: [String] = [
        "warn", "forder", "schrieb", "schreib", "zitier", "mahn", "verlang", "argumentier", "schlägt", "schlug",
        "bezeichn", "appellier", "kritisier", "wrote", "writes", "warned", "warns",
    ]
    /// Passive auxiliaries that make a clause before a colon no attribution.
    static let colonPassives: Set<String> = ["wurde", "wurden", "worden", "werden", "wird"]
    /// Auxiliaries of the German perfect ("hatte … gewarnt").
    static let perfectAuxiliaries: Set<String> = ["hat", "hatte", "habe", "haben", "hatten", "ist", "sei", "war"]
    /// First-person subjects: a speaker quoted inside another speaker's words.
    static let firstPersonSubjects: Set<String> = ["ich", "wir", "i", "we"]
    /// First-person words of a speaker talking about themself.
    static let firstPersonWords: Set<String> = [
        "ich", "mir", "mich", "mein", "meine", "meinen", "meiner", "meinem", "wir", "uns", "unser", "unsere",
        "unseren", "unserer", "unserem", "i", "me", "my", "we", "us", "our",
    ]
    /// Articles that may follow "so" in "…, so der Sprecher: …".
    static let speakerArticles: Set<String> = ["der", "die", "das", "ein", "eine", "einer", "dessen", "deren"]

    /// Adverbs that may stand between a verb and its object ("schrieb damit Geschichte").
    static let objectSkippable: Set<String> = ["damit", "so", "nun", "erneut", "wieder", "einmal", "lediglich", "bloß"]

    /// "Asked about oil prices, he said: "…"", "Auf die Frage, ob …, sagte sie: …": the clause
    /// before the attribution frames a question; it is not what the speaker said.
    func isQuestionFrame(_ part: Range<Int>) -> Bool {
        guard let first = part.first, tokens[first].kind == .word else { return false }
        let word = tokens[first].lower
        if word == "asked" || (word == "when" && first + 1 < part.upperBound && tokens[first + 1].lower == "asked") {
            return true
        }
        if word == "gefragt" || word == "angesprochen" { return true }
        return word == "auf" && first + 2 < part.upperBound && tokens[first + 2].lower == "frage"
    }
}
