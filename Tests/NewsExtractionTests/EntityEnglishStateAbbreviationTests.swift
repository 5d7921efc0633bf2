import NewsExtraction
import NewsModel
import Testing

/// US state abbreviations after a town ("of Tarrow, Va.,") are places, never the company that buys.
/// Invented names only.
@Suite struct EntityEnglishStateAbbreviationTests {
    private func extract(_ text: String) -> ArticleFacts {
        RuleBasedExtractor().extract(from: Article(id: "r", title: "Headline", paragraphs: ["Headline", text], language: .english))
    }

    @Test func aStateAfterTheTownIsNoCompany() {
        let facts = extract("Quarvel Savings Bank of Tarrow, Va., said it has agreed to acquire Brixa Savings Bank of Marlow, Okla.")
        #expect(!facts.entities.contains { $0.kind == .company && ["Va", "Va.", "Okla", "Okla."].contains($0.name) })
        #expect(facts.deals.map(\.summary).contains { $0.contains("Quarvel Savings Bank") && $0.contains("Brixa Savings Bank") })
    }
}
