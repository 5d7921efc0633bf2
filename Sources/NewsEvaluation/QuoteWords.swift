import NewsModel

/// The word-level comparison of quote texts used by the scorer.
public enum QuoteWords {
    /// The folded words of a text: lower case, no diacritics, split at anything that is not a
    /// letter or digit.
    public static func words(_ text: String) -> [String] {
        EntityKey.fold(text).split { !$0.isLetter && !$0.isNumber }.map(String.init)
    }

    /// The share (0...1) of `gold`'s words, counted with repetition, that `predicted` holds.
    /// A gold text without words is fully covered.
    public static func coverage(of gold: [String], by predicted: [String]) -> Double {
        guard !gold.isEmpty else { return 1 }
        var available: [String: Int] = [:]
        for word in predicted { available[word, default: 0] += 1 }
        var held = 0
        for word in gold {
            if let count = available[word], count > 0 {
                available[word] = count - 1
                held += 1
            }
        }
        return Double(held) / Double(gold.count)
    }
}
