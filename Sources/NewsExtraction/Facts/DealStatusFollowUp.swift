import NewsModel

/// A later sentence that tells how far the latest deal has gone without naming it again: "Die Übernahme
/// ist inzwischen abgeschlossen", "Die Transaktion wurde am Montag vollzogen", "The acquisition was
/// completed on Friday". It restates that deal with the status it reports, so that ``DealMerger``
/// keeps the most definite status and the sentence as further evidence.
enum DealStatusFollowUp {
    /// Nouns that refer back to a deal ("die Übernahme", "the transaction").
    private static let dealNouns: Set<String> = [
        "übernahme", "transaktion", "akquisition", "kauf", "verkauf", "zukauf", "fusion", "deal", "geschäft",
        "acquisition", "transaction", "takeover", "purchase", "sale", "merger",
    ]
    /// Words that state a deal as done.
    private static let doneWords: Set<String> = [
        "abgeschlossen", "vollzogen", "perfekt", "besiegelt", "completed", "closed", "consummated",
    ]
    /// Words before the deal noun that make it the deal already spoken of.
    private static let definite: Set<String> = [
        "die", "der", "den", "das", "diese", "dieser", "diesen", "dieses", "the", "this", "that",
    ]
    /// Words that leave the completion open (a modal, a future, a negation, an expectation).
    private static let openWords: Set<String> = [
        "soll", "sollen", "sollte", "sollten", "wird", "werden", "könnte", "könnten", "dürfte", "dürften", "muss", "müssen",
        "nicht", "noch", "kein", "keine", "bis", "voraussichtlich", "erwartet", "geplant",
        "will", "would", "should", "may", "might", "could", "expected", "to", "not", "yet", "until", "pending", "subject",
        // A condition: "falls die Übernahme abgeschlossen ist", "if the takeover was completed".
        "falls", "wenn", "sobald", "nachdem", "if", "once", "when", "unless", "after",
    ]

    /// The latest deal restated as completed when the sentence's tokens report it done, else nil.
    /// `parties` are the organisations the sentence names: a sentence naming any company that is not a
    /// party of the latest deal speaks of another deal.
    static func candidate(
        _ tokens: ArraySlice<Token>, sentence: Int, latest deals: [DealCandidate], parties named: [EntityID]
    ) -> DealCandidate? {
        guard var latest = deals.last, latest.status != .completed, latest.sentence < sentence else { return nil }
        // The cheap test first: a word of completion.
        guard tokens.contains(where: { doneWords.contains($0.lower) }) else { return nil }
        guard named.allSatisfy({ $0 == latest.target || $0 == latest.acquirer || $0 == latest.seller }) else { return nil }
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
