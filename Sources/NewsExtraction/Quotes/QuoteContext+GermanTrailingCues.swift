import NewsModel

/// German attributions after the content that the inverted rule ("…, sagte X.") does not read:
/// - the perfect and pluperfect: "Die Zinsen bleiben niedrig, hatte Lena Morvik getwittert.",
///   "…, hat der Chef am Montag betont." (an auxiliary after the comma, the speaker, the
///   participle last);
/// - "so" before a finite cue: "Auf das Gelände soll es hin, so erklärte der Minister.";
/// - no comma before the cue, as 10kGNAD prints speech whose quotation marks were removed:
///   "Derzeit gehe ein Riss durch das Land bedauerte sie, und …" (a Konjunktiv content, or a
///   first-person one before a verb of saying: "Das ist für uns kein Gewinn sagte X").
extension QuoteContext {
    /// The quote of a German attribution that stands after its content, with the cue at `index`.
    func germanTrailingCue(at index: Int, sentence: Int, clause: Range<Int>) -> QuoteCandidate? {
        guard language == .german, index > clause.lowerBound + 2, spanAt[index] == nil,
            let found = cue(at: index, limit: clause.upperBound), found.particle == nil
        else { return nil }
        if tokens[index - 1].kind == .word && tokens[index - 1].lower == "so" {
            return soVerbCue(at: index, cue: found.cue, sentence: sentence, clause: clause)
        }
        if Self.isGermanParticiple(tokens[index].lower) {
            return perfectCue(at: index, cue: found.cue, sentence: sentence, clause: clause)
        }
        return commalessCue(at: index, isWeak: found.cue.isWeak, sentence: sentence, clause: clause)
    }

    /// Forms of "haben" that build the perfect and pluperfect with a participle.
    static let perfectHaveForms: WordSet = ["hat", "hatte", "hatten", "haben", "habe", "hätte", "hätten"]

    /// Accusative articles and pronouns: an object of the verb, so the participle takes no
    /// content ("…, hat die Firma einen Plan angekündigt").
    static let objectArticles: WordSet = [
        "den", "einen", "diesen", "jenen", "keinen", "es", "das", "dies", "die", "eine", "diese", "keine", "ein",
        "kein",
    ]

    /// "…, hatte X (am Montag) gesagt.": `index` is the participle, the last word of the clause.
    private func perfectCue(at index: Int, cue: QuoteLexicon.Cue, sentence: Int, clause: Range<Int>) -> QuoteCandidate? {
        guard endsClause(after: index, clause: clause) else { return nil }
        // The comma before the auxiliary: up to two more commas may stand in the speaker phrase
        // ("hatte Jonas Wittmer, der Finanzchef, in der Nacht getwittert").
        var comma: Int?
        var commas = 0
        var probe = index - 1
        while probe > clause.lowerBound && index - probe <= 20 && commas < 3 {
            let token = tokens[probe]
            if spanAt[probe] != nil || token.endsSentence || token.isPunctuation(":") || token.isPunctuation(";") {
                break
            }
            if token.isPunctuation(",") {
                commas += 1
                if probe + 1 < index, Self.perfectHaveForms.contains(tokens[probe + 1].lower) {
                    comma = probe
                    break
                }
            } else if token.kind == .word, probe < index - 1, self.cue(at: probe, limit: index) != nil {
                break
            }
            probe -= 1
        }
        guard let comma, comma > clause.lowerBound else { return nil }
        let phrase = (comma + 2)..<index
        guard wordCount(phrase) >= 1, !hasObject(in: phrase, verb: index) else { return nil }
        guard let content = trailingContent(before: comma, clause: clause, cue: cue),
            let guess = speaker(in: phrase, anchor: phrase.lowerBound)
        else { return nil }
        return QuoteCandidate(parts: [content], direct: false, speaker: guess, sentence: sentence)
    }

    /// "…, so erklärte der Minister (zu Beginn der Woche).": "so" right after the comma, a finite
    /// cue, and the speaker phrase to the end of the clause.
    private func soVerbCue(at index: Int, cue: QuoteLexicon.Cue, sentence: Int, clause: Range<Int>) -> QuoteCandidate? {
        let comma = index - 2
        guard comma > clause.lowerBound, tokens[comma].isPunctuation(","),
            !Self.isGermanParticiple(tokens[index].lower)
        else { return nil }
        guard let tail = speakerTail(after: index, clause: clause, maxWords: 16),
            let content = trailingContent(before: comma, clause: clause, cue: cue),
            let guess = speaker(in: tail, anchor: tail.lowerBound)
        else { return nil }
        return QuoteCandidate(parts: [content], direct: false, speaker: guess, sentence: sentence)
    }

    /// "Derzeit gehe ein Riss durch das Land bedauerte sie, und …": a finite cue right after a
    /// Konjunktiv content with no comma, and a pronoun or a name after it.
    private func commalessCue(at index: Int, isWeak: Bool, sentence: Int, clause: Range<Int>) -> QuoteCandidate? {
        let previous = tokens[index - 1]
        // "… gewonnen und sagte er dazu nichts": a conjunction before the verb opens a second clause.
        guard previous.kind == .word, index + 1 < clause.upperBound, !lexicon.functionWords.contains(previous.lower)
        else { return nil }
        // The speaker right after the cue: a pronoun, or a name (with its article or role).
        let next = index + 1
        let isPronoun = Self.personPronouns.contains(tokens[next].lower)
        guard isPronoun || mention(at: next) != nil
            || (Self.definiteArticles.contains(tokens[next].lower) && next + 1 < clause.upperBound
                && tokens[next + 1].isCapitalized)
        else { return nil }
        guard let tail = speakerTail(after: index, clause: clause, maxWords: 8) else { return nil }
        let start = contentStart(before: index, clause: clause)
        let content = start..<index
        // Only a listed Konjunktiv form tells a content from the front field of a main clause
        // ("Im Dezember warnte der Chef …"); so does, before a verb of saying, a first-person
        // word ("Das ist für uns kein Gewinn sagte X").
        guard wordCount(content) >= 4,
            content.contains(where: { lexicon.konjunktiv.contains(tokens[$0].lower) })
                || (!isWeak && hasFirstPersonWord(content)),
            !content.contains(where: { spanAt[$0] != nil || cue(at: $0, limit: index) != nil }),
            !Self.subordinators.contains(tokens[start].lower), !Self.clauseOpeners.contains(tokens[start].lower),
            !Self.relativeOpeners.contains(tokens[start].lower) || tokens[start].isCapitalized,
            !isNounPhrase(content)
        else { return nil }
        guard let guess = speaker(in: tail, anchor: tail.lowerBound) else { return nil }
        return QuoteCandidate(parts: [content], direct: false, speaker: guess, sentence: sentence)
    }

    /// Whether the word at `index` ends its clause: the sentence ends, or a comma follows.
    private func endsClause(after index: Int, clause: Range<Int>) -> Bool {
        index + 1 >= clause.upperBound || tokens[index + 1].isPunctuation(",")
    }

    /// The speaker phrase after a cue: words up to the end of the clause or a comma, with no
    /// clause opener ("dass") and no second verb of saying.
    private func speakerTail(after index: Int, clause: Range<Int>, maxWords: Int) -> Range<Int>? {
        var end = index + 1
        var words = 0
        while end < clause.upperBound && !tokens[end].isPunctuation(",") {
            let token = tokens[end]
            if spanAt[end] != nil { return nil }
            if token.kind == .word {
                words += 1
                if Self.clauseOpeners.contains(token.lower) || cue(at: end, limit: clause.upperBound) != nil {
                    return nil
                }
            } else if !token.isPunctuation("-") && !token.isPunctuation("(") && !token.isPunctuation(")") {
                return nil
            }
            end += 1
        }
        guard words >= 1, words <= maxWords else { return nil }
        return (index + 1)..<end
    }

    /// Whether an accusative object stands between the auxiliary and the participle: an
    /// accusative article or pronoun not governed by a preposition, or "für"/"zum" before
    /// "erklärt" ("hat den Vertrag für nichtig erklärt", "wurde zum Zeugen erklärt").
    private func hasObject(in phrase: Range<Int>, verb: Int) -> Bool {
        let declares = tokens[verb].lower.hasPrefix("erklär")
        for probe in phrase where tokens[probe].kind == .word {
            let word = tokens[probe].lower
            if declares && (word == "für" || word == "zum" || word == "zur") { return true }
            // The word right after the auxiliary opens the subject ("hatte das Ministerium …").
            guard probe > phrase.lowerBound, Self.objectArticles.contains(word) else { continue }
            var before = probe - 1
            // "auf einen Blog", "in den vergangenen Tagen": a preposition (and adjectives) before it.
            while before >= phrase.lowerBound && tokens[before].kind == .word && !tokens[before].isCapitalized
                && Self.isGermanAdjective(tokens[before].lower) && !Self.prepositions.contains(tokens[before].lower)
            {
                before -= 1
            }
            let governed = before >= phrase.lowerBound && Self.prepositions.contains(tokens[before].lower)
            if !governed { return true }
        }
        return false
    }

    /// Where a content ending at `end` starts: after the last colon or semicolon outside quotation
    /// marks before it, else at the clause start.
    private func contentStart(before end: Int, clause: Range<Int>) -> Int {
        for probe in stride(from: end - 1, through: clause.lowerBound, by: -1)
        where (tokens[probe].isPunctuation(":") || tokens[probe].isPunctuation(";")) && spanAt[probe] == nil {
            return probe + 1
        }
        return clause.lowerBound
    }

    /// The content before an attribution's comma: from the clause start (or a colon) to the
    /// comma, a clause and no noun phrase, no subject with its relative clause; a weak cue needs a
    /// Konjunktiv in it.
    private func trailingContent(before comma: Int, clause: Range<Int>, cue: QuoteLexicon.Cue) -> Range<Int>? {
        let start = contentStart(before: comma, clause: clause)
        let content = start..<comma
        // "Sie wollen unsere Zerstörung": a subject pronoun and a verb open a clause, however much
        // the words after it look like adjectives.
        let opensWithPronoun =
            start + 1 < comma && (tokens[start].lower == "sie" || isPronounBeforeVerb(at: start, in: content))
            && tokens[start + 1].kind == .word && !tokens[start + 1].isCapitalized
        guard wordCount(content) >= 3, !content.contains(where: { spanAt[$0] != nil }),
            opensWithPronoun || !isNounPhrase(content),
            !isSubjectWithRelativeClause(content), !endsInRelativeClause(content)
        else { return nil }
        let konjunktiv = hasKonjunktiv(content)
        if cue.isWeak && !konjunktiv { return nil }
        // "Nachdem die Firma X gekauft hatte, hat der Chef …": a subordinate clause is no statement.
        let opener = tokens[start].lower
        if (Self.subordinators.contains(opener) || opener == "wie" || opener == "wenn") && !konjunktiv { return nil }
        return content
    }

    /// "Die Firma, die 2010 gegründet worden war", "Nach der Entscheidung, wonach …": a noun
    /// phrase whose relative or subordinate clause runs to the end has no main verb; it is the
    /// subject or the front field of the clause after the comma, not a statement.
    private func endsInRelativeClause(_ content: Range<Int>) -> Bool {
        guard let comma = content.first(where: { tokens[$0].isPunctuation(",") }), comma > content.lowerBound,
            comma + 1 < content.upperBound, !tokens[comma + 1].isCapitalized
        else { return false }
        let opener = tokens[comma + 1].lower
        guard Self.relativeOpeners.contains(opener) || Self.clauseOpeners.contains(opener)
            || Self.subordinators.contains(opener)
        else { return false }
        let rest = (comma + 1)..<content.upperBound
        return !rest.contains(where: { tokens[$0].isPunctuation(",") }) && isNounPhrase(content.lowerBound..<comma)
    }

    /// "Die Firma befindet sich Insidern zufolge in …": where the source phrase before "zufolge"
    /// at `index` starts when a verb stands before it (the words before belong to the content).
    /// Nil when the phrase reaches back to `start` (the clause start or the search limit).
    func germanSourcePhraseStart(before index: Int, from start: Int) -> Int? {
        guard language == .german else { return nil }
        // "eigenen Angaben zufolge": the subject of the clause is the source; the wider search stays.
        if let first = (start..<index).last(where: { tokens[$0].lower.hasPrefix("eigen") }), first >= start {
            return nil
        }
        var probe = index - 1
        while probe >= start {
            let token = tokens[probe]
            guard token.kind == .word, spanAt[probe] == nil else { return nil }
            let word = token.lower
            let fits =
                token.isCapitalized || mention(at: probe) != nil || ("0"..."9").contains(token.first)
                || Self.determiners.contains(word) || Self.phraseWords.contains(word) || Self.prepositions.contains(word)
                || (Self.isGermanAdjective(word) && probe + 1 < index && tokens[probe + 1].kind == .word
                    && (tokens[probe + 1].isCapitalized || Self.isGermanAdjective(tokens[probe + 1].lower)))
            if !fits { return probe + 1 < index ? probe + 1 : nil }
            probe -= 1
        }
        return nil
    }

    /// Whether the content after a German forward cue states nothing: a "zu" infinitive after a
    /// reflexive cue of attitude ("zeigte sich offen, die Mittel vorzuziehen" is what the speaker
    /// is ready to do), or a clause after "formulieren" that no colon introduces ("formulierte das
    /// Gesetz so, dass …" is a result, not a statement).
    func isNoGermanStatement(verb: Int, particle: Int?, content: Range<Int>) -> Bool {
        guard language == .german, let last = content.last, content.lowerBound > 0 else { return false }
        if tokens[verb].lower.hasPrefix("formulier") { return !tokens[content.lowerBound - 1].isPunctuation(":") }
        guard let particle, tokens[particle].lower == "sich", Self.attitudeHeads.contains(tokens[verb].lower),
            tokens[last].kind == .word, !Self.clauseOpeners.contains(tokens[content.lowerBound].lower),
            !hasKonjunktiv(content)
        else { return false }
        let word = tokens[last].lower
        guard word.hasSuffix("en") || word.hasSuffix("ern") || word.hasSuffix("eln") else { return false }
        if last > content.lowerBound && tokens[last - 1].lower == "zu" { return true }
        // "vorzuziehen", "abzubauen": "zu" after a separable prefix.
        return Self.separablePrefixes.contains { word.hasPrefix($0 + "zu") && word.count > $0.count + 4 }
    }

    /// Heads of the reflexive cues of attitude ("zeigte sich zufrieden", "gab sich zuversichtlich").
    static let attitudeHeads: WordSet = ["zeigte", "zeigten", "zeigt", "gab", "gaben", "gibt"]
}
