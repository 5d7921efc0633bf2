import NewsModel
import Testing

/// "Y's X Co pipeline subsidiary", "its X Inc oil service unit": one or two lower-case words that say what the
/// unit does between its name and the unit noun. Invented names only.
@Suite struct StakeEnglishDescribedUnit29Tests {
    private func stakes(_ text: String, companies: [String], places: [String] = []) -> [String] {
        DealFixture.facts("Headline\n\n" + text, .english, companies: companies, places: places, date: "1987-03-01").stakes.map(\.summary)
    }

    @Test func possessiveHolderBeforeADescribedUnit() {
        let found = stakes("Quorra Eastern Corp's Zentor Gas Co pipeline subsidiary said it is reducing its rates.", companies: ["Quorra Eastern Corp", "Zentor Gas Co"])
        #expect(found.contains("Quorra Eastern Corp>Zentor Gas Co -"))
    }

    @Test func pronounHolderBeforeATwoWordDescription() {
        let found = stakes("Quorra Inc said its Zentor Inc oil service subsidiary won a drilling contract.", companies: ["Quorra Inc", "Zentor Inc"])
        #expect(found.contains("Quorra Inc>Zentor Inc -"))
    }

    @Test func aSoldUnitIsNotHeld() {
        let found = stakes("Quorra Inc said it completed the sale of its Zentor Inc health care unit to investors.", companies: ["Quorra Inc", "Zentor Inc"])
        #expect(!found.contains("Quorra Inc>Zentor Inc -"))
    }

    @Test func aPlaceIsNoUnit() {
        let found = stakes("Analysts doubted the value of Quorra Inc's Vandoria beverage division.", companies: ["Quorra Inc"], places: ["Vandoria"])
        #expect(found.isEmpty)
    }
}
