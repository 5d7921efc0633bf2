import NewsExtraction
import NewsModel
import Testing

/// Where a German "nach"/"laut" source phrase ends: "die", "das", "ein", "eine" after its noun are
/// no genitive and open the clause ("nach Ansicht von Beobachtern die Frage …"). Invented names.
@Suite struct QuoteGermanSourcePhraseEndTests {
    private func quotes(_ text: String) -> [Quote] {
        RuleBasedExtractor().extract(
            from: Article(id: "s", title: "Titel", paragraphs: ["Titel", text], language: .german)
        ).quotes
    }

    @Test func aNonGenitiveDeterminerEndsTheSourcePhrase() {
        let found = quotes("Für den Chef der Veltrona AG stellt sich nach Ansicht von Beobachtern die Frage nach seiner Zukunft.")
        let quote = found.first { $0.text.contains("nach seiner Zukunft") }
        #expect(quote?.speakerDescription == "Ansicht von Beobachtern" || quote?.speakerDescription == "Beobachtern", "\(found)")
        #expect(quote?.text.contains("die Frage") == true, "\(found)")
    }

    @Test func aGenitiveDeterminerStaysInTheSourcePhrase() {
        let found = quotes("Nach Angaben der Polizei der Stadt Marlbach wurden drei Menschen verletzt.")
        let quote = found.first { $0.text.contains("drei Menschen") }
        #expect(quote?.speakerDescription?.contains("Polizei der Stadt Marlbach") == true, "\(found)")
    }
}
