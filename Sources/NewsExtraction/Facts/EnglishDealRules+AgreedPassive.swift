import NewsModel

/// Two English deal frames with a pronoun or a missing party: "Y said X agreed to be acquired under a merger
/// agreement" (no "by" party: the company that reports the agreement buys), and "Y had no objection to its
/// notification that it may buy …" (the "it" is the notifier, not the consenting authority).
extension EnglishDealRules {
    /// Verbs of agreeing before "to be acquired".
    private static let agreeWords: WordSet = ["agreed", "agrees", "agree"]
    /// Verbs of reporting before the target's name.
    private static let reportWords: WordSet = ["said", "says"]
    /// Auxiliaries between the target's name and "agreed".
    private static let perfectWords: WordSet = ["has", "had", "have"]

    /// "Y said X (has) agreed to be acquired …" with no "by" after the verb: the reporting company Y buys X.
    /// A parent that reports its own unit's sale names the unit with "its", so the name must follow "said"
    /// (or "said that") directly. Returns nil for every other shape.
    func reportingBuyer(ofAgreedPassive trigger: Int, target: EntityID, _ clause: Range<Int>) -> EntityID? {
        guard view.word(trigger - 1) == "be", view.word(trigger - 2) == "to", Self.agreeWords.contains(view.word(trigger - 3)),
            !view.span(trigger + 1, view.items.count).contains(where: { view.word($0) == "by" }),
            let said = view.span(0, trigger - 3).last(where: { Self.reportWords.contains(view.word($0)) })
        else { return nil }
        var name = said + 1
        if view.word(name) == "that" { name += 1 }
        guard name < trigger - 3, view.items[name].entity == target, view.items[name].isOrganisation,
            view.span(name + 1, trigger - 3).allSatisfy({ Self.perfectWords.contains(view.word($0)) }),
            let speaker = view.span(0, said).first(where: { view.isSubjectCandidate($0) && view.items[$0].isOrganisation }),
            let buyer = view.items[speaker].entity, buyer != target
        else { return nil }
        return buyer
    }

    /// Words of an authority's consent: "had no objection to", "approved", "cleared".
    private static let consentWords: WordSet = ["objection", "objections", "objected", "approved", "approves", "cleared", "clears", "consented"]

    /// "Y had no objection to its notification that it may buy X": the buyer found for "it" is the authority
    /// that consents (Y), while "its … that it" speaks of the one that notified. True when the found buyer is
    /// named before a consent word that comes before "its …" and "that it" right before the verb.
    func isConsentingAuthority(_ acquirer: EntityID, before trigger: Int) -> Bool {
        guard let that = view.span(max(0, trigger - 5), trigger).last(where: { view.word($0) == "that" }), view.word(that + 1) == "it",
            let its = view.span(max(0, that - 6), that).last(where: { view.word($0) == "its" }),
            let consent = view.span(max(0, its - 6), its).last(where: { Self.consentWords.contains(view.word($0)) })
        else { return false }
        return view.span(max(0, consent - 6), consent).contains { view.items[$0].entity == acquirer }
    }
}
