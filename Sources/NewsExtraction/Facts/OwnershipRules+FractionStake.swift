import NewsModel

/// "has a quarter stake in X", "holds a half interest in X": a fraction word instead of a percent.
extension OwnershipRules {
    /// Fraction words with an exact percent (thirds are left out: no exact percent to state).
    private static let fractionPercents: [String: Double] = [
        "quarter": 25, "one-quarter": 25, "half": 50, "one-half": 50, "three-quarter": 75, "three-quarters": 75,
    ]

    /// The percent of "a quarter stake" / "a one-half interest" in `range`: an indefinite article, the fraction
    /// word and a stake noun right after it. English only.
    func fractionStakePercent(in range: Range<Int>) -> Double? {
        guard view.language == .english else { return nil }
        for index in range where index + 1 < range.upperBound && index >= 1 {
            if let value = Self.fractionPercents[view.word(index)], ["a", "an"].contains(view.word(index - 1)), view.isA(.stakenoun, index + 1) {
                return value
            }
        }
        return nil
    }
}
