import NewsModel

/// One unit of a sentence as the deal rules read it: a token, or a whole entity mention.
struct ClauseItem: Sendable, Hashable {
    /// The tokens it covers.
    var tokens: Range<Int>
    /// The lower-case text of a token, or of the mention's surface.
    var lower: String
    /// The mention, for entity items.
    var mention: EntityMention?
    /// The word's lexicon classes (bits of ``FactWordClass``); 0 for mentions.
    var mask: UInt32 = 0
    /// For mentions inside a longer token, the lower-case rest of the token ("-tochter", "'s", "s").
    var suffix: String = ""
    /// Whether the word is one of the lexicon's trigger words (`FactLexicon.Words.triggers`); false for mentions.
    var isTrigger = false

    /// Whether this item is a mention (read in place, without copying the mention).
    var hasMention: Bool {
        if case .some = mention { return true }
        return false
    }

    /// Whether this item is a mention of a company or organisation.
    var isOrganisation: Bool {
        guard let mention, isWholeName else { return false }
        return mention.kind == .company || mention.kind == .organization
    }
    /// Whether this item is a mention of a company, organisation or person (a possible buyer or holder).
    var isParty: Bool { isWholeName && (mention.map { $0.kind != .place } ?? false) }

    /// Whether the mention names the entity itself, not a thing of it: "X-Werk", "X-Chef" and "X-Aktie"
    /// are not X, while "X-Konzern" and "X-Gruppe" are.
    var isWholeName: Bool {
        // Most items have no suffix: `isEmpty` answers without comparing strings.
        guard !suffix.isEmpty, suffix.hasPrefix("-") || suffix.hasPrefix("‐") else { return true }
        let rest = suffix.dropFirst()
        return Self.groupWords.contains(where: { rest.hasPrefix($0) })
    }

    private static let groupWords = ["konzern", "gruppe", "group", "holding", "unternehmen", "mutter", "firma", "bank"]
    /// The entity id of a mention.
    var entity: EntityID? { mention?.entity }
}
