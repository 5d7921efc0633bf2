import NewsModel

/// "Die Y ist über ihre Tochter Z an X beteiligt": Z holds X directly (the participation rule's answer), and
/// Y, which holds Z, holds X through it. This adds Y's holding, with the same percent.
extension OwnershipRules {
    /// Possessive pronouns and unit nouns that mark the party after "über" as the subject's own unit.
    private static let ownUnitWords: WordSet = [
        "ihre", "ihren", "ihrer", "seine", "seinen", "seiner", "deren", "dessen",
    ]

    /// The subject's indirect holding for a direct one found through "über": only when the words between
    /// "über" and the party make it the subject's unit ("über ihre Tochter Z", "über die Tochter Z",
    /// "über seine Beteiligungsfirma Z"). Nil for "über die Z" alone, for places and for the parties themselves.
    func germanIndirectHolding(_ direct: StakeCandidate, _ trigger: Int, _ clause: Range<Int>, _ context: RoleContext) -> StakeCandidate? {
        guard view.language == .german,
            let through = clause.first(where: { view.items[$0].entity == direct.holder && view.preposition(before: $0) == "über" }),
            let over = view.span(max(clause.lowerBound, through - 5), through).last(where: { view.word($0) == "über" }),
            view.span(over + 1, through).contains(where: { Self.ownUnitWords.contains(view.word($0)) || view.isA(.unitnoun, $0) }),
            let subject = view.subject(of: trigger, in: clause, context: context),
            subject != direct.holder, subject != direct.company, !subject.hasPrefix("place:")
        else { return nil }
        return StakeCandidate(holder: subject, company: direct.company, percent: direct.percent, since: direct.since, sentence: direct.sentence)
    }
}
