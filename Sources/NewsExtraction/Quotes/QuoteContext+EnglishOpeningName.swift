import NewsModel

/// English speakers the entity stage missed because their given name is unknown and they open the
/// sentence ("Tavish Morvane said the plan …"): the first word of a sentence is capitalised anyway,
/// so ``nameRightAtCue(in:anchor:)`` skips it; right before a verb of saying, two or three words
/// that are no ordinary words are a name all the same.
extension QuoteContext {
    /// The sure name of two or three words that opens the sentence and ends right before the
    /// English verb of saying at `anchor` ("Tavish Morvane said …", "Korin Abt Vell told …"). Nil
    /// when the run is shorter or longer, holds a mention, an ordinary word, a title or a particle
    /// (see ``isConfidentName(_:anchor:)``) or a word of a known company's name, the article repeats
    /// the whole run (a firm's name), or the cue is no plain verb of saying.
    func englishSentenceOpeningName(in range: Range<Int>, anchor: Int) -> Range<Int>? {
        guard language == .english, anchor > range.lowerBound, anchor < tokens.count,
            Self.sayingVerbs.contains(tokens[anchor].lower)
        else { return nil }
        for length in [2, 3] where anchor - length >= range.lowerBound {
            let start = anchor - length
            // The run opens the sentence (or the text) and fills it up to the verb.
            guard start == 0 || tokens[start - 1].endsSentence else { continue }
            let name = start..<anchor
            guard name.allSatisfy({ tokens[$0].kind == .word && tokens[$0].isCapitalized && spanAt[$0] == nil }) else {
                return nil
            }
            // "El Veraz said": a foreign article opens a medium's name, not a person's.
            if Self.foreignArticles.contains(tokens[start].lower) { return nil }
            guard isConfidentName(name, anchor: anchor) else { return nil }
            // "Kelmar Vost said" where the article knows a company with one of these words, or
            // repeats the whole run (a firm's name; a person comes back by the surname).
            let words = Set(name.map { document.slice(tokens[$0].range) })
            for entity in table.entities where entity.kind == .company || entity.kind == .organization {
                if entity.name.split(separator: " ").contains(where: { words.contains(String($0)) }) { return nil }
            }
            return repeatedNameAtCue(in: range, anchor: anchor) == nil ? name : nil
        }
        return nil
    }

    /// Articles of other languages that open names of media and firms ("El", "Al", "La", "Le").
    static let foreignArticles: Set<String> = ["el", "al", "la", "le", "les", "los", "las", "il", "lo", "der", "die", "das"]
}
