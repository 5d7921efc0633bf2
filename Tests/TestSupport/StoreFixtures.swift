import NewsModel

/// Builds an article and the facts an extractor would return for it, with ranges computed from the
/// text, for store tests. Entity ids are article-local ("e1", "e2", …) as an extractor makes them.
///
/// ```swift
/// var fixture = ArticleFixture(id: "a1", paragraphs: ["Quillfeather Inc bought Marrowind."])
/// let buyer = fixture.entity("Quillfeather Inc", aliases: ["Quillfeather"])
/// let target = fixture.entity("Marrowind")
/// fixture.deal(.acquisition, acquirer: buyer, target: target, sentence: "Quillfeather Inc bought Marrowind.")
/// ```
public struct ArticleFixture: Sendable {
    /// The article.
    public var article: Article
    /// Its facts, with article-local entity ids.
    public var facts = ArticleFacts()

    /// An article in `language` with `paragraphs` and an optional ISO date.
    public init(
        id: String, title: String? = nil, paragraphs: [String], date: String? = nil,
        language: Language = .english, source: String? = "fixture"
    ) {
        article = Article(
            id: id, title: title ?? "Article \(id)", paragraphs: paragraphs, date: date, language: language,
            source: source)
    }

    /// The scalar range of the first occurrence of `text` in the article text (0..<0 when absent).
    public func range(of text: String) -> TextRange {
        let scalars = Array(article.text.unicodeScalars)
        let needle = Array(text.unicodeScalars)
        guard !needle.isEmpty, needle.count <= scalars.count else { return TextRange(start: 0, end: 0) }
        for start in 0...(scalars.count - needle.count) where Array(scalars[start..<start + needle.count]) == needle {
            return TextRange(start: start, end: start + needle.count)
        }
        return TextRange(start: 0, end: 0)
    }

    /// Evidence for a sentence of the article.
    public func evidence(_ sentence: String) -> Evidence {
        Evidence(articleID: article.id, sentence: sentence, range: range(of: sentence))
    }

    /// Adds an entity and, when its name occurs in the text, a mention of it; returns its reference.
    @discardableResult
    public mutating func entity(
        _ name: String, _ kind: EntityKind = .company, aliases: [String] = [], role: String? = nil,
        organization: EntityRef? = nil
    ) -> EntityRef {
        let id = "e\(facts.entities.count + 1)"
        facts.entities.append(
            Entity(id: id, name: name, kind: kind, aliases: aliases, role: role, organization: organization))
        let found = range(of: name)
        if found.length > 0 {
            facts.mentions.append(Mention(entity: id, articleID: article.id, range: found, sentence: found))
        }
        return EntityRef(id: id, name: name)
    }

    /// Adds a mention of `ref` at the first occurrence of `surface`.
    public mutating func mention(_ ref: EntityRef, at surface: String, sentence: String? = nil) {
        facts.mentions.append(
            Mention(
                entity: ref.id, articleID: article.id, range: range(of: surface),
                sentence: range(of: sentence ?? surface)))
    }

    /// Adds a deal stated by `sentence`.
    public mutating func deal(
        _ kind: DealKind, acquirer: EntityRef?, seller: EntityRef? = nil, target: EntityRef,
        percent: Double? = nil, price: Money? = nil, date: FactDate? = nil, status: DealStatus = .announced,
        sentence: String
    ) {
        facts.deals.append(
            Deal(
                kind: kind, acquirer: acquirer, seller: seller, target: target, percent: percent, price: price,
                date: date, status: status, evidence: evidence(sentence)))
    }

    /// Adds a stake stated by `sentence`.
    public mutating func stake(
        holder: EntityRef, company: EntityRef, percent: Double? = nil, since: FactDate? = nil,
        sentence: String
    ) {
        facts.stakes.append(
            Stake(holder: holder, company: company, percent: percent, since: since, evidence: evidence(sentence)))
    }

    /// Adds a quote of `text` (which must stand in `sentence`).
    public mutating func quote(
        _ text: String, speaker: EntityRef?, description: String? = nil, role: String? = nil,
        organization: EntityRef? = nil, direct: Bool = true, sentence: String
    ) {
        facts.quotes.append(
            Quote(
                speaker: speaker, speakerDescription: description, role: role, organization: organization,
                text: text, direct: direct, range: range(of: text), evidence: evidence(sentence)))
    }
}
