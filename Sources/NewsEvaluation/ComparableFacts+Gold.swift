import NewsModel

extension GoldArticle {
    /// The required facts, in comparable form.
    public var required: ComparableFacts {
        comparable(entities: entities, deals: deals, stakes: stakes, quotes: quotes)
    }

    /// The optional facts (neither rewarded nor punished), in comparable form.
    public var optional: ComparableFacts {
        comparable(entities: optionalEntities, deals: optionalDeals, stakes: optionalStakes, quotes: optionalQuotes)
    }

    private func comparable(
        entities: [GoldEntity], deals: [GoldDeal], stakes: [GoldStake], quotes: [GoldQuote]
    ) -> ComparableFacts {
        ComparableFacts(
            entities: entities.compactMap { entity in
                ScoredKind(entity.kind).map { ComparableEntity(names: [entity.name] + entity.aliases, kind: $0) }
            },
            deals: deals.map { deal in
                ComparableDeal(
                    kind: deal.kind, acquirer: deal.acquirer.map(party), seller: deal.seller.map(party),
                    target: party(deal.target), percent: deal.percent)
            },
            stakes: stakes.map { ComparableStake(holder: party($0.holder), company: party($0.company), percent: $0.percent) },
            quotes: quotes.map { ComparableQuote(speaker: $0.speaker.map(party), direct: $0.direct, text: $0.text) })
    }

    /// A party by name, with the aliases of the gold entity of that name (canonical names first,
    /// then aliases, over required and optional entities).
    func party(_ name: String) -> ComparableParty {
        let key = ScoringName.key(name)
        let all = entities + optionalEntities
        let entity = all.first { ScoringName.key($0.name) == key }
            ?? all.first { ScoringName.keys($0.aliases).contains(key) }
        return ComparableParty(name: name, otherNames: entity.map { [$0.name] + $0.aliases } ?? [])
    }
}
