import NewsModel

/// Helpers of the reported-speech rules: where a second attribution starts, interview answers,
/// "Demnach" continuations, and the word tests for German content clauses.
extension QuoteContext {
    /// Where a content clause ends because a new attribution starts after a comma: the comma
    /// before "sagte"/"said" or before a pronoun or name followed by one.
    func secondAttribution(in part: Range<Int>) -> Int? {
        var probe = part.lowerBound + 1
        while probe + 1 < part.upperBound {
            defer { probe += 1 }
            guard tokens[probe].isPunctuation(","), spanAt[probe] == nil else { continue }
            var next = probe + 1
            // "…, but Smith said …", "…, aber Berg sagte …": a conjunction may open the second attribution.
            if Self.coordinators.contains(tokens[next].lower), next + 2 < part.upperBound { next += 1 }
            if let found = cue(at: next, limit: part.upperBound), !found.cue.isWeak, found.particle == nil
                || language == .german
            {
                return probe
            }
            let isSubject =
                Self.englishSubjectPronouns.contains(tokens[next].lower) || Self.personPronouns.contains(tokens[next].lower)
                || mention(at: next) != nil
            // A name of several words stands before its verb as a whole ("…, Paul Kern said").
            var verb = next + 1
            if let name = mentionAt[next] {
                while verb < part.upperBound && mentionAt[verb] == name { verb += 1 }
            }
            if isSubject, verb < part.upperBound, let found = cue(at: verb, limit: part.upperBound),
                !found.cue.isWeak
            {
                return probe
            }
        }
        return nil
    }

    /// Conjunctions that may stand between a content's comma and a second attribution.
    static let coordinators: Set<String> = ["but", "and", "aber", "und", "doch"]

    /// "Berg: Das Werk bleibt in Sachsen." (interviews): a person's name and a colon open the
    /// sentence, the rest is what the person said.
    func interviewAnswer(inSentence sentence: Int, end: Int) -> QuoteCandidate? {
        let range = sentenceTokens[sentence]
        if let answer = labelledAnswer(inSentence: sentence, end: end) { return answer }
        // "Vizekanzler Tilo Quembeck am Donnerstag: …": a German role noun may stand before the
        // name, and a short time or setting after it.
        var start = range.lowerBound
        if language == .german, start + 1 < end, tokens[start].kind == .word, tokens[start].isCapitalized,
            mention(at: start) == nil,
            isGermanRoleNoun(tokens[start].lower) || EntityLexicons.roles.matches(tokens[start].lower)
        {
            start += 1
        }
        guard let person = mention(at: start), person.kind == .person else { return nil }
        var colon = start
        while colon < end && colon - start < 4 && mention(at: colon)?.entity == person.entity { colon += 1 }
        if language == .german { colon = settingEnd(from: colon, end: end) }
        guard colon < end, tokens[colon].isPunctuation(":"), colon + 1 < end, tokens[colon + 1].kind == .word,
            wordCount((colon + 1)..<end) >= 3, spanAt[colon + 1] == nil
        else { return nil }
        return QuoteCandidate(
            parts: [(colon + 1)..<end], direct: false, speaker: personGuess(person, in: range.lowerBound..<colon),
            sentence: sentence)
    }

    /// The end of a short German setting after a speaker's name and before a colon ("am
    /// Donnerstag", "im Interview", "gegenüber dem Quellboten"): a preposition and at most three
    /// more words with no verb, or `index` itself when none stands there.
    private func settingEnd(from index: Int, end: Int) -> Int {
        guard index < end, tokens[index].kind == .word, Self.settingPrepositions.contains(tokens[index].lower) else {
            return index
        }
        var probe = index + 1
        while probe < end, probe - index <= 4, tokens[probe].kind == .word {
            let token = tokens[probe]
            // Lower-case words may only be articles: a verb makes a clause of it.
            if !token.isCapitalized && !Self.determiners.contains(token.lower) { return index }
            probe += 1
        }
        return probe < end && tokens[probe].isPunctuation(":") && probe > index + 1 ? probe : index
    }

    /// Prepositions that open a setting between a speaker's name and a colon.
    static let settingPrepositions: Set<String> = ["am", "im", "gegenüber", "beim", "zum", "zur", "vor"]

    /// "Demnach …", "Dem Bericht zufolge …" at a sentence start: the source named before goes on.
    /// The content is the rest of the sentence; the caller supplies the speaker.
    func continuationContent(inSentence sentence: Int) -> Range<Int>? {
        let range = sentenceTokens[sentence]
        guard language == .german, range.count >= 5, tokens[range.lowerBound].lower == "demnach" else { return nil }
        var end = range.upperBound
        while end > range.lowerBound && tokens[end - 1].endsSentence { end -= 1 }
        let start = range.lowerBound + 1
        guard end - start >= 3, (start..<end).allSatisfy({ spanAt[$0] == nil }) else { return nil }
        return start..<end
    }

    /// Whether a range holds only a noun phrase: capitalised words, numbers, articles, small
    /// phrase words, adjectives and adverbs, but no lower-case verb.
    func isNounPhrase(_ range: Range<Int>) -> Bool {
        for index in range where tokens[index].kind == .word {
            let token = tokens[index]
            // "Wir haben Menschen ohne Arbeit": a personal pronoun before a lower-case verb is a clause.
            if isPronounBeforeVerb(at: index, in: range) { return false }
            if token.isCapitalized || ("0"..."9").contains(token.first) { continue }
            let word = token.lower
            if Self.determiners.contains(word) || Self.phraseWords.contains(word) || Self.adverbialStarts.contains(word) {
                continue
            }
            // An adjective stands before its noun ("der frühere Chef"); a verb does not.
            var next = index + 1
            while next < range.upperBound && !tokens[next].isCapitalized && Self.isGermanAdjective(tokens[next].lower)
                && next - index < 3
            {
                next += 1
            }
            let isAttributive =
                Self.isGermanAdjective(word) && next < range.upperBound && tokens[next].kind == .word
                && tokens[next].isCapitalized && !isKonjunktivForm(at: index)
            if isAttributive && !isPluralVerbAfterNoun(at: index, in: range) { continue }
            return false
        }
        return true
    }

    /// "Viele Betriebe suchen neue Leute", "60 Prozent der Firmen suchten Personal": a word in
    /// "-en" right after a noun is the plural verb of that noun, not an adjective of the next
    /// one ("die neuen Pläne" has an article, "Seine neuen Pläne" a possessive before it).
    func isPluralVerbAfterNoun(at index: Int, in range: Range<Int>) -> Bool {
        guard language == .german, index > range.lowerBound, tokens[index].lower.hasSuffix("en") else { return false }
        let previous = tokens[index - 1]
        return previous.kind == .word && previous.isCapitalized && spanAt[index - 1] == nil
            && !Self.determiners.contains(previous.lower) && !Self.germanPronounDeterminers.contains(previous.lower)
            && !Self.prepositions.contains(previous.lower) && !Self.adverbialStarts.contains(previous.lower)
    }

    /// Possessives, demonstratives and quantifiers that stand before an adjective and its noun.
    static let germanPronounDeterminers: Set<String> = [
        "alle", "allen", "aller", "beide", "beiden", "diese", "diesen", "dieser", "dieses", "jene", "jenen", "keine",
        "keinen", "kein", "seine", "seinen", "ihre", "ihren", "unsere", "unseren", "meine", "meinen", "deine", "eure",
        "manche", "solche", "welche", "wenige", "weitere", "andere", "sämtliche", "etliche", "jede", "jeden", "mehr",
        "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "zwölf", "hundert", "tausend",
    ]

    /// Whether a token is a dash ("–", "—", or "-" standing alone).
    static func isDash(_ token: QuoteToken) -> Bool {
        token.kind == .punctuation && (token.first == "–" || token.first == "—" || token.first == "-")
    }

    /// Whether a range holds a German subjunctive form ("sei", "habe", "würde").
    func hasKonjunktiv(_ range: Range<Int>) -> Bool {
        for index in range where isKonjunktivForm(at: index) {
            return true
        }
        return false
    }

    /// Weak cues that attribute when they stand right after the content's comma ("…, schreibt X").
    static let invertedReportingHeads: Set<String> = [
        "schreibt", "schrieb", "schreiben", "schrieben", "meldet", "meldete", "meldeten", "warnt", "warnte",
        "kritisiert", "kritisierte", "fordert", "forderte", "hofft", "hoffte", "glaubt", "glaubte", "schätzt",
        "schätzte", "erwartet", "erwartete", "vermutet", "vermutete", "mahnte", "beklagte", "befürchtet",
        "befürchtete", "appelliert", "appellierte", "präzisiert", "präzisierte", "verdeutlicht", "verdeutlichte",
    ]

    /// Whether a person is named in `range` ("…, schrieb die Senatorin Tilla Quembeck am Abend
    /// auf Twitter": a longer speaker phrase is still one when it names someone).
    func namesPerson(in range: Range<Int>) -> Bool {
        range.contains { mention(at: $0)?.kind == .person }
    }

    /// Words that open a German relative clause ("der in", "die sich", "wo").
    static let relativeOpeners: Set<String> = [
        "der", "die", "das", "dem", "den", "deren", "dessen", "welche", "welcher", "welches", "wo", "wobei", "worauf",
    ]
}
