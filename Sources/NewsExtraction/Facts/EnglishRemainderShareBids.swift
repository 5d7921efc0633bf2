import NewsModel

/// English bids and purchases of the shares a buyer does not hold yet, named without a percent: "an offer for the
/// shares it does not already hold in X", "will buy the shares in X it does not already own", "a tender offer for
/// all the X stock it does not own", "the purchase of the interest in X that it did not already own". The buyer
/// acquires X and holds the rest of it. (With a percent, `remainderBid` reads the sentence.)
extension EnglishDealRules {
    private static let remainderPronouns: WordSet = ["it", "he", "she", "they"]
    private static let remainderAuxiliaries: WordSet = ["does", "do", "did"]
    private static let remainderHoldVerbs: WordSet = ["hold", "own", "control", "have"]
    /// Nouns of the part bought.
    private static let remainderShareNouns: WordSet = ["shares", "stock", "interest", "equity"]
    /// Plain words inside the share phrase ("substantially all of the outstanding common shares of X <XT>").
    private static let remainderPhraseWords: WordSet = [
        "the", "all", "of", "in", "outstanding", "common", "remaining", "substantially", "voting", "ordinary", "<", ">", "that", "which",
    ]

    /// The holding of a clause whose negated holding verb ends such a share phrase; the acquisition is added to
    /// `deals`, or a stake deal another rule read there for the same shares (no percent) becomes the acquisition.
    func remainderShares(_ clause: Range<Int>, _ context: RoleContext, deals: inout [DealCandidate]) -> [StakeCandidate] {
        for not in clause where view.isA(.negation, not) && view.word(not) == "not" {
            var verb = not + 1
            if ["already", "yet"].contains(view.word(verb)) { verb += 1 }
            guard Self.remainderHoldVerbs.contains(view.word(verb)), Self.remainderAuxiliaries.contains(view.word(not - 1)),
                Self.remainderPronouns.contains(view.word(not - 2))
            else { continue }
            // "… it does not already hold in X": the company after the verb.
            var target: EntityID?
            let after = view.word(verb + 2) == "<" ? verb + 3 : verb + 2
            if view.word(verb + 1) == "in", after < view.items.count, view.items[after].isOrganisation { target = view.items[after].entity }
            // Back over the share phrase to the word that makes the bid or the purchase.
            var position = not - 3
            var noun = false
            while position >= 0, not - position <= 14 {
                if view.items[position].isOrganisation, let entity = view.items[position].entity {
                    guard target == nil || target == entity else { return [] }
                    target = entity
                } else if view.items[position].hasMention {
                    break
                } else if Self.remainderShareNouns.contains(view.word(position)) {
                    noun = true
                } else if !Self.remainderPhraseWords.contains(view.word(position)) {
                    break
                }
                position -= 1
            }
            guard noun, let target, position >= 0 else { continue }
            // "an offer for …", "tender for …": a bid; "buy …", "the purchase of …": a purchase.
            var maker = position
            var bid = false
            if view.word(position) == "for" {
                guard let noun = view.span(max(0, position - 8), position).last(where: { view.isA(.offernoun, $0) || view.isA(.buy, $0) || view.word($0) == "tender" })
                else { continue }
                maker = noun
                bid = !view.isA(.buy, noun)
            } else if !(view.isA(.buy, position) || view.isA(.takeovernoun, position)) {
                continue
            }
            let makerClause = view.clause(of: maker)
            // "X's tender offer for …": the possessor bids.
            let possessor = maker >= 1 && view.items[maker - 1].isOrganisation && view.isPossessive(maker - 1) ? view.items[maker - 1].entity : nil
            guard let buyer = possessor ?? view.subject(of: maker, in: makerClause, context: context), buyer != target else { continue }
            let held = StakeCandidate(holder: buyer, company: target, percent: nil, since: nil, sentence: view.sentence.index)
            // A deal another rule read for the same shares: "buy the shares in X" is all the rest of X.
            if let known = deals.firstIndex(where: { $0.target == target && $0.acquirer == buyer && $0.sentence == view.sentence.index }) {
                if deals[known].kind == .stake, deals[known].percent == nil, deals[known].resultingPercent == nil { deals[known].kind = .acquisition }
                return [held]
            }
            var deal = make(.acquisition, acquirer: buyer, seller: nil, target: target, trigger: maker, clause: makerClause, past: false)
            if bid, deal.status == .announced || deal.status == .completed { deal.status = .planned }
            deals.append(deal)
            return [held]
        }
        return []
    }
}
