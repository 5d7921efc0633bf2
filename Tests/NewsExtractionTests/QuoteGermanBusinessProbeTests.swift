import Foundation
import NewsExtraction
import NewsModel
import Testing

/// German business-news shapes of the dequote26 session (from invented probe articles): a company
/// named bare after an article at a speech cue ("Die Velkaro teilte mit, …", "hieß es bei der
/// Velkaro", "nach Angaben der Velkaro") speaks as itself.
@Suite struct QuoteGermanBusinessProbeTests {
    static func facts(_ paragraphs: [String]) -> ArticleFacts {
        let article = Article(id: "s", title: paragraphs[0], paragraphs: paragraphs, language: .german)
        return RuleBasedExtractor().extract(from: article)
    }

    @Test func bareCompanySubjectBeforeTheCueSpeaks() throws {
        let facts = Self.facts(["Titel", "Die Velkaro teilte mit, der Umsatz sei im dritten Quartal um acht Prozent gestiegen."])
        let quote = try #require(facts.quotes.first { $0.text.contains("Umsatz") }, "\(facts.quotes)")
        #expect(quote.speaker?.name == "Velkaro", "\(quote)")
        #expect(!quote.direct)
        #expect(facts.entities.contains { $0.name == "Velkaro" && $0.kind != .person }, "\(facts.entities)")
    }

    @Test func bareCompanyAfterTheCueSpeaksADirectQuote() throws {
        let facts = Self.facts(["Titel", "„Ein Verkauf steht nicht zur Debatte“, teilte die Harlingo am Montag mit."])
        let quote = try #require(facts.quotes.first { $0.text.contains("Verkauf") }, "\(facts.quotes)")
        #expect(quote.speaker?.name == "Harlingo", "\(quote)")
        #expect(quote.direct)
    }

    @Test func bareCompanyInADativeOrGenitiveSourceSpeaks() throws {
        let facts = Self.facts(
            ["Titel", "Die Übernahme sei ein wichtiger Schritt für das Wachstum, hieß es in einer Mitteilung der Krestol.",
             "„Die Nachfrage aus Asien bleibt schwach“, hieß es bei der Brantisol."])
        let first = try #require(facts.quotes.first { $0.text.contains("Übernahme") }, "\(facts.quotes)")
        #expect(first.speaker?.name == "Krestol", "\(first)")
        let second = try #require(facts.quotes.first { $0.text.contains("Nachfrage") }, "\(facts.quotes)")
        #expect(second.speaker?.name == "Brantisol", "\(second)")
    }

    @Test func ordinaryNounsAndCompoundsAfterAnArticleMakeNoCompany() {
        let facts = Self.facts(
            ["Titel", "Die Stadtverwaltung teilte mit, der Umsatz sei gestiegen.",
             "Die Regierung erklärte, man sei zuversichtlich.", "Der Quellbote berichtete, die Lage sei ernst."])
        let names = facts.entities.map(\.name)
        #expect(!names.contains("Stadtverwaltung") && !names.contains("Regierung") && !names.contains("Quellbote"), "\(names)")
    }

    @Test func bareCompanyAfterASourceNounSpeaks() throws {
        let facts = Self.facts(
            ["Titel", "Nach Angaben der Mirvek stieg der Auftragseingang im Quartal um zwölf Prozent.",
             "Laut einer Mitteilung der Lunetra soll der neue Standort 300 Arbeitsplätze schaffen."])
        let first = try #require(facts.quotes.first { $0.text.contains("Auftragseingang") }, "\(facts.quotes)")
        #expect(first.speaker?.name == "Mirvek", "\(first)")
        let second = try #require(facts.quotes.first { $0.text.contains("Standort") }, "\(facts.quotes)")
        #expect(second.speaker?.name == "Lunetra", "\(second)")
    }

    @Test func compoundsOfTwoNounsAfterAnArticleMakeNoCompany() {
        let facts = Self.facts(
            ["Titel", "Die Hafenbahn teilte mit, der Umsatz sei gestiegen.", "Die Landeskasse erklärte, man sei zuversichtlich."])
        let names = facts.entities.map(\.name)
        #expect(!names.contains("Hafenbahn") && !names.contains("Landeskasse"), "\(names)")
    }

    @Test func addresseesAndTownPeopleAfterDerMakeNoCompany() {
        let facts = Self.facts(
            ["Titel", "Die Lage sei ernst, sagte der Schweizer der Varesto.",
             "Er erhielt nach Angaben der Talbacher einen Zweijahresvertrag."])
        let names = facts.entities.map(\.name)
        #expect(!names.contains("Varesto") && !names.contains("Talbacher"), "\(names)")
    }
}
