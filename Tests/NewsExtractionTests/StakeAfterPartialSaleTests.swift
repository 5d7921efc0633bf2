import NewsModel
import Testing

/// A sale of part of a unit, or of its assets, leaves the unit with its parent; a unit named after "to" is the buyer's.
@Suite struct StakeAfterPartialSaleTests {
    private func stakes(_ text: String, _ companies: [String]) -> [String] {
        DealFixture.facts("Headline\n\n" + text, .english, companies: companies).stakes.map(\.summary)
    }

    @Test func saleOfAPartKeepsTheUnit() {
        #expect(stakes("Acme Corp is discussing the sale of 10 pct of its Brixa Corp subsidiary.", ["Acme Corp", "Brixa Corp"]).contains("Acme Corp>Brixa Corp -"))
        #expect(stakes("Acme Corp will record a gain on the sale of certain assets of its Brixa Co subsidiary.", ["Acme Corp", "Brixa Co"]).contains("Acme Corp>Brixa Co -"))
    }

    @Test func buyersParentStays() {
        let found = stakes("Acme Co said it completed the sale of its film business to Brixa Inc, a unit of privately-held <Cole Industries Inc>.", ["Acme Co", "Brixa Inc", "Cole Industries Inc"])
        #expect(found.contains("Cole Industries Inc>Brixa Inc -"))
    }
}
