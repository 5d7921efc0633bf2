import Foundation
import NewsExtraction
import NewsModel
import Testing

/// German reported-speech shapes of the shadowde21 blind sample (10kGNAD economy and Wikinews
/// business stories): plural verbs in a content, plural present cues, "wundert sich", names after
/// the verb that are spoken to or compared with, relative clauses after an object, a new
/// attribution after a colon, "das Unternehmen" after a court, a quoted source after "laut", and
/// bank and fund acronyms in brackets.
@Suite struct QuoteGermanShadowShapesTests {
    static func facts(_ paragraphs: [String]) -> ArticleFacts {
        let article = Article(id: "s", title: paragraphs[0], paragraphs: paragraphs, language: .german)
        return RuleBasedExtractor().extract(from: article)
    }

    @Test func contentWithAPluralVerbBeforeAnObject() throws {
        let facts = Self.facts(
            ["Titel", "Das Werk in Talgrund steht still.",
             "60 Prozent der Betriebe suchten neue Leute, sagte Marlene Quastorf am Montag."])
        let quote = try #require(facts.quotes.first { $0.text.hasPrefix("60 Prozent") }, "\(facts.quotes)")
        #expect(quote.text == "60 Prozent der Betriebe suchten neue Leute")
        #expect(quote.speaker?.name == "Marlene Quastorf")
    }

    @Test func nounPhraseWithPossessiveStaysNoContent() {
        let facts = Self.facts(
            ["Titel", "Seine neuen Pläne, Marlene Quastorf und Tobias Wendrich, kritisierte der Rat."])
        #expect(facts.quotes.isEmpty, "\(facts.quotes)")
    }

    @Test func pluralPresentSeparableCue() throws {
        let facts = Self.facts(
            ["Titel", "Die Zahlen liegen vor.",
             "Die Veltrona AG und die Harlow Bank geben in einer Pressemitteilung bekannt, dass sie neue Programme entwickeln wollen."])
        let quote = try #require(facts.quotes.first { $0.text.hasPrefix("dass sie") }, "\(facts.quotes)")
        // Of two companies joined by "und", the first-named speaks for both.
        #expect(quote.speaker?.name == "Veltrona AG", "\(quote)")
    }

    @Test func secondVerbWithAberIsNoContent() {
        let facts = Self.facts(
            ["Titel", "Ökonomen wie Marlene Quastorf räumen die Wahrscheinlichkeit eines Schocks ein, sehen aber langfristig rosige Perspektiven."])
        #expect(facts.quotes.isEmpty, "\(facts.quotes)")
    }

    @Test func wundertSichAfterTheContent() throws {
        let facts = Self.facts(
            ["Titel", "Die Ökonomin Marlene Quastorf sprach in Talgrund.",
             "In Talgrund ist die Stimmung schlechter als die Lage, wundert sich Quastorf bei einem Pressegespräch."])
        let quote = try #require(facts.quotes.first { $0.text.hasPrefix("In Talgrund") }, "\(facts.quotes)")
        #expect(quote.speaker?.name == "Marlene Quastorf")
    }

    @Test func firstPersonWordsBeforeAColonStayInTheContent() throws {
        let facts = Self.facts(
            ["Titel", "Die Ökonomin Marlene Quastorf sprach in Talgrund.",
             "Was die Entwicklung betrifft, haben wir eine negative Stimmung: man hat das Gefühl, dass nichts besser wird, wundert sich Quastorf."])
        let quote = try #require(facts.quotes.first { $0.text.contains("man hat das Gefühl") }, "\(facts.quotes)")
        #expect(quote.text.hasPrefix("Was die Entwicklung betrifft"), "\(quote.text)")
        #expect(quote.speaker?.name == "Marlene Quastorf")
    }

    @Test func narrationBeforeAColonIsCutOff() throws {
        let facts = Self.facts(
            ["Titel", "Die Ökonomin Marlene Quastorf sprach in Talgrund.",
             "Als Ausweg bot sich der Handel an: Viele Betriebe suchen neue Leute, sagte Quastorf."])
        let quote = try #require(facts.quotes.first { $0.text.contains("Betriebe suchen") }, "\(facts.quotes)")
        #expect(quote.text == "Viele Betriebe suchen neue Leute")
    }

    @Test func addresseeAfterTheVerbDoesNotSpeak() throws {
        let facts = Self.facts(
            ["Titel", "Der Abgeordnete Jonas Brandtner sitzt im Landtag.",
             "Die Veltrona AG bestätigte dem Abgeordneten Brandtner auf Anfrage, dass er auf der Liste stehe."])
        let quote = try #require(facts.quotes.first { $0.text.hasPrefix("dass er") }, "\(facts.quotes)")
        #expect(quote.speaker?.name == "Veltrona AG")
    }

    @Test func comparedPersonAfterTheVerbDoesNotSpeak() throws {
        let facts = Self.facts(
            ["Titel", "Tobias Wendrich und Marlene Quastorf trafen sich in Talgrund.",
             "Marlene Quastorf vertritt wie Tobias Wendrich die Ansicht, dass die Produktion zu mehr Hunger führen wird."])
        let quote = try #require(facts.quotes.first { $0.text.hasPrefix("dass die Produktion") }, "\(facts.quotes)")
        #expect(quote.speaker?.name == "Marlene Quastorf")
    }

    @Test func relativeClauseAfterTheObjectIsNoContent() {
        let facts = Self.facts(
            ["Titel", "Der Staatschef Tobias Wendrich kündigte einen alternativen Vorschlag an, der das Abkommen untergraben werde."])
        #expect(facts.quotes.isEmpty, "\(facts.quotes)")
    }

    @Test func newAttributionAfterAColonIsNoContent() {
        let facts = Self.facts(
            ["Titel", "Zusätzliche Hilfen hat Sozialminister Tobias Wendrich angekündigt: Er verweist auf Stiftungen, die in allen Ländern parat stehen."])
        #expect(facts.quotes.isEmpty, "\(facts.quotes)")
    }

    @Test func dasUnternehmenIsTheCompanyNotTheCourt() throws {
        let facts = Self.facts(
            ["Titel",
             "Die Pellworm Textil GmbH wird beim Landesgericht für Handelssachen in Talgrund einen Insolvenzantrag einbringen. Ziel ist eine Sanierung mit einer Quote von 20 Prozent. Das teilte das Unternehmen am Dienstag mit."])
        let quote = try #require(facts.quotes.first { $0.text.hasPrefix("Ziel ist") }, "\(facts.quotes)")
        #expect(quote.speaker?.name == "Pellworm Textil GmbH")
    }

    @Test func lautWithAQuotedSourceAndItsRelativeClause() throws {
        let facts = Self.facts(
            ["Titel", "Die Preise steigen.",
             "Laut einem Artikel von „Nordkurier Online“, der sich auf Daten der Veltrona AG beruft, leben acht Millionen Menschen oberhalb der Armutsgrenze."])
        let quote = try #require(facts.quotes.first { $0.text.hasPrefix("leben acht") }, "\(facts.quotes)")
        #expect(quote.text == "leben acht Millionen Menschen oberhalb der Armutsgrenze")
        #expect(quote.speaker == nil && quote.speakerDescription == "Nordkurier Online", "\(quote)")
    }

    @Test func bankAcronymInBracketsIsAnOrganization() {
        let facts = Self.facts(
            ["Titel", "Nach Angaben der Südatlantischen Entwicklungsbank (SAEB) steigen die Überweisungen. Die SAEB schätzt, dass es mehr wird."])
        let names = facts.entities.filter { $0.kind == .organization || $0.kind == .company }.flatMap { [$0.name] + $0.aliases }
        #expect(names.contains("SAEB"), "\(facts.entities)")
    }
}

/// "die Nordische Händlervereinigung": a capitalised adjective in mid-sentence before an
/// organisation noun names an organisation.
@Suite struct EntityGermanAdjectiveInstitutionTests {
    static func names(_ text: String) -> [String] {
        let article = Article(id: "a", title: "Titel", paragraphs: ["Titel", text], language: .german)
        return RuleBasedExtractor().extract(from: article).entities
            .filter { $0.kind == .organization || $0.kind == .company }.flatMap { [$0.name] + $0.aliases }
    }

    @Test func capitalisedAdjectiveBeforeAnOrganizationNoun() {
        let names = Self.names("Personal suchten 60 Prozent der Betriebe, verkündete die Nordische Händlervereinigung am Montag.")
        #expect(names.contains("Nordische Händlervereinigung"), "\(names)")
        let genitive = Self.names("Das Geld kam vom Gipfel der Multilateralen Investitionsbank in Talgrund.")
        #expect(genitive.contains("Multilateralen Investitionsbank"), "\(genitive)")
    }

    @Test func inflectedFormsAreOneOrganization() throws {
        let article = Article(
            id: "a", title: "Titel",
            paragraphs: ["Titel", "Der Gipfel der Baltischen Handelsgemeinschaft beginnt. Die Baltische Handelsgemeinschaft wurde 2004 gegründet."],
            language: .german)
        let found = RuleBasedExtractor().extract(from: article).entities.filter { $0.name.hasSuffix("Handelsgemeinschaft") }
        #expect(found.count == 1, "\(found)")
        let entity = try #require(found.first)
        #expect(entity.name == "Baltische Handelsgemeinschaft")
        #expect(entity.aliases.contains("Baltischen Handelsgemeinschaft"), "\(entity)")
    }

    @Test func chainedAdjectivesAndNamesThatGoOn() {
        let chained = Self.names("Das Geld kam von der Baltischen Demokratischen Partei in Talgrund.")
        #expect(chained.contains("Baltischen Demokratischen Partei"), "\(chained)")
        #expect(!chained.contains("Demokratischen Partei"), "\(chained)")
        let goesOn = Self.names("Das Geld kam vom Nordischen Zentrum für Quellforschung in Talgrund.")
        #expect(!goesOn.contains("Nordischen Zentrum"), "\(goesOn)")
        let genitive = Self.names("Das Geld kam von der Baltischen Partei Talgrunds.")
        // The rule leaves the name to the others; it does not cut it to its nominative "Baltische Partei".
        #expect(!genitive.contains("Baltische Partei"), "\(genitive)")
    }

    @Test func lowerCaseAdjectiveOrOtherNounIsNoName() {
        #expect(Self.names("Die Zahlen der nordischen Händlervereinigung steigen, sagte Marlene Quastorf.").isEmpty)
        #expect(Self.names("Am Montag sank die Zahl. Nordische Winter sind hart.").isEmpty)
    }
}
