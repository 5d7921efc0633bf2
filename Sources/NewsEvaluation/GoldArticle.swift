import NewsModel

/// One hand-annotated article of the gold set, in the shape of `docs/annotation-guide.md`.
///
/// Unknown keys (`notes`, a stake's `since`) are ignored; every list may be missing.
public struct GoldArticle: Sendable, Hashable, Codable {
    /// The article id, as in the corpus.
    public var article: String
    /// The article's language.
    public var language: Language
    /// Companies, organisations and people the article names.
    public var entities: [GoldEntity]
    /// Deals that must be found.
    public var deals: [GoldDeal]
    /// Holdings that must be found.
    public var stakes: [GoldStake]
    /// Quotes that must be found.
    public var quotes: [GoldQuote]
    /// Entities that may be reported but are not required (not in the guide; accepted if present).
    public var optionalEntities: [GoldEntity]
    /// Deals that may be reported but are not required.
    public var optionalDeals: [GoldDeal]
    /// Holdings that may be reported but are not required.
    public var optionalStakes: [GoldStake]
    /// Quotes that may be reported but are not required.
    public var optionalQuotes: [GoldQuote]

    /// Creates a gold article; every list defaults to empty.
    public init(
        article: String, language: Language, entities: [GoldEntity] = [], deals: [GoldDeal] = [],
        stakes: [GoldStake] = [], quotes: [GoldQuote] = [], optionalEntities: [GoldEntity] = [],
        optionalDeals: [GoldDeal] = [], optionalStakes: [GoldStake] = [], optionalQuotes: [GoldQuote] = []
    ) {
        self.article = article
        self.language = language
        self.entities = entities
        self.deals = deals
        self.stakes = stakes
        self.quotes = quotes
        self.optionalEntities = optionalEntities
        self.optionalDeals = optionalDeals
        self.optionalStakes = optionalStakes
        self.optionalQuotes = optionalQuotes
    }

    enum CodingKeys: String, CodingKey {
        case article, language, entities, deals, stakes, quotes
        case optionalEntities = "optional_entities"
        case optionalDeals = "optional_deals"
        case optionalStakes = "optional_stakes"
        case optionalQuotes = "optional_quotes"
    }

    /// Decodes a gold file; missing lists become empty lists.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        article = try container.decode(String.self, forKey: .article)
        language = try container.decode(Language.self, forKey: .language)
        entities = try container.decodeIfPresent([GoldEntity].self, forKey: .entities) ?? []
        deals = try container.decodeIfPresent([GoldDeal].self, forKey: .deals) ?? []
        stakes = try container.decodeIfPresent([GoldStake].self, forKey: .stakes) ?? []
        quotes = try container.decodeIfPresent([GoldQuote].self, forKey: .quotes) ?? []
        optionalEntities = try container.decodeIfPresent([GoldEntity].self, forKey: .optionalEntities) ?? []
        optionalDeals = try container.decodeIfPresent([GoldDeal].self, forKey: .optionalDeals) ?? []
        optionalStakes = try container.decodeIfPresent([GoldStake].self, forKey: .optionalStakes) ?? []
        optionalQuotes = try container.decodeIfPresent([GoldQuote].self, forKey: .optionalQuotes) ?? []
    }
}

/// A gold entity: canonical name, kind and every other surface form.
public struct GoldEntity: Sendable, Hashable, Codable {
    /// The fullest proper form used in the article.
    public var name: String
    /// "company", "organization" or "person" (a "place" is accepted and not scored).
    public var kind: EntityKind
    /// Every other surface form the article uses.
    public var aliases: [String]

    /// Creates a gold entity.
    public init(name: String, kind: EntityKind, aliases: [String] = []) {
        self.name = name
        self.kind = kind
        self.aliases = aliases
    }

    enum CodingKeys: String, CodingKey { case name, kind, aliases }

    /// Decodes an entity; missing aliases become an empty list.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decode(String.self, forKey: .name)
        kind = try container.decode(EntityKind.self, forKey: .kind)
        aliases = try container.decodeIfPresent([String].self, forKey: .aliases) ?? []
    }
}

/// A gold deal; party names are `name`s of gold entities.
public struct GoldDeal: Sendable, Hashable, Codable {
    /// acquisition, stake or merger.
    public var kind: DealKind
    /// The buyer, if the article says.
    public var acquirer: String?
    /// The seller, if the article says (not scored).
    public var seller: String?
    /// What is bought.
    public var target: String
    /// The percent acquired, if stated.
    public var percent: Double?

    /// Creates a gold deal.
    public init(kind: DealKind, acquirer: String?, seller: String? = nil, target: String, percent: Double? = nil) {
        self.kind = kind
        self.acquirer = acquirer
        self.seller = seller
        self.target = target
        self.percent = percent
    }
}

/// A gold holding: `holder` owns `percent` of `company`.
public struct GoldStake: Sendable, Hashable, Codable {
    /// Who owns.
    public var holder: String
    /// What is owned.
    public var company: String
    /// The percent held, if stated.
    public var percent: Double?

    /// Creates a gold holding.
    public init(holder: String, company: String, percent: Double? = nil) {
        self.holder = holder
        self.company = company
        self.percent = percent
    }
}

/// A gold quote.
public struct GoldQuote: Sendable, Hashable, Codable {
    /// The speaker's entity name; nil for unnamed sources.
    public var speaker: String?
    /// True for words in quotation marks.
    public var direct: Bool
    /// The quoted words or the reported content clause.
    public var text: String

    /// Creates a gold quote.
    public init(speaker: String?, direct: Bool, text: String) {
        self.speaker = speaker
        self.direct = direct
        self.text = text
    }
}
