import NewsModel

extension OwnershipRules {
    /// "zu 51 Prozent im Besitz der Y", "mehrheitlich im Besitz der Y": the percent stated in the few words
    /// right before "im Besitz" (nil when none is); a percent of 100 or more states no part.
    func possessionPercent(before trigger: Int, _ clause: Range<Int>) -> Double? {
        let start = max(clause.lowerBound, trigger - 5)
        guard start < trigger - 1 else { return nil }
        let window = view.span(start, trigger - 1)
        // Only a percent governed by "zu" belongs to the possession ("zu 51 Prozent im Besitz").
        guard window.contains(where: { view.word($0) == "zu" }) else { return nil }
        guard let percent = view.quantities(in: window).compactMap(\.percent).last, percent > 0, percent <= 100 else { return nil }
        return percent
    }
}
