import NewsModel
import Testing

@testable import NewsExtraction

/// "Y's X": a company named right after another company's possessive is held by it, in any sentence (no deal
/// or stake word needed), also past a ticker ("Y Inc <YY>'s X"); but not a brand, a paper or a part of a public
/// body, and not when the possessor is named only there. Invented names only.
@Suite struct EnglishPossessedCompanyTests {
    private func stakes(_ text: String, _ companies: [String]) -> [String] { DealFixture.englishStakes(text, companies) }

    @Test func possessedCompanyInASentenceWithoutADealWord() {
        let found = stakes(
            "Quarvel Inc said profits rose. Analysts said Quarvel Inc's Zentor Airways lost money in the quarter.",
            ["Quarvel Inc", "Zentor Airways"])
        #expect(found == ["Quarvel Inc>Zentor Airways -"])
    }

    @Test func possessiveAfterATicker() {
        let found = stakes(
            "Quarvel Inc posted a loss. All Ticket is a travel firm with rights to Quarvel Inc <QRV>'s Zentor Airways booking system.",
            ["Quarvel Inc", "Zentor Airways", "All Ticket"])
        #expect(found.contains("Quarvel Inc>Zentor Airways -"))
    }

    @Test func unitOfTheBuyerAfterSoldTo() {
        let found = stakes(
            "Quorn Inc said it has sold all of its assets to The Norbel Group, a division of Brixel Corp, for 15 mln dlrs.",
            ["Quorn Inc", "Norbel Group", "Brixel Corp"])
        #expect(found.contains("Brixel Corp>Norbel Group -"))
        // The seller's unit is held only until the sale.
        let sold = stakes("Brixel Corp sold its Zentor Airways unit to Quarvel Inc.", ["Brixel Corp", "Zentor Airways", "Quarvel Inc"])
        #expect(!sold.contains("Brixel Corp>Zentor Airways -"))
    }

    @Test func possessorNamedOnlyOnceHoldsNothingWithoutAVerbAfter() {
        let found = stakes(
            "During the attempt, a unit of Telvar's Norbel Group Ltd at one point held 9.9 pct of Quorn Inc.",
            ["Telvar", "Norbel Group Ltd", "Quorn Inc"])
        #expect(!found.contains { $0.hasPrefix("Telvar>") })
        // Named again, the possessor holds the company.
        let again = stakes(
            "Telvar posted a loss. During the attempt, a unit of Telvar's Norbel Group Ltd at one point held 9.9 pct of Quorn Inc.",
            ["Telvar", "Norbel Group Ltd", "Quorn Inc"])
        #expect(again.contains("Telvar>Norbel Group Ltd -"))
    }

    @Test func brandsPapersAndPartsOfPublicBodiesAreNoHoldings() {
        let cars = stakes(
            "Quarvel Inc said sales fell. The plant builds Quarvel Inc's Zentor cars under contract.", ["Quarvel Inc", "Zentor"])
        #expect(cars.isEmpty)
        // The full recogniser: the ministry and its department are organisations, not companies.
        let department = RuleBasedExtractor().extract(
            from: Article(
                id: "d", title: "Headline",
                paragraphs: [
                    "Headline",
                    "The Finance Ministry said imports rose. Wang Der, deputy director of the Finance Ministry's Customs Administration Department, told reporters the list was long.",
                ], language: .english)
        ).stakes
        #expect(department.isEmpty, "\(department)")
    }
}
