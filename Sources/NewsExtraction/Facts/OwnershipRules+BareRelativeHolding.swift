import NewsModel

/// "<X> in which it has a 41 pct interest", "X - in which Y owns a 44 pct stake -": the relative "in which"
/// right after the held company's name, with no comma between them (a dash, or nothing at all), which the
/// comma-led relative rule does not read.
extension OwnershipRules {
    /// Dashes that may open the relative clause after the name.
    private static let relativeDashes: WordSet = ["-", "–", "—", "--"]

    /// The company named right before "in which" / "of which" when that relative opens the clause of the holding
    /// verb at `trigger`, no comma between the relative and the verb. Without a comma the name must be marked off
    /// otherwise: a dash before the relative, or the wire's angle brackets around the name ("<X> in which"), so that
    /// a place the recogniser took for a company ("a project in northern X in which …") does not count. The holder
    /// must be named: a pronoun right after the relative is left to the comma-led rule. Only English, only
    /// organisations that are not possessives ("Y's unit in which …").
    func bareRelativeAntecedent(before trigger: Int, _ clause: Range<Int>) -> (entity: EntityID, relative: Int)? {
        guard view.language == .english,
            let relative = view.span(max(1, trigger - 6), trigger).last(where: { view.word($0) == "which" }),
            ["in", "of"].contains(view.word(relative - 1)), relative + 1 < trigger, !view.isPronoun(relative + 1),
            !view.span(relative + 1, trigger).contains(where: { view.word($0) == "," || Self.relativeDashes.contains(view.word($0)) })
        else { return nil }
        var name = relative - 2
        let dashed = name >= 0 && Self.relativeDashes.contains(view.word(name))
        if dashed { name -= 1 }
        let bracketed = name >= 0 && view.word(name) == ">"
        if bracketed { name = view.nameBefore(closing: name) }
        guard dashed || bracketed, name >= 0, view.items[name].isOrganisation, !view.isPossessive(name), let entity = view.items[name].entity else { return nil }
        return (entity, relative)
    }
}
