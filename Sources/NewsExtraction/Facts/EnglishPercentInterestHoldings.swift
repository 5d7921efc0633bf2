import NewsModel

/// English holdings named by "interest" or "share" after a percent, which the stake rules (read at "stake" and
/// "holding") leave out: "its 14 pct interest in X", "Y's 50 pct share of X", "Y will retain a 45 pct interest in
/// X", "Y received a 37 pct interest in X". A holding sold, bought or swapped in the same clause is none of these.
enum EnglishPercentInterestHoldings {
    /// The nouns read here.
    private static let nouns: WordSet = ["interest", "interests", "share"]
    /// Verbs whose subject keeps or gets the holding named after them: "will retain a 45 pct interest in X".
    private static let keepVerbs: WordSet = ["retain", "retains", "retained", "retaining", "keep", "keeps", "kept", "received", "receives", "receive"]
    /// Words of a clause that move the holding elsewhere.
    private static let transferWords: WordSet = ["swap", "exchange", "transfer", "transferred", "spin", "spun", "sell", "sold", "selling", "sale"]

    /// The holdings the sentence states.
    static func stakes(_ view: SentenceView, context: RoleContext) -> [StakeCandidate] {
        guard view.language == .english, !view.quantities.isEmpty else { return [] }
        var result: [StakeCandidate] = []
        for entry in view.quantities {
            guard let percent = entry.quantity.percent, percent > 0, percent < 100,
                let noun = view.span(entry.item + 1, min(view.items.count, entry.item + 4)).first(where: { nouns.contains(view.word($0)) && !view.items[$0].hasMention }),
                view.span(entry.item + 1, noun).allSatisfy({ ["pct", "percent", "%", "-", "equity"].contains(view.word($0)) }),
                let company = company(after: noun, view)
            else { continue }
            let clause = view.clause(of: entry.item)
            if view.span(clause.lowerBound, entry.item).contains(where: { transferWords.contains(view.word($0)) || view.isA(.sell, $0) || view.isA(.buy, $0) || view.isA(.takeovernoun, $0) || view.isA(.salenoun, $0) }) {
                continue
            }
            guard let holder = holder(before: entry.item, clause, view, context), holder != company else { continue }
            result.append(StakeCandidate(holder: holder, company: company, percent: percent, since: nil, sentence: view.sentence.index))
        }
        return result
    }

    /// The organisation right after "in" or "of" that follows the noun ("interest in the X" too); "interest rate"
    /// and other compounds name none.
    private static func company(after noun: Int, _ view: SentenceView) -> EntityID? {
        guard ["in", "of"].contains(view.word(noun + 1)) else { return nil }
        var name = noun + 2
        if ["the", "<"].contains(view.word(name)) { name += 1 }
        guard name < view.items.count, view.items[name].isOrganisation, !view.isPossessive(name) else { return nil }
        return view.items[name].entity
    }

    /// Who holds: "its"/"their" (the clause's subject), a possessive name, or the subject of a verb of keeping
    /// or receiving right before "a"/"an".
    private static func holder(before start: Int, _ clause: Range<Int>, _ view: SentenceView, _ context: RoleContext) -> EntityID? {
        let before = start - 1
        let word = view.word(before)
        if word == "its" || word == "their" {
            return view.subject(of: before, in: clause, context: context)
        }
        if before >= clause.lowerBound, view.items[before].isParty, view.isPossessive(before) {
            return view.items[before].entity
        }
        if word == "a" || word == "an", keepVerbs.contains(view.word(before - 1)) {
            return view.subject(of: before - 1, in: clause, context: context)
        }
        return nil
    }
}
