import NewsModel

/// Foreign company names joined by a lower-case particle in English text: "Banque Torvale du Marlin
/// SA", "Quarvel de Vries Ltd", "Agricola del Brisco SA". Without the particle the name would start
/// after it ("Marlin SA").
extension EntityScanner {
    /// Lower-case particles of French, Spanish, Italian, Portuguese and Dutch company names.
    static let foreignNameParticles: WordSet = [
        "de", "du", "des", "del", "della", "delle", "dei", "di", "do", "da", "dos", "das", "van", "von", "der", "den", "la", "le",
    ]

    /// Going back from a name that ends before the legal form at `end`, the index of the name word
    /// before a lower-case particle at `j` ("Torvale" before "du" in "Banque Torvale du Marlin SA"),
    /// or nil. The word before must be a free or known capitalised name word, not a function word,
    /// role or cue word, and not an ordinary word opening the sentence. English text only.
    func foreignParticleJoinBefore(_ j: Int, end: Int, first: Int) -> Int? {
        guard j - 1 >= first, end < tokens.count, Self.foreignNameParticles.contains(tokens[j].text), isLegalForm(end)
        else { return nil }
        let word = j - 1
        guard isNameShaped(word), !tokens[word].isAllCaps, !isStopwordHere(tokens[word].lower),
            !isRoleOrCue(tokens[word].lower), !isOrdinaryName(word), !Self.isWeekday(tokens[word].lower)
        else { return nil }
        if owner[word] >= 0, spans[owner[word]].kind == .person || spans[owner[word]].end != j { return nil }
        return word
    }
}
