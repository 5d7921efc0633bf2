import NewsModel

/// The buyer of a sale described as another company's unit: "agreed to sell its spirits division to X, a unit
/// of Y", "sold A to X, the Canadian subsidiary of Y": Y holds X. (The shared unit rule reads no unit in a clause
/// that sells, since the unit sold is held only until the sale; here the unit is the buyer.)
struct EnglishBuyerUnitForms: Sendable {
    let view: SentenceView

    /// The holding at the unit noun `trigger`, if it describes the buyer after "to" in a clause that sells.
    func stake(at trigger: Int, _ clause: Range<Int>) -> StakeCandidate? {
        guard view.language == .english, view.word(trigger + 1) == "of", !view.word(trigger).hasSuffix("s"), trigger + 2 < clause.upperBound,
            view.items[trigger + 2].isOrganisation, !view.isPossessive(trigger + 2), let holder = view.items[trigger + 2].entity
        else { return nil }
        // Back to the comma of the apposition over at most three describing words ("a", "the Canadian", "the brewing"; a
        // place may be one).
        var comma = trigger - 1
        while comma > clause.lowerBound, trigger - comma <= 4, view.word(comma) != ",", !view.items[comma].isOrganisation { comma -= 1 }
        guard view.word(comma) == ",", ["a", "an", "the"].contains(view.word(comma + 1)) else { return nil }
        var name = comma - 1
        if view.word(name) == ">", let open = view.span(max(clause.lowerBound, name - 5), name).last(where: { view.word($0) == "<" }) { name = open + 1 }
        guard name > clause.lowerBound, view.items[name].isOrganisation, !view.isPossessive(name), let company = view.items[name].entity, company != holder else { return nil }
        var before = name - 1
        if view.word(before) == "<" { before -= 1 }
        guard view.word(before) == "to", view.span(clause.lowerBound, before).contains(where: { view.isA(.sell, $0) || view.isA(.salenoun, $0) }) else { return nil }
        return StakeCandidate(holder: holder, company: company, percent: nil, since: nil, sentence: view.sentence.index)
    }
}
