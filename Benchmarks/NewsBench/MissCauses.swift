import NewsEvaluation
import NewsModel

/// Counts of why gold deals, stakes and quotes were missed and why predicted ones were spurious,
/// by cause and language, without naming any fact: safe to print for the held-out set, whose
/// misses nobody reads, and a guide to which stage loses them (entity, relation or speaker).
///
/// A gold fact counts as missed when no prediction matches it at all (the scorer's one-to-one
/// matching may differ in rare cases with duplicates).
struct MissCauses {
    private var counts: [Language: [String: Int]] = [:]
    /// Every cause seen, in first-seen order.
    private var order: [String] = []
    let rules = MatchingRules.guide

    /// Classifies the unmatched gold facts and the unmatched predictions of one article.
    mutating func add(_ gold: GoldArticle, predicted: ComparableFacts) {
        let required = gold.required
        let accepted = ComparableFacts(
            entities: required.entities + gold.optional.entities, deals: required.deals + gold.optional.deals,
            stakes: required.stakes + gold.optional.stakes, quotes: required.quotes + gold.optional.quotes)
        for deal in required.deals where !predicted.deals.contains(where: { rules.matches($0, deal) }) {
            count("deal missed: " + dealCause(deal, predicted), gold.language)
        }
        for deal in predicted.deals where !accepted.deals.contains(where: { rules.matches(deal, $0) }) {
            count("deal spurious: " + spuriousParties([deal.acquirer, deal.target], accepted), gold.language)
        }
        for stake in required.stakes where !predicted.stakes.contains(where: { rules.matches($0, stake) }) {
            count("stake missed: " + stakeCause(stake, predicted), gold.language)
        }
        for stake in predicted.stakes where !accepted.stakes.contains(where: { rules.matches(stake, $0) }) {
            count("stake spurious: " + spuriousParties([stake.holder, stake.company], accepted), gold.language)
        }
        for quote in required.quotes where !predicted.quotes.contains(where: { rules.matches($0, quote) }) {
            count("quote missed: " + quoteCause(quote, predicted), gold.language)
        }
        for quote in predicted.quotes where !accepted.quotes.contains(where: { rules.matches(quote, $0) }) {
            count("quote spurious: " + spuriousQuoteCause(quote, accepted), gold.language)
        }
    }

    /// One row per cause, the count per language and in all; grouped by fact type (deals, stakes,
    /// quotes) and misses before spurious facts, the most frequent cause first within a group.
    func render() -> String {
        func total(_ cause: String) -> Int { (counts[.german]?[cause] ?? 0) + (counts[.english]?[cause] ?? 0) }
        func group(_ cause: String) -> Int {
            let groups = ["deal missed", "deal spurious", "stake missed", "stake spurious", "quote missed", "quote spurious"]
            return groups.firstIndex { cause.hasPrefix($0) } ?? groups.count
        }
        let sorted = order.sorted { (group($0), -total($0), $0) < (group($1), -total($1), $1) }
        var table = Table("cause", "de", "en", "all")
        for cause in sorted {
            let german = counts[.german]?[cause] ?? 0
            let english = counts[.english]?[cause] ?? 0
            table.add([cause, "\(german)", "\(english)", "\(german + english)"])
        }
        return table.render()
    }

    private mutating func count(_ cause: String, _ language: Language) {
        if !order.contains(cause) { order.append(cause) }
        counts[language, default: [:]][cause, default: 0] += 1
    }

    private func found(_ party: ComparableParty, in predicted: ComparableFacts) -> Bool {
        predicted.entities.contains { !$0.keys.isDisjoint(with: party.keys) }
    }

    private func entityCause(_ first: ComparableParty?, _ second: ComparableParty, _ predicted: ComparableFacts) -> String? {
        let firstFound = first.map { found($0, in: predicted) } ?? true
        let secondFound = found(second, in: predicted)
        switch (firstFound, secondFound) {
        case (false, false): return "neither party is an extracted entity"
        case (false, true): return "first party not extracted"
        case (true, false): return "second party not extracted"
        case (true, true): return nil
        }
    }

    private func dealCause(_ deal: ComparableDeal, _ predicted: ComparableFacts) -> String {
        if let cause = entityCause(deal.acquirer, deal.target, predicted) {
            return cause.replacingOccurrences(of: "first party", with: "acquirer")
                .replacingOccurrences(of: "second party", with: "target")
        }
        let sameTarget = predicted.deals.filter { $0.target.matches(deal.target) }
        if sameTarget.contains(where: { $0.kind != deal.kind }) { return "target's deal has another kind" }
        if let acquirer = deal.acquirer, sameTarget.contains(where: { $0.acquirer.map { !$0.matches(acquirer) } ?? true }) {
            return "target's deal has another or no acquirer"
        }
        if !sameTarget.isEmpty { return "percent differs" }
        if let acquirer = deal.acquirer, predicted.deals.contains(where: { $0.target.matches(acquirer) }) {
            return "roles reversed or mixed"
        }
        if predicted.stakes.contains(where: { $0.company.matches(deal.target) }) { return "only a stake found" }
        return "both parties found, no deal"
    }

    private func stakeCause(_ stake: ComparableStake, _ predicted: ComparableFacts) -> String {
        if let cause = entityCause(stake.holder, stake.company, predicted) {
            return cause.replacingOccurrences(of: "first party", with: "holder")
                .replacingOccurrences(of: "second party", with: "company")
        }
        let sameCompany = predicted.stakes.filter { $0.company.matches(stake.company) }
        if sameCompany.contains(where: { $0.holder.matches(stake.holder) }) { return "percent differs" }
        if predicted.stakes.contains(where: { $0.holder.matches(stake.company) && $0.company.matches(stake.holder) }) {
            return "roles reversed"
        }
        if !sameCompany.isEmpty { return "company held by another holder" }
        if predicted.stakes.contains(where: { $0.holder.matches(stake.holder) }) { return "holder holds another company" }
        if predicted.deals.contains(where: { $0.target.matches(stake.company) }) { return "only a deal found" }
        return "both parties found, no stake"
    }

    private func spuriousParties(_ parties: [ComparableParty?], _ gold: ComparableFacts) -> String {
        let known = parties.compactMap { $0 }.filter { party in gold.entities.contains { !$0.keys.isDisjoint(with: party.keys) } }
        return known.count == parties.compactMap({ $0 }).count ? "all parties are gold entities" : "a party is no gold entity"
    }

    private func quoteCause(_ quote: ComparableQuote, _ predicted: ComparableFacts) -> String {
        let kind = quote.direct ? "direct" : "reported"
        let sameText = predicted.quotes.filter { rules.textMatches(predicted: $0.words, gold: quote.words) }
        if sameText.isEmpty {
            let overlapping = predicted.quotes.contains { QuoteWords.coverage(of: quote.words, by: $0.words) >= 0.3 }
            return "\(kind): " + (overlapping ? "text found in part or too long" : "not detected")
        }
        if sameText.allSatisfy({ $0.direct != quote.direct }) { return "\(kind): found with the other direct flag" }
        guard let speaker = quote.speaker else { return "\(kind): found" }
        if sameText.contains(where: { $0.speaker == nil }) {
            return "\(kind): found without speaker" + (found(speaker, in: predicted) ? "" : " (speaker not extracted)")
        }
        return "\(kind): found with another speaker" + (found(speaker, in: predicted) ? "" : " (speaker not extracted)")
    }

    private func spuriousQuoteCause(_ quote: ComparableQuote, _ gold: ComparableFacts) -> String {
        let kind = quote.direct ? "direct" : "reported"
        if gold.quotes.contains(where: { rules.textMatches(predicted: quote.words, gold: $0.words) }) {
            return "\(kind): text of a gold quote (other speaker or flag)"
        }
        if gold.quotes.contains(where: { QuoteWords.coverage(of: $0.words, by: quote.words) >= 0.3 }) {
            return "\(kind): overlaps a gold quote"
        }
        return "\(kind): no gold quote there"
    }
}
