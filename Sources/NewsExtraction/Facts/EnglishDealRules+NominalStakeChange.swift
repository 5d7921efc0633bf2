import NewsModel

extension EnglishDealRules {
    /// Adjectives between a possessor and a stake-change noun: "X's planned increase of its stake".
    private static let changeAdjectives: WordSet = ["planned", "proposed", "recent", "latest", "further", "earlier"]

    /// "X's increase of its stake in Y to 95 pct", "X's planned increase …": the genitive before a stake-change
    /// noun raises the stake (English; a noun use only, right after the possessor or one adjective).
    func nominalPossessor(of trigger: Int) -> EntityID? {
        guard view.language == .english, ["increase", "increases", "reduction", "cut", "boost"].contains(view.word(trigger)) else { return nil }
        var owner = trigger - 1
        if Self.changeAdjectives.contains(view.word(owner)) { owner -= 1 }
        if view.word(owner) == "'s" || view.word(owner) == "’s" { owner -= 1 }
        guard owner >= 0, view.items[owner].isOrganisation, view.isPossessive(owner) || view.isFollowedByPossessive(owner) else { return nil }
        return view.items[owner].entity
    }
}

extension EnglishDealRules {
    /// "sell its stakes in A and B", "bought interests in A and B": a plural stake noun right before "in" and the
    /// first target, so each coordinated company after it is a stake deal of its own.
    func pluralStakeNoun(after trigger: Int, before target: EntityID, _ clause: Range<Int>) -> Bool {
        guard let first = view.span(trigger + 1, clause.upperBound).first(where: { view.items[$0].entity == target }) else { return false }
        var noun = first - 1
        if view.word(noun) == "the" || view.word(noun) == "both" { noun -= 1 }
        guard view.word(noun) == "in", noun - 1 > trigger else { return false }
        return ["stakes", "interests", "holdings", "shareholdings"].contains(view.word(noun - 1))
    }
}
