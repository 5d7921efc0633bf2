import NewsModel

/// "X said the management group led by Y intends to revise its proposal to acquire X": the unnamed group's
/// "its" is the group, and a group led by a named person is given that person.
extension EnglishDealRules {
    /// The party a group before the verb at `trigger` is "led by", when a pronoun between that name and the verb
    /// stands for the group.
    func ledGroupBuyer(before trigger: Int, _ clause: Range<Int>) -> EntityID? {
        guard let by = view.span(clause.lowerBound, trigger).last(where: { view.word($0) == "by" && view.word($0 - 1) == "led" }),
            let leader = view.span(by + 1, min(trigger, by + 6)).first(where: { view.items[$0].hasMention }),
            view.items[leader].isParty, !view.isPossessive(leader),
            view.span(leader + 1, trigger).contains(where: { ["its", "their", "it", "they"].contains(view.word($0)) && !view.items[$0].hasMention }),
            !view.span(leader + 1, trigger).contains(where: { view.items[$0].hasMention || ["said", "says", "told"].contains(view.word($0)) })
        else { return nil }
        return view.items[leader].entity
    }
}
