import NewsModel

/// "Y's X Co pipeline subsidiary", "its X Inc oil service unit": a unit named before one or two lower-case words
/// that say what it does, then the unit noun. The plain "its X unit" rule reads only capitalised words between
/// the name and the noun.
extension OwnershipRules {
    /// Pronouns that stand for the unit's holder.
    private static let holderPronouns: WordSet = ["its", "their"]

    /// The holding a described unit phrase states: the name before the describing words is the unit, the
    /// possessive name ("Y's") or the pronoun's party ("its") before it the holder. Not after a sale word in the
    /// clause ("completed the sale of its X steel unit": held before the sale, not after).
    func describedUnit(_ trigger: Int, _ clause: Range<Int>, _ context: RoleContext) -> StakeCandidate? {
        guard view.language == .english else { return nil }
        var name = trigger - 1
        var described = 0
        while described < 2, name > clause.lowerBound, isDescribingWord(name) {
            name -= 1
            described += 1
        }
        guard described > 0, name > clause.lowerBound else { return nil }
        // "its <X> pipeline unit".
        if view.word(name) == ">" { name = view.nameBefore(closing: name) }
        guard name > clause.lowerBound, view.items[name].isOrganisation, !view.isPossessive(name), let company = view.items[name].entity,
            !view.span(clause.lowerBound, trigger).contains(where: { view.isA(.sell, $0) || view.isA(.salenoun, $0) })
        else { return nil }
        var owner = name - 1
        if view.word(owner) == "<", owner > clause.lowerBound { owner -= 1 }
        let holder: EntityID?
        if Self.holderPronouns.contains(view.word(owner)), !view.items[owner].hasMention {
            holder = view.coordinatedOwner(ofPronoun: owner) ?? view.subject(of: owner, in: clause, context: context)
        } else if view.items[owner].isOrganisation, view.isPossessive(owner) {
            holder = view.items[owner].entity
        } else {
            holder = nil
        }
        guard let holder, holder != company else { return nil }
        return StakeCandidate(holder: holder, company: company, percent: nil, since: view.dates(in: clause).first { $0.isSince }?.date, sentence: view.sentence.index)
    }

    /// Whether the item is a describing word of a unit: a lower-case word of letters (a hyphen inside allowed)
    /// that is no mention and no word of the fact lexicon ("pipeline", "oil", "health", "broadcasting").
    private func isDescribingWord(_ index: Int) -> Bool {
        let item = view.items[index]
        guard !item.hasMention, item.mask == 0, !item.isTrigger else { return false }
        let text = view.tokens[item.tokens.lowerBound].text
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last, first != "-", last != "-" else { return false }
        return text.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || $0 == "-" }
    }
}
