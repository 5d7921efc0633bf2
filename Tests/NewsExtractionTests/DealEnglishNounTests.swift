import NewsModel
import Testing

/// English deal nouns and subjects: a ticker between buyer and noun, a possessor's attempt, paying for an acquisition.
@Suite struct DealEnglishNounTests {
    private func deals(_ text: String, _ companies: [String], people: [String] = []) -> [String] {
        DealFixture.facts("Headline\n\n" + text, .english, companies: companies, people: people, date: "1987-03-02").deals.map(\.summary)
    }

    @Test func tickerBeforeTakeoverNoun() {
        let found = deals("The group grew after the Acme Ltd <ACME> takeover of the Brix Ltd group.", ["Acme Ltd", "Brix Ltd"])
        #expect(found == ["acquisition Acme Ltd>Brix Ltd from - -"])
    }

    @Test func possessorsAttemptToTakeOver() {
        let found = deals("Minister John Doe compared Acme's attempt to take over Brix Ltd to an earlier case.", ["Acme", "Brix Ltd"], people: ["John Doe"])
        #expect(found == ["acquisition Acme>Brix Ltd from - -"])
    }

    @Test func payForTheAcquisitionOf() {
        let found = deals("Acme Ltd said the consortium it is leading will pay 76 mln dlrs for the acquisition of Brix Pty Ltd.", ["Acme Ltd", "Brix Pty Ltd"])
        #expect(found == ["acquisition Acme Ltd>Brix Pty Ltd from - -"])
    }

    @Test func equityInvestmentIsAStake() {
        let found = DealFixture.facts(
            "Headline\n\nAcme Life would purchase a 13 pct equity investment in Brix Inc for 530 mln dlrs.", .english, companies: ["Acme Life", "Brix Inc"])
        #expect(found.deals.map(\.summary) == ["stake Acme Life>Brix Inc from - 13.0"])
        #expect(found.deals.first?.status == .planned)
    }

    @Test func attemptIsPlannedAndGivesNoHolding() {
        let found = DealFixture.facts("Headline\n\nMinister John Doe compared Acme's attempt to take over Brix Ltd to an earlier case.", .english, companies: ["Acme", "Brix Ltd"], people: ["John Doe"])
        #expect(found.deals.first?.status == .planned)
        #expect(found.stakes.isEmpty)
    }

    @Test func holdingFirmIsNoStake() {
        #expect(deals("Acme plans to buy the holding firm, Brix Ltd, a statement said.", ["Acme", "Brix Ltd"]) == ["acquisition Acme>Brix Ltd from - -"])
    }

    @Test func placeBeforeTheBuyer() {
        let found = DealFixture.facts(
            "Headline\n\nBrix said it will be bought by US surfwear firm Acme.", .english,
            companies: ["Acme", "Brix"], places: ["US"])
        #expect(found.deals.contains { $0.acquirer?.name == "Acme" })
    }

    @Test func germanPlaceBeforeTheBuyer() {
        let found = DealFixture.facts("Titel\n\nBrix wurde von dem US-Konzern Acme übernommen.", .german, companies: ["Acme", "Brix"], places: ["US"])
        #expect(found.deals.map(\.summary) == ["acquisition Acme>Brix from - -"])
    }

    @Test func agreedATakeoverBy() {
        #expect(deals("Meanwhile, Brix Industries said it had agreed a 1.8 bln stg takeover by Acme.", ["Acme", "Brix Industries"]) == ["acquisition Acme>Brix Industries from - -"])
    }

    @Test func takeoverByWithoutAgreementIsNoDeal() {
        #expect(deals("Brix Industries fears a takeover by Acme.", ["Acme", "Brix Industries"]).isEmpty)
    }

    @Test func coordinatedTargets() {
        let found = deals("Acme plans to buy Brix Companies (BC), Cole Eastern and the holding firm, Dale Ltd, a statement said.", ["Acme", "Brix Companies", "Cole Eastern", "Dale Ltd"])
        #expect(found == ["acquisition Acme>Brix Companies from - -", "acquisition Acme>Cole Eastern from - -", "acquisition Acme>Dale Ltd from - -"])
    }

    @Test func companyAfterAndThatSpeaksIsNoTarget() {
        #expect(deals("Acme bought Brix and Cole said it would sue.", ["Acme", "Brix", "Cole"]) == ["acquisition Acme>Brix from - -"])
    }
}
