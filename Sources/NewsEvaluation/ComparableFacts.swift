import NewsModel

/// The facts of one article in the form the scorer compares: gold annotations and extractor
/// output are both turned into it.
///
/// Names are kept as written (for reports); matching uses ``ScoringName`` keys.
public struct ComparableFacts: Sendable, Hashable {
    /// Companies, organisations and people (places are left out before scoring).
    public var entities: [ComparableEntity]
    /// Deals.
    public var deals: [ComparableDeal]
    /// Holdings.
    public var stakes: [ComparableStake]
    /// Quotes.
    public var quotes: [ComparableQuote]

    /// Creates a fact set; every list defaults to empty.
    public init(
        entities: [ComparableEntity] = [], deals: [ComparableDeal] = [], stakes: [ComparableStake] = [],
        quotes: [ComparableQuote] = []
    ) {
        self.entities = entities
        self.deals = deals
        self.stakes = stakes
        self.quotes = quotes
    }
}

/// The two kinds of entity the scorer tells apart: company and organization count as one.
public enum ScoredKind: String, Sendable, Hashable, CaseIterable {
    /// A company or an organisation.
    case organization
    /// A person.
    case person

    /// The scored kind of an entity kind; nil for places, which are not scored.
    public init?(_ kind: EntityKind) {
        switch kind {
        case .company, .organization: self = .organization
        case .person: self = .person
        case .place: return nil
        }
    }
}

/// An entity with all its names.
public struct ComparableEntity: Sendable, Hashable {
    /// The canonical name first, then the aliases.
    public var names: [String]
    /// Organisation or person.
    public var kind: ScoredKind
    /// The scoring keys of all names.
    public var keys: Set<String>

    /// Creates an entity from its canonical name and aliases.
    public init(names: [String], kind: ScoredKind) {
        self.names = names
        self.kind = kind
        self.keys = ScoringName.keys(names)
    }
}

/// A party of a deal, a holding or a quote: the entity it names, as the set of that entity's
/// name keys (so "Alibabas" as a deal party matches a gold "Alibaba" with that alias).
public struct ComparableParty: Sendable, Hashable {
    /// The name the fact uses.
    public var name: String
    /// The keys of every name of the entity it refers to (at least the name's own key).
    public var keys: Set<String>

    /// Creates a party; `otherNames` are the further names of the entity it refers to.
    public init(name: String, otherNames: [String] = []) {
        self.name = name
        self.keys = ScoringName.keys([name] + otherNames)
    }

    /// Whether the two parties name the same entity: some name key in common.
    public func matches(_ other: ComparableParty) -> Bool { !keys.isDisjoint(with: other.keys) }
}

/// A deal.
public struct ComparableDeal: Sendable, Hashable {
    /// acquisition, stake or merger.
    public var kind: DealKind
    /// The buyer.
    public var acquirer: ComparableParty?
    /// The seller (reported, not scored).
    public var seller: ComparableParty?
    /// What is bought.
    public var target: ComparableParty
    /// The percent acquired.
    public var percent: Double?

    /// Creates a deal.
    public init(
        kind: DealKind, acquirer: ComparableParty?, seller: ComparableParty? = nil, target: ComparableParty,
        percent: Double? = nil
    ) {
        self.kind = kind
        self.acquirer = acquirer
        self.seller = seller
        self.target = target
        self.percent = percent
    }
}

/// A holding.
public struct ComparableStake: Sendable, Hashable {
    /// Who owns.
    public var holder: ComparableParty
    /// What is owned.
    public var company: ComparableParty
    /// The percent held.
    public var percent: Double?

    /// Creates a holding.
    public init(holder: ComparableParty, company: ComparableParty, percent: Double? = nil) {
        self.holder = holder
        self.company = company
        self.percent = percent
    }
}

/// A quote.
public struct ComparableQuote: Sendable, Hashable {
    /// The speaker, if named.
    public var speaker: ComparableParty?
    /// True for words in quotation marks.
    public var direct: Bool
    /// The quoted words or reported clause.
    public var text: String
    /// The folded words of ``text``.
    public var words: [String]

    /// Creates a quote.
    public init(speaker: ComparableParty?, direct: Bool, text: String) {
        self.speaker = speaker
        self.direct = direct
        self.text = text
        self.words = QuoteWords.words(text)
    }
}

extension ComparableFacts {
    /// Only the entities of one kind, and no other facts: scoring these gives that kind's share
    /// of the entity counts exactly, since entities of different kinds never match.
    public func entities(of kind: ScoredKind) -> ComparableFacts {
        ComparableFacts(entities: entities.filter { $0.kind == kind })
    }
}
