import NewsModel

/// Reported speech: "X teilte mit, dass …", "…, so X weiter", "laut X …", "X said (that) …",
/// "according to X, …".
extension QuoteContext {
    static let clauseOpeners: WordSet = ["dass", "daß", "ob", "wonach", "weshalb", "warum", "wie"]
    static let englishClauseStarters: WordSet = [
        "it", "he", "she", "they", "we", "i", "you", "there", "this", "these", "those", "its", "his", "her",
        "their", "our", "the", "a", "an", "no", "net", "sales", "profit", "prices", "demand", "first", "second",
        // Quantifiers that open a subject ("said all the shares were bought …").
        "all", "both", "most", "some", "none", "each", "several", "many",
    ]
    static let englishSkippable: WordSet = [
        "on", "in", "a", "an", "the", "statement", "interview", "briefing", "conference", "news", "late",
        "earlier", "yesterday", "today", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
        "sunday", "last", "this", "week", "month", "also", "separately", "reporters", "journalists", "reuters",
        "told", "newspaper", "in", "prepared", "remarks", "speech", "letter", "to", "shareholders", "filing",
    ]
    static let addressees: WordSet = [
        "reporters", "journalists", "analysts", "investors", "shareholders", "lawmakers", "parliament", "congress",
        "newspaper", "agency", "committee", "conference", "meeting", "audience", "television", "radio", "paper",
        "magazine", "newsletter", "him", "her", "them", "us",
    ]
    /// Words that open a German adverbial before the finite verb ("Am Montag sagte X").
    static let adverbialStarts: WordSet = [
        "im", "am", "an", "in", "bei", "beim", "nach", "auf", "mit", "vor", "seit", "während", "zu", "zum", "zur",
        "von", "vom", "über", "unter", "gegenüber", "aus", "für", "gegen", "durch", "ohne", "um", "dabei", "dazu",
        "damals", "heute", "gestern", "jetzt", "nun", "außerdem", "zudem", "auch", "doch", "dann", "später",
        "bereits", "zuvor", "zuletzt", "anschließend", "daraufhin", "darüber", "hierzu", "dazu", "ebenfalls",
        "allerdings", "jedoch", "trotzdem", "deshalb", "daher", "zugleich", "gleichzeitig", "erst", "schon",
        "weiter", "weiterhin", "unterdessen", "indes", "inzwischen", "demnach", "danach", "ebenso", "dennoch", "hier",
        "dort", "damit", "darin", "darauf", "abschließend", "ferner", "ebenfalls", "wörtlich", "gegenüber", "als",
    ]
    /// Words that may follow an attribution's verb when the speaker stands before it.
    static let tailOpeners: WordSet = [
        "in", "on", "at", "to", "late", "earlier", "yesterday", "today", "during", "after", "before", "last", "this",
        "weiter", "zudem", "außerdem", "auch", "am", "im", "bei", "gegenüber", "nach", "heute", "gestern", "dazu",
    ]

    /// English auxiliaries and finite verbs that show a clause follows the cue.
    static let englishFiniteVerbs: WordSet = [
        "would", "will", "was", "were", "is", "are", "had", "has", "have", "could", "may", "might", "should", "can",
        "expects", "expected", "plans", "planned", "intends", "did", "does",
    ]

    /// Conjunctions that open a subordinate clause (not "wie"/"as", which open attributions).
    static let subordinators: WordSet = [
        "da", "weil", "nachdem", "als", "obwohl", "wenn", "während", "bevor", "seit", "seitdem", "damit", "sodass",
        "because", "after", "when", "while", "although", "since", "before", "if", "though", "unless",
    ]
    /// Conjunctions that open a concessive clause ("obwohl", "wenngleich"; "auch wenn" and
    /// "selbst wenn" are read in ``isConcessiveOpening(at:end:)``).
    static let concessiveOpeners: WordSet = ["obwohl", "obgleich", "obschon", "wenngleich", "although", "though"]

    /// Whether the clause at `start` opens with a concessive conjunction: "obwohl …", "auch wenn …",
    /// "selbst wenn …", "even if …", "even though …".
    func isConcessiveOpening(at start: Int, end: Int) -> Bool {
        let opener = tokens[start].lower
        if Self.concessiveOpeners.contains(opener) { return true }
        guard start + 1 < end, opener == "auch" || opener == "selbst" || opener == "even" else { return false }
        let next = tokens[start + 1].lower
        return next == "wenn" || next == "if" || next == "though"
    }

    static let germanInvertedTail: WordSet = ["weiter", "zudem", "außerdem", "auch", "ferner", "demnach"]

    /// The reported-speech quotes of one sentence: more than one when a second attribution follows
    /// the first content after a comma ("X said A, it said B"; "X sagte, A, fügte aber hinzu, B").
    func reportedQuotes(inSentence sentence: Int) -> [QuoteCandidate] {
        var result: [QuoteCandidate] = []
        var from = sentenceTokens[sentence].lowerBound
        let start = sentenceTokens[sentence].lowerBound
        let end = sentenceTokens[sentence].upperBound
        var rounds = 0
        // "A, so X, B, so Y": where the second statement starts, after the first attribution.
        var statementStart: Int?
        while result.count < 4 && rounds < 8, var found = reportedQuote(inSentence: sentence, from: from) {
            rounds += 1
            // A later quote may not take back words of the one before ("A, sagte X, B").
            if from > start, let first = found.parts.first, first.lowerBound < from {
                if statementStart == nil, let next = statementAfterSoAttribution(at: from, end: end) {
                    statementStart = next
                    from = next
                    continue
                }
                guard let begin = statementStart, first.upperBound > begin + 2, found.parts.count == 1 else { break }
                found.parts[0] = begin..<first.upperBound
            }
            guard let last = found.parts.last else { break }
            if let split = secondAttribution(in: last) {
                found.parts[found.parts.count - 1] = last.lowerBound..<split
                if isAcceptable(found) { result.append(found) }
                // Every round moves on, or the loop ends.
                guard split + 1 > from else { break }
                from = split + 1
                continue
            }
            result.append(found)
            // "Sie sagte, A, fügte aber hinzu, B": the content ended early; look on.
            guard last.upperBound + 3 < end, last.upperBound + 1 > from else { break }
            from = last.upperBound + 1
        }
        return result
    }

    /// The words `reportedQuote(inSentence:from:)` reads as a source of their own ("so X", "according to X").
    static let reportedSourceWords: WordSet = ["so", "according", "laut", "zufolge", "nach"]

    /// The first reported-speech quote of a sentence whose cue stands at or after `from`.
    func reportedQuote(inSentence sentence: Int, from: Int) -> QuoteCandidate? {
        let range = sentenceTokens[sentence]
        guard !range.isEmpty else { return nil }
        var end = range.upperBound
        while end > range.lowerBound && tokens[end - 1].endsSentence { end -= 1 }
        // Reported content stops before a colon that introduces a direct quote.
        var colonCut = false
        for probe in range.lowerBound..<max(range.lowerBound, end - 1)
        where tokens[probe].isPunctuation(":") && tokens[probe + 1].kind == .quoteMark && spanAt[probe] == nil {
            end = probe
            colonCut = true
            break
        }
        if from == range.lowerBound, let found = previousSentenceCue(inSentence: sentence, end: end),
            isAcceptable(found)
        {
            return found
        }
        if from == range.lowerBound, let found = interviewAnswer(inSentence: sentence, end: end) { return found }
        var index = from
        while index < end {
            defer { index += 1 }
            guard spanAt[index] == nil, tokens[index].kind == .word else { continue }
            var found: QuoteCandidate?
            // Only the words of `reportedSourceWords` have cases of their own: any other word goes to the
            // speech cues after one lookup instead of five string comparisons (the word read in place
            // through the buffer: `tokens[index].lower` copies the whole token).
            var isCase = tokens.withUnsafeBufferPointer { Self.reportedSourceWords.contains($0[index].lower) }
            if isCase {
                switch tokens[index].lower {
                case "so" where language == .german && !isCorrelativeSo(at: index):
                    found = invertedCue(at: index, sentence: sentence, clause: range.lowerBound..<end, invertedOnly: true)
                case "according" where index + 1 < end && tokens[index + 1].lower == "to":
                    found = accordingTo(at: index, sentence: sentence, clause: range.lowerBound..<end)
                case "laut", "zufolge":
                    found = laut(at: index, sentence: sentence, clause: range.lowerBound..<end)
                case "nach" where language == .german && isSourceNoun(after: index, limit: end):
                    found = laut(at: index, sentence: sentence, clause: range.lowerBound..<end)
                default:
                    isCase = false
                }
            }
            if !isCase {
                if cue(at: index, limit: end) != nil {
                    found = invertedCue(at: index, sentence: sentence, clause: range.lowerBound..<end, invertedOnly: false)
                        ?? forwardCue(at: index, sentence: sentence, clause: range.lowerBound..<end)
                        ?? germanTrailingCue(at: index, sentence: sentence, clause: range.lowerBound..<end)
                }
            }
            // "told the Reuters news agency: "…"": what stands before the colon is no content.
            if let found, isAcceptable(found), !(colonCut && (found.parts.last?.upperBound ?? 0) == end
                && found.parts.reduce(0, { $0 + wordCount($1) }) <= 5)
            {
                return found
            }
        }
        return nil
    }

    /// "<Statement>. Dies bestätigte X." / "Das teilte X mit.": the previous sentence is the content.
    private func previousSentenceCue(inSentence sentence: Int, end: Int) -> QuoteCandidate? {
        let range = sentenceTokens[sentence]
        guard language == .german, sentence > 0, range.count >= 3,
            ["dies", "das"].contains(tokens[range.lowerBound].lower),
            // "Das geht aus dem Bericht hervor" names a source, not a speaker: strong cues only.
            let found = cue(at: range.lowerBound + 1, limit: end), !found.cue.isWeak,
            !Self.demonstrativeNonSpeechHeads.contains(found.cue.head)
        else { return nil }
        let previous = sentenceTokens[sentence - 1]
        guard !previous.isEmpty, paragraph(of: previous.lowerBound) == paragraph(of: range.lowerBound),
            document.sentences[sentence - 1].repeatOf == nil
        else { return nil }
        var contentEnd = previous.upperBound
        while contentEnd > previous.lowerBound && tokens[contentEnd - 1].endsSentence { contentEnd -= 1 }
        guard let guess = speaker(in: (range.lowerBound + 2)..<end, anchor: range.lowerBound + 1) else { return nil }
        return QuoteCandidate(
            parts: [previous.lowerBound..<contentEnd], direct: false, speaker: guess, sentence: sentence)
    }

    /// Rejects candidates that are too short or mostly a direct quote.
    private func isAcceptable(_ candidate: QuoteCandidate) -> Bool {
        var words = 0
        var quoted = 0
        for part in candidate.parts {
            for index in part where tokens[index].kind == .word {
                words += 1
                if spanAt[index] != nil { quoted += 1 }
            }
        }
        // Mostly quoted words that open with the quote mark are a direct quote, left to the direct rules.
        let opensWithQuote =
            candidate.parts.first.map { tokens[$0.lowerBound].kind == .quoteMark || spanAt[$0.lowerBound] != nil }
            ?? false
        return words >= 3 && (!opensWithQuote || quoted * 10 < words * 7) && !candidate.speaker.isEmpty
            && !opensWithGermanRelativeClause(candidate) && !isGermanQuestionContent(candidate)
    }

    /// "…, so X (weiter).", "…, sagte X.", "…, X said.", "…, wie X mitteilte.": content first.
    private func invertedCue(at index: Int, sentence: Int, clause: Range<Int>, invertedOnly: Bool) -> QuoteCandidate? {
        if !invertedOnly, let found = wieAppositionCue(at: index, sentence: sentence, clause: clause) { return found }
        // The comma that ends the content: right before the cue, or (English, German "wie") a few words before.
        // "…, the Office of Regional Planning (ORP) has said": a bracketed short form at the cue.
        var comma: Int? = englishCommaBeforeBracketedSpeaker(beforeCue: index, lower: clause.lowerBound)
        var probe = index - 1
        // "…, und man sei dankbar – so Berg –, trotzdem …": the attribution between dashes.
        let dashed = invertedOnly && probe > clause.lowerBound && Self.isDash(tokens[probe])
        // The reach is read only when the scan gets past the common six words (it costs lookups).
        var reach = 6
        var reachRead = false
        while comma == nil, probe >= clause.lowerBound {
            if index - probe > reach {
                guard !reachRead else { break }
                reachRead = true
                reach =
                    language == .german
                    ? germanWieReach(beforeCue: index, clauseStart: clause.lowerBound) : speakerPhraseReach(beforeCue: index)
                if index - probe > reach { break }
            }
            let token = tokens[probe]
            if dashed || token.isPunctuation(",") || (token.kind == .quoteMark && probe > clause.lowerBound
                && tokens[probe - 1].isPunctuation(",")) {
                comma = token.kind == .quoteMark ? probe - 1 : probe
                break
            }
            // "vice-president X said": a hyphen inside a word does not end the speaker phrase.
            let isInnerHyphen =
                token.isPunctuation("-") && probe > clause.lowerBound
                && tokens[probe - 1].range.end == token.range.start && token.range.end == tokens[probe + 1].range.start
            // "Reed's lawyer said": a possessive ending stands inside the speaker phrase.
            let isPossessive = token.lower == "'s" || token.lower == "’s"
            if (token.kind != .word && !isInnerHyphen && !isPossessive) || cue(at: probe, limit: index) != nil { break }
            probe -= 1
        }
        guard let comma, comma > clause.lowerBound else { return nil }
        // '"…," Dana Ferrick, an economist, told Harlow Radio': no subject before "told".
        if isSubjectlessAddresseeCue(index, comma: comma) { return nil }
        // "…, teuflische Fähigkeiten dazu und kann so etwa …": "so" names a speaker only right
        // after the comma ("…, so X", "…“, so X").
        if invertedOnly && !dashed && index - comma > 2 { return nil }
        // "Der 51-Jährige, der … gerettet hatte, erklärte …": a subject with its relative clause.
        if isSubjectWithRelativeClause(clause.lowerBound..<comma) { return nil }
        // "Der Vorsitzende, Paul Kern, zeigte sich …": a name between two commas is the subject's
        // apposition, not the speaker after a content clause.
        if let opening = stride(from: comma - 1, through: clause.lowerBound, by: -1).first(where: {
            tokens[$0].isPunctuation(",")
        }), opening + 1 < comma,
            ((opening + 1)..<comma).allSatisfy({ tokens[$0].kind != .word || mention(at: $0)?.kind == .person })
        {
            // "…, Jane Doe, Acme executive vice president said.": a role before the verb; the name speaks.
            if invertedOnly { return nil }
            return trailingNameWithRole(opening: opening, comma: comma, verb: index, sentence: sentence, clause: clause)
        }
        // "X, die Chefin, sagte, …": a comma right after the cue opens the content; not inverted.
        if index + 1 < clause.upperBound, tokens[index + 1].isClauseBoundary,
            !(language == .english && index + 2 < clause.upperBound && tokens[index + 1].isPunctuation(",")
                && Self.englishContinuations.contains(tokens[index + 2].lower))
        {
            // "But if measured at 65, the institute said, a worker will …": the content goes on.
            if invertedOnly { return nil }
            return midSentenceAttribution(comma: comma, verb: index, sentence: sentence, clause: clause)
        }
        // "…, da die Partei angekündigt hatte, …": a subordinate clause, not an attribution.
        if comma + 1 < index, Self.subordinators.contains(tokens[comma + 1].lower) { return nil }
        // Everything after the cue must be the speaker (and a few particles): no new clause.
        var tailWords = 0
        var tailEnd = clause.upperBound
        // Whether the tail so far reads as a name ("die Agentur X"), and whether the main clause
        // went on after "so X, …".
        var tailIsName = true
        var clauseGoesOn = false
        for after in (index + 1)..<clause.upperBound {
            let token = tokens[after]
            // "…, teilte X heute, Freitag, in Wien mit": the speaker phrase ends at the date.
            if tailWords > 0 && germanDateCommaEnd(at: after, limit: clause.upperBound) != nil {
                tailEnd = after
                break
            }
            // "…, betont X und lässt durchblicken, dass …": the speaker's next predicate.
            if tailWords > 0 && isSecondPredicateAfterSpeaker(at: after, limit: clause.upperBound) {
                tailEnd = after
                break
            }
            // "…, sagte X in Anspielung darauf, dass …": an occasion after the speaker.
            if tailWords > 0 && isOccasionAfterSpeaker(at: after, limit: clause.upperBound) {
                tailEnd = after
                break
            }
            if token.kind == .word {
                tailWords += 1
                if Self.clauseOpeners.contains(token.lower) || token.lower == "that" { return nil }
            }
            if token.kind == .quoteMark || spanAt[after] != nil {
                // "…, sagte X, Sprecher der „Y“": a quoted name may stand in the speaker phrase.
                let number =
                    spanAt[after] ?? (after + 1 < clause.upperBound ? spanAt[after + 1] : nil) ?? spanAt[after - 1]
                guard let number, isTitleSpan(number) else { return nil }
                continue
            }
            // "…, berichtet die Agentur X am Donnerstag unter Berufung auf …": adverbials after the
            // speaker are not part of it.
            if language == .german && token.kind == .word && tailWords > 2 && !token.isCapitalized
                && Self.prepositions.contains(token.lower) && tailIsName
                && !(after..<clause.upperBound).contains(where: { tokens[$0].kind == .quoteMark })
                && !isGermanPlaceBeforeApposedName(at: after, limit: clause.upperBound)
            {
                tailWords -= 1
                tailEnd = after
                break
            }
            // "Vorsitzende der Datenschutzgruppe (G29)": brackets may stand in a name.
            // So may hyphens ("Falque-Pierrotin"); a comma is judged below.
            let isBracket =
                token.isPunctuation("(") || token.isPunctuation(")") || token.isPunctuation("-")
                || token.isPunctuation(",")
            if !isBracket && (token.kind != .word || !(token.isCapitalized || Self.determiners.contains(token.lower)
                || Self.phraseWords.contains(token.lower) || mention(at: after) != nil))
            {
                tailIsName = false
            }
            if dashed && Self.isDash(token) {
                tailEnd = after
                break
            }
            // "…, BMW said it would …": a finite verb after the cue makes it a forward cue.
            if language == .english && token.kind == .word && Self.englishFiniteVerbs.contains(token.lower) { return nil }
            // An apposition may follow ("…, sagte X, Chef von Y"), a new clause may not.
            if token.isPunctuation(","), after + 1 < clause.upperBound {
                // "…, gab der Chef, Jonas Wittmer, bekannt": the cue's particle ends the speaker.
                if isCueParticle(at: after + 1, head: index, limit: clause.upperBound) {
                    tailEnd = after
                    break
                }
                let next = tokens[after + 1]
                // "…, the agency said, with sales up 25% …": the sentence runs on after the speaker.
                if language == .english && Self.englishContinuations.contains(next.lower) {
                    tailEnd = after
                    break
                }
                let isApposition =
                    next.isCapitalized || Self.determiners.contains(next.lower)
                    || lexicon.roleWord(in: next.lower) != nil || Self.englishModifiers.contains(next.lower)
                // "…, sagte X, die auch Y leitet, …", "…, sagte X, Chef von Y, am Mittwoch in Z":
                // a relative clause or an adverbial after the speaker is not part of it.
                if !invertedOnly && tailWords > 0 && tailIsName && (isRelativeClause(at: after + 1) || Self.prepositions.contains(next.lower)
                    || Self.tailOpeners.contains(next.lower))
                {
                    tailEnd = after
                    break
                }
                // "…, so der Chef, bewirkte aber …": after "so X" the main clause goes on; so does a
                // German subjunctive statement ("A habe B, sagte X, darunter C").
                let goesOnAfterStatement =
                    invertedOnly || (language == .german && hasKonjunktiv(clause.lowerBound..<comma))
                    || firstPersonStatementGoesOn(content: clause.lowerBound..<comma, next: after + 1)
                if !isApposition && goesOnAfterStatement && tailWords > 0 {
                    tailEnd = after
                    clauseGoesOn = true
                    break
                }
                if !isApposition { return nil }
            }
        }
        let between = index - comma - 1
        // "X, a unit of Y, said it sold …": a pronoun subject with a verb after the cue opens the content.
        if language == .english && between == 0 && tailWords >= 3,
            let firstTail = tokens[(index + 1)..<tailEnd].first(where: { $0.kind == .word }),
            ["it", "he", "she", "they", "we"].contains(firstTail.lower)
        {
            return nil
        }
        // "…, BMW has announced £100m of investment": words on both sides of the verb make it a
        // main clause, unless what follows is a time or place ("…, the company said in a statement").
        if between > 0 && tailWords > 0 && !invertedOnly && tokens[comma + 1].lower != "wie"
            && tokens[comma + 1].lower != "as"
        {
            let firstTail = tokens[(index + 1)..<tailEnd].first { $0.kind == .word }?.lower ?? ""
            // "…, X told Reuters in an interview": after "told" the addressee follows the verb.
            let isTold = tokens[index].lower == "told" || tokens[index].lower == "tells"
            if !Self.tailOpeners.contains(firstTail) && !(isTold && tailWords <= 8) { return nil }
        }
        if tailWords > 12 || (between > 0 && tokens[comma + 1].lower == "so" && !invertedOnly) { return nil }
        if invertedOnly && (tailWords == 0 || tailWords > 14) { return nil }
        // The content: from the clause start (after a colon) to the comma.
        var start = clause.lowerBound
        for candidate in stride(from: comma - 1, through: clause.lowerBound, by: -1)
        where tokens[candidate].isPunctuation(":") && spanAt[candidate] == nil {
            // "Was X betrifft, haben wir …: man hat …, wundert sich Y": a German first-person
            // clause before the colon is the speaker's own words too.
            if language == .german && isFirstPersonLead(clause.lowerBound..<candidate) { break }
            start = candidate + 1
            break
        }
        start = contentStartAfterAbbreviationBreak(from: start, end: comma)
        guard start < comma else { return nil }
        // German puts the speaker after the verb ("…, sagte X"), except in "…, wie X mitteilte".
        // A weak cue ("sprach sich … aus") is no attribution after a comma.
        // A weak cue with a subjunctive content is one ("Das sei ein Fehler, kritisierte X").
        // So is a reporting verb right after the comma ("…, schreibt X in seinem Bericht").
        if !invertedOnly, let found = cue(at: index, limit: clause.upperBound), found.cue.isWeak,
            !hasKonjunktiv(start..<comma),
            !(index == comma + 1 && Self.invertedReportingHeads.contains(tokens[index].lower)
                && (tailWords <= 8 || tailWords <= 12 && namesPerson(in: (index + 1)..<tailEnd))),
            !isEnglishInvertedWeakCue(comma: comma, verb: index, tailWords: tailWords)
        {
            return nil
        }
        let isWie = comma + 1 < index && tokens[comma + 1].lower == "wie"
        var speakerRange =
            language == .german && !isWie && !invertedOnly ? (index + 1)..<tailEnd : (comma + 1)..<tailEnd
        // "…, his associate has told a US court": what follows "told" is the addressee, not the speaker.
        if language == .english, index > comma + 1, tokens[index].lower == "told" || tokens[index].lower == "tells" {
            speakerRange = (comma + 1)..<index
        }
        // "…, zitiert die Abendpost den Sprecher X": the medium quotes, the person after it speaks.
        if tokens[index].lower.hasPrefix("zitier"), speakerRange.lowerBound == index + 1,
            let medium = speakerRange.first(where: {
                mention(at: $0).map { $0.kind == .company || $0.kind == .organization } ?? false
            }),
            !speakerRange.contains(where: { mention(at: $0)?.kind == .person })
        {
            var after = medium + 1
            while after < speakerRange.upperBound && mention(at: after)?.entity == mention(at: medium)?.entity {
                after += 1
            }
            if after < speakerRange.upperBound && tokens[after].isCapitalized {
                speakerRange = after..<speakerRange.upperBound
            }
        }
        // "…, sagte der Sprecher von Präsident X, Paul Kern": the name after the role speaks.
        if let named = appositionName(in: speakerRange) { speakerRange = named }
        guard let guess = speaker(in: speakerRange, anchor: index) else { return nil }
        // "– so der Vorwurf –" is a paraphrase, not an attribution: between dashes, a named speaker only;
        // so when the sentence runs on after "so X," with a subjunctive content.
        if (dashed || clauseGoesOn) && (guess.entity == nil || wordCount(speakerRange) > 5) { return nil }
        // "Die Firma, so Kern, werde …", "Dennoch, so Kern, habe …": the attribution splits one
        // statement whose subjunctive verb stands right after it.
        let splitsStatement = clauseGoesOn && isGermanStatementSplitBySo(before: start..<comma, restStart: tailEnd + 1, end: clause.upperBound)
        if clauseGoesOn && !splitsStatement && !hasKonjunktiv(start..<comma) && !hasFirstPersonWord(start..<comma) { return nil }
        // "Der Chef, Paul Kern, kritisierte …": a German content needs a verb, and German verbs are
        // lower case; a noun phrase alone is the subject.
        if language == .german && !splitsStatement && isNounPhrase(start..<comma) { return nil }
        var parts = [start..<comma]
        // "Der Einsatz solle sich, so Kern, auf schwere Fälle begrenzen": a short or subjunctive
        // rest finishes the statement.
        if clauseGoesOn, tailEnd + 1 < clause.upperBound {
            let rest = (tailEnd + 1)..<clause.upperBound
            let firstPersonGoesOn = firstPersonStatementGoesOn(content: start..<comma, next: rest.lowerBound)
            if (wordCount(start..<comma) < 6 || hasKonjunktiv(rest) || firstPersonGoesOn) && !hasSoAttribution(in: rest) {
                parts.append(rest)
            }
        }
        return QuoteCandidate(parts: parts, direct: false, speaker: guess, sentence: sentence)
    }

    /// "X teilte mit, dass …", "X sagte, … (Konjunktiv)", "X said (that) …", "Wie X mitteilte, …".
    private func forwardCue(at index: Int, sentence: Int, clause: Range<Int>) -> QuoteCandidate? {
        guard let (found, particle) = cue(at: index, limit: clause.upperBound) else { return nil }
        // "Ihm wird vorgeworfen, …", "Klien wurde vorgeworfen, …": a passive names no speaker.
        if isGermanPassiveCue(at: index, clause: clause) { return nil }
        let verbEnd = (particle ?? index) + 1
        var contentStart: Int?
        if language == .german {
            var probe = verbEnd
            while probe < clause.upperBound && probe - verbEnd <= 12 {
                let token = tokens[probe]
                if token.kind == .quoteMark && spanAt[probe] == nil && token.range.start > tokens[index].range.end {
                    // "sagte X: „…“" is a direct quote; leave it to the direct rules. A quoted name
                    // ("sagte der „Abendpost“, dass …") is part of the attribution.
                    if probe + 1 < clause.upperBound, let number = spanAt[probe + 1] {
                        guard isTitleSpan(number), let close = spans[number].close else { return nil }
                        probe = close + 1
                        continue
                    }
                }
                // "sagte heute, Montag, …": the date's commas open no content.
                if let second = germanDateCommaEnd(at: probe, limit: clause.upperBound) {
                    probe = second
                    continue
                }
                if token.isPunctuation(",") || token.isPunctuation(":") {
                    contentStart = probe + 1
                    break
                }
                if token.endsSentence { break }
                probe += 1
            }
            // "sagte am Dienstag auf dem Kongress des X-Verbands (XV) in Linz, … seien …": a long
            // adverbial before a Konjunktiv content.
            if contentStart == nil && probe - verbEnd > 12 {
                contentStart = lateGermanContentStart(from: probe, verbEnd: verbEnd, clause: clause)
            }
            // "So sagte X, Chef der Y, gegenüber der Zeitung, dass …": the apposition and the
            // addressee are no content.
            if let current = contentStart, current > 0, tokens[current - 1].isPunctuation(","),
                let dass = germanDassAfterAppositions(from: current, limit: clause.upperBound)
            {
                contentStart = dass
            }
            guard let start = contentStart, start < clause.upperBound else { return nil }
            // "Die Regierung sagt nicht die Wahrheit, schrieb X": the verb is the content's own.
            if opensWithSpeechVerb(at: start, verb: index, clause: clause) { return nil }
            // "Sie räumte ein, es könnten Stellen wegfallen, sprach aber von …": the subject's next
            // verb ends the content.
            var contentEnd = clause.upperBound
            for probe in start..<max(start, clause.upperBound - 2)
            where tokens[probe].isPunctuation(",") && spanAt[probe] == nil && tokens[probe + 1].kind == .word
                && !tokens[probe + 1].isCapitalized && Self.contrastWords.contains(tokens[probe + 2].lower)
            {
                contentEnd = probe
                break
            }
            // "sagte, sie müssten nachgeben und bemühte das Bild …": "und" before the subject's next
            // verb (a cue, or a past form) ends the content too.
            for probe in start..<max(start, contentEnd - 1)
            where tokens[probe].lower == "und" && spanAt[probe] == nil && tokens[probe + 1].kind == .word
                && !tokens[probe + 1].isCapitalized && probe > start + 2
                && (cue(at: probe + 1, limit: contentEnd) != nil
                    || (tokens[probe + 1].lower.hasSuffix("te") && tokens[probe + 1].lower.count > 4
                        && !lexicon.konjunktiv.contains(tokens[probe + 1].lower)))
            {
                contentEnd = probe
                break
            }
            // "kündigte an, A zu machen – doch auf dem Weg …": a dash before "doch" or "aber" ends it.
            contentEnd = contentEndBeforeDashContrast(from: start, end: contentEnd)
            // "…, dass die Regel bleiben muss – eine Anspielung auf …": the writer's aside.
            contentEnd = contentEndBeforeDashAside(from: start, end: contentEnd)
            // "sagte, man sei zufrieden, und die Aktionäre stimmten zu": a new indicative clause ends it.
            if let cut = konjunktivContentEnd(from: start, end: contentEnd) { contentEnd = cut }
            // "sagte, er sei unschuldig, erkannte das Gericht nicht an": the subject's next verb.
            if let cut = subjectNextVerbCut(from: start, end: contentEnd) { contentEnd = cut }
            if isNoGermanStatement(verb: index, particle: particle, content: start..<contentEnd) { return nil }
            if isGermanNonStatementCue(verb: index, particle: particle, content: start..<contentEnd, clause: clause) { return nil }
            // "… und dann sagen, man bekomme es zurück, sagte X dem Fernsehen": the later verb's.
            if runsIntoInvertedAttribution(from: start, end: contentEnd, clause: clause) { return nil }
            let opener = tokens[start].lower
            // "räumen X ein, sehen aber …": the subject's second verb with "aber" is no content.
            if start + 1 < contentEnd, tokens[start].kind == .word, !tokens[start].isCapitalized,
                Self.contrastWords.contains(tokens[start + 1].lower), !lexicon.konjunktiv.contains(opener)
            {
                return nil
            }
            // "… bedauerte sie, und vielen würden …": content never opens with a coordinator.
            if Self.coordinatorOpeners.contains(opener) { return nil }
            // "gab sich verwundert, wenn X so etwas sage" is reported; "…, wenn X so etwas sagt" is
            // a condition, not a statement.
            if Self.subordinators.contains(opener) && !hasKonjunktiv(start..<contentEnd) { return nil }
            // "hält den Plan für richtig, auch wenn die Kosten stiegen": a concessive clause after a
            // stated view is the view's limit, not what was said.
            if found.isWeak && isConcessiveOpening(at: start, end: contentEnd) { return nil }
            // "kündigte einen Wagen an, der im Mai erscheinen soll": a relative clause, not content.
            // ("die neuen Pläne seien …" opens with an article, adjective and noun: content.)
            let isArticlePhrase =
                start + 2 < contentEnd && Self.isGermanAdjective(tokens[start + 1].lower)
                && tokens[start + 2].isCapitalized
            let isRelative =
                Self.relativeOpeners.contains(opener) && start + 1 < contentEnd
                && (opener.hasPrefix("w") || (!tokens[start + 1].isCapitalized && !isArticlePhrase))
            if isRelative && !hasKonjunktiv(start..<contentEnd) { return nil }
            // "kündigte einen Vorschlag an, der das Abkommen untergraben werde": a relative clause
            // after the verb's object describes the object, even in the subjunctive.
            if isRelative && hasGermanObjectPhrase(in: (index + 1)..<(start - 1), verb: index) { return nil }
            // "hat X angekündigt: Er verweist auf …": a new attribution after the colon.
            if opensWithPronounCue(start..<contentEnd) { return nil }
            // "verspricht Fans ein Comeback, das sie nicht enttäuschen werde": after a weak cue's
            // object, a relative clause ("das sie …") is no content; "das sei …" is one.
            if isRelative && found.isWeak && !(start + 1 < contentEnd && isKonjunktivForm(at: start + 1)) { return nil }
            // "erklärte die Wahl für ungültig" declares, it does not speak.
            if tokens[index].lower.hasPrefix("erklär"),
                (verbEnd..<start).contains(where: { tokens[$0].lower == "für" })
            {
                return nil
            }
            let isWie = index > clause.lowerBound && tokens[clause.lowerBound].lower == "wie"
            if !Self.clauseOpeners.contains(opener) && !isWie && found.isWeak {
                guard hasKonjunktiv(start..<clause.upperBound) else { return nil }
            }
            // "Wie X mitteilte, …": the speaker stands between "wie" and the verb.
            var speakerGuess: SpeakerGuess?
            if isWie {
                speakerGuess = speaker(in: (clause.lowerBound + 1)..<index, anchor: index)
            } else {
                let afterVerb = (index + 1)..<(start - 1)
                let before = clauseStart(before: index, in: clause)..<index
                // "Am Montag sagte der Minister, …": after an adverbial, the subject follows the verb.
                let adverbialFirst = before.isEmpty || Self.adverbialStarts.contains(tokens[before.lowerBound].lower)
                if adverbialFirst {
                    speakerGuess =
                        speaker(in: afterVerb, anchor: index)
                        ?? speaker(in: before, anchor: index, noFallback: true)
                } else {
                    // `if let`, not `flatMap`: a closure over `self` copies the whole context.
                    var subject: SpeakerGuess?
                    if let apposition = appositionSubject(in: before, verb: index) {
                        subject = speaker(in: apposition, anchor: apposition.upperBound, noFallback: true)
                    }
                    // "Das Amt bestätigte dem Abgeordneten X, dass …", "X vertritt wie Y die Ansicht,
                    // dass …": a name after the verb that is spoken to or compared with does not speak.
                    let afterVerbSpeaks = !isGermanAddresseeOrComparison(at: index + 1, before: start)
                    speakerGuess =
                        (afterVerbSpeaks ? speaker(in: afterVerb, anchor: index, strongOnly: true) : nil)
                        ?? subject
                        ?? speaker(in: before, anchor: index)
                        ?? speaker(in: afterVerb, anchor: index)
                }
            }
            // "Im Bericht heißt es, …": the document the sentence names speaks.
            if speakerGuess == nil, ["heißt", "hieß"].contains(tokens[index].lower) {
                let before = clauseStart(before: index, in: clause)..<index
                let words = before.filter {
                    tokens[$0].kind == .word && !Self.prepositions.contains(tokens[$0].lower)
                        && !Self.determiners.contains(tokens[$0].lower) && !Self.adverbialStarts.contains(tokens[$0].lower)
                }
                if let first = words.first, let last = words.last, words.count <= 4 {
                    speakerGuess = SpeakerGuess(description: text(first..<(last + 1)))
                } else if words.isEmpty {
                    // "Weiter hieß es: …": no source of its own; the source before goes on.
                    speakerGuess = SpeakerGuess(description: Self.impersonalSource)
                }
            }
            guard let speakerGuess else { return nil }
            // "Die Aufträge, kritisiert X, seien geliefert worden": the subject before the cue.
            let front = germanFrontPart(verb: index, contentStart: start, clause: clause).map { [$0] } ?? []
            return QuoteCandidate(
                parts: front + [start..<contentEnd], direct: false, speaker: speakerGuess, sentence: sentence)
        }
        // English: "X said (on Tuesday) (that) …", "X told Reuters …".
        var probe = verbEnd
        // "said, in response to published reports, that …": a phrase in commas before "that".
        var start: Int? = thatAfterCommaPhrase(from: verbEnd, end: clause.upperBound)
        // "told a few hundred officials attending the party that …": the addressee may be long.
        let thatWindow = tokens[index].lower == "told" || tokens[index].lower == "tells" ? 14 : 8
        while start == nil && probe < clause.upperBound && probe - verbEnd <= thatWindow {
            let token = tokens[probe]
            if token.lower == "that" && token.kind == .word {
                start = probe + 1
                break
            }
            // "said profits rose and that it expected …": a second content clause; the first opens right after the verb
            // (not "said Mr Tandy and that …", where the speaker stands after the verb).
            if probe > verbEnd + 1, token.lower == "and" || token.lower == "but", probe + 1 < clause.upperBound, tokens[probe + 1].lower == "that",
                (verbEnd..<probe).allSatisfy({ !tokens[$0].isCapitalized && mention(at: $0) == nil })
            {
                start = verbEnd
                break
            }
            // "says it will ask X to repay a loan that …": a subject after the verb opens the content
            // already; a later "that" belongs to it. So does a finite verb ("said the firm had a plan that …").
            if token.kind != .word || Self.englishSubjectPronouns.contains(token.lower)
                || Self.englishFiniteVerbs.contains(token.lower)
            {
                break
            }
            probe += 1
        }
        let hasThat = start != nil
        if start == nil {
            if found.isWeak { return nil }
            probe = verbEnd
            if tokens[index].lower == "told" || tokens[index].lower == "tells" {
                // Skip the addressee: "told Reuters", "told reporters", "told the newspaper".
                if probe < clause.upperBound, ["the", "a"].contains(tokens[probe].lower), probe + 1 < clause.upperBound,
                    Self.addressees.contains(tokens[probe + 1].lower)
                {
                    probe += 2
                } else if probe < clause.upperBound, Self.addressees.contains(tokens[probe].lower) {
                    probe += 1
                } else if probe + 1 < clause.upperBound, ["the", "a"].contains(tokens[probe].lower),
                    tokens[probe + 1].isCapitalized || mention(at: probe + 1) != nil
                {
                    // "told the Securities and Exchange Commission it …": a named addressee.
                    probe += 1
                    while probe < clause.upperBound && probe - verbEnd < 9
                        && (mention(at: probe) != nil || tokens[probe].isCapitalized
                            || (["and", "of", "for"].contains(tokens[probe].lower) && probe + 1 < clause.upperBound
                                && tokens[probe + 1].isCapitalized))
                    {
                        probe += 1
                    }
                    // "told the Securities and Exchange Commission (SEC) it …": and its short form.
                    if probe + 2 < clause.upperBound, tokens[probe].isPunctuation("("), tokens[probe + 1].kind == .word,
                        tokens[probe + 2].isPunctuation(")")
                    {
                        probe += 3
                    }
                } else {
                    while probe < clause.upperBound && probe - verbEnd < 4
                        && (mention(at: probe) != nil || tokens[probe].isCapitalized)
                    {
                        probe += 1
                    }
                }
            }
            // "said earlier this month it would …": a "this"/"last" time phrase is skipped too.
            for _ in 0..<2 {
                while probe < clause.upperBound && probe - verbEnd < 6 && Self.englishSkippable.contains(tokens[probe].lower)
                    && !Self.englishClauseStarters.contains(tokens[probe].lower) && !isSubjectAfterSaid(at: probe, verb: index)
                {
                    probe += 1
                }
                probe = afterEnglishTimePhrase(at: probe, limit: clause.upperBound)
            }
            guard probe < clause.upperBound, tokens[probe].kind == .word else { return nil }
            let word = tokens[probe]
            guard Self.englishClauseStarters.contains(word.lower) || word.isCapitalized || mention(at: probe) != nil
                || (Self.bareClauseVerbs.contains(tokens[index].lower) && hasClauseVerb(after: probe, end: clause.upperBound, pastTense: true))
            else { return nil }
            // "…, said Jane Doe, deputy director in the office.": a name and its role, no content.
            if isNameWithRoleTail(from: probe, end: clause.upperBound) { return nil }
            // "told a news conference his office …", "said in a statement the bid …".
            start = contentAfterOccasion(from: probe, end: clause.upperBound) ?? probe
            // "told the federal court, saying …", "told the jury he …": the body spoken to is no content.
            if let current = start, let after = bodyAddresseeEnd(verb: index, from: current, end: clause.upperBound) {
                guard after < clause.upperBound, tokens[after].kind == .word,
                    !Self.midSentenceNonOpeners.contains(tokens[after].lower)
                else { return nil }
                start = thatAfterOccasionPhrase(from: after, end: clause.upperBound) ?? after
            }
        }
        guard let start, clause.upperBound - start >= 3 else { return nil }
        if !hasThat && !isBareClause(verb: index, contentStart: start, end: clause.upperBound) { return nil }
        // "declined to say if he was pleased": a question left open states nothing.
        if !hasThat && isOpenQuestion(at: start, end: clause.upperBound) { return nil }
        // "said in an interview with X, published …", "stressed the importance of …": no clause.
        if !hasThat && (opensWithOccasionOnly(at: start, end: clause.upperBound)
            || isEnglishObjectPhrase(verb: index, start: start, end: clause.upperBound))
        {
            return nil
        }
        // "It is also believed that …": nobody speaks.
        if isImpersonalPassive(verb: index, from: clause.lowerBound) || isPassiveTold(verb: index) { return nil }
        let before = clauseStart(before: index, in: clause)..<index
        // `if let`, not `flatMap`: a closure over `self` copies the whole context.
        var subject: SpeakerGuess?
        if let range = appositionSubject(in: before, verb: index) ?? relativeClauseSubject(in: before, verb: index) {
            subject = speaker(in: range, anchor: range.upperBound, noFallback: true)
            // "Vostrel, which makes Kandor beer, said": an unknown one-word subject is a company.
            if subject == nil, let name = unknownSubjectBeforeRelativeClause(range) {
                var guess = SpeakerGuess(description: text(name))
                guess.newOrganization = name
                subject = guess
            }
        }
        guard
            let guess = subject
                ?? speaker(in: before, anchor: index)
                ?? speaker(in: (index + 1)..<start, anchor: index, strongOnly: true)
        else { return nil }
        let end = contentEndBeforeAbbreviationBreak(from: start, end: clause.upperBound)
        // "X has noted the gaps, the Kelmar Office said.": the noting is what the office said (a
        // person's words stay theirs).
        if !(guess.entity?.hasPrefix("person:") ?? false), runsIntoEnglishInvertedAttribution(verb: index, from: start, end: end) {
            return nil
        }
        return QuoteCandidate(parts: [start..<end], direct: false, speaker: guess, sentence: sentence)
    }

    /// Whether an English content without "that" is a clause: "said the plan would …", "announced
    /// it would …". Only verbs of saying take a bare clause; others take an object first ("denied
    /// all the charges", "announced a plan") unless a subject pronoun follows. A short phrase of
    /// the occasion ("told a news conference", "told Reuters in an interview") is no content.
    func isBareClause(verb: Int, contentStart start: Int, end: Int) -> Bool {
        if wordCount(start..<end) <= 5, let last = (start..<end).last(where: { tokens[$0].kind == .word }),
            Self.occasionNouns.contains(tokens[last].lower)
        {
            return false
        }
        if Self.bareClauseVerbs.contains(tokens[verb].lower) { return true }
        // "announced (on) March 27 he would …": a subject pronoun within the first words.
        return (start..<min(end, start + 4)).contains { Self.englishSubjectPronouns.contains(tokens[$0].lower) }
    }

    /// English verbs of saying that take a content clause without "that".
    static let bareClauseVerbs: WordSet = [
        "said", "says", "say", "saying", "told", "tells", "added", "adds", "stated", "states", "argued", "argues",
        "claimed", "claims", "insisted", "insists", "maintained", "replied", "remarked", "explained", "explains",
        "wrote", "writes", "noted", "notes", "stressed", "stresses", "warned", "warns",
    ]

    /// Nouns of the occasion of a statement ("a news conference", "an interview").
    static let occasionNouns: WordSet = [
        "interview", "conference", "briefing", "statement", "meeting", "call", "hearing", "reporters", "journalists",
        "reuters", "newspaper", "agency", "television", "radio", "programme", "program", "show", "analysts",
        "investors", "shareholders", "parliament", "congress", "committee", "audience",
    ]

    /// English words that continue a sentence after its attribution (", with …", ", adding …").
    static let englishContinuations: WordSet = ["with", "adding", "while", "but", "although", "citing", "noting"]

    /// English subject pronouns that open a content clause without "that".
    static let englishSubjectPronouns: WordSet = ["it", "he", "she", "they", "we", "i", "you"]

    /// Words that mark a second main clause with the same subject (", sprach aber …").
    static let contrastWords: WordSet = ["aber", "jedoch", "allerdings", "zugleich", "gleichzeitig"]

    /// "X, a unit of Y controlled by Z, said …": the subject before an apposition that ends right
    /// before the verb, not the names inside the apposition.
    func appositionSubject(in before: Range<Int>, verb: Int) -> Range<Int>? {
        guard let closing = appositionClosingComma(before: verb, from: before.lowerBound) else { return nil }
        guard let comma = before.first(where: { tokens[$0].isPunctuation(",") }), comma < closing,
            comma > before.lowerBound, comma - before.lowerBound <= 6,
            !Self.leadingAdverbials.contains(tokens[before.lowerBound].lower),
            // "Der Chef von X, Paul Kern, sagte": an apposition that is a name is the speaker.
            !isNameApposition(at: comma + 1), !isUnnamedSubjectOfName(before.lowerBound..<comma, closing: closing)
        else { return nil }
        return before.lowerBound..<comma
    }

    /// Words that open an adverbial, not a subject, before a first comma ("In a filing, X said").
    static let leadingAdverbials: WordSet = [
        "in", "on", "at", "after", "before", "during", "while", "according", "earlier", "later", "yesterday",
        "today", "separately", "meanwhile", "however", "also", "but", "and", "as", "with", "under", "for",
        "late", "last", "early", "this", "next", "by", "from", "when", "if", "since",
    ]

    /// "According to X, …" and "…, according to X."
    private func accordingTo(at index: Int, sentence: Int, clause: Range<Int>) -> QuoteCandidate? {
        if index > clause.lowerBound, tokens[index - 1].isPunctuation(","), index - 1 > clause.lowerBound {
            guard let guess = speaker(in: (index + 2)..<clause.upperBound, anchor: index) else { return nil }
            return QuoteCandidate(
                parts: [clause.lowerBound..<(index - 1)], direct: false, speaker: guess, sentence: sentence)
        }
        var comma = index + 2
        while comma < clause.upperBound && !tokens[comma].isPunctuation(",") { comma += 1 }
        guard comma + 1 < clause.upperBound, comma - index <= 12 else { return nil }
        // "According to its lawyer, Jane Doe of Smith and Co, the claim …": the name is no content.
        if let second = appositionEnd(afterComma: comma, end: clause.upperBound) { comma = second }
        // "According to X, Y said that …": Y's statement, left to the speech verb.
        for probe in (comma + 1)..<min(clause.upperBound, comma + 10) {
            if let found = cue(at: probe, limit: clause.upperBound), !found.cue.isWeak { return nil }
        }
        guard let guess = speaker(in: (index + 2)..<comma, anchor: index) else { return nil }
        return QuoteCandidate(parts: [(comma + 1)..<clause.upperBound], direct: false, speaker: guess, sentence: sentence)
    }

    /// "Laut X …", "X zufolge …", "…, laut X."
    private func laut(at index: Int, sentence: Int, clause: Range<Int>) -> QuoteCandidate? {
        if tokens[index].lower == "zufolge" {
            var start = index - 1
            while start > clause.lowerBound && !tokens[start - 1].isClauseBoundary && index - start < 8 { start -= 1 }
            var frontEnd = start - 1
            if let phrase = germanSourcePhraseStart(before: index, from: start) {
                start = phrase
                frontEnd = phrase
            }
            guard let guess = speaker(in: start..<index, anchor: index), index + 1 < clause.upperBound else { return nil }
            var parts: [Range<Int>] = []
            if frontEnd > clause.lowerBound { parts.append(clause.lowerBound..<frontEnd) }
            parts.append((index + 1)..<clause.upperBound)
            return QuoteCandidate(parts: germanVerbatimSourceParts(parts), direct: false, speaker: guess, sentence: sentence)
        }
        // The speaker phrase: determiners, capitalised words, mentions and phrase words.
        var end = index + 1
        while end < clause.upperBound && end - index <= 10 {
            let token = tokens[end]
            // "Laut einem Artikel von „Nordkurier Online“": a quoted name stands in the phrase.
            if let close = titleSpanClose(at: end, limit: clause.upperBound) {
                end = close + 1
                continue
            }
            guard token.kind == .word else { break }
            // An adjective between a determiner and its noun: "der politischen Opposition".
            let isAdjective =
                !token.isCapitalized && end > index + 1 && end + 1 < clause.upperBound
                && Self.determiners.contains(tokens[end - 1].lower) && tokens[end + 1].isCapitalized
                && tokens[end + 1].kind == .word
            // "nach Ansicht von Beobachtern die Frage …": "die", "das", "ein", "eine" after a noun are
            // no genitive; they open the clause's subject or object.
            if end > index + 2, Self.nonGenitiveDeterminers.contains(token.lower), tokens[end - 1].isCapitalized,
                tokens[end - 1].kind == .word, end + 1 < clause.upperBound, tokens[end + 1].kind == .word
            {
                break
            }
            // "nach Angaben der Gewerkschaft X den Abbau …": an object determiner opens the clause.
            if end > index + 2, ["den", "dem", "einen", "einem"].contains(token.lower),
                tokens[end - 1].isCapitalized || mention(at: end - 1) != nil
            {
                break
            }
            let fits =
                token.isCapitalized || mention(at: end) != nil || Self.determiners.contains(token.lower)
                || Self.phraseWords.contains(token.lower) || isAdjective
                || (end == index + 1 && !token.isCapitalized
                    && (tokens[index].lower == "nach"
                        || (tokens[index].lower == "laut" && Self.isGermanAdjective(token.lower)
                            && end + 1 < clause.upperBound && tokens[end + 1].isCapitalized)))
            guard fits else { break }
            end += 1
        }
        guard end > index + 1, !isGermanBareDocumentSource(laut: index, phraseEnd: end) else { return nil }
        // "Laut BBC sagte der Minister, dass …": a speech verb right after the source says whose
        // statement it is; left to the verb's rule.
        if end < clause.upperBound, let found = cue(at: end, limit: clause.upperBound), !found.cue.isWeak {
            return nil
        }
        // "nach eigenen Angaben": the named subject of the clause, else the source phrase itself
        // when no speaker stands in it.
        var named = ownStatementSubject(nach: index, phrase: (index + 1)..<end, clause: clause)
            ?? speaker(in: (index + 1)..<end, anchor: index + 1)
        // "nach Ansicht des Generalanwalts des X, Talvo Brisal, …": the person in the apposition.
        let namesPerson = named?.entity.map { table.entity($0)?.kind == .person } ?? false
        let apposition = namesPerson ? nil : sourceAppositionPerson(at: end, limit: clause.upperBound)
        if let apposition { named = apposition.speaker }
        // "laut einem Artikel von „Nordkurier Online“": the quoted medium, not the capitalised phrase.
        if named.map({ $0.entity == nil && $0.organization == nil }) ?? true, let quoted = quotedSourceName(in: (index + 1)..<end) {
            named = quoted
        }
        guard let guess = named ?? (tokens[index].lower == "nach" ? SpeakerGuess(description: text((index + 1)..<end)) : nil)
        else { return nil }
        var parts: [Range<Int>] = []
        var before = index
        if before > clause.lowerBound && tokens[before - 1].isPunctuation(",") { before -= 1 }
        // "Die Veranstalter schätzten 2.000; nach Polizeiangaben waren es 1.000": the source's
        // words start after a semicolon or colon.
        var contentStart = clause.lowerBound
        for probe in stride(from: before - 1, through: clause.lowerBound, by: -1)
        where (tokens[probe].isPunctuation(";") || tokens[probe].isPunctuation(":")) && spanAt[probe] == nil {
            contentStart = probe + 1
            break
        }
        if before > contentStart { parts.append(contentStart..<before) }
        var after = apposition?.after ?? end
        // "Laut einem Artikel von X, der sich auf Y beruft, leben …": the source's relative clause.
        if let skipped = sourceRelativeClauseEnd(at: after, limit: clause.upperBound) { after = skipped }
        // "Nach Ansicht von X (CDU) ist …": a bracketed party or short form after the source is the source's.
        if let close = bracketEnd(at: after, limit: clause.upperBound) { after = close }
        if after < clause.upperBound && tokens[after].isPunctuation(",") { after += 1 }
        if after < clause.upperBound { parts.append(after..<contentEnd(from: after, end: clause.upperBound)) }
        guard !parts.isEmpty else { return nil }
        // "…, sagte X, der Zeitung laut Vorausbericht": a noun phrase alone states nothing.
        if language == .german, parts.allSatisfy({ isNounPhrase($0) }) { return nil }
        return QuoteCandidate(parts: germanVerbatimSourceParts(parts), direct: false, speaker: guess, sentence: sentence)
    }

    /// The token after a short bracket ("(CDU)", "(AP)") that opens at `index`: at most four tokens
    /// inside, closed before `limit`.
    func bracketEnd(at index: Int, limit: Int) -> Int? {
        guard index < limit, tokens[index].isPunctuation("(") else { return nil }
        for close in (index + 1)..<min(limit, index + 6) where tokens[close].isPunctuation(")") {
            return close + 1 < limit ? close + 1 : nil
        }
        return nil
    }

    /// Whether "nach" introduces a source: "nach Angaben", "nach einem Fernsehbericht".
    func isSourceNoun(after index: Int, limit: Int) -> Bool {
        for probe in (index + 1)..<min(limit, index + 4) where tokens[probe].kind == .word {
            let word = tokens[probe].lower
            if Self.sourceNounEndings.contains(where: { word.hasSuffix($0) }) { return true }
            // Determiners and adjectives may stand before the noun: "nach ersten Angaben"; so may a
            // genitive name: "nach Bergs Meinung".
            let isGenitiveName = probe == index + 1 && (mention(at: probe)?.kind == .person || word.hasSuffix("s"))
            if tokens[probe].isCapitalized && !Self.determiners.contains(word) && !isGenitiveName { return false }
        }
        return false
    }

    /// German determiners that never start a genitive attribute.
    static let nonGenitiveDeterminers: Set<String> = ["die", "das", "ein", "eine"]

    static let sourceNounEndings = [
        "angaben", "auskunft", "bericht", "berichten", "aussagen", "aussage", "informationen", "einschätzung",
        "ansicht", "meinung", "darstellung", "schätzung", "schätzungen", "erkenntnissen", "worten", "mitteilung",
        "umfrage", "studie", "prognose", "meldungen", "auffassung", "überzeugung", "ermittlungen", "stellungnahme",
        "polizeiangaben", "quellen", "berechnungen", "untersuchungen", "zählung", "zählungen",
    ]

    /// Where the clause of a verb starts: the sentence start, or after a closing quote or semicolon.
    func clauseStart(before index: Int, in clause: Range<Int>) -> Int {
        var probe = index - 1
        while probe >= clause.lowerBound {
            if (spanAt[probe] != nil && !isInTitleSpan(probe)) || tokens[probe].isPunctuation(";")
                || (tokens[probe].isPunctuation("-") && !isJoiningHyphen(at: probe)) || isAbbreviationBreak(at: probe)
                || tokens[probe].isPunctuation("–")
            {
                return probe + 1
            }
            probe -= 1
        }
        return clause.lowerBound
    }
}
