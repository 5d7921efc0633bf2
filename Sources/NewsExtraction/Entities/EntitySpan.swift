import NewsModel

/// A recognised name in the token stream, before entities are grouped.
struct EntitySpan: Sendable {
    /// First token.
    var start: Int
    /// One past the last token.
    var end: Int
    var kind: EntityKind
    /// Where the name part stands (normalised scalar offsets).
    var nameStart: Int
    var nameEnd: Int
    /// How sure the rule is: 3 gazetteer or legal form, 2 context cue, 1 name shape only.
    var strength: Int
    /// The gazetteer's canonical name, grouping aliases such as "VW" and "Volkswagen".
    var canonical: String?
    /// A role word attached to the mention ("Gründer", "chief executive").
    var role: String?
    /// For people: the span of their organisation.
    var organization: Int?
    /// Whether the name is a derived form (genitive, compound head, surname alone) rather than a
    /// full stand-alone writing of the name.
    var derived: Bool = false
    /// A guess that counts only when a surer span has the same key ("3 Sterne" from
    /// "3 Sterne-Sprecherin" when "Sterne" is an ordinary word).
    var needsConfirmation: Bool = false
    /// The grouping key, set when spans are grouped into entities.
    var key: String = ""
    /// The rule family that found the span (for diagnostics).
    var rule: StaticString = ""
}
