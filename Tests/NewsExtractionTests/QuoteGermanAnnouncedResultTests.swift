import Foundation
import NewsExtraction
import NewsModel
import Testing

/// German shapes of the dequote25 session (from undetected quotes of the German Wikinews train and
/// dev splits): a "Demnach …" sentence after a sentence that announces a result ("gab … bekannt",
/// "hat … vorgelegt"), and a short quote of capitalised nouns ("„Vielfalt ist Programm in
/// Talgrund“") that a speech verb right after its comma makes a statement.
@Suite struct QuoteGermanAnnouncedResultTests {
    static func facts(_ paragraphs: [String]) -> ArticleFacts {
        let article = Article(id: "s", title: paragraphs[0], paragraphs: paragraphs, language: .german)
        return RuleBasedExtractor().extract(from: article)
    }

    @Test func demnachAfterAnAnnouncementSpeaksForTheAnnouncer() throws {
        let facts = Self.facts(
            ["Titel", "Die Kelmar AG gab am Donnerstag ihre Quartalszahlen bekannt. Demnach stieg der Umsatz um vier Prozent."])
        let quote = try #require(facts.quotes.first { $0.text.contains("Umsatz") }, "\(facts.quotes)")
        #expect(quote.text == "stieg der Umsatz um vier Prozent", "\(quote.text)")
        #expect(quote.speaker?.name == "Kelmar AG", "\(quote)")
        #expect(!quote.direct)
    }

    @Test func demnachAfterAReportLaidBeforeSpeaksForItsAuthor() throws {
        let facts = Self.facts(
            ["Titel", "Die Ökonomin Marlene Quastorf hat heute ihren Bericht vorgelegt.",
             "Demnach habe die Kelmar AG keine Fehler gemacht."])
        let quote = try #require(facts.quotes.first { $0.text.contains("Fehler") }, "\(facts.quotes)")
        #expect(quote.speaker?.name == "Marlene Quastorf", "\(quote)")
    }

    @Test func demnachAfterAPassiveAnnouncementStaysUnread() {
        let facts = Self.facts(
            ["Titel", "Die Quartalszahlen der Kelmar AG wurden am Donnerstag veröffentlicht. Demnach stieg der Umsatz um vier Prozent."])
        #expect(!facts.quotes.contains { $0.text.contains("Umsatz") }, "\(facts.quotes)")
    }

    @Test func nameLikeQuoteBeforeASpeechVerbIsAStatement() throws {
        let facts = Self.facts(
            ["Titel", "Der Stand ist in Halle 4. „Vielfalt ist Programm in Talgrund“, erklärte Marlene Quastorf bei der Vorstellung."])
        let quote = try #require(facts.quotes.first { $0.text.contains("Vielfalt") }, "\(facts.quotes)")
        #expect(quote.text == "Vielfalt ist Programm in Talgrund")
        #expect(quote.speaker?.name == "Marlene Quastorf")
        #expect(quote.direct)
    }

    @Test func nameInsideAnAppositionBeforeTheVerbStaysAName() {
        let facts = Self.facts(
            ["Titel", "Jonas Wittmer, der Chefredakteur der „Abendpost aus Talgrund“, bekräftigt den Bericht."])
        #expect(!facts.quotes.contains { $0.text.contains("Abendpost") }, "\(facts.quotes)")
    }

    @Test func demnachAfterAnAnnouncementWithoutANamedSubjectStaysUnread() {
        let facts = Self.facts(
            ["Titel", "Die Geschworenen haben am Montag um 14 Uhr (Ortszeit) ihre Entscheidung bekannt gegeben. Demnach ist der Angeklagte nicht schuldig."])
        #expect(!facts.quotes.contains { $0.text.contains("schuldig") }, "\(facts.quotes)")
    }

    @Test func nameLikeQuoteInsideTheSentenceStaysAName() {
        let facts = Self.facts(
            ["Titel", "Marlene Quastorf las aus „Vielfalt ist Programm in Talgrund“ vor."])
        #expect(!facts.quotes.contains { $0.text.contains("Vielfalt") }, "\(facts.quotes)")
    }
}
