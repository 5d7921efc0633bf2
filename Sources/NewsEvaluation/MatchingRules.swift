/// When a predicted fact counts as a gold fact: the rules of `docs/annotation-guide.md`
/// ("How predictions are matched"), with the thresholds as parameters.
///
/// Choices the guide leaves open, made here:
/// - Deals: when the gold deal has a percent, the prediction needs one within ``percentTolerance``
///   (absolute, in percentage points); when the gold deal has none, the predicted percent is not
///   looked at. An acquisition without a percent is an acquisition of the whole company, so it
///   counts as 100 (gold "acquisition, 100" and a predicted acquisition without percent agree).
///   The seller is not scored.
/// - Parties (acquirer, target, holder, company, speaker) match when the entities they refer to
///   share a name key: a gold party carries its gold entity's aliases, a predicted one its
///   predicted entity's.
/// - Quotes: "holds 60% of the gold words" counts words with repetition; "not more than about
///   twice as long" compares word counts.
public struct MatchingRules: Sendable, Hashable {
    /// Largest difference, in percentage points, between a gold and a predicted percent.
    public var percentTolerance: Double
    /// Least share of the gold quote's words the predicted text must hold.
    public var minimumQuoteCoverage: Double
    /// Largest ratio of predicted to gold quote length, in words.
    public var maximumQuoteLengthRatio: Double

    /// The guide's thresholds: 0.05 points, 60% of the words, twice as long.
    public static let guide = MatchingRules(
        percentTolerance: 0.05, minimumQuoteCoverage: 0.6, maximumQuoteLengthRatio: 2.0)

    /// Creates rules with other thresholds.
    public init(percentTolerance: Double, minimumQuoteCoverage: Double, maximumQuoteLengthRatio: Double) {
        self.percentTolerance = percentTolerance
        self.minimumQuoteCoverage = minimumQuoteCoverage
        self.maximumQuoteLengthRatio = maximumQuoteLengthRatio
    }

    /// Same kind (company and organization alike) and a name or alias in common.
    public func matches(_ predicted: ComparableEntity, _ gold: ComparableEntity) -> Bool {
        predicted.kind == gold.kind && !predicted.keys.isDisjoint(with: gold.keys)
    }

    /// Same kind, same target, same acquirer where gold has one, percent within the tolerance
    /// where gold has one.
    public func matches(_ predicted: ComparableDeal, _ gold: ComparableDeal) -> Bool {
        guard predicted.kind == gold.kind, predicted.target.matches(gold.target) else { return false }
        if let acquirer = gold.acquirer {
            guard let predictedAcquirer = predicted.acquirer, predictedAcquirer.matches(acquirer) else { return false }
        }
        if let percent = gold.percent {
            let whole: Double? = predicted.kind == .acquisition ? 100 : nil
            guard let predictedPercent = predicted.percent ?? whole, close(predictedPercent, percent) else { return false }
        }
        return true
    }

    /// Same holder and company, percent within the tolerance where both have one.
    public func matches(_ predicted: ComparableStake, _ gold: ComparableStake) -> Bool {
        guard predicted.holder.matches(gold.holder), predicted.company.matches(gold.company) else { return false }
        if let percent = gold.percent, let predictedPercent = predicted.percent {
            return close(predictedPercent, percent)
        }
        return true
    }

    /// Same direct flag, same speaker where gold has one, and enough of the gold words without
    /// being too long.
    public func matches(_ predicted: ComparableQuote, _ gold: ComparableQuote) -> Bool {
        guard predicted.direct == gold.direct else { return false }
        if let speaker = gold.speaker {
            guard let predictedSpeaker = predicted.speaker, predictedSpeaker.matches(speaker) else { return false }
        }
        return textMatches(predicted: predicted.words, gold: gold.words)
    }

    /// The quote-text rule alone: coverage of the gold words and the length limit.
    public func textMatches(predicted: [String], gold: [String]) -> Bool {
        guard Double(predicted.count) <= maximumQuoteLengthRatio * Double(max(gold.count, 1)) else { return false }
        return QuoteWords.coverage(of: gold, by: predicted) >= minimumQuoteCoverage
    }

    private func close(_ a: Double, _ b: Double) -> Bool { abs(a - b) <= percentTolerance + 1e-9 }
}
