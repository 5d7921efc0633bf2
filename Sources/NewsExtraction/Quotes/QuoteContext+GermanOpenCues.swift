import NewsModel

/// German reported-speech shapes the general rules misread or missed (dequotes20):
/// - a content that opens with a speech verb is the attribution of the words before it, so the
///   verb before the comma belongs to the content: "Die Regierung sagt nicht die Wahrheit,
///   schrieb Dana Ferrick";
/// - an apposition or an addressee between the verb and "dass" is no content: "So sagte Marten
///   Holgersen, Chef der Veltrona AG, gegenüber der Zeitung, dass …";
/// - "nach eigenen Angaben" speaks for the named subject of its clause: "Die Veltrona AG hat nach
///   eigenen Angaben 200 Stellen abgebaut";
/// - an occasion after the speaker of an inverted cue ends the speaker phrase: "…, sagte Holgersen
///   in Anspielung darauf, dass …";
/// - the subject's next verb after a comma ends a reported content: "Er erklärte, er sei
///   unschuldig, erkannte das Gericht aber nicht an".
extension QuoteContext {
    /// Whether the German content that would start at `start` after the cue at `verb` opens with
    /// a lower-case speech verb ("…, schrieb X"): then the comma closes the words before as a
    /// content of their own. Not after a fronted clause ("Wie X mitteilte, sieht Y …", "Als X
    /// sagte, …"), where the main clause's verb comes first.
    func opensWithSpeechVerb(at start: Int, verb: Int, clause: Range<Int>) -> Bool {
        guard language == .german, start < clause.upperBound, tokens[start].kind == .word,
            !tokens[start].isCapitalized, spanAt[start] == nil
        else { return false }
        let opener = tokens[clauseStart(before: verb, in: clause)].lower
        if opener == "wie" || Self.subordinators.contains(opener) || Self.clauseOpeners.contains(opener) { return false }
        return cue(at: start, limit: clause.upperBound) != nil
    }

    /// "Man könne nicht A tun und dann sagen, man bekomme es zurück, sagte Dana Ferrick dem
    /// Fernsehen": whether the German content from `start` to `end` runs into a comma, a
    /// lower-case strong speech verb and a short speaker phrase (up to eight words with a
    /// capitalised word or a name, no comma; not opening with a pronoun) that end the clause. Then the whole sentence before
    /// that comma is what the later verb's speaker said, and the verb before is the content's own.
    func runsIntoInvertedAttribution(from start: Int, end: Int, clause: Range<Int>) -> Bool {
        guard language == .german, end - start > 3 else { return false }
        for comma in (start + 2)..<(end - 1) where tokens[comma].isPunctuation(",") && spanAt[comma] == nil {
            let verb = comma + 1
            guard tokens[verb].kind == .word, !tokens[verb].isCapitalized, spanAt[verb] == nil,
                let found = cue(at: verb, limit: clause.upperBound), !found.cue.isWeak
            else { continue }
            // "…, sagte sie bei einer Sitzung": a pronoun refers back to the speaker before.
            let first = verb + 1
            guard first < clause.upperBound, tokens[first].kind == .word,
                tokens[first].isCapitalized || mention(at: first) != nil || Self.determiners.contains(tokens[first].lower)
            else { return false }
            var words = 0
            var named = false
            for probe in (verb + 1)..<clause.upperBound {
                let token = tokens[probe]
                if token.isPunctuation(",") || token.kind == .quoteMark { return false }
                guard token.kind == .word else { continue }
                words += 1
                if token.isCapitalized || mention(at: probe) != nil { named = true }
            }
            return words > 0 && words <= 8 && named
        }
        return false
    }

    /// "sagte X, Chef der Y, gegenüber der Zeitung, dass …": when up to three comma-separated
    /// segments from `start` are noun phrases or adverbials (capitalised words, mentions,
    /// articles, prepositions, adjectives; no verb) and the third comma at most is followed by
    /// "dass", the index of that "dass"; otherwise nil.
    func germanDassAfterAppositions(from start: Int, limit: Int) -> Int? {
        guard language == .german else { return nil }
        var segmentStart = start
        for _ in 0..<3 {
            var probe = segmentStart
            while probe < limit && probe - segmentStart <= 10 && !tokens[probe].isPunctuation(",") {
                let token = tokens[probe]
                let isNameMark = token.isPunctuation("(") || token.isPunctuation(")") || token.isPunctuation("-")
                if isNameMark {
                    probe += 1
                    continue
                }
                guard token.kind == .word, spanAt[probe] == nil || isInTitleSpan(probe) else { return nil }
                let word = token.lower
                let fits =
                    token.isCapitalized || mention(at: probe) != nil || Self.determiners.contains(word)
                    || Self.phraseWords.contains(word) || Self.prepositions.contains(word)
                    || Self.adverbialStarts.contains(word) || Self.isGermanAdjective(word)
                if !fits || lexicon.konjunktiv.contains(word) || cue(at: probe, limit: limit) != nil { return nil }
                probe += 1
            }
            guard probe > segmentStart, probe + 1 < limit, tokens[probe].isPunctuation(",") else { return nil }
            let next = tokens[probe + 1].lower
            if next == "dass" || next == "daß" { return probe + 1 }
            segmentStart = probe + 1
        }
        return nil
    }

    /// "Die Veltrona AG hat nach eigenen Angaben …", "Nach eigenen Angaben hat die Veltrona AG …":
    /// for a source phrase of one's own (`phrase` opens with "eigen…"), the named company,
    /// organisation or person that is the clause's subject: at the clause start before "nach" at
    /// `index`, or right after the finite verb that follows the phrase. Nil when none is named.
    func ownStatementSubject(nach index: Int, phrase: Range<Int>, clause: Range<Int>) -> SpeakerGuess? {
        guard language == .german, let first = phrase.first, tokens[first].lower.hasPrefix("eigen") else { return nil }
        let start = clauseStart(before: index, in: clause)
        // The subject before: its name starts within the first two words of the clause.
        if index > start {
            for probe in start..<min(index, start + 3) {
                if let mention = mention(at: probe), mention.kind != .place { return SpeakerGuess(entity: mention.entity) }
            }
            return nil
        }
        // The phrase opens the clause: the subject follows the verb ("hat die Veltrona AG").
        let verb = phrase.upperBound
        guard verb < clause.upperBound, tokens[verb].kind == .word, !tokens[verb].isCapitalized else { return nil }
        for probe in (verb + 1)..<min(clause.upperBound, verb + 4) {
            if let mention = mention(at: probe), mention.kind != .place { return SpeakerGuess(entity: mention.entity) }
            guard Self.determiners.contains(tokens[probe].lower) else { return nil }
        }
        return nil
    }

    /// "…, sagte Holgersen in Anspielung darauf, dass …": at `index` a lower-case preposition
    /// right after a named speaker opens an occasion phrase of at most five words that ends
    /// before ", dass"; the speaker phrase ends before it.
    func isOccasionAfterSpeaker(at index: Int, limit: Int) -> Bool {
        guard language == .german, index > 0, tokens[index].kind == .word, !tokens[index].isCapitalized,
            Self.occasionPrepositions.contains(tokens[index].lower), mention(at: index - 1)?.kind == .person
        else { return false }
        var probe = index + 1
        while probe < limit && probe - index <= 5 {
            if tokens[probe].isPunctuation(",") {
                guard probe + 1 < limit else { return false }
                let next = tokens[probe + 1].lower
                return next == "dass" || next == "daß"
            }
            guard tokens[probe].kind == .word else { return false }
            probe += 1
        }
        return false
    }

    /// Prepositions that open an occasion after a speaker's name ("in Anspielung darauf",
    /// "mit Blick darauf", "im Hinblick darauf").
    static let occasionPrepositions: WordSet = ["in", "im", "mit", "unter", "bei"]

    /// "sagte, er sei unschuldig, erkannte das Gericht aber nicht an": in a German content from
    /// `start` to `end` with a Konjunktiv form, the first comma followed by a lower-case past
    /// form ("-te", "-ten"; no Konjunktiv, no adjective before a noun) where the subject's next
    /// predicate starts; nil when there is none.
    func subjectNextVerbCut(from start: Int, end: Int) -> Int? {
        guard language == .german, end - start > 4 else { return nil }
        for probe in (start + 2)..<(end - 2)
        where tokens[probe].isPunctuation(",") && spanAt[probe] == nil {
            let verb = tokens[probe + 1]
            let word = verb.lower
            guard verb.kind == .word, !verb.isCapitalized, word.count > 5, word.hasSuffix("te") || word.hasSuffix("ten"),
                !lexicon.konjunktiv.contains(word), !tokens[probe + 2].isCapitalized,
                hasKonjunktiv(start..<probe)
            else { continue }
            return probe
        }
        return nil
    }
}

extension QuoteContext {
    /// "betonte X, dass die Regel bleiben muss – eine Anspielung auf …": a dash followed by an
    /// indefinite article and a noun, with no Konjunktiv after it, opens the writer's aside; the
    /// German content from `start` ends before it. Otherwise `end`.
    func contentEndBeforeDashAside(from start: Int, end: Int) -> Int {
        guard language == .german else { return end }
        var probe = start + 2
        while probe + 2 < end {
            if Self.isDash(tokens[probe]), spanAt[probe] == nil, Self.asideArticles.contains(tokens[probe + 1].lower),
                tokens[probe + 2].kind == .word, tokens[probe + 2].isCapitalized, !hasKonjunktiv((probe + 1)..<end)
            {
                return probe
            }
            probe += 1
        }
        return end
    }

    /// Indefinite articles that open an aside after a dash ("– eine Anspielung auf …").
    static let asideArticles: WordSet = ["ein", "eine", "einen"]
}
