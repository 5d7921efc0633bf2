import NewsModel

/// The German source phrase after "laut" and "nach": a quoted name in it ("laut einem Artikel
/// von „Nordkurier Online“") and a relative clause that describes the source ("…, der sich auf
/// Daten der Y beruft, …").
extension QuoteContext {
    /// The closing mark of a quoted name (a title span) whose opening mark stands at `index`.
    func titleSpanClose(at index: Int, limit: Int) -> Int? {
        guard language == .german, tokens[index].kind == .quoteMark, spanAt[index] == nil, index + 1 < limit,
            let number = spanAt[index + 1], isTitleSpan(number), let close = spans[number].close, close < limit
        else { return nil }
        return close
    }

    /// Where a relative clause right after a source phrase ends: at the comma that closes it
    /// (", der sich auf Y beruft,"). Nil when no such clause follows, or it never closes.
    func sourceRelativeClauseEnd(at index: Int, limit: Int) -> Int? {
        guard language == .german, index + 2 < limit, tokens[index].isPunctuation(","),
            Self.sourceRelativePronouns.contains(tokens[index + 1].lower)
        else { return nil }
        var probe = index + 2
        while probe < limit && probe - index <= 16 {
            if tokens[probe].isPunctuation(",") && spanAt[probe] == nil { return probe }
            probe += 1
        }
        return nil
    }

    /// "laut einem Artikel von „Nordkurier Online“": the quoted name in a source phrase with no
    /// known speaker stands for the medium (a description; the name is not made an entity).
    func quotedSourceName(in phrase: Range<Int>) -> SpeakerGuess? {
        guard language == .german else { return nil }
        for index in phrase where tokens[index].kind == .quoteMark && spanAt[index] == nil {
            guard let close = titleSpanClose(at: index, limit: phrase.upperBound), close > index + 1 else { continue }
            return SpeakerGuess(description: text((index + 1)..<close))
        }
        return nil
    }

    /// Relative pronouns after a source noun ("der Bericht, der …", "die Studie, die …").
    static let sourceRelativePronouns: Set<String> = ["der", "die", "das", "welcher", "welche", "welches"]
}

extension QuoteContext {
    /// Whether the words before a colon inside a German content are the speaker's own: a
    /// first-person word ("wir", "uns") and no speech cue ("sagte X: …" is an attribution).
    func isFirstPersonLead(_ range: Range<Int>) -> Bool {
        guard language == .german, range.count >= 3, hasFirstPersonWord(range) else { return false }
        return !range.contains { tokens[$0].kind == .word && cue(at: $0, limit: range.upperBound) != nil }
    }
}
