import NewsModel

/// The entities of one article and where each is mentioned: what the fact rules work from.
public struct EntityTable: Sendable {
    /// Entities with article-local ids.
    public var entities: [Entity]
    /// Mentions sorted by position (normalised offsets of the ``Document``).
    public var mentions: [EntityMention]

    public init(entities: [Entity] = [], mentions: [EntityMention] = []) {
        self.entities = entities
        self.mentions = mentions.sorted { $0.range < $1.range }
    }

    /// The entity with this id.
    public func entity(_ id: EntityID) -> Entity? { entities.first { $0.id == id } }

    /// A reference to an entity, with its canonical name.
    public func ref(_ id: EntityID) -> EntityRef? { entity(id).map { EntityRef(id: $0.id, name: $0.name) } }

    /// The mentions inside a sentence, in order.
    public func mentions(inSentence index: Int) -> [EntityMention] { mentions.filter { $0.sentence == index } }

    /// The mention covering a normalised offset, if any.
    public func mention(at offset: Int) -> EntityMention? {
        mentions.first { $0.range.start <= offset && offset < $0.range.end }
    }
}

/// One occurrence of an entity in a ``Document``.
public struct EntityMention: Sendable, Hashable {
    public var entity: EntityID
    public var kind: EntityKind
    /// Where the name part stands (normalised offsets): "Alibaba" in "Alibaba-Gründer".
    public var range: TextRange
    /// The whole token it came from, when larger: "Alibaba-Gründer".
    public var tokenRange: TextRange
    public var sentence: Int
    /// The surface form as written.
    public var surface: String
    /// A role word attached to it: "Gründer" in "Alibaba-Gründer Jack Ma", "Sprecherin", "chief executive".
    public var role: String?

    public init(
        entity: EntityID, kind: EntityKind, range: TextRange, tokenRange: TextRange? = nil, sentence: Int,
        surface: String, role: String? = nil
    ) {
        self.entity = entity
        self.kind = kind
        self.range = range
        self.tokenRange = tokenRange ?? range
        self.sentence = sentence
        self.surface = surface
        self.role = role
    }
}
