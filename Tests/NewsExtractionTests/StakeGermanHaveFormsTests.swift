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

/// German deal forms: "X geht (mehrheitlich) an Y", a deal noun fronted by "mit"/"durch"/"nach" whose
/// buyer is the main clause's subject, and a sale noun whose seller follows "durch". Invented names only.
@Suite struct DealGermanTransferFormsTests {
    private func deals(_ text: String, _ companies: [String]) -> [String] {
        DealFixture.facts("Titel\n\n" + text, .german, companies: companies).deals.map(\.summary)
    }

    @Test func companyGoesToABuyer() {
        #expect(deals("Die Tamora GmbH geht an die Brixel AG.", ["Tamora GmbH", "Brixel AG"]) == ["acquisition Brixel AG>Tamora GmbH from - -"])
        #expect(deals("Die Tamora ging 2015 für 20 Millionen Euro mehrheitlich an die Brixel.", ["Tamora", "Brixel"]) == ["stake Brixel>Tamora from - -"])
    }

    @Test func goingToAnExchangeOrAGenitiveIsNoDeal() {
        #expect(deals("Die Tamora AG geht an die Frankfurter Börse.", ["Tamora AG", "Frankfurter Börse"]).isEmpty)
        #expect(deals("Der Auftrag der Tamora geht an die Brixel.", ["Tamora", "Brixel"]).isEmpty)
        #expect(deals("Der Auftrag geht an die Brixel.", ["Brixel"]).isEmpty)
    }

    @Test func frontedDealNounTakesTheMainClauseSubjectAsBuyer() {
        #expect(deals("Mit der Übernahme der Tamora wird die Brixel zum Marktführer.", ["Tamora", "Brixel"]) == ["acquisition Brixel>Tamora from - -"])
        #expect(deals("Durch den Kauf der Tamora wächst die Brixel.", ["Tamora", "Brixel"]) == ["acquisition Brixel>Tamora from - -"])
        // A list after the target is no main clause.
        #expect(deals("Mit der Übernahme der Tamora und der Corvan wächst die Brixel.", ["Tamora", "Corvan", "Brixel"]).allSatisfy { !$0.hasPrefix("acquisition Corvan") })
    }

    @Test func saleNounWithDurch() {
        #expect(deals("Der Verkauf der Tamora durch die Brixel an die Corvan ist abgeschlossen.", ["Tamora", "Brixel", "Corvan"]) == ["acquisition Corvan>Tamora from Brixel -"])
        #expect(deals("Der Verkauf der Tamora durch die Brixel ist abgeschlossen.", ["Tamora", "Brixel"]) == ["acquisition ->Tamora from Brixel -"])
    }
}
