/// What an entity is. Places are recognised but not shown as companies or people.
public enum EntityKind: String, Sendable, Hashable, Codable, CaseIterable {
    case company, person, organization, place
}

/// An opaque, stable identifier of an entity. The extractor proposes one per article; the store
/// maps it to the corpus-wide identity of the same real company or person.
public typealias EntityID = String

/// A company, person, organisation or place, with every spelling it was seen under.
public struct Entity: Sendable, Hashable, Codable, Identifiable {
    public var id: EntityID
    /// The fullest proper form, e.g. "Alibaba Group" or "Jack Ma".
    public var name: String
    public var kind: EntityKind
    /// Every other surface form: short forms, genitives, compounds ("Alibabas", "Alibaba-Ableger").
    public var aliases: [String]
    /// For people: the role as stated ("Gründer", "chief executive", "Sprecherin").
    public var role: String?
    /// For people: the organisation they speak or work for.
    public var organization: EntityRef?

    public init(
        id: EntityID, name: String, kind: EntityKind, aliases: [String] = [], role: String? = nil,
        organization: EntityRef? = nil
    ) {
        self.id = id
        self.name = name
        self.kind = kind
        self.aliases = aliases
        self.role = role
        self.organization = organization
    }

    /// The name and all aliases.
    public var allNames: [String] { [name] + aliases }
}

/// A reference from a fact to an entity, carrying its canonical name so that readers of a fact
/// need no second lookup.
public struct EntityRef: Sendable, Hashable, Codable {
    public var id: EntityID
    public var name: String

    public init(id: EntityID, name: String) {
        self.id = id
        self.name = name
    }
}

/// One occurrence of an entity in an article.
public struct Mention: Sendable, Hashable, Codable {
    public var entity: EntityID
    public var articleID: String
    /// Where the surface form stands in the article text.
    public var range: TextRange
    /// The sentence around it.
    public var sentence: TextRange

    public init(entity: EntityID, articleID: String, range: TextRange, sentence: TextRange) {
        self.entity = entity
        self.articleID = articleID
        self.range = range
        self.sentence = sentence
    }
}
