import NewsModel

/// English holdings in the article's own company when a sentence names it only as "It" or "The company":
/// "It is 83 pct owned by Y", "The company, which is 70 pct owned by Y, said …", "It is a wholly owned
/// subsidiary of Y". The other passive and unit rules want the owned company named in the sentence; here the
/// sentence opens with the pronoun, so the owned company is the article's company (`RoleContext.topic`).
struct EnglishTopicOwnedForms: Sendable {
    let view: SentenceView

    /// Words that may stand between the copula and "owned", or between the article and the unit noun.
    private static let fillers: WordSet = [
        "now", "still", "also", "currently", "about", "approximately", "nearly", "almost", "some", "wholly", "majority", "jointly",
        "indirectly", "directly", "pct", "percent", "%", "owned", "wholly-owned", "majority-owned", "pct-owned", "percent-owned",
    ]
    private static let copulas: WordSet = ["is", "was"]

    /// The holding a sentence of these forms states, for the lead word at `trigger` ("owned" or a unit noun).
    func stake(at trigger: Int, _ context: RoleContext) -> StakeCandidate? {
        // The sentence opens with "It" or "The company" (the cheap test first: most sentences open otherwise).
        let first = view.word(0)
        guard first == "it" || first == "the", let company = context.topic else { return nil }
        var next = first == "the" ? 2 : 1
        guard !view.items[0].hasMention, first == "it" || view.word(1) == "company" && view.items.count > 2 && !view.items[1].hasMention else { return nil }
        // "The company, which is …".
        if view.word(next) == ",", view.word(next + 1) == "which" { next += 2 }
        guard Self.copulas.contains(view.word(next)), next < trigger else { return nil }
        let unit = view.word(trigger) != "owned"
        var position = next + 1
        if unit {
            // "a wholly owned subsidiary of Y", "a 51 pct owned unit of Y".
            guard ["a", "an"].contains(view.word(position)) else { return nil }
            position += 1
        }
        var wholly = false
        var percent: Double?
        while position < trigger {
            if let stated = view.quantity(at: position)?.percent {
                percent = stated
            } else if view.items[position].hasMention || !Self.fillers.contains(view.word(position)) {
                return nil
            }
            if view.word(position).hasPrefix("wholly") { wholly = true }
            position += 1
        }
        guard trigger - next <= 6, view.word(trigger + 1) == (unit ? "of" : "by"), trigger + 2 < view.items.count else { return nil }
        let owner = trigger + 2
        guard unit ? view.items[owner].isOrganisation : view.items[owner].isParty, !view.isPossessive(owner),
            let holder = view.items[owner].entity, holder != company
        else { return nil }
        return StakeCandidate(holder: holder, company: company, percent: wholly ? 100 : percent, since: nil, sentence: view.sentence.index)
    }
}
