/// True positives, false positives and false negatives, with the scores they give.
public struct Counts: Sendable, Hashable {
    /// Predictions that matched a required gold fact.
    public var truePositives: Int
    /// Predictions that matched neither a required nor an optional gold fact.
    public var falsePositives: Int
    /// Required gold facts no prediction matched.
    public var falseNegatives: Int

    /// Creates counts; all default to zero.
    public init(truePositives: Int = 0, falsePositives: Int = 0, falseNegatives: Int = 0) {
        self.truePositives = truePositives
        self.falsePositives = falsePositives
        self.falseNegatives = falseNegatives
    }

    /// tp / (tp + fp); nil when nothing was predicted.
    public var precision: Double? {
        let denominator = truePositives + falsePositives
        return denominator == 0 ? nil : Double(truePositives) / Double(denominator)
    }

    /// tp / (tp + fn); nil when there is nothing to find.
    public var recall: Double? {
        let denominator = truePositives + falseNegatives
        return denominator == 0 ? nil : Double(truePositives) / Double(denominator)
    }

    /// 2tp / (2tp + fp + fn), the harmonic mean of precision and recall; nil when there was
    /// nothing to find and nothing was predicted.
    public var f1: Double? {
        let denominator = 2 * truePositives + falsePositives + falseNegatives
        return denominator == 0 ? nil : Double(2 * truePositives) / Double(denominator)
    }

    /// Sums counts (micro-averaging).
    public static func + (lhs: Counts, rhs: Counts) -> Counts {
        Counts(
            truePositives: lhs.truePositives + rhs.truePositives,
            falsePositives: lhs.falsePositives + rhs.falsePositives,
            falseNegatives: lhs.falseNegatives + rhs.falseNegatives)
    }

    /// Adds counts in place.
    public static func += (lhs: inout Counts, rhs: Counts) { lhs = lhs + rhs }
}
