import NewsEvaluation
import NewsModel
import Testing

@Suite struct MatchingRulesTests {
    let rules = MatchingRules.guide

    @Test func entityMatchesOnAnyNameOrAlias() {
        #expect(rules.matches(Make.org("Alibaba Group Holding Ltd"), Make.org("Alibaba", "Alibabas")))
        #expect(rules.matches(Make.org("Alibabas"), Make.org("Alibaba", "Alibabas")))
        #expect(rules.matches(Make.org("AB", "Alibaba's"), Make.org("Alibaba")))
        #expect(!rules.matches(Make.org("Alibabas"), Make.org("Alibaba")))
        #expect(!rules.matches(Make.org("Ebay"), Make.org("Alibaba")))
    }

    @Test func entityKindsCompanyAndOrganizationAgreePersonDoesNot() {
        let company = ComparableEntity(names: ["Reuters"], kind: ScoredKind(.company)!)
        let organization = ComparableEntity(names: ["Reuters"], kind: ScoredKind(.organization)!)
        #expect(rules.matches(company, organization))
        #expect(!rules.matches(Make.person("Reuters"), organization))
        #expect(ScoredKind(.place) == nil)
    }

    @Test func dealNeedsSameKindAndTarget() {
        let gold = Make.deal(.acquisition, "OpenSky", "11 Main")
        #expect(rules.matches(Make.deal(.acquisition, "OpenSky Inc", "11Main"), gold))
        #expect(!rules.matches(Make.deal(.stake, "OpenSky", "11 Main"), gold))
        #expect(!rules.matches(Make.deal(.acquisition, "OpenSky", "Vendio"), gold))
    }

    @Test func dealNeedsAcquirerOnlyWhereGoldHasOne() {
        let gold = Make.deal(.acquisition, "OpenSky", "11 Main")
        #expect(!rules.matches(Make.deal(.acquisition, nil, "11 Main"), gold))
        #expect(!rules.matches(Make.deal(.acquisition, "Alibaba", "11 Main"), gold))
        let goldWithoutBuyer = Make.deal(.acquisition, nil, "11 Main")
        #expect(rules.matches(Make.deal(.acquisition, "Anyone", "11 Main"), goldWithoutBuyer))
        #expect(rules.matches(Make.deal(.acquisition, nil, "11 Main"), goldWithoutBuyer))
    }

    @Test func dealPercentWithinFiveHundredthsWhereGoldHasOne() {
        let gold = Make.deal(.stake, "Alibaba", "OpenSky", percent: 37.6)
        #expect(rules.matches(Make.deal(.stake, "Alibaba", "OpenSky", percent: 37.65), gold))
        #expect(rules.matches(Make.deal(.stake, "Alibaba", "OpenSky", percent: 37.55), gold))
        #expect(!rules.matches(Make.deal(.stake, "Alibaba", "OpenSky", percent: 37.7), gold))
        #expect(!rules.matches(Make.deal(.stake, "Alibaba", "OpenSky", percent: nil), gold))
        let goldWithout = Make.deal(.stake, "Alibaba", "OpenSky")
        #expect(rules.matches(Make.deal(.stake, "Alibaba", "OpenSky", percent: 10), goldWithout))
    }

    @Test func anAcquisitionWithoutPercentIsOneOfTheWholeCompany() {
        let gold = Make.deal(.acquisition, "Aldershot", "Intracoastal", percent: 100)
        #expect(rules.matches(Make.deal(.acquisition, "Aldershot", "Intracoastal"), gold))
        #expect(!rules.matches(Make.deal(.acquisition, "Aldershot", "Intracoastal"), Make.deal(.acquisition, "Aldershot", "Intracoastal", percent: 51)))
        #expect(!rules.matches(Make.deal(.stake, "Aldershot", "Intracoastal"), Make.deal(.stake, "Aldershot", "Intracoastal", percent: 100)))
    }

    @Test func dealPartiesMatchThroughEntityAliases() {
        let gold = ComparableDeal(kind: .acquisition, acquirer: Make.party("Alibaba", "Alibabas"), target: Make.party("Auctiva"))
        let predicted = ComparableDeal(kind: .acquisition, acquirer: Make.party("Alibabas"), target: Make.party("Auctiva"))
        #expect(rules.matches(predicted, gold))
    }

    @Test func stakeNeedsSameHolderAndCompany() {
        let gold = Make.stake("Alibaba", "OpenSky", percent: 37.6)
        #expect(rules.matches(Make.stake("Alibaba Group", "OpenSky", percent: 37.6), gold))
        #expect(!rules.matches(Make.stake("OpenSky", "Alibaba", percent: 37.6), gold))
        #expect(!rules.matches(Make.stake("Alibaba", "Auctiva", percent: 37.6), gold))
    }

    @Test func stakePercentComparedOnlyWhereBothHaveOne() {
        let gold = Make.stake("Alibaba", "OpenSky", percent: 37.6)
        #expect(rules.matches(Make.stake("Alibaba", "OpenSky"), gold))
        #expect(!rules.matches(Make.stake("Alibaba", "OpenSky", percent: 36.7), gold))
        #expect(rules.matches(Make.stake("Alibaba", "OpenSky", percent: 5), Make.stake("Alibaba", "OpenSky")))
    }

    @Test func quoteNeedsSameDirectFlag() {
        let gold = Make.quote("Jack Ma", direct: true, "Wir wollen 40 Prozent unseres Geschäfts in Übersee machen")
        #expect(rules.matches(Make.quote("Jack Ma", direct: true, gold.text), gold))
        #expect(!rules.matches(Make.quote("Jack Ma", direct: false, gold.text), gold))
    }

    @Test func quoteNeedsSpeakerOnlyWhereGoldHasOne() {
        let gold = Make.quote("Jack Ma", direct: true, "Wir wollen 40 Prozent machen")
        #expect(!rules.matches(Make.quote(nil, direct: true, gold.text), gold))
        #expect(!rules.matches(Make.quote("Abbygail Reyes", direct: true, gold.text), gold))
        let unnamed = Make.quote(nil, direct: false, "keine Änderungen zu erwarten")
        #expect(rules.matches(Make.quote("Somebody", direct: false, unnamed.text), unnamed))
    }

    @Test func quoteTextNeedsSixtyPercentOfGoldWords() {
        let gold = Make.quote("X", direct: false, "one two three four five six seven eight nine ten")
        #expect(rules.matches(Make.quote("X", direct: false, "One, two, three, four, five, six!"), gold))
        #expect(!rules.matches(Make.quote("X", direct: false, "one two three four five"), gold))
        #expect(rules.matches(Make.quote("X", direct: false, "ÖNE two three four five six"), Make.quote("X", direct: false, "one two three four five six")))
    }

    @Test func quoteTextMayNotBeMoreThanTwiceAsLong() {
        let gold = Make.quote("X", direct: false, "one two three four five")
        let twice = "one two three four five a b c d e"
        let more = twice + " f"
        #expect(rules.matches(Make.quote("X", direct: false, twice), gold))
        #expect(!rules.matches(Make.quote("X", direct: false, more), gold))
    }

    @Test func quoteCoverageCountsRepeatedWordsOnce() {
        #expect(QuoteWords.coverage(of: ["a", "a", "b"], by: ["a", "b"]) == 2.0 / 3.0)
        #expect(QuoteWords.coverage(of: [], by: ["a"]) == 1)
    }
}
