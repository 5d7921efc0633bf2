import NewsModel

/// German speech verbs whose clause after the comma is no statement of the subject:
/// - the verb ends a subordinate clause, and the main clause follows: "Als Veltrona die
///   Übernahme verkündete, reagierten die Anleger mit Skepsis." (a "dass"/"ob" clause, a "zu"
///   infinitive or a Konjunktiv content after it is still what was said);
/// - a purpose infinitive: "kündigte die Auflösung an, um den Weg zu Neuwahlen freizumachen";
/// - the verb is an infinitive with "zu": "Er hat Mühe, den Plan zu erklären, die Partei sieht …";
/// - "vorsehen" provides, it does not speak: "Der Entwurf sieht vor, dass …";
/// - "wie berichtet" with no subject is the newspaper's pointer to its own earlier report:
///   "Das Papier enthält, wie berichtet, einen Vorschlag".
extension QuoteContext {
    /// Conjunctions that open a German subordinate clause with the verb last.
    static let germanVerbLastOpeners: WordSet = [
        "als", "nachdem", "weil", "da", "während", "wenn", "sobald", "bevor", "obwohl", "seit", "seitdem", "falls",
    ]
    /// Auxiliaries that may follow a participle at the end of a subordinate clause ("erklärt hatte").
    static let germanClauseFinalAuxiliaries: WordSet = [
        "hat", "hatte", "hatten", "haben", "habe", "hätte", "hätten", "ist", "war", "waren", "sind", "wurde",
        "wurden", "worden", "wird", "werden",
    ]
    /// Words that open a German infinitive of purpose or manner ("um … zu", "ohne … zu").
    static let germanPurposeOpeners: WordSet = ["um", "ohne", "statt", "anstatt"]
    /// Forms of "(vor)sehen": with "vor" before the comma, a document provides for something.
    static let germanProvideHeads: WordSet = ["sieht", "sah", "sehen", "sahen"]
    /// Participles of "wie (bereits) berichtet".
    static let germanReportPointers: WordSet = ["berichtet", "gemeldet"]
    /// Adverbs that may stand between "wie" and "berichtet" ("wie bereits berichtet").
    static let germanReportPointerAdverbs: WordSet = [
        "bereits", "ausführlich", "mehrfach", "schon", "gestern", "kürzlich", "zuvor", "eingangs", "mehrmals",
    ]

    /// Whether the content after a German forward cue at `verb` is no statement of its subject (see
    /// the type comment). `content` starts right after the comma or colon that opens it.
    func isGermanNonStatementCue(verb: Int, particle: Int?, content: Range<Int>, clause: Range<Int>) -> Bool {
        guard language == .german, content.lowerBound >= 2, !content.isEmpty else { return false }
        let comma = content.lowerBound - 1
        guard tokens[comma].isPunctuation(",") else { return false }
        let head = tokens[verb].lower
        if Self.germanProvideHeads.contains(head) && tokens[comma - 1].lower == "vor" { return true }
        if Self.germanReportPointers.contains(head) && isBareReportPointer(verb: verb, lower: clause.lowerBound) {
            return true
        }
        let opener = tokens[content.lowerBound].lower
        if Self.germanPurposeOpeners.contains(opener), let last = purposeInfinitiveEnd(from: content.lowerBound, end: content.upperBound),
            isGermanZuInfinitive(at: last)
        {
            return true
        }
        // "hat alle Mühe, den Schwenk zu erklären, X sieht sich …": an infinitive of the verb
        // attributes nothing to the clause after it.
        let isInfinitiveCue = tokens[verb - 1].lower == "zu" && particle == nil
        guard isInfinitiveCue || isVerbLastInSubordinateClause(verb: verb, particle: particle, comma: comma, lower: clause.lowerBound),
            !Self.clauseOpeners.contains(opener)
        else { return false }
        // "Während X ankündigte, den Plan prüfen zu lassen, …": an infinitive content is what was said.
        var last = content.upperBound - 1
        while last > content.lowerBound && tokens[last].kind != .word { last -= 1 }
        return !isGermanZuInfinitive(at: last) && !hasKonjunktiv(content)
    }

    /// The last word of an infinitive clause that opens at `from` ("um den Weg freizumachen"): the
    /// word before the first comma or the content's end. Nil when a colon or another mark ends it
    /// first ("ohne Auskunft geben zu dürfen: Am 1. Februar …" goes on with a statement).
    private func purposeInfinitiveEnd(from: Int, end: Int) -> Int? {
        var probe = from
        while probe < end && probe - from < 30 && tokens[probe].kind != .punctuation && tokens[probe].kind != .quoteMark {
            probe += 1
        }
        guard probe == end || tokens[probe].isPunctuation(",") else { return nil }
        return probe - 1 > from ? probe - 1 : nil
    }

    /// "Als X die Übernahme verkündete,": the cue (and at most two auxiliaries) stands right before
    /// the comma, and the clause it ends opens with a subordinating conjunction (after a comma or
    /// at the clause start, at most 30 tokens back).
    private func isVerbLastInSubordinateClause(verb: Int, particle: Int?, comma: Int, lower: Int) -> Bool {
        // "gaben die USA an": a particle after other words is a main clause ("bekannt gab" is one unit).
        if let particle, particle != verb + 1 { return false }
        var probe = max(verb, particle ?? verb) + 1
        guard comma - probe <= 2 else { return false }
        while probe < comma {
            guard Self.germanClauseFinalAuxiliaries.contains(tokens[probe].lower) else { return false }
            probe += 1
        }
        var start = verb - 1
        while start > lower && verb - start < 30 && !tokens[start - 1].isClauseBoundary { start -= 1 }
        guard start >= lower, start + 1 < verb, start == lower || tokens[start - 1].isClauseBoundary else { return false }
        // "Da hatte er erklärt, …": a finite verb right after "da" makes it an adverb of a main clause;
        // "Als Begründung …", "Als Verwaltungschef …": "als" before a noun that is no name means "as".
        let next = tokens[start + 1]
        let isAsNoun =
            tokens[start].lower == "als" && next.kind == .word && next.isCapitalized && mention(at: start + 1) == nil
        return Self.germanVerbLastOpeners.contains(tokens[start].lower) && !isAsNoun
            && !Self.germanClauseFinalAuxiliaries.contains(next.lower)
    }

    /// "wie berichtet", "wie bereits berichtet": "wie" and only adverbs before the participle.
    private func isBareReportPointer(verb: Int, lower: Int) -> Bool {
        var probe = verb - 1
        while probe >= lower && verb - probe <= 3 {
            let word = tokens[probe].lower
            if word == "wie" { return probe == lower || tokens[probe - 1].isClauseBoundary }
            guard tokens[probe].kind == .word, Self.germanReportPointerAdverbs.contains(word) else { return false }
            probe -= 1
        }
        return false
    }

    /// Whether the word at `last` ends a "zu" infinitive: "zu" before it ("prüfen zu lassen") or
    /// inside it after a prefix ("freizumachen").
    func isGermanZuInfinitive(at last: Int) -> Bool {
        guard last > 0, tokens[last].kind == .word, !tokens[last].isCapitalized else { return false }
        let word = tokens[last].lower
        guard word.hasSuffix("en") || word.hasSuffix("ern") || word.hasSuffix("eln") || word == "sein" || word == "tun"
        else { return false }
        if tokens[last - 1].lower == "zu" { return true }
        return word.count > 6 && word.dropFirst(2).dropLast(3).contains("zu")
    }
}
