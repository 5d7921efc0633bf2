import NewsModel

/// A company's own share sale with a count spelled as a word: "X said it sold two mln shares of its common stock
/// to Y" (Y buys a part of X).
extension EnglishDealRules {
    /// Counts spelled as words before "mln"/"million"/"billion".
    private static let countWords: WordSet = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]

    /// Whether a plain count of shares starts right after the verb `trigger`: "1.2 mln", "500,000", "two mln".
    func ownSharesCount(after trigger: Int) -> Bool {
        if let count = view.quantities.first(where: { $0.item == trigger + 1 }) { return count.quantity.percent == nil && count.quantity.money == nil }
        return Self.countWords.contains(view.word(trigger + 1)) && ["mln", "million", "billion", "bln"].contains(view.word(trigger + 2))
    }
}
