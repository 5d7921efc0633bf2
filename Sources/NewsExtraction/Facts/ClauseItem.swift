import NewsModel

/// One unit of a sentence as the deal rules read it: a token, or a whole entity mention.
struct ClauseItem: Sendable, Hashable {
    /// The tokens it covers.
    var tokens: Range<Int>
    /// The lower-case text of a token, or of the mention's surface.
    var lower: String
    /// The mention, for entity items.
    var mention: EntityMention?
    /// For mentions inside a longer token, the lower-case rest of the token ("-tochter", "'s", "s").
    var suffix: String = ""

    /// Whether this item is a mention of a company or organisation.
    var isOrganisation: Bool { mention.map { $0.kind == .company || $0.kind == .organization } ?? false }
    /// Whether this item is a mention of a company, organisation or person (a possible buyer or holder).
    var isParty: Bool { mention.map { $0.kind != .place } ?? false }
    /// The entity id of a mention.
    var entity: EntityID? { mention?.entity }
}
