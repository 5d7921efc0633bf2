import NewsModel

/// Folds candidates that state the same real event into one: same kind and target, and no
/// disagreement on acquirer, seller or percent. Later statements fill in what earlier ones left out, and a
/// later statement that the deal is done makes it completed ("will übernehmen" … "ist abgeschlossen").
enum DealMerger {
    /// Merges deal candidates, keeping the order of first statement.
    static func merge(_ candidates: [DealCandidate]) -> [DealCandidate] {
        var result: [DealCandidate] = []
        for candidate in candidates {
            if let index = result.firstIndex(where: { compatible($0, candidate) }) {
                var merged = result[index]
                merged.acquirer = merged.acquirer ?? candidate.acquirer
                merged.seller = merged.seller ?? candidate.seller
                // One statement's seller cannot be another's buyer of the same deal.
                if merged.seller == merged.acquirer { merged.seller = nil }
                merged.percent = merged.percent ?? candidate.percent
                merged.resultingPercent = merged.resultingPercent ?? candidate.resultingPercent
                merged.price = merged.price ?? candidate.price
                merged.date = merged.date ?? candidate.date
                // "X will Y übernehmen" … "Die Übernahme ist abgeschlossen": a later statement that the deal is
                // done wins. (A plan later restated in the present tense stays a plan: bids are often retold
                // as "X buys Y" though nothing is agreed. A dated or recounted past purchase, "Y was acquired in
                // 1985", is an older event, not this deal's completion.)
                if candidate.status == .completed, merged.status != .completed, candidate.sentence > merged.sentence,
                    !candidate.historical, candidate.date == nil || candidate.date == merged.date
                {
                    merged.status = .completed
                }
                // Past history only when every statement tells it so.
                merged.historical = merged.historical && candidate.historical
                merged.moreSentences = moreEvidence(
                    merged.sentence, merged.moreSentences, adding: [candidate.sentence] + candidate.moreSentences)
                result[index] = merged
            } else {
                result.append(candidate)
            }
        }
        return result
    }

    /// Merges holdings of the same holder in the same company.
    static func merge(_ candidates: [StakeCandidate], headline: Set<Int> = []) -> [StakeCandidate] {
        var result: [StakeCandidate] = []
        for candidate in candidates {
            if let index = result.firstIndex(where: { $0.holder == candidate.holder && $0.company == candidate.company }) {
                var merged = result[index]
                let takesPercent = candidate.percent != nil
                    && (merged.percent == nil
                        || (headline.contains(merged.sentence) && !headline.contains(candidate.sentence))
                        || (merged.percentYields && !candidate.percentYields))
                merged.since = merged.since ?? candidate.since
                if takesPercent {
                    // The sentence that states the percent becomes the stake's first evidence.
                    merged.percent = candidate.percent
                    merged.percentYields = candidate.percentYields
                    merged.moreSentences = moreEvidence(
                        candidate.sentence, candidate.moreSentences,
                        adding: [merged.sentence] + merged.moreSentences)
                    merged.sentence = candidate.sentence
                } else {
                    merged.moreSentences = moreEvidence(
                        merged.sentence, merged.moreSentences, adding: [candidate.sentence] + candidate.moreSentences)
                }
                result[index] = merged
            } else {
                result.append(candidate)
            }
        }
        return result
    }

    /// The extra evidence sentences of a merged fact: `more` plus every sentence of `added` that
    /// is neither its first sentence nor already listed.
    private static func moreEvidence(_ first: Int, _ more: [Int], adding added: [Int]) -> [Int] {
        var result = more
        for sentence in added where sentence != first && !result.contains(sentence) { result.append(sentence) }
        return result
    }

    private static func compatible(_ a: DealCandidate, _ b: DealCandidate) -> Bool {
        guard a.kind == b.kind else { return false }
        if a.kind == .merger {
            let sameOrder = a.acquirer == b.acquirer && a.target == b.target
            let swapped = a.acquirer == b.target && a.target == b.acquirer
            return sameOrder || swapped
        }
        guard a.target == b.target else { return false }
        if let x = a.acquirer, let y = b.acquirer, x != y { return false }
        if let x = a.seller, let y = b.seller, x != y { return false }
        if let x = a.percent, let y = b.percent, abs(x - y) > 0.05 { return false }
        if let x = a.resultingPercent, let y = b.resultingPercent, abs(x - y) > 0.05 { return false }
        // One statement gives only the part bought, the other only the holding after it ("bought 5 pct of X" …
        // "The purchase raises its holding to 12 pct"): one purchase when the part fits in the holding.
        if let bought = a.percent ?? b.percent, let after = a.resultingPercent ?? b.resultingPercent, bought > after + 0.05 { return false }
        return true
    }
}
