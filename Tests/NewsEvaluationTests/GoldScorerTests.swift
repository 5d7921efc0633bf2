import NewsEvaluation
import NewsModel
import Testing

@Suite struct GoldScorerTests {
    let scorer = GoldScorer()

    func score(_ predicted: ComparableFacts, _ required: ComparableFacts, optional: ComparableFacts = ComparableFacts())
        -> ArticleScore
    {
        scorer.score(article: "a", predicted: predicted, required: required, optional: optional)
    }

    @Test func countsTruePositivesFalsePositivesAndFalseNegatives() {
        let gold = ComparableFacts(entities: [Make.org("Alibaba"), Make.org("OpenSky"), Make.person("Jack Ma", "Ma")])
        let predicted = ComparableFacts(entities: [Make.org("Alibaba Group"), Make.person("Ma"), Make.org("Übersee")])
        let result = score(predicted, gold)
        #expect(result[.entities] == Counts(truePositives: 2, falsePositives: 1, falseNegatives: 1))
        #expect(result.missed[.entities] == ["OpenSky [organization]"])
        #expect(result.spurious[.entities] == ["Übersee [organization]"])
    }

    @Test func matchingIsOneToOne() {
        let gold = ComparableFacts(entities: [Make.org("Alibaba", "Alibabas")])
        let predicted = ComparableFacts(entities: [Make.org("Alibaba"), Make.org("Alibabas")])
        #expect(score(predicted, gold)[.entities] == Counts(truePositives: 1, falsePositives: 1, falseNegatives: 0))
    }

    @Test func matchingIsMaximumNotGreedy() {
        // The first prediction fits both gold entities; a greedy matcher would take the first and
        // leave the second prediction without a partner.
        let gold = ComparableFacts(entities: [Make.org("Alpha", "AB"), Make.org("Beta", "AB")])
        let predicted = ComparableFacts(entities: [Make.org("AB"), Make.org("Alpha")])
        #expect(score(predicted, gold)[.entities] == Counts(truePositives: 2, falsePositives: 0, falseNegatives: 0))
    }

    @Test func aPredictionFittingARequiredAndAnOptionalFactLeavesTheRequiredOneToAnother() {
        // The first prediction's words cover both the required quote and the optional one; the
        // second covers only the required one. Both predictions are accounted for: none is spurious.
        let required = ComparableFacts(quotes: [ComparableQuote(speaker: nil, direct: false, text: "sales rose in May and June")])
        let optional = ComparableFacts(quotes: [ComparableQuote(speaker: nil, direct: false, text: "prices rose in May and June sharply")])
        let predicted = ComparableFacts(quotes: [
            ComparableQuote(speaker: nil, direct: false, text: "sales and prices rose in May and June sharply"),
            ComparableQuote(speaker: nil, direct: false, text: "sales rose in May and June"),
        ])
        #expect(score(predicted, required, optional: optional)[.quotes] == Counts(truePositives: 1))
    }

    @Test func optionalEntriesAreNeitherRewardedNorPunished() {
        let required = ComparableFacts(deals: [Make.deal(.acquisition, "OpenSky", "11 Main")])
        let optional = ComparableFacts(deals: [Make.deal(.acquisition, "Alibaba", "Auctiva")])
        let withOptional = ComparableFacts(deals: [Make.deal(.acquisition, "OpenSky", "11 Main"), Make.deal(.acquisition, "Alibaba", "Auctiva")])
        #expect(score(withOptional, required, optional: optional)[.deals] == Counts(truePositives: 1))
        let withoutOptional = ComparableFacts(deals: [Make.deal(.acquisition, "OpenSky", "11 Main")])
        #expect(score(withoutOptional, required, optional: optional)[.deals] == Counts(truePositives: 1))
    }

    @Test func optionalMatchesAreOneToOneToo() {
        let optional = ComparableFacts(stakes: [Make.stake("Alibaba", "11 Main")])
        let predicted = ComparableFacts(stakes: [Make.stake("Alibaba", "11 Main"), Make.stake("Alibaba", "11Main")])
        #expect(score(predicted, ComparableFacts(), optional: optional)[.stakes] == Counts(falsePositives: 1))
    }

    @Test func aRequiredMatchIsPreferredOverAnOptionalOne() {
        let required = ComparableFacts(quotes: [Make.quote("Jack Ma", direct: false, "kein Interesse an den USA")])
        let optional = ComparableFacts(quotes: [Make.quote(nil, direct: false, "kein Interesse an den USA")])
        let predicted = ComparableFacts(quotes: [Make.quote("Jack Ma", direct: false, "kein Interesse an den USA")])
        #expect(score(predicted, required, optional: optional)[.quotes] == Counts(truePositives: 1))
    }

    @Test func nothingPredictedGivesZeroRecallAndNoPrecision() {
        let result = score(ComparableFacts(), ComparableFacts(stakes: [Make.stake("A", "B")]))
        let counts = result[.stakes]
        #expect(counts == Counts(falseNegatives: 1))
        #expect(counts.precision == nil)
        #expect(counts.recall == 0)
        #expect(counts.f1 == 0)
    }

    @Test func scoresOnlyTheRequestedTypes() {
        let gold = ComparableFacts(entities: [Make.org("A")], quotes: [Make.quote("A", direct: true, "x y z")])
        let result = scorer.score(article: "a", predicted: ComparableFacts(), required: gold, optional: ComparableFacts(), types: [.entities])
        #expect(result.counts.keys.sorted() == [.entities])
    }

    @Test func precisionRecallAndF1() {
        let counts = Counts(truePositives: 3, falsePositives: 1, falseNegatives: 2)
        #expect(counts.precision == 0.75)
        #expect(counts.recall == 0.6)
        #expect(abs(counts.f1! - 2 * 0.75 * 0.6 / 1.35) < 1e-12)
        #expect(Counts().f1 == nil)
    }

    @Test func scoreBoardMicroAveragesPerLanguage() {
        var board = ScoreBoard()
        board.add(ArticleScore(article: "d", counts: [.deals: Counts(truePositives: 1, falseNegatives: 1)]), language: .german)
        board.add(ArticleScore(article: "e", counts: [.deals: Counts(truePositives: 2, falsePositives: 2)]), language: .english)
        #expect(board.counts(.deals, language: .german) == Counts(truePositives: 1, falseNegatives: 1))
        #expect(board.counts(.deals) == Counts(truePositives: 3, falsePositives: 2, falseNegatives: 1))
        #expect(board.counts(.quotes) == Counts())
        #expect(board.articleCount() == 2)
    }
}

@Suite struct EntityKindBreakdownTests {
    @Test func perKindCountsAddUpToTheEntityCounts() {
        let gold = ComparableFacts(entities: [Make.org("Alibaba"), Make.person("Jack Ma", "Ma"), Make.org("OpenSky")])
        let predicted = ComparableFacts(entities: [Make.org("Alibaba"), Make.org("Ma"), Make.person("Reyes")])
        let scorer = GoldScorer()
        let whole = scorer.score(article: "a", predicted: predicted, required: gold, optional: ComparableFacts())[.entities]
        let parts = ScoredKind.allCases.map { kind in
            scorer.score(article: "a", predicted: predicted.entities(of: kind), required: gold.entities(of: kind), optional: ComparableFacts())[.entities]
        }
        #expect(parts[0] == Counts(truePositives: 1, falsePositives: 1, falseNegatives: 1))
        #expect(parts[1] == Counts(truePositives: 0, falsePositives: 1, falseNegatives: 1))
        #expect(parts[0] + parts[1] == whole)
    }
}
