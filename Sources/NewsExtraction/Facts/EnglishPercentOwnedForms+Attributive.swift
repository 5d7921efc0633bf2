import NewsModel

/// "its 63 pct-owned X", "its 70 pct owned <X> affiliate", "Y's <YT> 83 pct owned X unit", "results of 50 pct-owned X",
/// "Y said 58 pct-owned <X> agreed …": a percent-owned company named after the participle, held by the possessor
/// before the percent or, with none, by the sentence's first free organisation (the article's company when the
/// sentence names none before). `percentCompound` reads the forms whose possessor is the clause's subject; this
/// reads the rest.
extension EnglishPercentOwnedForms {
    /// Words that end the plain description between the participle and the name ("liquor producer X").
    private static let descriptionStops: WordSet = [
        "by", "and", "or", "of", "in", "to", "for", "from", "with", "at", "on", "is", "was", "are", "were", "said", "has", "have", "had",
        "will", "would", "a", "an",
    ]

    /// Words before the percent that name or point to a holder the rule cannot read: articles, demonstratives and
    /// genitives ("the 40 pct-owned X", "Dome's 23 pct-owned X").
    private static func ownerLike(_ word: String) -> Bool {
        ["the", "a", "an", "this", "that", "his", "her"].contains(word) || word.hasSuffix("'s") || word.hasSuffix("’s") || word.hasSuffix("'")
    }

    /// The holding of an attributive percent-owned phrase whose participle is at `trigger` and percent at `number`.
    func attributiveHolding(_ trigger: Int, number: Int, _ context: RoleContext) -> StakeCandidate? {
        guard number >= 0, view.word(trigger + 1) != "by", let percent = view.quantity(at: number)?.percent else { return nil }
        // The company: after up to two plain lower-case words, or a ticker bracket.
        var next = trigger + 1
        while next < view.items.count, next - trigger <= 2, !view.items[next].hasMention, !Self.descriptionStops.contains(view.word(next)),
            let first = view.tokens[view.items[next].tokens.lowerBound].text.unicodeScalars.first, first.properties.isLowercase
        {
            next += 1
        }
        if view.word(next) == "<" { next += 1 }
        guard next < view.items.count, view.items[next].isOrganisation, !view.isPossessive(next), let company = view.items[next].entity else { return nil }
        let possessor = number - 1
        var holder: EntityID?
        if ["its", "their"].contains(view.word(possessor)), !view.items[possessor].hasMention {
            holder = context.resolve(pronoun: possessor, before: view.items[possessor].tokens.lowerBound, in: view)
        } else if possessor >= 0, view.items[possessor].isOrganisation, view.isPossessive(possessor) {
            holder = view.items[possessor].entity
        } else if view.word(possessor) == ">" {
            // "Y's <YT> 83 pct owned X".
            let name = view.nameBefore(closing: possessor)
            if name >= 0, name < possessor, view.items[name].isOrganisation, view.isPossessive(name) { holder = view.items[name].entity }
        } else if possessor < 0 || !view.items[possessor].hasMention && !Self.ownerLike(view.word(possessor)) {
            // No possessor: the sentence's first free organisation, when the sentence buys or sells nothing before
            // ("agreed to buy 40 pct-owned X" names no holder). An article or an unknown genitive ("Dome's 23
            // pct-owned X" with "Dome" no name here) leaves the holder open.
            guard !view.span(0, number).contains(where: { view.isA(.buy, $0) || view.isA(.sell, $0) || view.isA(.salenoun, $0) || view.isA(.takeovernoun, $0) || view.isA(.offernoun, $0) })
            else { return nil }
            holder = view.span(0, number).first(where: { view.isSubjectCandidate($0) && view.items[$0].isOrganisation && view.items[$0].entity != company })
                .flatMap { view.items[$0].entity } ?? context.topic
        }
        guard let holder, holder != company, !view.items.contains(where: { $0.entity == holder && $0.mention?.kind == .person }) else { return nil }
        return StakeCandidate(holder: holder, company: company, percent: percent > 0 && percent <= 100 ? percent : nil, since: nil, sentence: view.sentence.index)
    }
}
