import NewsExtraction
import NewsModel
import Testing

/// English speakers the entity stage used to miss, run through the whole extractor: a person with
/// an unknown given name who opens the sentence, an organisation whose bracketed short form stands
/// between it and a trailing cue, a role word inside an organisation's name, and company names
/// ending in "Aviation", "Aeronautics" or "Minerals". Invented names throughout.
@Suite struct QuoteEnglishUnextractedSpeakerTests {
    static func quotes(_ text: String) -> [Quote] { QuoteEnglishWireAttributionTests.quotes(text) }

    static func speaker(_ text: String, of content: String) -> EntityRef? {
        quotes(text).first { $0.text.hasPrefix(content) }?.speaker
    }

    @Test func anUnknownNameOpeningTheSentenceBeforeSaidIsAPerson() {
        let text = "Tavish Morvane said the companies could take advantage of low wages in the region."
        let found = Self.speaker(text, of: "the companies could take")
        #expect(found?.name == "Tavish Morvane", "\(Self.quotes(text))")
        #expect(found?.id.hasPrefix("person:") == true, "\(Self.quotes(text))")
    }

    @Test func aRunTheArticleRepeatsIsNoPerson() {
        // A firm comes back under its whole name; a person would come back by the surname.
        let text = """
            Korvel Dastra said it would cut 300 jobs at its plants.

            Korvel Dastra shares fell 3% on the news. Analysts said Korvel Dastra had few options left.
            """
        let found = Self.speaker(text, of: "it would cut 300 jobs")
        #expect(found?.id.hasPrefix("person:") != true, "\(Self.quotes(text))")
    }

    @Test func aTrailingSpeakerWithItsShortFormInBracketsSpeaks() {
        let text = "House prices dipped slightly in November across most regions, the Office of Regional Planning (ORP) has said."
        #expect(
            Self.speaker(text, of: "House prices dipped")?.name == "Office of Regional Planning", "\(Self.quotes(text))")
    }

    @Test func aRoleWordInsideAnOrganisationsNameDescribesNoPerson() {
        let text =
            "House prices dipped slightly in November across most regions, the Office of the Deputy Harbour Minister (ODHM) has said."
        #expect(
            Self.speaker(text, of: "House prices dipped")?.name == "Office of the Deputy Harbour Minister",
            "\(Self.quotes(text))")
    }

    @Test func aviationAndMineralsEndCompanyNames() {
        let text = "Brenton Aviation said it would add ten planes to its fleet next year."
        let found = Self.speaker(text, of: "it would add ten planes")
        #expect(found?.name == "Brenton Aviation", "\(Self.quotes(text))")
        #expect(found?.id.hasPrefix("person:") != true, "\(Self.quotes(text))")
        let minerals = "Kelmar Minerals said it would close two mines."
        #expect(Self.speaker(minerals, of: "it would close")?.id.hasPrefix("person:") != true, "\(Self.quotes(minerals))")
    }
}
