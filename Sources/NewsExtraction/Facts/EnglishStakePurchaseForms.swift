import NewsModel

/// English stake purchases and bids that the verb rules miss: "paid 12 mln dlrs for 8.6 pct of X",
/// "a bid for the 70 pct it does not already hold in X", "the A/B merger talks"; and objects of a
/// purchase that are no company: "acquired 3 mln dlrs of 7-1/2 pct debentures of X", "will
/// acquire 15 X 767 planes".
extension EnglishDealRules {
    /// Verbs that pay for a part named after "for": "paid … for 8.6 pct of X".
    private static let payVerbs: WordSet = ["paid", "pay", "pays", "paying", "spent", "spend", "spends", "spending"]

    /// Verbs that hold what a bid leaves out: "the 70 pct it does not already hold".
    private static let holdVerbs: WordSet = ["hold", "own", "control", "have"]

    /// The deals and holdings of a clause stated by a percent after "for": a payment for a part of a
    /// company ("paid 12 mln dlrs for 8.6 pct of X") or a bid for the part a buyer does not yet hold
    /// ("a bid for the 70 pct it does not already hold in X": an acquisition, and the buyer holds the
    /// other 30 pct). `found` are the deals the clause already has.
    func percentForms(_ clause: Range<Int>, _ context: RoleContext, found: [DealCandidate]) -> (deals: [DealCandidate], stakes: [StakeCandidate]) {
        var deals: [DealCandidate] = []
        var stakes: [StakeCandidate] = []
        for entry in view.quantities where clause.contains(entry.item) {
            guard let percent = entry.quantity.percent, percent > 0, percent < 100 else { continue }
            let at = entry.item
            var before = at - 1
            if ["the", "about", "a", "some", "nearly", "almost", "approximately"].contains(view.word(before)) { before -= 1 }
            guard view.word(before) == "for" else { continue }
            if let rest = remainderBid(at: at, percent: percent, for: before, clause, context, found: found) {
                deals.append(rest.deal)
                stakes.append(rest.stake)
            } else if let deal = paidFor(at: at, percent: percent, for: before, clause, context, found: found) {
                deals.append(deal)
            }
        }
        return (deals, stakes)
    }

    /// "paid 12 mln dlrs for 8.6 pct of X", "spent 40 mln dlrs for about 5 pct of X's shares".
    private func paidFor(at: Int, percent: Double, for forIndex: Int, _ clause: Range<Int>, _ context: RoleContext, found: [DealCandidate]) -> DealCandidate? {
        guard let pay = view.span(max(clause.lowerBound, forIndex - 8), forIndex).last(where: { Self.payVerbs.contains(view.word($0)) }),
            !view.span(pay + 1, forIndex).contains(where: { view.items[$0].hasMention }),
            let target = partOf(after: at, upTo: min(clause.upperBound, at + 8)),
            !found.contains(where: { $0.target == target.entity })
        else { return nil }
        let buyer = view.subject(of: pay, in: clause, context: context)
        guard buyer != target.entity else { return nil }
        var deal = make(.stake, acquirer: buyer, seller: nil, target: target.entity, trigger: pay, clause: clause, past: ["paid", "spent"].contains(view.word(pay)))
        deal.percent = percent
        return deal
    }

    /// "made a bid for the 70 pct it does not already hold in X", "an offer for the 49 pct of X it
    /// does not own": an acquisition of X by the one that holds the rest.
    private func remainderBid(
        at: Int, percent: Double, for forIndex: Int, _ clause: Range<Int>, _ context: RoleContext, found: [DealCandidate]
    ) -> (deal: DealCandidate, stake: StakeCandidate)? {
        // The relative clause ("it does not already hold") may be a clause of its own: read the sentence.
        let sentence = 0..<view.items.count
        // A ticker or "that" after the name may stretch the phrase: "the 45 pct of X <XT> that it does not own".
        let limit = min(sentence.upperBound, at + 12)
        guard let not = view.span(at + 1, limit).first(where: { ["not", "n't"].contains(view.word($0)) }) else { return nil }
        var verb = not + 1
        if ["already", "yet"].contains(view.word(verb)) { verb += 1 }
        guard Self.holdVerbs.contains(view.word(verb)) || view.isA(.hold, verb),
            let target = partOf(after: at, upTo: min(sentence.upperBound, verb + 4)),
            not - at <= 8 || target.index < not && linksOnly(from: target.index + 1, to: not, target.entity),
            !found.contains(where: { $0.target == target.entity && $0.kind == .acquisition })
        else { return nil }
        // The verb or noun that makes the bid: "bid", "offer", "tender" before "for", or a buying verb.
        let maker = view.span(max(clause.lowerBound, forIndex - 8), forIndex).last { view.isA(.offernoun, $0) || view.isA(.buy, $0) || view.isA(.takeovernoun, $0) }
        // "Y's 70 dlrs per share tender offer for …": the possessor bids.
        let possessor = maker.flatMap { noun in
            view.span(max(clause.lowerBound, noun - 7), noun).last(where: { view.items[$0].isOrganisation && view.isPossessive($0) })
                .flatMap { owner in view.span(owner + 1, noun).allSatisfy({ view.quantity(at: $0) != nil || Self.bidPriceWords.contains(view.word($0)) }) ? owner : nil }
        }.flatMap { view.items[$0].entity }
        let buyer = possessor ?? view.subject(of: forIndex, in: clause, context: context)
        guard let buyer, buyer != target.entity else { return nil }
        var deal = make(.acquisition, acquirer: buyer, seller: nil, target: target.entity, trigger: maker ?? forIndex, clause: clause, past: false)
        if maker.map({ view.isA(.offernoun, $0) }) ?? true, deal.status == .announced || deal.status == .completed { deal.status = .planned }
        let held = StakeCandidate(holder: buyer, company: target.entity, percent: 100 - percent, since: nil, sentence: view.sentence.index)
        return (deal, held)
    }

    /// Words between a bidder's possessive and its bid noun: "Y's 70 dlrs per share tender offer".
    private static let bidPriceWords: WordSet = [
        "dlrs", "dlr", "dollars", "cents", "cts", "pence", "stg", "mln", "billion", "bln", "a", "per", "share", "cash", "tender", "hostile",
        "takeover", "agreed", "revised", "higher", "new", "-",
    ]

    /// Whether only a ticker in brackets, the company again and link words stand between the company of a remainder
    /// bid and its "not": "X <XT> that it does not own".
    private func linksOnly(from start: Int, to end: Int, _ company: EntityID) -> Bool {
        var bracket = false
        for index in start..<max(start, end) {
            let word = view.word(index)
            if word == "<" { bracket = true } else if word == ">" { bracket = false } else if !bracket, view.items[index].entity != company, !Self.remainderLinkWords.contains(word) { return false }
        }
        return !bracket
    }

    /// Words between the company of a remainder bid and its "not": "X <XT> that it does not own".
    private static let remainderLinkWords: WordSet = ["<", ">", "that", "which", "it", "he", "she", "they", "does", "do", "did"]

    /// Words between a percent and the company it is a part of: "8.6 pct of the outstanding common
    /// shares of X", "70 pct it does not already hold in X".
    private static let partWords: WordSet = [
        "pct", "percent", "%", "of", "in", "the", "its", "outstanding", "common", "shares", "stock", "voting", "it", "they", "does", "do",
        "did", "not", "n't", "already", "yet", "own", "hold", "control", "have", "has",
    ]

    /// The company a percent is a part of: the first organisation after it, with only part words
    /// between ("of", "in", "the outstanding shares of", "it does not already hold in").
    private func partOf(after at: Int, upTo limit: Int) -> (index: Int, entity: EntityID)? {
        var index = at + 1
        while index < limit {
            if view.items[index].isOrganisation, let entity = view.items[index].entity {
                return ["of", "in"].contains(view.word(index - 1)) || view.word(index - 1) == "the" && view.word(index - 2) == "of" ? (index, entity) : nil
            }
            guard Self.partWords.contains(view.word(index)) else { return nil }
            index += 1
        }
        return nil
    }

    /// "the A/B merger negotiations", "the A-B merger": two names joined by a slash before a merger noun.
    func slashMerger(_ trigger: Int, _ clause: Range<Int>) -> DealCandidate? {
        var second = trigger - 1
        if view.word(second) == ">", let open = view.tickerStart(before: trigger) { second = open - 1 }
        guard second - 2 >= clause.lowerBound, view.word(second - 1) == "/", view.items[second].isOrganisation, view.items[second - 2].isOrganisation,
            let a = view.items[second - 2].entity, let b = view.items[second].entity, a != b
        else { return nil }
        return make(.merger, acquirer: a, seller: nil, target: b, trigger: trigger, clause: clause, past: false)
    }
}

extension SentenceView {
    /// Debt securities: buying them lends to the issuer, it buys no part of it.
    static let debtNouns: WordSet = ["debentures", "debenture", "notes", "bonds", "eurobonds", "debt", "loans", "paper"]

    /// Words after a company's name that make the name part of a share phrase ("15 X common shares").
    private static let shareWords: WordSet = ["common", "stock", "voting", "preferred", "class", "series", "pct", "percent", "ordinary"]

    /// Whether what is bought between a buying verb and a named company is no part of the company:
    /// debt securities ("acquired 3 mln dlrs of 7-1/2 pct debentures of its X affiliate") or a count of
    /// products the company makes ("will acquire 15 X 767 planes").
    func buysNoCompany(from trigger: Int, target: Int) -> Bool {
        if span(trigger + 1, target).contains(where: { Self.debtNouns.contains(word($0)) }) { return true }
        // A plain count right before the name: "15 X planes", unless shares follow ("1.2 mln X shares").
        guard quantities.contains(where: { entry in
            guard entry.item == target - 1, case .plain = entry.quantity.kind else { return false }
            return true
        }) else { return false }
        var next = target + 1
        if word(next) == "<", let close = span(next, min(items.count, next + 5)).first(where: { word($0) == ">" }) { next = close + 1 }
        return !(isA(.sharenoun, next) || isA(.stakenoun, next) || Self.shareWords.contains(word(next)))
    }
}

extension SentenceView {
    /// Whether a share noun is the unit of a price: "46 dlrs a share", "per share".
    func isPerShare(_ index: Int) -> Bool { ["a", "per", "each"].contains(word(index - 1)) }

    /// Whether the word at an item is a past participle after which "have" is an auxiliary ("has
    /// received", "have agreed", "had bought"); "owned", "controlled" and "held" are holdings themselves.
    func isParticiple(_ index: Int) -> Bool {
        guard index < items.count, !items[index].hasMention else { return false }
        let word = word(index)
        if ["owned", "controlled", "held", "been"].contains(word) { return false }
        return word.hasSuffix("ed") || ["bought", "sold", "made", "taken", "given", "paid", "won", "become", "begun"].contains(word)
    }
}

extension SentenceView {
    /// Whether the name (lower case) goes on with "'s" right after the short form used in the text:
    /// "foster's group" and "foster" or "foster's", so that the "'s" of "Foster's" is the name's own.
    static func hasOwnPossessive(_ name: String, short: String) -> Bool {
        guard name.utf8.count > short.utf8.count, FactAffix.hasPrefix(name, short) else { return false }
        if FactAffix.isPlainASCII(name), FactAffix.isPlainASCII(short) {
            // Plain ASCII: no "’" can occur, and "'s" is compared on bytes.
            let stem = FactAffix.hasSuffix(short, "'s") ? String(short.dropLast(2)) : short
            return FactAffix.hasPrefix(name, stem + "'s")
        }
        let stem = short.hasSuffix("'s") || short.hasSuffix("’s") ? String(short.dropLast(2)) : short
        return name.hasPrefix(stem + "'s") || name.hasPrefix(stem + "’s")
    }
}
