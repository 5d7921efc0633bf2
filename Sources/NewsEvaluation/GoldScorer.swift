/// Scores predicted facts against gold facts, one article at a time, one-to-one.
///
/// For each fact type: a maximum one-to-one matching between predictions and required gold facts
/// gives the true positives; unmatched gold facts are false negatives. Remaining predictions are
/// matched one-to-one against the optional gold facts, and those that match are dropped from
/// both sides; the rest are false positives.
public struct GoldScorer: Sendable {
    /// The matching rules.
    public var rules: MatchingRules

    /// Creates a scorer; the guide's thresholds by default.
    public init(rules: MatchingRules = .guide) {
        self.rules = rules
    }

    /// Scores every fact type of one article.
    public func score(
        article: String, predicted: ComparableFacts, required: ComparableFacts, optional: ComparableFacts,
        types: Set<FactType> = Set(FactType.allCases)
    ) -> ArticleScore {
        var result = ArticleScore(article: article)
        func record(_ type: FactType, _ outcome: ListOutcome) {
            guard types.contains(type) else { return }
            result.counts[type] = outcome.counts
            result.missed[type] = outcome.missed
            result.spurious[type] = outcome.spurious
        }
        record(.entities, score(predicted.entities, required.entities, optional.entities, rules.matches, Describe.entity))
        record(.deals, score(predicted.deals, required.deals, optional.deals, rules.matches, Describe.deal))
        record(.stakes, score(predicted.stakes, required.stakes, optional.stakes, rules.matches, Describe.stake))
        record(.quotes, score(predicted.quotes, required.quotes, optional.quotes, rules.matches, Describe.quote))
        return result
    }

    /// Scores a gold article against predictions.
    public func score(_ gold: GoldArticle, predicted: ComparableFacts, types: Set<FactType> = Set(FactType.allCases))
        -> ArticleScore
    {
        score(article: gold.article, predicted: predicted, required: gold.required, optional: gold.optional, types: types)
    }

    struct ListOutcome {
        var counts: Counts
        var missed: [String]
        var spurious: [String]
    }

    func score<T>(
        _ predicted: [T], _ required: [T], _ optional: [T], _ matches: (T, T) -> Bool, _ describe: (T) -> String
    ) -> ListOutcome {
        let gold = required + optional
        let toGold = BipartiteMatching.match(left: predicted.count, right: gold.count, preferred: required.count) {
            matches(predicted[$0], gold[$1])
        }
        let matchedGold = Set(toGold.compactMap { $0 }.filter { $0 < required.count })
        let spurious = predicted.indices.filter { toGold[$0] == nil }.map { predicted[$0] }
        let missed = required.indices.filter { !matchedGold.contains($0) }.map { required[$0] }
        return ListOutcome(
            counts: Counts(truePositives: matchedGold.count, falsePositives: spurious.count, falseNegatives: missed.count),
            missed: missed.map(describe), spurious: spurious.map(describe))
    }
}

/// Short one-line descriptions of comparable facts for reports.
enum Describe {
    static func entity(_ entity: ComparableEntity) -> String {
        let aliases = entity.names.dropFirst()
        return "\(entity.names.first ?? "?") [\(entity.kind.rawValue)]" + (aliases.isEmpty ? "" : " aka \(aliases.joined(separator: ", "))")
    }

    static func deal(_ deal: ComparableDeal) -> String {
        "\(deal.kind.rawValue): \(deal.acquirer?.name ?? "?") buys \(deal.target.name)"
            + (deal.seller.map { " from \($0.name)" } ?? "") + (deal.percent.map { " (\($0)%)" } ?? "")
    }

    static func stake(_ stake: ComparableStake) -> String {
        "\(stake.holder.name) holds \(stake.company.name)" + (stake.percent.map { " (\($0)%)" } ?? "")
    }

    static func quote(_ quote: ComparableQuote) -> String {
        let text = quote.text.count > 70 ? String(quote.text.prefix(67)) + "..." : quote.text
        return "\(quote.speaker?.name ?? "(unnamed)") \(quote.direct ? "said" : "reported"): \"\(text)\""
    }
}
