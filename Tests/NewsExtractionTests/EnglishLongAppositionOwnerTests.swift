import NewsModel
import Testing

@testable import NewsExtraction

/// "X, the iconic French mineral water owned by Y": an apposition of up to eight words before "owned by" names
/// what Y owns when it opens with an article and stays one noun phrase. Invented names only.
@Suite struct EnglishLongAppositionOwnerTests {
    private func stakes(_ text: String, _ companies: [String]) -> [String] { DealFixture.englishStakes(text, companies) }

    @Test func longArticleAppositionBeforeOwnedBy() {
        let found = stakes(
            "Uncertainty remains over the future of Brelline Co, the iconic French mineral water owned by Tarvex SA.",
            ["Brelline Co", "Tarvex SA"])
        #expect(found == ["Tarvex SA>Brelline Co -"])
    }

    @Test func ownedThingInsideAPrepositionalPhraseIsNotTheHead() {
        let found = stakes(
            "Brelline Co, the maker of most of the bottles owned by Tarvex SA, reported a loss.",
            ["Brelline Co", "Tarvex SA"])
        #expect(!found.contains("Tarvex SA>Brelline Co -"))
        let relative = stakes(
            "Brelline Co, the firm that bought the plants owned by Tarvex SA, reported a loss.",
            ["Brelline Co", "Tarvex SA"])
        #expect(!relative.contains("Tarvex SA>Brelline Co -"))
    }
}
