import NewsModel
import Testing

/// Reuters-style ticker codes, lists of targets and the reach of a merger partner (English).
@Suite struct DealTickerListTests {
    private func deals(_ text: String, _ companies: [String]) -> [Deal] {
        DealFixture.facts("Headline\n\n" + text, .english, companies: companies, date: "1987-03-02").deals
    }

    @Test func tickerAfterTheBuyerIsNoParty() {
        let found = DealFixture.facts(
            "Headline\n\nDefence Minister Jon Vell said he had accepted an offer from Quorra Plc <QRA.L> to buy state-owned armaments maker <Brixel Works> for 190 mln stg.",
            .english, companies: ["Quorra Plc", "QRA.L", "Brixel Works"], people: ["Jon Vell"]).deals
        #expect(found.map(\.summary) == ["acquisition Quorra Plc>Brixel Works from - -"])
    }

    @Test func bidderOfAnOfferToBuy() {
        let found = deals("Zentor Inc rejected a bid by Quorra Corp to acquire Brixel Ltd.", ["Zentor Inc", "Quorra Corp", "Brixel Ltd"])
        #expect(found.map(\.summary) == ["acquisition Quorra Corp>Brixel Ltd from - -"])
    }

    @Test func tickerBetweenSellerAndUnit() {
        let found = deals(
            "<Zentor Mining NL> said it will pay 76 mln dlrs for the acquisition of Cole Ltd's <COLE.S> <Brixel Gold Pty Ltd> unit.",
            ["Zentor Mining NL", "Cole Ltd", "COLE.S", "Brixel Gold Pty Ltd"])
        #expect(found.map { "\($0.acquirer?.name ?? "-")>\($0.target.name)" } == ["Zentor Mining NL>Brixel Gold Pty Ltd"])
    }

    @Test func bracketedNameIsStillAParty() {
        // A name in angle brackets that is not a ticker code, after a place, stays a party.
        let found = deals("Britain's <Quorra Holdings Plc> acquired Brixel Inc.", ["Quorra Holdings Plc", "Brixel Inc"])
        #expect(found.map(\.summary) == ["acquisition Quorra Holdings Plc>Brixel Inc from - -"])
    }

    @Test func listGoesOnPastAnUnknownName() {
        let found = deals(
            "Quorra Inc plans to buy Brixel Cement Companies (BCC), Zentor Cement Eastern and the holding firm, Cole Cement Ltd, a statement said.",
            ["Quorra Inc", "Brixel Cement Companies", "Cole Cement Ltd"])
        #expect(found.map(\.target.name) == ["Brixel Cement Companies", "Cole Cement Ltd"])
    }

    @Test func farPartnerAfterAnotherVerbIsNoMerger() {
        let found = deals(
            "A deal with Quorra, which owns the Brixel exchange and combines the Paris and Lisbon exchanges, could offer more savings than a deal with Zentor.",
            ["Quorra", "Brixel", "Zentor"])
        #expect(found.filter { $0.kind == .merger }.isEmpty)
    }

    @Test func closePartnerIsAMerger() {
        let found = deals("Quorra Inc merged its trading arm with Zentor Corp.", ["Quorra Inc", "Zentor Corp"])
        #expect(found.map(\.summary) == ["merger Quorra Inc>Zentor Corp from - -"])
    }

    @Test func sharesOfDescribedCompanyThenPassive() {
        let found = deals(
            "Shares of French ski-maker Brixel have jumped 15% on speculation that it will be bought by US surfwear firm Quorra.",
            ["Brixel", "Quorra"])
        #expect(found.map(\.summary) == ["acquisition Quorra>Brixel from - -"])
        #expect(found.first?.status == .rumoured)
    }
}
