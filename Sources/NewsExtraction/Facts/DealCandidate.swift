import NewsModel

/// A deal as one sentence states it, before repeats and restatements are merged.
struct DealCandidate: Sendable, Hashable {
    var kind: DealKind
    var acquirer: EntityID?
    var seller: EntityID?
    var target: EntityID
    /// The percent bought, if stated.
    var percent: Double?
    /// The holding after the deal, if stated ("raised its stake to 13.9 pct").
    var resultingPercent: Double?
    var price: Money?
    var date: FactDate?
    var status: DealStatus
    /// The sentence that states it.
    var sentence: Int
    /// Further sentences that state the same deal.
    var moreSentences: [Int] = []
    /// Whether the text tells the deal as past history ("damals", "hatte … übernommen", "at the time"):
    /// with no date stated, such a deal stays undated rather than taking the publication date.
    var historical = false

    /// The percent the deal reports: the acquired one if stated, else the resulting holding.
    var reportedPercent: Double? { percent ?? resultingPercent }
}

/// A holding as one sentence states or implies it.
struct StakeCandidate: Sendable, Hashable {
    var holder: EntityID
    var company: EntityID
    var percent: Double?
    var since: FactDate?
    var sentence: Int
    var moreSentences: [Int] = []
    /// Whether the percent gives way to another of the same holding when both are merged: a percent dated
    /// before the article's year ("raising its stake to 53 pct in 1978"), or a stake deal's acquired percent
    /// where the article states the holding ("bought 5 pct of X … raises its holding to 12 pct").
    var percentYields = false
    /// Whether the holding stands only on a possessive ("Y's X") and so needs a holder the article names more
    /// than once: a possessor named once is often part of the name ("Sugarman's Giant Group").
    var needsRepeatedHolder = false
}
