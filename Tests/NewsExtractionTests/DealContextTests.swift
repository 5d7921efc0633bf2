import NewsModel
import Testing

/// Deals and holdings whose company an earlier sentence named: "the 19.9 pct parcel", "Der Verkauf der
/// zehnprozentigen Beteiligung", "24,9 Prozent hält Y"; holdings stated as a future ("will hold 9.99 pct of
/// its capital") and sellers that still hold what they plan to sell.
@Suite struct DealContextTests {
    private func facts(_ text: String, _ language: Language, _ companies: [String], places: [String] = []) -> (deals: [String], stakes: [String]) {
        let found = DealFixture.facts(
            (language == .german ? "Titel" : "Headline") + "\n\n" + text, language, companies: companies, places: places, date: "2015-06-01")
        return (found.deals.map(\.summary), found.stakes.map(\.summary))
    }

    @Test func englishDefiniteStakeRefersBack() {
        let found = facts(
            "Brixel Holdings said it sold its entire holding of 22 mln shares in Zentor Ltd. The company purchased the 19.9 pct parcel in March from Quorra Inc at 6.32 dlrs a share.",
            .english, ["Brixel Holdings", "Zentor Ltd", "Quorra Inc"])
        #expect(found.deals.contains("stake Brixel Holdings>Zentor Ltd from Quorra Inc 19.9"))
    }

    @Test func englishIndefiniteStakeNeedsACompany() {
        let found = facts(
            "Brixel Holdings sold its holding of 2 mln shares in Zentor Ltd. Quorra Inc bought a 5 pct stake on Friday.",
            .english, ["Brixel Holdings", "Zentor Ltd", "Quorra Inc"])
        #expect(!found.deals.contains { $0.hasPrefix("stake Quorra Inc") })
    }

    @Test func germanSaleOfTheStakeAddsItsPercent() {
        let found = facts(
            "Oslo - Norwegen will sich offenbar von einem Anteil am staatlichen Ölkonzern Brixel Oil trennen. Der Verkauf der rund zehnprozentigen Beteiligung solle 1,5 Milliarden Dollar bringen, berichtet die Agentur Quorra.",
            .german, ["Brixel Oil", "Quorra"], places: ["Oslo", "Norwegen"])
        #expect(found.deals == ["stake ->Brixel Oil from Norwegen 10.0"])
        #expect(found.stakes == ["Norwegen>Brixel Oil -"])
    }

    @Test func germanFrontedPercentRefersBack() {
        let found = facts(
            "Die börsennotierte Brixel gehört zu 31,5 Prozent der Staatsholding Zentor. 24,9 Prozent hält die Staatsholding Quorra (Quorra Investment Company).",
            .german, ["Brixel", "Zentor", "Quorra"])
        #expect(found.stakes == ["Zentor>Brixel 31.5", "Quorra>Brixel 24.9"])
    }

    @Test func englishFutureHoldingOfItsCapital() {
        let found = facts(
            "SYDNEY, March 27 - <Brixel Holdings Ltd> said Britain's <Quorra Newspapers Plc> will hold 9.99 pct of its enlarged issued capital after a placement.",
            .english, ["Brixel Holdings Ltd", "Quorra Newspapers Plc"])
        #expect(found.deals == ["stake Quorra Newspapers Plc>Brixel Holdings Ltd from - 9.99"])
        #expect(found.stakes == ["Quorra Newspapers Plc>Brixel Holdings Ltd 9.99"])
    }

    @Test func englishFutureHoldingOfNamedCompany() {
        let found = facts("Quorra Inc will own 30 pct of Brixel Corp after the share issue.", .english, ["Quorra Inc", "Brixel Corp"])
        #expect(found.deals == ["stake Quorra Inc>Brixel Corp from - 30.0"])
    }

    @Test func othersOfTheHolderWillHold() {
        let found = facts("Following the merger, Quorra shareholders will hold 80 pct of the stock of Brixel Corp.", .english, ["Quorra", "Brixel Corp"])
        #expect(found.deals.isEmpty)
    }

    @Test func speakerAfterCommaIsNoTarget() {
        let found = facts("Brixel Homes expects to sell 500 homes this year, Quorra House said.", .english, ["Brixel Homes", "Quorra House"])
        #expect(found.deals.isEmpty && found.stakes.isEmpty)
    }

    @Test func pronounObjectHidesTheTarget() {
        let found = facts(
            "Quorra Ltd dropped plans to float the fund and would instead sell it to Zentor Corp <ZEN> unit <Brixel Exploration Inc> for 985 mln dlrs.",
            .english, ["Quorra Ltd", "Zentor Corp", "ZEN", "Brixel Exploration Inc"])
        #expect(found.deals.isEmpty && found.stakes.isEmpty)
    }

    @Test func plannedSellerStillHolds() {
        let english = facts("Quorra Inc plans to sell its Brixel unit to Zentor Corp.", .english, ["Quorra Inc", "Brixel", "Zentor Corp"])
        #expect(english.stakes == ["Quorra Inc>Brixel -"])
        let german = facts("Die Quorra AG will ihre Tochter Brixel an die Zentor GmbH verkaufen.", .german, ["Quorra AG", "Brixel", "Zentor GmbH"])
        #expect(german.stakes.contains("Quorra AG>Brixel -"))
        #expect(!german.stakes.contains("Zentor GmbH>Brixel -"))
    }

    @Test func completedSellerNoLongerHolds() {
        let found = facts("Quorra Inc sold its Brixel unit to Zentor Corp.", .english, ["Quorra Inc", "Brixel", "Zentor Corp"])
        #expect(found.stakes == ["Zentor Corp>Brixel -"])
    }
}
