import NewsModel

/// The parent that sells a named unit ("bought Y's X unit", "acquired the X unit of Y") and the buyer of an
/// agreement "for Y to buy X".
extension EnglishDealRules {
    /// The words after a bought name that make it a unit of someone: "Y's X unit", "the X subsidiary of Y".
    private static let unitWords: WordSet = ["unit", "subsidiary", "division", "affiliate", "arm"]

    /// "bought Y's X unit": the genitive right before the unit's name; "acquired the X unit of Y": the name after
    /// "unit of". Either parent sells the unit named at `target`.
    func unitSeller(of target: Int, _ clause: Range<Int>) -> EntityID? {
        var after = target + 1
        if view.word(after) == "<", let close = view.span(after, min(clause.upperBound, after + 5)).first(where: { view.word($0) == ">" }) { after = close + 1 }
        guard Self.unitWords.contains(view.word(after)), let unit = view.items[target].entity else { return nil }
        let before = view.tickerStart(before: target).map { $0 - 1 } ?? target - 1
        if before >= clause.lowerBound, view.items[before].isOrganisation, view.isPossessive(before), let parent = view.items[before].entity, parent != unit {
            return parent
        }
        guard view.word(after + 1) == "of", ["the", "a"].contains(view.word(target - 1)), after + 2 < clause.upperBound,
            view.items[after + 2].isOrganisation, !view.isPossessive(after + 2), let parent = view.items[after + 2].entity, parent != unit
        else { return nil }
        return parent
    }

    /// "an agreement for Y to buy X": the name between "for" and "to" right before the verb buys.
    func buyerOfAgreement(before trigger: Int, _ clause: Range<Int>) -> EntityID? {
        guard view.word(trigger - 1) == "to" else { return nil }
        var index = trigger - 2
        if let ticker = view.tickerStart(before: index + 1) { index = ticker - 1 }
        guard index > clause.lowerBound, view.word(index - 1) == "for", view.items[index].isParty, !view.isPossessive(index) else { return nil }
        return view.items[index].entity
    }
}
