import NewsModel

/// German Konjunktiv I beyond the lexicon's list: "wer der Branche Lasten aufbürde", "sie male
/// Horrorszenarien an die Wand", "es fehle an Wasser". The third person singular of the
/// Konjunktiv I is the stem with "-e"; the indicative has "-t". A lower-case word ending in "-e"
/// that is no function word, no attributive adjective (before its noun, or after an article), no
/// adverb in "-weise"/"-weile" and no preterite ("-te", "wurde") is read as one.
extension QuoteContext {
    /// Articles that open a noun phrase of their own after a verb ("stelle eine", "habe keinen").
    static let indefiniteArticlesDE: WordSet = [
        "ein", "eine", "einen", "einem", "einer", "kein", "keine", "keinen", "keinem", "keiner",
    ]

    /// Whether the word at `index` is a Konjunktiv form: listed in the lexicon, or built like one.
    func isKonjunktivForm(at index: Int) -> Bool {
        let token = tokens[index]
        guard token.kind == .word else { return false }
        if lexicon.konjunktiv.contains(token.lower) { return true }
        guard language == .german, !token.isCapitalized else { return false }
        let word = token.lower
        // The cheap tests first: the ending and the length, on the last bytes.
        guard word.utf8.count >= 4, word.utf8.last == UInt8(ascii: "e") else { return false }
        // "mittlerweile", "möglicherweise": adverbs.
        if word.hasSuffix("te") || word.hasSuffix("ie") || word.hasSuffix("weise") || word.hasSuffix("weile")
            || Self.nonKonjunktivE.contains(word)
            || lexicon.functionWords.contains(word) || Self.determiners.contains(word)
        {
            return false
        }
        // "um große Summen", "habe hohe Kosten": an adjective before its noun; a verb before its
        // object follows its subject ("sie male Horrorszenarien", "die Firma plane Stellen").
        if index + 1 < tokens.count, tokens[index + 1].kind == .word, tokens[index + 1].isCapitalized {
            let afterSubject =
                index > 0 && tokens[index - 1].kind == .word
                && (tokens[index - 1].isCapitalized || Self.subjectPronounsDE.contains(tokens[index - 1].lower))
            // "Unternehmen derartige Aussagen": adjective endings stay adjectives after a noun.
            if !afterSubject || Self.adjectiveEndings.contains(where: { word.hasSuffix($0) }) { return false }
        }
        if index > 0, tokens[index - 1].kind == .word,
            Self.determiners.contains(tokens[index - 1].lower) || Self.articleContractions.contains(tokens[index - 1].lower)
        {
            // "Das stelle eine Hürde dar": an article right after the word makes it the verb after
            // a demonstrative subject; an adjective after an article is followed by its noun.
            let nextIsArticle =
                index + 1 < tokens.count && tokens[index + 1].kind == .word
                && Self.indefiniteArticlesDE.contains(tokens[index + 1].lower)
            if !nextIsArticle { return false }
        }
        return true
    }

    /// Lower-case words ending in "-e" that are no verb forms.
    static let nonKonjunktivE: WordSet = [
        "gerne", "lange", "heute", "ohne", "alleine", "bitte", "wurde", "bereite", "ebene", "nahe", "ferne",
        "eine", "keine", "meine", "seine", "ihre", "unsere", "eure", "deine", "diese", "jene", "welche", "solche",
        "manche", "einige", "alle", "beide", "viele", "wenige", "andere", "mehrere", "etliche", "sämtliche",
        "obige", "übrige", "gleiche", "selbe", "dieselbe", "derselbe", "dasselbe", "jede", "jegliche", "ende",
        "mitte", "zuliebe", "halbe", "ganze", "erste", "zweite", "dritte", "vierte", "fünfte", "letzte", "nächste",
        "hierzulande", "zugunsten", "gemäße", "kaputte", "prozente", "rasche", "stabile", "schwere", "weitere",
        "neue", "alte", "große", "kleine", "hohe", "gute", "beste", "bisherige", "jetzige", "heutige",
    ]

    /// Endings of German adjectives and participles before a noun ("derartige", "steigende").
    static let adjectiveEndings = ["ische", "liche", "bare", "same", "hafte", "artige", "lose", "volle", "ende"]

    /// Contractions of a preposition and an article ("im", "zum"): an adjective follows them.
    static let articleContractions: WordSet = ["im", "am", "zum", "zur", "vom", "beim", "ins", "ans", "aufs", "ums"]

    /// "Sie sagte, man sei zufrieden, und die Aktionäre stimmten zu": where a reported content
    /// in Konjunktiv ends because "und" opens a new subject with an indicative verb. Returns the
    /// index of the comma or "und" that ends the content, or nil.
    func konjunktivContentEnd(from start: Int, end: Int) -> Int? {
        guard language == .german, start < end, !Self.clauseOpeners.contains(tokens[start].lower) else { return nil }
        var sawKonjunktiv = false
        var probe = start
        while probe < end {
            defer { probe += 1 }
            let token = tokens[probe]
            guard token.kind == .word, spanAt[probe] == nil else { continue }
            if !sawKonjunktiv {
                sawKonjunktiv = isKonjunktivForm(at: probe)
                continue
            }
            guard token.lower == "und", probe > start + 2, probe + 2 < end else { continue }
            // The new subject: a capitalised word, a name or a pronoun, then its verb.
            var verb = probe + 1
            let subjectStart = tokens[verb]
            guard subjectStart.kind == .word,
                subjectStart.isCapitalized || Self.determiners.contains(subjectStart.lower)
                    || Self.subjectPronounsDE.contains(subjectStart.lower)
            else { continue }
            while verb < end && verb - probe <= 5 && tokens[verb].kind == .word
                && (tokens[verb].isCapitalized || Self.determiners.contains(tokens[verb].lower)
                    || Self.subjectPronounsDE.contains(tokens[verb].lower)
                    || (Self.isGermanAdjective(tokens[verb].lower) && verb + 1 < end && tokens[verb + 1].isCapitalized))
            {
                verb += 1
            }
            guard verb < end, verb > probe + 1, tokens[verb].kind == .word, !tokens[verb].isCapitalized,
                !isKonjunktivForm(at: verb), !Self.determiners.contains(tokens[verb].lower),
                !lexicon.functionWords.contains(tokens[verb].lower) || Self.finiteIndicativeDE.contains(tokens[verb].lower)
            else { continue }
            return tokens[probe - 1].isPunctuation(",") ? probe - 1 : probe
        }
        return nil
    }

    /// German subject pronouns that may open a new main clause after "und".
    static let subjectPronounsDE: WordSet = ["er", "sie", "es", "man", "wir", "ich", "ihr"]

    /// Finite indicative forms of auxiliaries that the stop-word list holds.
    static let finiteIndicativeDE: WordSet = [
        "ist", "sind", "war", "waren", "hat", "haben", "hatte", "hatten", "wird", "werden", "wurde", "wurden",
        "kann", "können", "muss", "müssen", "soll", "sollen", "will", "wollen", "darf", "dürfen",
    ]

    /// "Die älteren Aufträge, kritisiert X, seien geliefert worden": the subject before a cue
    /// in commas belongs to the content after it. Returns the front part, or nil.
    func germanFrontPart(verb: Int, contentStart: Int, clause: Range<Int>) -> Range<Int>? {
        guard language == .german, verb > clause.lowerBound + 2, tokens[verb - 1].isPunctuation(","),
            contentStart < clause.upperBound, tokens[contentStart - 1].isPunctuation(","),
            isKonjunktivForm(at: contentStart)
        else { return nil }
        let front = clause.lowerBound..<(verb - 1)
        guard wordCount(front) >= 2, wordCount(front) <= 10, isNounPhrase(front),
            !front.contains(where: { tokens[$0].kind != .word && !tokens[$0].isPunctuation("-") })
        else { return nil }
        return front
    }
}
