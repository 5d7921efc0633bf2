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

    /// Whether a finite verb follows within the next words of a clause (no quote in between).
    func hasClauseVerb(after start: Int, end: Int) -> Bool {
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
                if cue(at: probe, limit: end) != nil { return false }
            }
            probe += 1
        }
        return false
    }
}
