import NewsModel

/// German stretches that look like reported content but state nothing a speaker said: a relative
/// clause on the object after a comma ("sagte Anwalt X aus, dessen Kanzlei …"; "kritisierte den
/// Bericht, in dem …") and a bare document or value noun after "laut" ("laut Buchwert").
extension QuoteContext {
    /// Genitive and dative relative pronouns that never open a statement.
    static let germanRelativeOnlyPronouns: WordSet = ["dessen", "deren", "denen"]

    /// Prepositions that open a relative clause with a pronoun after them ("in dem", "mit der").
    static let germanRelativePrepositions: WordSet = [
        "in", "mit", "an", "auf", "bei", "von", "über", "für", "aus", "zu", "unter", "vor", "durch", "gegen", "um",
    ]

    /// Relative pronouns after a preposition ("in dem", "mit denen").
    static let germanPrepositionRelatives: WordSet = ["dem", "der", "denen", "dessen", "deren", "welchem", "welcher"]

    /// Words that start a relative clause's subject right after "in dem" ("in dem die Firma …"):
    /// after "in der" an adjective or noun would make it an article ("in der neuen Fabrik").
    static let germanRelativeClauseSubjects: WordSet = [
        "der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "er", "sie", "es", "man", "wir", "ich",
        "sich",
    ]

    /// Whether German reported content opens, right after a comma, with a relative clause on the
    /// noun before it ("…, dessen Kanzlei eingebunden war"; "…, in dem die Firma schlecht wegkommt").
    func opensWithGermanRelativeClause(_ candidate: QuoteCandidate) -> Bool {
        guard language == .german, let first = candidate.parts.first else { return false }
        let start = first.lowerBound
        guard start > 0, start + 2 < tokens.count, tokens[start - 1].isPunctuation(","),
            tokens[start].kind == .word
        else { return false }
        let word = tokens[start].lower
        if Self.germanRelativeOnlyPronouns.contains(word) { return true }
        return Self.germanRelativePrepositions.contains(word)
            && Self.germanPrepositionRelatives.contains(tokens[start + 1].lower)
            && tokens[start + 2].kind == .word && Self.germanRelativeClauseSubjects.contains(tokens[start + 2].lower)
    }

    /// Endings of German nouns for documents, plans and values: after a bare "laut" ("laut
    /// Buchwert", "laut Geschäftsbericht") they name where a figure comes from, not a speaker.
    static let germanDocumentNounEndings = [
        "wert", "werten", "bericht", "plan", "prognose", "statistik", "daten", "vertrag", "gesetz", "kurs",
        "index", "liste", "rechnung", "bilanz", "budget", "tabelle", "verordnung", "richtlinie", "satzung",
        "zahlen", "angaben", "berechnung", "berechnungen", "fahrplan", "programm",
    ]

    /// Whether "laut" at `index` stands before one bare capitalised document or value noun that is
    /// no known name ("laut Buchwert", not "laut Veltrona" or "laut einer Umfrage").
    func isGermanBareDocumentSource(laut index: Int, phraseEnd end: Int) -> Bool {
        guard language == .german, tokens[index].lower == "laut", end >= index + 2, tokens[index + 1].isCapitalized,
            mention(at: index + 1) == nil,
            // Only small words after the noun ("laut Buchwert bei 30 Millionen"), no second name.
            ((index + 2)..<end).allSatisfy({ !tokens[$0].isCapitalized && mention(at: $0) == nil })
        else { return false }
        let word = tokens[index + 1].lower
        return Self.germanDocumentNounEndings.contains(where: { word.hasSuffix($0) })
    }
}
