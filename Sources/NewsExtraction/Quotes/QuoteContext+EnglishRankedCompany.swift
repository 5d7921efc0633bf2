import NewsModel

/// English companies named again by their rank in a place or trade ("the UK's biggest mortgage
/// lender said", "Europe's second-largest carmaker said").
extension QuoteContext {
    /// Whether a lower-case word ranks a company ("biggest", "second-largest", "leading").
    static func isEnglishRankWord(_ word: String) -> Bool {
        word == "leading" || word.hasSuffix("biggest") || word.hasSuffix("largest") || word.hasSuffix("oldest")
            || word.hasSuffix("smallest")
    }

    /// "The Marlovian's biggest mortgage lender said", "the world's second-largest carmaker said":
    /// a company noun after a possessive and a rank word (with at most two lower-case trade words
    /// between) stands for the company named before with that description, else for the last
    /// company (not organisation) named before it; either must be named in that sentence or the
    /// two before it (a description refers to the company in focus).
    func englishRankedCompanySpeaker(at index: Int) -> SpeakerGuess? {
        guard language == .english, index > 2, index < tokens.count, tokens[index].kind == .word,
            !tokens[index].isCapitalized, Self.companyNouns.contains(tokens[index].lower), mention(at: index) == nil
        else { return nil }
        // "the lender's chairman": the noun is a possessor, not the speaker.
        if index + 1 < tokens.count, tokens[index + 1].lower == "'s" || tokens[index + 1].lower == "’s" { return nil }
        var rank = index - 1
        while rank > index - 3, rank > 1, tokens[rank].kind == .word, !tokens[rank].isCapitalized,
            !Self.isEnglishRankWord(tokens[rank].lower), mention(at: rank) == nil
        {
            rank -= 1
        }
        guard tokens[rank].kind == .word, Self.isEnglishRankWord(tokens[rank].lower), isEnglishPossessive(rank - 1)
        else { return nil }
        let start = tokens[rank].range.start
        let described = englishEntitiesDescribed(as: tokens[index].lower, before: start)
        let found =
            lastMention(before: start) { described.contains($0.entity) }
            ?? lastMention(before: start) { $0.kind == .company }
        guard let found, tokens[index].sentence - found.sentence <= 2 else { return nil }
        var guess = SpeakerGuess(entity: found.entity)
        guess.isCompanyAnaphor = true
        return guess
    }

    /// Whether the token at `index` is a possessive "'s" or a word written with it ("UK's",
    /// "world's").
    private func isEnglishPossessive(_ index: Int) -> Bool {
        guard index >= 0, index < tokens.count else { return false }
        let lower = tokens[index].lower
        if lower == "'s" || lower == "’s" { return true }
        return tokens[index].kind == .word && (lower.hasSuffix("'s") || lower.hasSuffix("’s"))
    }
}
