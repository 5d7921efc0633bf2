import NewsModel

/// English content clauses without "that" whose subject is a plain noun phrase: "X said output
/// from factories rose 0.3%", "It said production at its fields was likely to …".
extension QuoteContext {
    /// Finite verbs (besides the auxiliaries of ``englishFiniteVerbs``) that show a noun phrase
    /// after "said" is the subject of a content clause.
    static let englishClauseVerbs: Set<String> = [
        "rose", "fell", "grew", "increased", "decreased", "declined", "dropped", "jumped", "climbed", "slipped",
        "gained", "remained", "reached", "totalled", "totaled", "showed", "stood", "came", "continued", "improved",
        "widened", "narrowed", "slowed", "eased", "soared", "plunged", "surged", "rises", "falls", "remains",
        "needs", "needed", "shows", "looks", "looked", "seems", "seemed", "appears", "appeared", "must", "isn't",
        "wasn't", "won't", "wouldn't", "hasn't", "hadn't", "weren't", "aren't", "couldn't",
        // Past forms of cause and effect ("said strong demand … lifted its results").
        "lifted", "boosted", "helped", "hurt", "hampered", "pushed", "drove", "offset", "outweighed", "caused",
        "meant", "became", "went", "took", "left", "kept", "lost", "doubled", "halved", "tripled", "slumped",
        "tumbled", "rebounded", "recovered", "advanced", "dipped", "shrank", "contracted", "expanded", "amounted",
        "accounted", "reflected", "exceeded", "topped", "dented", "weighed", "damaged", "affected",
    ]

    /// Words before an "-ed" form that make it an adjective or a passive participle, not a clause's verb
    /// ("the combined company", "was acquired", "by reduced demand").
    private static let participleLeads: WordSet = [
        "the", "a", "an", "its", "their", "his", "her", "our", "by", "of", "for", "with", "was", "were", "is", "are", "be",
        "been", "being", "has", "have", "had", "newly", "recently", "previously", "already", "not", "and", "or", "to",
        // A preposition or conjunction before it opens a phrase, not a clause's subject ("said after the committee
        // voted", "said nothing about unreleased products").
        "about", "against", "after", "before", "when", "while", "if", "as", "than", "from", "on", "in", "at", "into", "over",
        "under", "since", "until", "because", "where",
    ]

    /// Words in "-ed" of five letters that are no past forms.
    private static let nounsInEd: WordSet = ["speed", "breed", "creed", "greed", "steed", "bleed", "tweed"]

    /// "said acquiring Korea First Bank fulfilled a strategic objective", "said directors voted against it": a
    /// lower-case past form in "-ed" of five letters or more, after a word that does not make it an adjective or
    /// participle, is the clause's verb.
    private func isPastTenseAfterSubject(_ index: Int) -> Bool {
        let token = tokens[index]
        guard !token.isCapitalized, token.lower.utf8.count >= 5, token.lower.hasSuffix("ed"), index > 0,
            tokens[index - 1].kind == .word, !Self.nounsInEd.contains(token.lower)
        else { return false }
        return !Self.participleLeads.contains(tokens[index - 1].lower)
    }

    /// Whether a finite verb follows within the next words of a clause (no quote in between).
    /// With `pastTense`, also a lower-case "-ed" form after a subject (``isPastTenseAfterSubject(_:)``): only right after
    /// "said" and its kin, where a clause is expected.
    func hasClauseVerb(after start: Int, end: Int, pastTense: Bool = false) -> Bool {
        var probe = start + 1
        var words = 0
        while probe < end && words < 14 {
            let token = tokens[probe]
            if token.kind == .quoteMark || token.endsSentence || token.isPunctuation(";") || token.isPunctuation(":") {
                return false
            }
            if token.kind == .word {
                words += 1
                if Self.englishFiniteVerbs.contains(token.lower) || Self.englishClauseVerbs.contains(token.lower) {
                    return true
                }
                if pastTense, isPastTenseAfterSubject(probe) { return true }
                if cue(at: probe, limit: end) != nil { return false }
            }
            probe += 1
        }
        return false
    }
}
