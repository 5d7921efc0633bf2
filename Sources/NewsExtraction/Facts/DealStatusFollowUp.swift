import NewsModel

/// A later sentence that tells how far the latest deal has gone without naming it again: "Die Übernahme
/// ist inzwischen abgeschlossen", "Die Transaktion wurde am Montag vollzogen", "The acquisition was
/// completed on Friday". It restates that deal with the status it reports, so that ``DealMerger``
/// keeps the most definite status and the sentence as further evidence.
enum DealStatusFollowUp {
    /// Nouns that refer back to a deal ("die Übernahme", "the transaction").
    private static let dealNouns: WordSet = [
        "übernahme", "transaktion", "akquisition", "kauf", "verkauf", "zukauf", "fusion", "deal", "geschäft",
        "acquisition", "transaction", "takeover", "purchase", "sale", "merger",
    ]
    /// Words that state a deal as done.
    private static let doneWords: WordSet = [
        "abgeschlossen", "vollzogen", "perfekt", "besiegelt", "completed", "closed", "consummated",
    ]
    /// Words before the deal noun that make it the deal already spoken of.
    private static let definite: WordSet = [
        "die", "der", "den", "das", "diese", "dieser", "diesen", "dieses", "the", "this", "that",
    ]
    /// Words that leave the completion open (a modal, a future, a negation, an expectation).
    private static let openWords: WordSet = [
        "soll", "sollen", "sollte", "sollten", "wird", "werden", "könnte", "könnten", "dürfte", "dürften", "muss", "müssen",
        "nicht", "noch", "kein", "keine", "bis", "voraussichtlich", "erwartet", "geplant",
        "will", "would", "should", "may", "might", "could", "expected", "to", "not", "yet", "until", "pending", "subject",
        // A condition: "falls die Übernahme abgeschlossen ist", "if the takeover was completed".
        "falls", "wenn", "sobald", "nachdem", "if", "once", "when", "unless", "after",
    ]

    /// The latest deal restated as completed when the sentence's tokens report it done, else nil.
    /// `mentions` are the sentence's entity mentions: a sentence naming any company or organisation that
    /// is not a party of the latest deal speaks of another deal.
    static func candidate(
        _ tokens: ArraySlice<Token>, sentence: Int, latest deals: [DealCandidate], mentions: ArraySlice<EntityMention>
    ) -> DealCandidate? {
        guard var latest = deals.last, latest.status != .completed, latest.sentence < sentence else { return nil }
        // The cheap test first: a word of completion.
        guard tokens.contains(where: { doneWords.contains($0.lower) }) else { return nil }
        let namesAnotherParty = mentions.contains { mention in
            (mention.kind == .company || mention.kind == .organization)
                && mention.entity != latest.target && mention.entity != latest.acquirer && mention.entity != latest.seller
        }
        guard !namesAnotherParty else { return nil }
        var sawNoun = false
        var previous = ""
        for token in tokens {
            if openWords.contains(token.lower) { return nil }
            if dealNouns.contains(token.lower), definite.contains(previous) { sawNoun = true }
            previous = token.lower
        }
        guard sawNoun else { return nil }
        latest.status = .completed
        latest.sentence = sentence
        latest.moreSentences = []
        return latest
    }
}
