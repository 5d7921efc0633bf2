import NewsExtraction
import NewsModel
import Testing

/// German holdings in shapes the ownership rules missed: a raise in the simple past ("stockte … auf"), a
/// foundation as holder ("die X Stiftung"), feminine and plural shareholder nouns, control of a share of the
/// votes ("kontrolliert 70 Prozent der Stimmrechte an Y"), a list of holders each with its own percent and a
/// unit named after an indefinite unit noun ("besitzt eine Tochter namens Y").
/// Invented names only.
@Suite struct GermanStakeStatementShapesTests {
    private func facts(_ text: String) -> ArticleFacts {
        RuleBasedExtractor().extract(from: Article(id: "g", title: "Titel", paragraphs: ["Titel", text], language: .german))
    }

    @Test func aRaiseInTheSimplePastIsACompletedStakePurchase() {
        let found = facts("Die Karnet Holding stockte ihren Anteil an der Velmar AG im Mai auf 60 Prozent auf.")
        #expect(found.stakes.map(\.summary) == ["Karnet Holding>Velmar AG 60.0"])
        #expect(found.deals.map(\.summary) == ["stake Karnet Holding>Velmar AG from - 60.0"])
        #expect(found.deals.map(\.status) == [.completed])
    }

    @Test func aFoundationNamedBeforeTheWordIsAHolder() {
        let found = facts("Die Quenholt Stiftung hält 45 Prozent an der Velmar AG.")
        #expect(found.entities.contains { $0.name == "Quenholt Stiftung" })
        #expect(found.stakes.map(\.summary) == ["Quenholt Stiftung>Velmar AG 45.0"])
    }

    @Test func aFeminineMainShareholderNounStatesTheHolding() {
        let found = facts("Die Brisenau Bank ist mit 45 Prozent Hauptaktionärin der Velmar AG.")
        #expect(found.stakes.map(\.summary) == ["Brisenau Bank>Velmar AG 45.0"])
    }

    @Test func controlOfAShareOfTheVotesIsAHolding() {
        let found = facts("Die Karnet Holding kontrolliert rund 70 Prozent der Stimmrechte an der Velmar AG.")
        #expect(found.stakes.map(\.summary) == ["Karnet Holding>Velmar AG 70.0"])
    }

    @Test func controlOfAMarketNamesNoCompany() {
        let found = facts("Die Karnet Holding kontrolliert rund 70 Prozent des Marktes in Velmar.")
        #expect(found.stakes.isEmpty)
    }

    @Test func everyListedHolderKeepsItsOwnPercent() {
        let found = facts("Aktionäre der Velmar AG sind die Karnet Holding mit 30 Prozent und die Brisenau Bank mit 20 Prozent.")
        #expect(Set(found.stakes.map(\.summary)) == ["Karnet Holding>Velmar AG 30.0", "Brisenau Bank>Velmar AG 20.0"])
    }

    @Test func theListGoesOnOverCommas() {
        let found = facts(
            "Größter Aktionär der Velmar AG ist die Karnet Holding mit 30 Prozent, die Brisenau Bank mit 20 Prozent und die Quenholt Stiftung mit 10 Prozent."
        )
        #expect(
            Set(found.stakes.map(\.summary)) == ["Karnet Holding>Velmar AG 30.0", "Brisenau Bank>Velmar AG 20.0", "Quenholt Stiftung>Velmar AG 10.0"])
    }

    @Test func aPartyAfterTheListWithoutAPercentHoldsNothing() {
        let found = facts("Größter Aktionär der Velmar AG ist die Karnet Holding mit 30 Prozent und die Brisenau Bank prüft einen Einstieg.")
        #expect(found.stakes.map(\.summary) == ["Karnet Holding>Velmar AG 30.0"])
    }

    @Test func aUnitNamedAfterAnIndefiniteUnitNounBelongsToTheSubject() {
        let found = facts("Die Velmar AG besitzt eine hundertprozentige Tochter namens Karnet GmbH, die Autos baut.")
        #expect(found.stakes.map(\.summary) == ["Velmar AG>Karnet GmbH 100.0"])
        let plain = facts("Die Velmar AG hat eine Tochter namens Karnet GmbH.")
        #expect(plain.stakes.map(\.summary) == ["Velmar AG>Karnet GmbH -"])
    }

    @Test func anIndefiniteUnitSoldIsHeldNoLonger() {
        let found = facts("Die Velmar AG hat eine Tochter namens Karnet GmbH an die Brisenau Bank verkauft.")
        #expect(!found.stakes.map(\.summary).contains("Velmar AG>Karnet GmbH -"))
    }
}
