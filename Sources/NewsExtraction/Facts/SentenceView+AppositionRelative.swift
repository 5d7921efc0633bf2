import NewsModel

extension SentenceView {
    /// Holding verbs right after the relative pronoun of an apposition.
    private static let appositionHoldingVerbs: WordSet = ["owns", "holds", "own", "hold", "controls", "control"]
    /// Articles that open the apposition after the name's comma.
    private static let appositionArticles: WordSet = ["a", "an", "the"]

    /// "X, a U.K. maritime firm which owns 60 pct of Y", "X, a Dutch corporation that owns 54.3 pct of Y": a
    /// "which"/"that" after an apposition of at most six words (an article after the comma, no other comma and no
    /// name but places in it) makes the name before the apposition the subject of the holding verb right after
    /// the pronoun, even where a preposition governs the name ("owned by X, a … firm which owns …"). English only;
    /// the name must be an organisation, no genitive, and not the second of two joined owners.
    func appositionRelativeAntecedent(_ index: Int) -> EntityID? {
        guard language == .english, ["which", "that"].contains(items[index].lower), !items[index].hasMention,
            Self.appositionHoldingVerbs.contains(word(index + 1)), index >= 1, !items[index - 1].hasMention
        else { return nil }
        var article = index - 1
        while article > 0, index - article <= 6, !Self.appositionArticles.contains(word(article)) {
            if word(article) == "," { return nil }
            if let mention = items[article].mention, mention.kind != .place { return nil }
            article -= 1
        }
        guard article >= 2, Self.appositionArticles.contains(word(article)), article < index - 1, word(article - 1) == "," else { return nil }
        var name = article - 2
        if word(name) == ">" || word(name) == ")", let open = span(max(0, name - 4), name).last(where: { word($0) == "<" || word($0) == "(" }), open >= 1,
            !items[name - 1].hasMention
        {
            // "X <XX.N>, a … firm which …": the ticker stands for the name before it.
            name = open - 1
        }
        guard name >= 0, items[name].isOrganisation, !isPossessive(name) else { return nil }
        // "EADS and BAE Systems, the … firms which own Airbus": joint owners; the sentence's subject stays.
        var first = name
        while first > 0, items[first - 1].hasMention, items[first - 1].entity == items[name].entity { first -= 1 }
        if first >= 2, word(first - 1) == "and", items[first - 2].isOrganisation { return nil }
        return items[name].entity
    }
}
