import NewsExtraction
import NewsModel
import Testing

/// What "the group said" stands for in English wire reports: never the body the group told or filed with ("In a
/// filing with the Securities and Exchange Commission, the group said"), never the company whose stake or shares
/// it holds or that its own phrase names ("its position in X"); a company in a market phrase ("Shares in X have
/// tumbled") still is one. Run through the whole extractor; invented names throughout.
@Suite struct QuoteEnglishGroupAnaphorTests {
    private func speaker(_ text: String, of content: String) -> String? {
        QuoteEnglishSubjectChoiceTests.speaker(text, of: content)
    }

    @Test func openingFilingPhraseAndHeldCompanyAreSkipped() {
        let text = """
            WASHINGTON, March 3 - An investor group led by Kelmar Partners Inc, a New York investment firm, and its executive vice president, Edgar Dorvall, said they cut their stake in Brixel Corp to less than five pct.

            In a filing with the Securities and Exchange Commission, the group said it sold 19,500 Brixel common shares between Feb 11 and 19.
            """
        #expect(speaker(text, of: "it sold 19,500") == "Kelmar Partners Inc", "\(QuoteEnglishSubjectChoiceTests.quotes(text))")
    }

    @Test func groupIsNoCompanyItHoldsOrTold() {
        let held = """
            WASHINGTON, April 3 - A group of New York investors said it lowered its stake in Brixel Corp to 7.0 pct.

            The group said it sold a net 31,858 shares of Brixel common stock between February 2 and March 31.
            """
        #expect(speaker(held, of: "it sold a net") != "Brixel Corp", "\(QuoteEnglishSubjectChoiceTests.quotes(held))")
        let told = """
            WASHINGTON, March 16 - A group of affiliated New York investment firms told the Securities and Exchange Commission they have acquired 453,300 shares of Brixel Corp.

            The group said it bought the stock for investment purposes.
            """
        let found = speaker(told, of: "it bought the stock")
        #expect(found != "Securities and Exchange Commission" && found != "Brixel Corp", "\(QuoteEnglishSubjectChoiceTests.quotes(told))")
    }

    @Test func groupIsNoCompanyNamedInItsOwnPhrase() {
        let text = """
            WASHINGTON, April 3 - A group of New York investors said it lowered its position in Brixel Corp.

            The group said it sold a net 31,858 shares between February 2 and March 31.
            """
        #expect(speaker(text, of: "it sold a net") != "Brixel Corp", "\(QuoteEnglishSubjectChoiceTests.quotes(text))")
    }

    @Test func marketPhraseCompanyStaysTheGroup() {
        let text = """
            Shares in Zentor Airlines have tumbled after a warning that cash could run out.

            Analysts were gloomy about the coming months. Failure to make cutbacks may also push it to reduce its fleet, the group said.
            """
        #expect(speaker(text, of: "Failure to make cutbacks") == "Zentor Airlines", "\(QuoteEnglishSubjectChoiceTests.quotes(text))")
    }
}
