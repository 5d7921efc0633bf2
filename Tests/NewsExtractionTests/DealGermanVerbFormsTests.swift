import NewsModel
import Testing

/// German verb forms: "gibt X an Y ab", "schluckt", "reduziert seinen Anteil", "ein Übernahmeangebot vorgelegt".
@Suite struct DealGermanVerbFormsTests {
    private func facts(_ text: String, _ companies: [String]) -> (deals: [String], stakes: [String]) {
        let found = DealFixture.facts("Titel\n\n" + text, .german, companies: companies, date: "2015-06-01")
        return (found.deals.map(\.summary), found.stakes.map(\.summary))
    }

    @Test func gibtAnAbIsASale() {
        let found = facts("Die Quorra AG gibt ihre Tochter Brixel an die Zentor GmbH ab.", ["Quorra AG", "Brixel", "Zentor GmbH"])
        #expect(found.deals == ["acquisition Zentor GmbH>Brixel from Quorra AG -"])
        let stake = facts("Die Quorra AG gibt ihre Beteiligung an der Brixel GmbH an die Zentor AG ab.", ["Quorra AG", "Brixel GmbH", "Zentor AG"])
        #expect(stake.deals == ["stake Zentor AG>Brixel GmbH from Quorra AG -"])
    }

    @Test func gibtWithoutAbIsNoSale() {
        #expect(facts("Die Quorra AG gibt der Brixel GmbH einen Kredit.", ["Quorra AG", "Brixel GmbH"]).deals.isEmpty)
        #expect(facts("Die Quorra AG gibt keine Stellungnahme ab.", ["Quorra AG"]).deals.isEmpty)
    }

    @Test func schlucktIsABuy() {
        #expect(facts("Die Quorra AG schluckt die Brixel GmbH.", ["Quorra AG", "Brixel GmbH"]).deals == ["acquisition Quorra AG>Brixel GmbH from - -"])
    }

    @Test func reducedHoldingIsAStakeNotADeal() {
        let found = facts("Die Quorra AG reduziert ihren Anteil an der Brixel GmbH auf 10 Prozent.", ["Quorra AG", "Brixel GmbH"])
        #expect(found.deals.isEmpty)
        #expect(found.stakes == ["Quorra AG>Brixel GmbH 10.0"])
    }

    @Test func offerPresentedBySubject() {
        let found = DealFixture.facts(
            "Titel\n\nDie Quorra AG hat ein Übernahmeangebot für die Brixel GmbH vorgelegt.", .german, companies: ["Quorra AG", "Brixel GmbH"]).deals
        #expect(found.map(\.summary) == ["acquisition Quorra AG>Brixel GmbH from - -"])
        #expect(found.first?.status == .planned)
    }
}

/// English: the first of two coordinated buyers leads; a company that receives or rejects an offer is its target.
@Suite struct DealEnglishLeadTests {
    private func deals(_ text: String, _ companies: [String]) -> [String] {
        DealFixture.facts("Headline\n\n" + text, .english, companies: companies, date: "1987-03-02").deals.map(\.summary)
    }

    @Test func firstOfTwoBuyersLeads() {
        #expect(deals("Quorra Inc and Zentor Corp agreed to buy Brixel Corp.", ["Quorra Inc", "Zentor Corp", "Brixel Corp"]) == ["acquisition Quorra Inc>Brixel Corp from - -"])
    }

    @Test func objectBeforeAndIsNoBuyer() {
        let found = deals("Quorra Inc sold Cole Ltd and Zentor Corp bought Brixel Corp.", ["Quorra Inc", "Cole Ltd", "Zentor Corp", "Brixel Corp"])
        #expect(found.contains("acquisition Zentor Corp>Brixel Corp from - -"))
    }

    @Test func receivedOfferMakesTheSubjectTheTarget() {
        #expect(deals("Brixel Corp said it received a takeover offer from Quorra Inc.", ["Quorra Inc", "Brixel Corp"]) == ["acquisition Quorra Inc>Brixel Corp from - -"])
        #expect(deals("Brixel Corp rejected a takeover offer from Quorra Inc.", ["Quorra Inc", "Brixel Corp"]) == ["acquisition Quorra Inc>Brixel Corp from - -"])
    }

    @Test func distantNounCueMakesNoTarget() {
        let found = deals(
            "Analysts saw the Zentor statement as a further sign that there could be dissatisfaction following Brixel's previous rejection of a 20 dlr per share all cash offer from Quorra.",
            ["Zentor", "Quorra", "Brixel"])
        #expect(!found.contains { $0.hasPrefix("acquisition Quorra>Zentor") })
    }
}

/// "sichert sich 25 Prozent der X": a stake bought, only with "sich" and a stake or percent.
@Suite struct DealGermanReflexiveTests {
    private func deals(_ text: String, _ companies: [String]) -> [String] {
        DealFixture.facts("Titel\n\n" + text, .german, companies: companies, date: "2015-06-01").deals.map(\.summary)
    }

    @Test func securesAPercent() {
        #expect(deals("Die Quorra AG sicherte sich 25 Prozent der Brixel GmbH.", ["Quorra AG", "Brixel GmbH"]) == ["stake Quorra AG>Brixel GmbH from - 25.0"])
        #expect(deals("Die Quorra AG sichert sich eine Beteiligung an der Brixel GmbH.", ["Quorra AG", "Brixel GmbH"]) == ["stake Quorra AG>Brixel GmbH from - -"])
    }

    @Test func securingJobsIsNoDeal() {
        #expect(deals("Die Quorra AG sichert bei der Brixel GmbH 300 Arbeitsplätze.", ["Quorra AG", "Brixel GmbH"]).isEmpty)
        #expect(deals("Die Quorra AG sicherte sich einen Auftrag der Brixel GmbH.", ["Quorra AG", "Brixel GmbH"]).isEmpty)
    }
}

/// A stake noun after the company ("unter Beteiligung der Y") makes no secured stake.
@Suite struct DealGermanReflexiveOrderTests {
    @Test func participationAfterTheCompanyIsNoStake() {
        let found = DealFixture.facts(
            "Titel\n\nDie Quorra AG hatte sich 2014 die Energie-Sparte der Brixel AG in einer Bieterschlacht gegen ein Konsortium unter Beteiligung der Zentor AG gesichert.",
            .german, companies: ["Quorra AG", "Brixel AG", "Zentor AG"], date: "2015-06-01")
        #expect(found.deals.isEmpty && found.stakes.isEmpty)
    }
}
