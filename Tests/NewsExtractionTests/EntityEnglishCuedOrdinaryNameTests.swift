import NewsExtraction
import NewsModel
import Testing

/// After an English company cue, two or more capitalised ordinary words are a company's name ("rival Grey
/// Harbour", "consortium Tube Lanes"); not after a cue that is part of a capitalised phrase. Invented names only.
@Suite struct EntityEnglishCuedOrdinaryNameTests {
    private func names(_ text: String) -> [String] { EntityRecognizerTests.entities(text, language: .english).entities.map(\.name) }

    @Test func ordinaryWordsAfterACueAreAName() {
        let rival = names("During the year Brixel Corp bought US rival Grey Harbour, creating a giant.")
        #expect(rival.contains("Grey Harbour"), "\(rival)")
        let consortium = names("Brixel Corp is offloading its stake in London underground consortium Tube Lanes.")
        #expect(consortium.contains("Tube Lanes"), "\(consortium)")
    }

    @Test func aCapitalisedCueOpensNoName() {
        let rate = names("Loans are priced at the London Interbank Offered Rate plus a margin.")
        #expect(!rate.contains("Offered Rate"), "\(rate)")
        let nationality = names("Barwon, 30 pct owned by New Zealander Brent Harlow's Ariadne group, said profits rose.")
        #expect(!nationality.contains("New Zealander"), "\(nationality)")
    }
}
