/// "…, bestätigte der Konzern einen Bericht der Kleinen Zeitung": a German company named as the
/// genitive attribute of an object does not speak when a company noun stands as the subject
/// between the cue and that object.
extension QuoteContext {
    /// Whether the organisation mention that starts at `index` (after the cue at `anchor`) is the genitive
    /// attribute of a noun ("einen Bericht des Handelsblatts") while a company noun ("der Konzern",
    /// "das Unternehmen") stands between the cue and that noun.
    func isGermanObjectAttribute(at index: Int, anchor: Int) -> Bool {
        guard language == .german, index > anchor + 3, index >= 3, spanAt[index - 1] == nil,
            Self.genitiveArticles.contains(tokens[index - 1].lower),
            tokens[index - 2].kind == .word, tokens[index - 2].isCapitalized, mention(at: index - 2) == nil
        else { return false }
        // The subject: a company noun after its article, before the object's noun phrase.
        for k in (anchor + 2)..<(index - 2) where Self.companyNouns.contains(tokens[k].lower) {
            if Self.subjectArticles.contains(tokens[k - 1].lower) { return true }
        }
        return false
    }

    /// The articles of a German subject noun ("der Konzern", "die Firma", "das Unternehmen").
    static let subjectArticles: WordSet = ["der", "die", "das"]

    /// The articles of a German genitive attribute.
    static let genitiveArticles: WordSet = ["des", "der"]
}
