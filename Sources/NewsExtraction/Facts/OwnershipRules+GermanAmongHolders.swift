import NewsModel

/// "Zu den Aktionären der X zählt die Y mit 8 Prozent", "Zu den größten Eigentümern der X gehört auch die Y":
/// Y is one of X's holders, with the percent stated right after it.
extension OwnershipRules {
    /// Plural dative nouns of holders after "zu den" (besides every noun ending in "aktionären").
    private static let amongHolderNouns: WordSet = [
        "eigentümern", "miteigentümern", "anteilseignern", "eignern", "gesellschaftern", "mitgesellschaftern",
    ]

    /// Verbs of belonging to a group ("zählt zu", "gehört zu").
    private static let amongVerbs: WordSet = ["zählt", "zählen", "zählte", "zählten", "gehört", "gehören", "gehörte", "gehörten"]

    /// The holding stated by "zu den [Adjektiv] Aktionären der X zählt [auch] (die) Y (mit N Prozent)", read from
    /// the word "zu" at `start`; nil for any other shape ("Zu den Kunden der X zählt Y").
    func germanAmongHolders(_ start: Int, _ clause: Range<Int>) -> StakeCandidate? {
        guard view.language == .german, view.word(start + 1) == "den" else { return nil }
        var noun = start + 2
        // "zu den größten Aktionären": at most two plain lower-case words before the noun.
        while noun < clause.upperBound, noun - start <= 4, !view.items[noun].hasMention,
            view.tokens[view.items[noun].tokens.lowerBound].text.unicodeScalars.first?.properties.isLowercase == true
        {
            noun += 1
        }
        let word = view.word(noun)
        guard word.hasSuffix("aktionären") || Self.amongHolderNouns.contains(word),
            ["der", "des"].contains(view.word(noun + 1)), noun + 2 < clause.upperBound, view.items[noun + 2].isOrganisation,
            let company = view.items[noun + 2].entity, Self.amongVerbs.contains(view.word(noun + 3))
        else { return nil }
        // "zählt auch die Familie Y": a few plain words (no punctuation) before the holder; the verb may open a
        // clause of its own, so the sentence bounds the search.
        let end = view.items.count
        var position = noun + 4
        while position < end, position - noun <= 7, !view.items[position].hasMention {
            guard !view.tokens[view.items[position].tokens.lowerBound].isPunctuation else { return nil }
            position += 1
        }
        guard position < end, view.items[position].isParty, !view.isPossessive(position),
            let holder = view.items[position].entity, holder != company
        else { return nil }
        let stated = view.word(position + 1) == "mit" ? percent(in: view.span(position + 2, min(end, position + 5))) : nil
        return StakeCandidate(holder: holder, company: company, percent: stated, since: nil, sentence: view.sentence.index)
    }
}
