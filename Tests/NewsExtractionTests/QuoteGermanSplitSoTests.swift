import Foundation
import NewsExtraction
import NewsModel
import Testing

/// German shapes of the wq23 session: a statement split by its "so X" attribution with the
/// subjunctive verb after it, "attestiert" as a cue after a subjunctive content ("Das stelle eine
/// … dar"), and a speaker's name apposed after a role and a place ("sagte der Delegierte in
/// London, Marlene Quastorf").
@Suite struct QuoteGermanSplitSoTests {
    static func facts(_ paragraphs: [String]) -> ArticleFacts {
        let article = Article(id: "s", title: paragraphs[0], paragraphs: paragraphs, language: .german)
        return RuleBasedExtractor().extract(from: article)
    }

    @Test func subjectBeforeSoAttributionAndVerbAfterIt() throws {
        let facts = Self.facts(
            ["Titel", "Die Ökonomin Marlene Quastorf sprach in Talgrund.",
             "Die Kelmar AG, so Quastorf, werde das Werk im Sommer schließen."])
        let quote = try #require(facts.quotes.first { $0.text.contains("Werk") }, "\(facts.quotes)")
        #expect(quote.text == "Die Kelmar AG werde das Werk im Sommer schließen", "\(quote.text)")
        #expect(quote.speaker?.name == "Marlene Quastorf")
        #expect(!quote.direct)
    }

    @Test func adverbBeforeSoAttributionAndVerbAfterIt() throws {
        let facts = Self.facts(
            ["Titel", "Die Ökonomin Marlene Quastorf sprach in Talgrund.",
             "Dennoch, so Quastorf, habe die Kelmar AG nicht richtig gehandelt."])
        let quote = try #require(facts.quotes.first { $0.text.contains("gehandelt") }, "\(facts.quotes)")
        #expect(quote.text == "Dennoch habe die Kelmar AG nicht richtig gehandelt", "\(quote.text)")
        #expect(quote.speaker?.name == "Marlene Quastorf")
    }

    @Test func indicativeVerbAfterSoAttributionStaysUnread() {
        // Without a subjunctive verb after the attribution the rule does not read the sentence as
        // one split statement (the words before it are a noun phrase).
        let facts = Self.facts(
            ["Titel", "Die Ökonomin Marlene Quastorf sprach in Talgrund.",
             "Die Kelmar AG, so Quastorf, schließt das Werk im Sommer."])
        #expect(!facts.quotes.contains { $0.text.contains("Werk") }, "\(facts.quotes)")
    }

    @Test func attestiertAfterASubjunctiveContent() throws {
        let facts = Self.facts(
            ["Titel", "Die Verwaltungsrechtlerin Marlene Quastorf kritisiert den Entwurf.",
             "Das stelle eine unzulässige Benachteiligung der Konkurrenz dar, attestiert Quastorf."])
        let quote = try #require(facts.quotes.first { $0.text.contains("Benachteiligung") }, "\(facts.quotes)")
        #expect(quote.text == "Das stelle eine unzulässige Benachteiligung der Konkurrenz dar")
        #expect(quote.speaker?.name == "Marlene Quastorf")
    }

    @Test func attestiertWithAnObjectIsNoCue() {
        let facts = Self.facts(
            ["Titel", "Die Prüferin Marlene Quastorf attestiert der Kelmar AG eine solide Bilanz."])
        #expect(facts.quotes.isEmpty, "\(facts.quotes)")
    }

    @Test func nameApposedAfterRoleAndPlaceSpeaks() throws {
        let facts = Self.facts(
            ["Titel", "Die Folgen eines Austritts wären für die Kelmar AG gering, sagte der Wirtschaftsdelegierte in London, Marlene Quastorf."])
        let quote = try #require(facts.quotes.first { $0.text.contains("Folgen") }, "\(facts.quotes)")
        #expect(quote.text == "Die Folgen eines Austritts wären für die Kelmar AG gering")
        #expect(quote.speaker?.name == "Marlene Quastorf", "\(quote)")
    }

    @Test func placeListAfterRoleIsNoName() throws {
        let facts = Self.facts(
            ["Titel", "Die Lage sei ernst, sagte die Ministerin in Talgrund, Kelmar und Velden."])
        let quote = try #require(facts.quotes.first { $0.text.contains("Lage") }, "\(facts.quotes)")
        #expect(quote.speaker == nil, "\(quote)")
    }

    @Test func firstPersonContentWithoutCommaBeforeSagte() throws {
        let facts = Self.facts(
            ["Titel", "Die Kelmar AG hebt eine Gebühr ein.",
             "Das ist für uns kein Gewinn sondern ein Ausgleich unserer Kosten sagte Marlene Quastorf zur Presse."])
        let quote = try #require(facts.quotes.first { $0.text.contains("Gewinn") }, "\(facts.quotes)")
        #expect(quote.text == "Das ist für uns kein Gewinn sondern ein Ausgleich unserer Kosten")
        #expect(quote.speaker?.name == "Marlene Quastorf")
    }

    @Test func firstPersonFrontFieldBeforeAWeakCueIsNoContent() {
        let facts = Self.facts(
            ["Titel", "Für unsere Firma und ihre Kunden warnte der Chef vor hohen Kosten."])
        #expect(facts.quotes.isEmpty, "\(facts.quotes)")
    }
}
