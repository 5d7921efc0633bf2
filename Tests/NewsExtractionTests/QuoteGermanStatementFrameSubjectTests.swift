import NewsExtraction
import NewsModel
import Testing

/// "Die X erhöht ihren Anteil an der Y. Das teilte das Unternehmen mit.": the company noun of a
/// German statement frame ("Das teilte … mit", "Dies gab … bekannt") stands for the subject of
/// the sentence before, not for the company named last in it. Invented names only.
@Suite struct QuoteGermanStatementFrameSubjectTests {
    private func quotes(_ body: String) -> [Quote] {
        RuleBasedExtractor().extract(
            from: Article(id: "f", title: "Titel", paragraphs: ["Titel", body], language: .german)
        ).quotes
    }

    @Test func theFrameSpeaksForTheSubjectOfTheSentenceBefore() {
        let found = quotes(
            "Die Zelvag AG erhöht ihren Anteil an der Morbang GmbH auf 30 Prozent. Das teilte das Unternehmen am Montag mit.")
        let quote = found.first { $0.text.contains("erhöht ihren Anteil") }
        #expect(quote?.speaker?.name == "Zelvag AG", "\(found)")
    }

    @Test func dieserFrameAndAnotherCompanyNoun() {
        let found = quotes("Die Zelvag AG verkauft ihre Beteiligung an die Morbang GmbH. Dies gab der Konzern bekannt.")
        let quote = found.first { $0.text.contains("verkauft ihre Beteiligung") }
        #expect(quote?.speaker?.name == "Zelvag AG", "\(found)")
    }
}
