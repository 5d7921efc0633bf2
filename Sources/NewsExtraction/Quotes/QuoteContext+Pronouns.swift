import NewsModel

/// Personal pronouns as speakers: "he said" stands for the person the text last spoke about as a
/// subject, which is not always the person named last.
extension QuoteContext {
    /// The person a personal pronoun at `index` stands for: the last person mentioned before it,
    /// unless that person stands after a sentence-opening pronoun of the same form ("He portrayed
    /// Mr X as …. "…," he said."): then the pronoun goes on with that sentence's subject, resolved
    /// the same way (at most three sentences back).
    func person(forPronounAt index: Int) -> EntityMention? {
        var pronoun = index
        var found: EntityMention?
        for _ in 0..<3 {
            guard let person = lastMention(before: tokens[pronoun].range.start, where: { $0.kind == .person }) else {
                return found
            }
            guard let subject = openingPronoun(beforeMention: person, matching: tokens[index].lower) else {
                return person
            }
            pronoun = subject
            found = person
        }
        return found
    }

    /// The token of the personal pronoun of form `word` that opens the sentence of `mention`, when
    /// it stands before the mention (the mention is then not the sentence's subject).
    private func openingPronoun(beforeMention mention: EntityMention, matching word: String) -> Int? {
        guard mention.sentence < sentenceTokens.count else { return nil }
        let range = sentenceTokens[mention.sentence]
        guard let first = range.first(where: { tokens[$0].kind == .word }), tokens[first].lower == word,
            tokens[first].range.end <= mention.range.start, spanAt[first] == nil
        else { return nil }
        return first
    }
}
