import NewsExtraction
import NewsModel
import Testing

/// "The diversified chemical and industrial company said": a sentence-opening description of up to four lower-case
/// words before a company noun refers back to the company, never to a body the company filed with or told; nouns
/// that also describe people ("the veteran game maker says") need a shorter description. Run through the whole
/// extractor; invented names throughout.
@Suite struct QuoteEnglishDescribedCompanyTests {
    private func speaker(_ text: String, of content: String) -> String? {
        QuoteEnglishSubjectChoiceTests.speaker(text, of: content)
    }

    @Test func longDescriptionBeforeACompanyNoun() {
        let text = """
            NEW YORK, March 2 - Kelmar Industries Inc said it sold its retail unit.

            The diversified chemical and industrial company said the sale completes its program to divest retail operations.
            """
        #expect(speaker(text, of: "the sale completes") == "Kelmar Industries Inc", "\(QuoteEnglishSubjectChoiceTests.quotes(text))")
        let agency = """
            OTTAWA, March 2 - Orders rose 2.8 pct in January, Kelmar Statistics Office said.

            The federal agency said new orders fell 4.0 pct following a 4.5 pct increase in December.
            """
        #expect(speaker(agency, of: "new orders fell") == "Kelmar Statistics Office", "\(QuoteEnglishSubjectChoiceTests.quotes(agency))")
    }

    @Test func bodyFiledWithIsNoAntecedent() {
        let text = """
            WASHINGTON, April 9 - Kelmar Trust Corp filed with the Securities and Exchange Commission for a shelf offering of debentures.

            The bank holding company said proceeds will be used for general corporate purposes.
            """
        #expect(speaker(text, of: "proceeds will be used") == "Kelmar Trust Corp", "\(QuoteEnglishSubjectChoiceTests.quotes(text))")
    }

    @Test func personNounNeedsAShortDescription() {
        let text = """
            Kelmar Studios Ltd made the game. Its founder left in 1997.

            The veteran game maker says he has one problem still to solve.
            """
        #expect(speaker(text, of: "he has one problem") != "Kelmar Studios Ltd", "\(QuoteEnglishSubjectChoiceTests.quotes(text))")
    }
}
