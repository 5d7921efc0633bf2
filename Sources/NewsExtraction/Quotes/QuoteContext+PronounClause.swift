/// German clauses that open with a personal pronoun ("Wir haben …", "Ich glaube …"): a clause,
/// never a noun phrase, though every noun in it is capitalised.
extension QuoteContext {
    /// Whether the token at `index` is a German personal pronoun followed by a lower-case word
    /// in `range` (its verb).
    func isPronounBeforeVerb(at index: Int, in range: Range<Int>) -> Bool {
        guard language == .german, index + 1 < range.upperBound, Self.germanSubjectPronouns.contains(tokens[index].lower)
        else { return false }
        let next = tokens[index + 1]
        return next.kind == .word && !next.isCapitalized
    }

    /// German personal pronouns that stand as subjects.
    static let germanSubjectPronouns: Set<String> = ["ich", "wir", "du", "ihr", "er", "es", "man"]
}
