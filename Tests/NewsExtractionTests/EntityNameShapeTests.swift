import NewsExtraction
import NewsModel
import Testing

/// Company names of shapes real articles use and earlier rules cut short or missed: initials,
/// hyphenated legal forms, German business words, web names, lower-case names in quotes.
/// Invented names only.
@Suite struct EntityNameShapeTests {
    private func companies(_ table: EntityTable) -> [String] {
        table.entities.filter { $0.kind == .company || $0.kind == .organization }.map(\.name)
    }

    @Test func initialsBelongToTheCompanyName() {
        let german = EntityRecognizerTests.entities("Die K. Tamoro & Co hält 12 Prozent an der Selvin AG.")
        #expect(companies(german).contains("K. Tamoro & Co"))
        let english = EntityRecognizerTests.entities(
            "J. R. Lindmark Ltd said it bought 12 pct of Selvin Corp.", language: .english)
        #expect(companies(english).contains("J. R. Lindmark Ltd"))
    }

    @Test func initialsBeforeAPersonStayWithThePerson() {
        let table = EntityRecognizerTests.entities("Quendra-Chef K. Morvena sagte, die Selvin AG wachse.")
        #expect(!companies(table).contains { $0.hasPrefix("K.") })
    }

    @Test func germanCompoundEndingInALegalFormEndsTheName() {
        let table = EntityRecognizerTests.entities(
            "Die Quendra Versicherungs-AG legte eine Studie vor. Die Brasko Handels-GmbH schwieg.")
        let names = companies(table)
        #expect(names.contains("Quendra Versicherungs-AG"))
        #expect(names.contains("Brasko Handels-GmbH"))
    }

    @Test func hyphenatedLegalFormAloneIsAnOrdinaryNoun() {
        let table = EntityRecognizerTests.entities("Die Versicherungs-AG legte eine Studie vor, sagte ein Sprecher.")
        #expect(companies(table).isEmpty)
    }

    @Test func germanBusinessWordsEndCompanyNames() {
        let table = EntityRecognizerTests.entities(
            "Die Veltra Energie übernimmt die Nordhafen Logistik. Korvell Immobilien hält 20 Prozent an der Brunnwald Bau.")
        let names = companies(table)
        #expect(names.contains("Nordhafen Logistik"))
        #expect(names.contains("Korvell Immobilien"))
        #expect(names.contains("Brunnwald Bau"))
    }

    @Test func germanBusinessWordsAfterOrdinaryNounsAreNoName() {
        let table = EntityRecognizerTests.entities(
            "Im Bereich Logistik wuchs der Umsatz, die Sparte Immobilien schrumpfte, der Bau stockt.")
        #expect(companies(table).isEmpty)
    }

    @Test func businessWordNamesAreStakeParties() {
        let facts = RuleBasedExtractor().extract(
            from: Article(
                id: "t", title: "", paragraphs: ["Korvell Immobilien hält 20 Prozent an der Brunnwald Bau."],
                language: .german))
        #expect(facts.stakes.contains { $0.holder.name == "Korvell Immobilien" && $0.company.name == "Brunnwald Bau" })
    }

    @Test func webNamesAreCompanies() {
        let german = EntityRecognizerTests.entities(
            "Er will das Projekt im Rahmen seines Start-ups drivo.ai weiterführen. Die Leitung von brenlo.org hat sie.")
        #expect(companies(german).contains("drivo.ai"))
        #expect(companies(german).contains("brenlo.org"))
        let english = EntityRecognizerTests.entities("Shares of drivo.ai rose, the firm said.", language: .english)
        #expect(companies(english).contains("drivo.ai"))
    }

    @Test func webAddressesAreNoCompanies() {
        let table = EntityRecognizerTests.entities(
            "Er sicherte sich die Domain quorvi.at, die Texte stehen auf „flatvio.net“ und unter www.brenlo.com.")
        #expect(companies(table).isEmpty)
    }

    @Test func lowerCaseNameAloneInQuotesAfterACue() {
        let german = EntityRecognizerTests.entities("Auch die Firma „lumato“ meldete Gewinne.")
        #expect(companies(german).contains("lumato"))
        let english = EntityRecognizer().recognize(
            in: TextPreparer().prepare(TextTestArticles.article("The startup \"lumato\" reported a profit.", language: .english)))
        #expect(companies(english).contains("lumato"))
    }

    @Test func ordinaryLowerCaseWordInQuotesIsNoName() {
        let table = EntityRecognizerTests.entities("Die Firma „wachsen“ nannte das Unternehmen „sicher“.")
        #expect(companies(table).isEmpty)
    }

    @Test func consortiumMembersAreCompaniesEach() {
        let german = EntityRecognizerTests.entities("Ein Konsortium aus Veltrona und Brasko übernimmt 60 Prozent an der Selvin AG.")
        #expect(companies(german).contains("Veltrona"))
        #expect(companies(german).contains("Brasko"))
        #expect(!companies(german).contains { $0.contains(" und ") })
        let english = EntityRecognizerTests.entities(
            "A consortium of Veltrona, Jasko and Brasko bought 60 pct of Selvin Corp.", language: .english)
        for name in ["Veltrona", "Jasko", "Brasko"] { #expect(companies(english).contains(name)) }
    }

    @Test func consortiumOfOrdinaryWordsNamesNoCompany() {
        let table = EntityRecognizerTests.entities("Ein Konsortium aus Banken und Versicherungen übernimmt die Mehrheit.")
        #expect(companies(table).isEmpty)
    }

    @Test func digitLedNameCoordinatedWithACompany() {
        let table = EntityRecognizerTests.entities(
            "Auch Portale wie Quorvi, 7beds oder Flatvio haben Probleme. Auf Quorvi werden Zimmer angeboten. Quorvi wächst.")
        let names = companies(table)
        #expect(names.contains("7beds"))
        #expect(names.contains("Flatvio"))
    }

    @Test func decadesAndAgesAreNoDigitLedNames() {
        let table = EntityRecognizerTests.entities("In den 1990ern und 2000ern wuchs die Selvin AG, sagte der 50jährige Chef.")
        #expect(companies(table) == ["Selvin AG"])
    }

    @Test func lowerCaseNameWithALegalFormInQuotesAfterACue() {
        let table = EntityRecognizerTests.entities("Die Firma „brenlo energy ag“ investiert in die Selvin AG.")
        #expect(companies(table).contains("brenlo energy ag"))
    }

    @Test func ampersandContinuesACompanyWordName() {
        let table = EntityRecognizerTests.entities("Die Selvin Media & Western Trust erwägt eine Übernahme der Quorvi AG.")
        #expect(companies(table).contains("Selvin Media & Western Trust"))
        #expect(!companies(table).contains("Selvin Media"))
    }
}
