/// Where a German noun phrase starts without a preposition: the walk of ``SentenceView/preposition(before:)``
/// stops there, so that "übernahm im Mai die Veltrona AG" leaves the buyer's target ungoverned, and "Als die
/// Veltrona AG die Übernahme … verkündete" reads "Als" as a conjunction rather than as a preposition.
extension SentenceView {
    /// Articles that open a noun phrase in the nominative or accusative (never a genitive attribute).
    private static let phraseOpeningArticles: WordSet = ["die", "das", "den"]

    /// Whether the article at `position` opens the noun phrase of the name at `index` and no preposition governs
    /// it: German only, the article is "die", "das" or "den", only lower-case words (adjectives) or quote marks
    /// stand between it and the name ("den Platz des X" is another phrase), and the word before it is neither a
    /// preposition nor another article (the relative pronoun of "an der die Y", which the caller reads itself).
    func opensUngovernedGermanPhrase(_ position: Int, before index: Int) -> Bool {
        guard language == .german, position > 0, Self.phraseOpeningArticles.contains(items[position].lower) else { return false }
        for between in (position + 1)..<max(position + 1, index) {
            guard !transparent(between) else { continue }
            guard let first = tokens[items[between].tokens.lowerBound].text.unicodeScalars.first, !first.properties.isUppercase else { return false }
        }
        let before = items[position - 1]
        if before.hasMention { return false }
        let word = before.lower
        if Self.germanPrepositions.contains(word) || ["der", "die", "das", "den", "dem", "des", "denen"].contains(word) { return false }
        // A bracket or quote mark may stand between a preposition and the article.
        if Self.transparent.contains(word) { return false }
        return true
    }

    /// Whether "als" at `position` opens the sentence ("Als die Veltrona AG im Mai …"): a temporal
    /// conjunction there, not the preposition of "als Käufer".
    func isGermanConjunctionAls(_ position: Int) -> Bool {
        guard language == .german, items[position].lower == "als" else { return false }
        var start = position - 1
        while start >= 0, Self.transparent.contains(items[start].lower) { start -= 1 }
        return start < 0
    }
}
