import NewsExtraction
import NewsModel
import Testing

/// "X said shareholders approved a plan": a plain noun right after "said" followed by a past form in "-ed" (five
/// letters or more) opens a content clause; not after a preposition ("said nothing about unreleased products").
/// Run through the whole extractor; invented names throughout.
@Suite struct QuoteEnglishBarePastClauseTests {
    private func quotes(_ text: String) -> [String] { QuoteEnglishSubjectChoiceTests.quotes(text).map(\.text) }

    @Test func nounAndPastFormAfterSaid() {
        #expect(quotes("Kelmar Industries Inc said shareholders approved a plan to split the stock.") == ["shareholders approved a plan to split the stock"])
        #expect(quotes("Kelmar Industries Inc said directors voted against the plan.") == ["directors voted against the plan"])
    }

    @Test func pastFormAfterAPrepositionOpensNoClause() {
        #expect(quotes("Kelmar Industries Inc said nothing about unreleased products.").isEmpty)
    }
}
