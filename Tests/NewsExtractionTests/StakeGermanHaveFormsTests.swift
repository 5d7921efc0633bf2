import NewsModel
import Testing

/// German holdings stated with "haben" and a stake noun ("hat einen Anteil von 40 Prozent an X") and with
/// the shareholder nouns "Ankeraktionär", "Kernaktionär", "Minderheitsaktionär". Invented names only.
@Suite struct StakeGermanHaveFormsTests {
    private func facts(_ text: String, _ companies: [String]) -> (deals: [String], stakes: [String]) {
        let found = DealFixture.facts("Titel\n\n" + text, .german, companies: companies)
        return (found.deals.map(\.summary), found.stakes.map(\.summary))
    }

    @Test func shareOfAPercentWithHaben() {
        let found = facts("Die Brixel AG hat einen Anteil von 40 Prozent an der Tamora GmbH.", ["Brixel AG", "Tamora GmbH"])
        #expect(found.stakes == ["Brixel AG>Tamora GmbH 40.0"])
        #expect(found.deals.isEmpty)
        #expect(facts("Die Brixel hatte eine Beteiligung an der Tamora.", ["Brixel", "Tamora"]).stakes == ["Brixel>Tamora -"])
    }

    @Test func aDealVerbInTheClauseIsNoHolding() {
        // A sale of the stake: the deal rules read it; "hat" states no holding left.
        let sold = facts("Die Brixel hat ihren Anteil an der Tamora an die Corvan verkauft.", ["Brixel", "Tamora", "Corvan"])
        #expect(!sold.stakes.contains("Brixel>Tamora -"))
        // "hat" as an auxiliary of something else, with a percent that is no stake.
        #expect(facts("Die Brixel hat einen Anteil von 30 Prozent am Umsatz erreicht.", ["Brixel"]).stakes.isEmpty)
    }

    @Test func anchorAndCoreShareholders() {
        #expect(facts("Ankeraktionär der Tamora AG ist die Brixel Holding.", ["Tamora AG", "Brixel Holding"]).stakes == ["Brixel Holding>Tamora AG -"])
        #expect(facts("Die Brixel ist Kernaktionär der Tamora.", ["Brixel", "Tamora"]).stakes == ["Brixel>Tamora -"])
        #expect(facts("Die Brixel ist Minderheitsaktionär der Tamora.", ["Brixel", "Tamora"]).stakes == ["Brixel>Tamora -"])
    }
}
