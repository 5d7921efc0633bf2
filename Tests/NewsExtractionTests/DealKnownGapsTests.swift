import NewsModel
import Testing

/// Known gaps: a fronted German owner noun with a copula ("Mehrheitseigner ist der Konzern Y"), figurative
/// "verkauft" with a dative name and no company sold, a sale whose talks ended (the seller keeps its unit),
/// and a sale of a unit's assets (the parent keeps the unit).
@Suite struct DealKnownGapsTests {
    private func facts(_ text: String, _ language: Language, _ companies: [String], people: [String] = []) -> (deals: [String], stakes: [String]) {
        let found = DealFixture.facts(
            (language == .german ? "Titel" : "Headline") + "\n\n" + text, language, companies: companies, people: people, date: "2015-06-01")
        return (found.deals.map(\.summary), found.stakes.map(\.summary))
    }

    @Test func germanFrontedMajorityOwnerOfTheArticlesCompany() {
        let found = facts(
            "Die Brixel AG hat im vergangenen Jahr ihren Umsatz gesteigert. Mehrheitseigner ist der Konzern Zentor.", .german, ["Brixel AG", "Zentor"])
        #expect(found.stakes == ["Zentor>Brixel AG -"])
        #expect(found.deals.isEmpty)
    }

    @Test func germanFrontedOwnerWithGenitiveAndPercent() {
        let found = facts("Größter Anteilseigner der Brixel AG ist die Zentor Holding mit 30 Prozent.", .german, ["Brixel AG", "Zentor Holding"])
        #expect(found.stakes == ["Zentor Holding>Brixel AG 30.0"])
    }

    @Test func germanOwnerNounWithoutCopulaNamesNoHolder() {
        let found = facts("Die Brixel AG sucht einen neuen Mehrheitseigner für das Werk.", .german, ["Brixel AG"])
        #expect(found.stakes.isEmpty)
    }

    @Test func germanFigurativeSaleToADativeNameIsNoDeal() {
        let found = facts("Die Brixel verkauft der Zentor Zeitung eine Einigung als Erfolg.", .german, ["Brixel", "Zentor Zeitung"])
        #expect(found.deals.isEmpty)
        #expect(found.stakes.isEmpty)
    }

    @Test func germanDativeBuyerOfANamedUnit() {
        let found = facts("Die Brixel verkauft dem Konzern Quorra ihre Tochter Zentor.", .german, ["Brixel", "Zentor", "Quorra"])
        #expect(found.deals == ["acquisition Quorra>Zentor from Brixel -"])
    }

    @Test func germanUnitSellingAdvertsIsNoDeal() {
        let found = facts("Die Zentor-Tochter Brixel verkauft Anzeigen im Internet.", .german, ["Brixel", "Zentor"])
        #expect(found.deals.isEmpty)
        #expect(found.stakes == ["Zentor>Brixel -"])
    }

    @Test func englishEndedTalksOnTheSaleKeepTheSeller() {
        let found = facts("Brixel Corp said it ended talks on the sale of its Zentor unit to Quorra Inc.", .english, ["Brixel Corp", "Zentor", "Quorra Inc"])
        #expect(found.deals == ["acquisition Quorra Inc>Zentor from Brixel Corp -"])
        #expect(found.stakes == ["Brixel Corp>Zentor -"])
    }

    @Test func englishTalksWithABuyerOnTheSale() {
        let found = facts(
            "Brixel Corp said it ended talks with Quorra Inc on the sale of its Zentor unit.", .english, ["Brixel Corp", "Zentor", "Quorra Inc"])
        #expect(found.deals == ["acquisition Quorra Inc>Zentor from Brixel Corp -"])
        #expect(found.stakes == ["Brixel Corp>Zentor -"])
    }

    @Test func englishSaleOfAUnitsAssetsKeepsTheParentsHolding() {
        let found = facts(
            "Brixel Corp said it completed the sale of its Zentor subsidiary assets to Quorra Inc.", .english, ["Brixel Corp", "Zentor", "Quorra Inc"])
        #expect(found.stakes.contains("Brixel Corp>Zentor -"))
    }

    @Test func englishCompletedSaleOfTheWholeUnitLeavesNoHolding() {
        let found = facts("Brixel Corp said it completed the sale of its Zentor subsidiary to Quorra Inc.", .english, ["Brixel Corp", "Zentor", "Quorra Inc"])
        #expect(!found.stakes.contains("Brixel Corp>Zentor -"))
    }
}
