import NewsModel

extension OwnershipRules {
    /// "X said Y, which owns a 57 pct interest in the company, …": "the company" as the held company is the
    /// organisation that speaks before "said" in the sentence. (The article's company was tried and was wrong in
    /// all three corpus sentences it changed: "the company" there was named in a later or earlier sentence.)
    /// English only; "the company" must end the phrase.
    func companyHeld(after trigger: Int, _ clause: Range<Int>, holder: EntityID) -> EntityID? {
        guard view.language == .english,
            let the = view.span(trigger + 1, min(clause.upperBound, trigger + 7)).first(where: { view.word($0) == "the" && view.word($0 + 1) == "company" }),
            ["in", "of"].contains(view.word(the - 1)), OwnershipRules.phraseEnds.contains(view.word(the + 2)),
            !view.span(trigger + 1, the).contains(where: { view.items[$0].hasMention })
        else { return nil }
        guard let said = view.span(0, trigger).first(where: { ["said", "says"].contains(view.word($0)) }),
            let speaker = view.span(0, said).first(where: { view.isSubjectCandidate($0) && view.items[$0].isOrganisation })
        else { return nil }
        return view.items[speaker].entity
    }
}
