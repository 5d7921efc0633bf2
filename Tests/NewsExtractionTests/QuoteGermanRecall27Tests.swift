import NewsExtraction
import NewsModel
import Testing

/// A German source phrase inside a short statement ("nach Angaben der X", "laut X") stays in the
/// quote's text when the words around it alone would hold less than 60% of the statement.
/// Invented names only.
@Suite struct QuoteGermanRecall27Tests {
    static func german(_ body: String) -> [Quote] {
        QuoteFixture.quotes("Titel\n\n" + body, language: .german, companies: ["Veltrona"])
    }

    @Test func longSourcePhraseInsideAShortStatementStaysInItsText() {
        let quotes = Self.german("Die Ursache ist nach Angaben der Veltrona unklar.")
        #expect(quotes.count == 1)
        #expect(quotes.first?.text == "Die Ursache ist nach Angaben der Veltrona unklar")
        // The words around a short source phrase are enough.
        let plan = Self.german("Die Firma plant nach Angaben der Veltrona den Abbau von 300 Stellen.")
        #expect(plan.first?.text == "Die Firma plant den Abbau von 300 Stellen")
        // A source phrase at the start keeps only the statement after it.
        let front = Self.german("Laut Veltrona sank der Umsatz im dritten Quartal deutlich.")
        #expect(front.first?.text == "sank der Umsatz im dritten Quartal deutlich")
    }
}
