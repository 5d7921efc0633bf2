import NewsExtraction
import NewsModel
import Testing

/// An ordinary word opening a sentence before a company word name belongs to the name when the article
/// writes the same two words again inside a sentence. Invented names only.
@Suite struct EntityEnglishSentenceInitialNameTests {
    private func companies(_ text: String) -> [String] {
        EntityRecognizerTests.entities(text, language: .english).entities.filter { $0.kind == .company }.map(\.name)
    }

    @Test func aRepeatedPairOpensTheName() {
        let text = "Beacon Harbor Stores, the third-largest retailer in the US, has received a takeover offer. "
            + "The bidder already owns 5% of Beacon Harbor's shares."
        #expect(companies(text) == ["Beacon Harbor Stores"])
    }

    @Test func anOpeningWordTheArticleNeverRepeatsStaysOut() {
        let text = "Copper Harbor Stores, the third-largest retailer in the US, has received a takeover offer. "
            + "The bidder already owns 5% of Harbor Stores."
        #expect(companies(text) == ["Harbor Stores"])
    }
}
