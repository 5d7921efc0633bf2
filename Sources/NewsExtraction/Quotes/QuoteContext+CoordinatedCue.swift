import NewsModel

/// "It said it might buy more shares of Y, but said it does not plan to …": an English speech
/// verb joined to the statement before by "but" or "and", with no subject of its own, keeps the
/// speaker of that statement (not a company named inside it).
extension QuoteContext {
    /// The candidates with each subjectless coordinated cue's speaker set to the one before it.
    /// Candidates are in text order.
    func coordinatedCueSpeakers(_ candidates: consuming [QuoteCandidate]) -> [QuoteCandidate] {
        guard language == .english, candidates.count > 1 else { return candidates }
        var result = candidates
        for index in 1..<result.count {
            let previous = result[index - 1]
            guard !previous.direct, !result[index].direct, previous.sentence == result[index].sentence,
                !previous.speaker.isEmpty, let end = previous.parts.last?.upperBound,
                let start = result[index].parts.first?.lowerBound, isCoordinatedCue(from: end, to: start)
            else { continue }
            result[index].speaker = previous.speaker
        }
        return result
    }

    /// Whether the tokens between two statements read ", but said", "and added", ", but also said":
    /// an optional comma, "but" or "and", at most one adverb, and a speech verb ending the stretch.
    private func isCoordinatedCue(from end: Int, to start: Int) -> Bool {
        guard end < start, start - end <= 5, start <= tokens.count else { return false }
        var probe = end
        if tokens[probe].isPunctuation(",") { probe += 1 }
        guard probe < start, Self.coordinatingWords.contains(tokens[probe].lower) else { return false }
        probe += 1
        // The verb is the last word before the statement ("that" may follow it).
        var verb = start - 1
        if verb > probe, tokens[verb].lower == "that" { verb -= 1 }
        guard verb >= probe, verb - probe <= 1, Self.sayingVerbs.contains(tokens[verb].lower) else { return false }
        return (probe..<verb).allSatisfy { tokens[$0].kind == .word && !tokens[$0].isCapitalized }
    }

    /// Words that join a second speech verb to the statement before.
    static let coordinatingWords: WordSet = ["but", "and"]
}
