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
        let wanted = isSingular(pronounAt: index) ? SpeakerGender.of(pronoun: tokens[index].lower) : nil
        for _ in 0..<3 {
            // "And X would lead, he said": not X, who is named in what was said.
            let offset = pronoun == index ? pronounSearchOffset(at: index) : tokens[pronoun].range.start
            // "Anna Berg … Paul Kern … sagte sie": a person of the other gender is skipped.
            // People named inside quotation marks come last: the narrator's pronoun rarely
            // stands for them.
            let fitting = wanted.flatMap { wanted in
                lastMention(before: offset) {
                    $0.kind == .person && (gender(of: $0).map { $0 == wanted } ?? true) && !isQuoted($0)
                }
            }
            guard
                let person = fitting
                    ?? lastMention(before: offset, where: { $0.kind == .person && !isQuoted($0) })
                    ?? lastMention(before: offset, where: { $0.kind == .person })
            else {
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

    /// Whether a personal pronoun is singular: German "sie" only when a verb next to it has a
    /// singular ending ("sagte sie", "sie meint"; not "schenken sie").
    func isSingular(pronounAt index: Int) -> Bool {
        guard tokens[index].lower == "sie" else { return true }
        for probe in [index - 1, index + 1] where probe >= 0 && probe < tokens.count && tokens[probe].kind == .word {
            let word = tokens[probe].lower
            if word.count > 2 && !tokens[probe].isCapitalized && (word.hasSuffix("te") || word.hasSuffix("t")) {
                return true
            }
        }
        return false
    }

    /// The gender a person mention shows by its role or given name, if any.
    func gender(of mention: EntityMention) -> SpeakerGender? {
        let entity = table.entity(mention.entity)
        if let role = entity?.role ?? mention.role, let gender = SpeakerGender.of(role: role, german: language == .german) {
            return gender
        }
        return SpeakerGender.of(name: entity?.name ?? mention.surface)
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
