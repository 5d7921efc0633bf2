import NewsModel
import Testing

@testable import NewsExtraction

/// A known company's name with its legal form after an unknown name word is part of another company's name
/// ("Kestrel Telekom AG" is no Deutsche Telekom); after a function word or a place it stays the known company.
/// Invented names around gazetteer entries.
@Suite struct EntityKnownNameInsideLongerNameTests {
    private func companies(_ text: String, _ language: Language = .german) -> [String] {
        EntityRecognizerTests.names(EntityRecognizerTests.entities(text, language: language), kind: .company)
    }

    @Test func unknownNameWordBeforeAKnownNameWithLegalForm() {
        let found = companies("Die Vorlander Holding hält 33 Prozent an der Kestrel Telekom AG.")
        #expect(found.contains("Kestrel Telekom AG"))
        #expect(!found.contains("Deutsche Telekom"))
    }

    @Test func functionWordBeforeTheKnownNameKeepsIt() {
        let found = companies("Die Vorlander Holding hält 33 Prozent an der Telekom AG.")
        #expect(found.contains("Deutsche Telekom"))
    }
}
