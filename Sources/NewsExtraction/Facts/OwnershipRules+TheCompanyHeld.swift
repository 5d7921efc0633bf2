import NewsModel

extension OwnershipRules {
    /// "Y, which owns a 57 pct interest in the company, …", "Y holds 20 pct of the company.": "the company" as the
    /// held company is the article's company, or else the organisation that speaks before "said" in the sentence
    /// ("X said Y, which owns … in the company, …"). English only; "the company" must end the phrase.
    func companyHeld(after trigger: Int, _ clause: Range<Int>, _ context: RoleContext, holder: EntityID) -> EntityID? {
        guard view.language == .english,
            let the = view.span(trigger + 1, min(clause.upperBound, trigger + 7)).first(where: { view.word($0) == "the" && view.word($0 + 1) == "company" }),
            ["in", "of"].contains(view.word(the - 1)), OwnershipRules.phraseEnds.contains(view.word(the + 2)),
            !view.span(trigger + 1, the).contains(where: { view.items[$0].hasMention })
        else { return nil }
        if let topic = context.topic, topic != holder { return topic }
        guard let said = view.span(0, trigger).first(where: { ["said", "says"].contains(view.word($0)) }),
            let speaker = view.span(0, said).first(where: { view.isSubjectCandidate($0) && view.items[$0].isOrganisation })
        else { return nil }
        return view.items[speaker].entity
    }
}
