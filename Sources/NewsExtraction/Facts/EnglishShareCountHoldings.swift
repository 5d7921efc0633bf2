import NewsModel

/// English holdings stated as a number of shares with no percent: "Y owns about 2,700,000 of X's 33.5 mln shares",
/// "Y holds 500,000 shares of X", "Y owns 1.2 mln X common shares" (a holding of unknown size), and with the
/// percent the count makes: "Y owns more than four mln X shares, or about 15 pct of the total outstanding".
struct EnglishShareCountHoldings: Sendable {
    let view: SentenceView

    /// Active verbs of holding.
    private static let holdVerbs: WordSet = ["owns", "own", "holds", "hold", "controls", "control"]
    /// Words between the verb and the number.
    private static let approximations: WordSet = ["about", "some", "approximately", "nearly", "almost", "roughly", "around", "now", "still", "more", "than", "over"]
    /// Spelled numbers the number reader leaves to the rules, and the scales after them: "four mln".
    private static let spelledNumbers: WordSet = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "a"]
    private static let scales: WordSet = ["mln", "million", "billion", "bln"]
    /// Words between the number and "shares".
    private static let shareKinds: WordSet = ["common", "ordinary", "voting", "preferred"]

    /// The holdings of the sentence in these forms.
    func stakes(context: RoleContext) -> [StakeCandidate] {
        guard view.language == .english, !view.quantities.isEmpty else { return [] }
        var result: [StakeCandidate] = []
        for clause in view.clauses {
            for verb in clause where Self.holdVerbs.contains(view.items[verb].lower) && !view.items[verb].hasMention {
                guard let found = holding(after: verb, clause, context) else { continue }
                result.append(found)
            }
        }
        return result
    }

    private func holding(after verb: Int, _ clause: Range<Int>, _ context: RoleContext) -> StakeCandidate? {
        var position = verb + 1
        while position < clause.upperBound, position - verb <= 2, Self.approximations.contains(view.word(position)) { position += 1 }
        // The item after the number: a number the reader read, or a spelled one with its scale ("four mln").
        var next: Int
        if let amount = view.quantity(at: position) {
            guard case .plain = amount.kind, !amount.perShare,
                let after = view.span(position, clause.upperBound).first(where: { view.items[$0].tokens.lowerBound >= amount.tokens.upperBound })
            else { return nil }
            next = after
        } else if Self.spelledNumbers.contains(view.word(position)), Self.scales.contains(view.word(position + 1)) {
            next = position + 2
        } else {
            return nil
        }
        var company: Int?
        // The last item of the share phrase: the percent the count makes may follow it.
        var end = next
        if view.word(next) == "of", next + 1 < clause.upperBound, view.items[next + 1].isOrganisation, view.isPossessive(next + 1) {
            // "2,700,000 of X's 33.5 mln shares".
            company = next + 1
        } else {
            while next < clause.upperBound, Self.shareKinds.contains(view.word(next)) { next += 1 }
            if next < clause.upperBound, view.items[next].isOrganisation, !view.isPossessive(next) {
                // "1.2 mln X common shares".
                var noun = next + 1
                while noun < clause.upperBound, Self.shareKinds.contains(view.word(noun)) { noun += 1 }
                if view.isA(.sharenoun, noun), view.word(noun) != "stock" || view.word(noun + 1) != "exchange" {
                    company = next
                    end = noun
                }
            } else if view.isA(.sharenoun, next), ["of", "in"].contains(view.word(next + 1)) {
                // "500,000 shares of X".
                var name = next + 2
                if view.word(name) == "the" { name += 1 }
                if name < clause.upperBound, view.items[name].isOrganisation, !view.isPossessive(name) {
                    company = name
                    end = name
                }
            }
        }
        guard let company, let owned = view.items[company].entity, !view.isNegated(verb, in: clause),
            !["will", "would", "to", "could", "may", "might"].contains(view.word(verb - 1)),
            let holder = view.subject(of: verb, in: clause, context: context), holder != owned
        else { return nil }
        return StakeCandidate(holder: holder, company: owned, percent: statedPercent(after: end, clause), since: nil, sentence: view.sentence.index)
    }

    /// ", or about 15 pct (of the total)" right after the share phrase ending at `end`: the holding's percent.
    private func statedPercent(after end: Int, _ clause: Range<Int>) -> Double? {
        var position = end + 1
        if view.word(position) == "," { position += 1 }
        guard view.word(position) == "or" else { return nil }
        position += 1
        while position < view.items.count, position - end <= 5, Self.approximations.contains(view.word(position)) { position += 1 }
        guard let percent = view.quantity(at: position)?.percent, percent > 0, percent <= 100 else { return nil }
        return percent
    }
}
