import NewsModel

extension ComparableFacts {
    /// The extractor's output in comparable form. Places are left out; a fact's party carries
    /// all names of the entity its reference points to (by id, else by name).
    public init(_ facts: ArticleFacts) {
        var byID: [EntityID: Entity] = [:]
        for entity in facts.entities where byID[entity.id] == nil { byID[entity.id] = entity }
        func party(_ ref: EntityRef) -> ComparableParty {
            ComparableParty(name: ref.name, otherNames: byID[ref.id]?.allNames ?? [])
        }
        self.init(
            entities: facts.entities.compactMap { entity in
                ScoredKind(entity.kind).map { ComparableEntity(names: entity.allNames, kind: $0) }
            },
            deals: facts.deals.map { deal in
                ComparableDeal(
                    kind: deal.kind, acquirer: deal.acquirer.map(party), seller: deal.seller.map(party),
                    target: party(deal.target), percent: deal.percent)
            },
            stakes: facts.stakes.map { ComparableStake(holder: party($0.holder), company: party($0.company), percent: $0.percent) },
            quotes: facts.quotes.map { ComparableQuote(speaker: $0.speaker.map(party), direct: $0.direct, text: $0.text) })
    }
}
