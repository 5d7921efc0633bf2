import NewsModel

/// The cheap test that opens a sentence with no trigger word to the ownership rules: an organisation's
/// possessive right before another organisation's name ("Brixel Corp's Zentor Airways lost money",
/// "Brixel Inc <BRX>'s Zentor Airways"). English only; the rules then decide whether it states a holding.
enum PossessedCompanyPair {
    /// At most this many scalars between the possessor's name and the possessed name: "'s ", " <BRXL.N>'s ".
    private static let maximumGap = 16

    /// Whether two neighbouring organisation mentions of the sentence stand as "Y's X".
    static func present(_ mentions: ArraySlice<EntityMention>, in document: Document) -> Bool {
        guard document.language == .english, mentions.count >= 2 else { return false }
        for index in mentions.indices.dropLast() {
            let first = mentions[index]
            let second = mentions[index + 1]
            guard isOrganisation(first.kind), isOrganisation(second.kind), first.entity != second.entity,
                second.range.start > first.range.end, second.range.start - first.range.end <= maximumGap
            else { continue }
            let gap = document.slice(TextRange(start: first.range.end, end: second.range.start))
            if gap.hasSuffix("'s ") || gap.hasSuffix("’s ") || gap.hasSuffix("' ") || gap.hasSuffix("’ ") { return true }
        }
        return false
    }

    private static func isOrganisation(_ kind: EntityKind) -> Bool { kind == .company || kind == .organization }
}
