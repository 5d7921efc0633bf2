import NewsExtraction
import NewsModel
import Testing

/// English holdings told in an apposition ("X - owner of Y and Z -") and by a share word ("half owned
/// by Y"). Invented names only.
@Suite struct StakeEnglishAppositionOwnerTests {
    private func stakes(_ text: String) -> [String] {
        let facts = RuleBasedExtractor().extract(from: Article(id: "t", title: "Headline", paragraphs: ["Headline", text], language: .english))
        return facts.stakes.map(\.summary)
    }

    @Test func anOwnerAppositionAfterACompanyNamesWhatItHolds() {
        let found = stakes("As part of the deal, Federlin Stores Inc - owner of Quarvel Corp and Brandle Corp - will assume the debt.")
        #expect(found.contains("Federlin Stores Inc>Quarvel Corp -"))
        #expect(found.contains("Federlin Stores Inc>Brandle Corp -"))
    }

    @Test func theOwnerWithACommaAndArticle() {
        let found = stakes("Federlin Stores Inc, the owner of Quarvel Corp, said sales rose.")
        #expect(found.contains("Federlin Stores Inc>Quarvel Corp -"))
    }

    @Test func anOwnerOfSomethingElseIsNoHolding() {
        // "the owner of" after a person: no company holds anything.
        let found = stakes("John Smith, the owner of Quarvel Corp, said sales rose.")
        #expect(!found.contains { $0.hasSuffix(">Quarvel Corp -") })
    }

    @Test func halfOwnedIsFiftyPercent() {
        let found = stakes("The market is led by Brandle Oil Corp, which is half owned by Quarvel Corp.")
        #expect(found.contains("Quarvel Corp>Brandle Oil Corp 50.0"))
    }
}
