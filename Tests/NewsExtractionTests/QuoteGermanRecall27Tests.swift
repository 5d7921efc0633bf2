import NewsExtraction
import NewsModel
import Testing

/// A German source phrase inside a statement ("nach Angaben der X", "laut X", "X zufolge")
/// stays in the quote's text: the statement is one verbatim stretch. Invented names only.
@Suite struct QuoteGermanRecall27Tests {
    static func german(_ body: String) -> [Quote] {
        QuoteFixture.quotes("Titel\n\n" + body, language: .german, companies: ["Veltrona"])
    }

    @Test func sourcePhraseInsideTheStatementStaysInItsText() {
        let quotes = Self.german("Die Ursache des Feuers ist nach Angaben der Veltrona noch unklar.")
        #expect(quotes.count == 1)
        #expect(quotes.first?.text == "Die Ursache des Feuers ist nach Angaben der Veltrona noch unklar")
        let laut = Self.german("Der Umsatz sank laut Veltrona im dritten Quartal deutlich.")
        #expect(laut.first?.text == "Der Umsatz sank laut Veltrona im dritten Quartal deutlich")
        // A source phrase at the start keeps only the statement after it.
        let front = Self.german("Laut Veltrona sank der Umsatz im dritten Quartal deutlich.")
        #expect(front.first?.text == "sank der Umsatz im dritten Quartal deutlich")
    }
}
