import NewsExtraction
import NewsModel
import Testing

/// "In a letter to X, Harlow said …": the people and organisations of an introductory statement
/// phrase are addressees, not speakers. Invented names only.
@Suite struct QuoteEnglishIntroPhraseTests {
    private func speaker(_ text: String, of content: String) -> String? {
        QuoteEnglishWireAttributionTests.speaker(text, of: content)
    }

    @Test func thePersonALetterIsAddressedToDoesNotSpeak() {
        let text = "Harlow Minerals Inc rejected the offer.\n\nIn a letter to Brisko chairman Dana Ferrick, Harlow said the price was too low."
        #expect(speaker(text, of: "the price was too low") == "Harlow Minerals Inc", "\(QuoteEnglishWireAttributionTests.quotes(text))")
    }

    @Test func theAuthorityAFilingIsMadeWithDoesNotSpeak() {
        let text =
            "Harlow Minerals Inc bought shares of Brisko Corp.\n\nIn a filing with the Securities and Exchange Commission, Dana Ferrick said she holds 12 pct of Brisko."
        #expect(speaker(text, of: "she holds 12 pct") == "Dana Ferrick", "\(QuoteEnglishWireAttributionTests.quotes(text))")
    }

    @Test func withoutAnIntroductoryStatementNounTheNearestNameStillSpeaks() {
        // "In Tarrow" is a place, not a statement: the rule leaves the sentence alone.
        let text = "In Tarrow, Dana Ferrick said the mine would reopen."
        #expect(speaker(text, of: "the mine would reopen") == "Dana Ferrick", "\(QuoteEnglishWireAttributionTests.quotes(text))")
        // No comma after the phrase: the first comma lies inside the subject ("X and his funds A, B and C").
        let subject =
            "In a filing with the Securities and Exchange Commission Dana Ferrick and his funds Kestrel, Osprey and Merlin Partners said they bought 51,600 shares."
        #expect(speaker(subject, of: "they bought") == "Dana Ferrick", "\(QuoteEnglishWireAttributionTests.quotes(subject))")
    }
}
