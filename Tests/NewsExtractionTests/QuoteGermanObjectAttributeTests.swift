import Foundation
import NewsExtraction
import NewsModel
import Testing

/// "…, bestätigte der Konzern einen Bericht des Handelsblatts": the company noun speaks, not the
/// newspaper named as the genitive attribute of the object.
@Suite struct QuoteGermanObjectAttributeTests {
    static func facts(_ paragraphs: [String]) -> ArticleFacts {
        let article = Article(id: "s", title: paragraphs[0], paragraphs: paragraphs, language: .german)
        return RuleBasedExtractor().extract(from: article)
    }

    @Test func companyNounSubjectSpeaksNotTheObjectsAttribute() throws {
        let facts = Self.facts(
            ["Titel", "Die Velkora AG schließt ihr Werk in Tarnau. Grund sei das schwierige Marktumfeld, bestätigte der Konzern einen Bericht des Handelsblatts."])
        let quote = try #require(facts.quotes.first { $0.text.contains("Marktumfeld") }, "\(facts.quotes)")
        #expect(quote.speaker?.name == "Velkora AG", "\(quote)")
    }

    @Test func neuterCompanyNounWithAMultiWordNewspaper() throws {
        let facts = Self.facts(
            ["Titel", "Die Velkora AG schließt ihr Werk in Tarnau. Man prüfe alle Optionen, bestätigte das Unternehmen eine Meldung der Kleinen Zeitung."])
        let quote = try #require(facts.quotes.first { $0.text.contains("Optionen") }, "\(facts.quotes)")
        #expect(quote.speaker?.name == "Velkora AG", "\(quote)")
    }

    @Test func organisationAfterItsRoleNounStillSpeaks() throws {
        let facts = Self.facts(
            ["Titel", "Die Velkora AG schließt ihr Werk in Tarnau. Man prüfe alle Optionen, teilte die Geschäftsführung der Brenvo AG mit."])
        let quote = try #require(facts.quotes.first { $0.text.contains("Optionen") }, "\(facts.quotes)")
        #expect(quote.speaker?.name == "Brenvo AG", "\(quote)")
    }
}
