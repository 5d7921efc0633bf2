import NewsExtraction
import NewsModel
import Testing

/// The leading words of an English company name that only company words and a legal form follow are
/// its short form, ordinary words or not ("Silver Junction" for "Silver Junction Stores Inc"); after
/// "the", ordinary words are the phrase, not the company ("the Far Reach" of "Far Reach Stores
/// Ltd"). Invented names only.
@Suite struct EntityCompanyWordShortFormTests {
    private func table(_ text: String) -> EntityTable { EntityRecognizerTests.entities(text, language: .english) }

    @Test func leadingOrdinaryWordsBeforeCompanyWordsAreTheShortForm() {
        let text = "Copper Circuit Stores, the second-largest retailer in the region, got a bid. The offer came from "
            + "Harlow Capital Management, which already owns 6.7% of Copper Circuit's shares."
        let found = table(text)
        let company = found.entities.first { $0.name.hasPrefix("Copper Circuit Stores") }
        #expect(company?.aliases.contains { $0.hasPrefix("Copper Circuit'") || $0 == "Copper Circuit" } == true,
            "\(found.entities.map(\.allNames))")
    }

    @Test func theSamePhraseAfterTheIsNoMention() {
        let found = table("The board of Far Reach Stores Ltd met on Monday. Sales in the Far Reach of the country fell.")
        let company = found.entities.first { $0.name == "Far Reach Stores Ltd" }
        #expect(company != nil, "\(found.entities.map(\.name))")
        let mentions = found.mentions.filter { $0.entity == company?.id }
        #expect(mentions.count == 1, "\(mentions.map(\.surface))")
    }
}
