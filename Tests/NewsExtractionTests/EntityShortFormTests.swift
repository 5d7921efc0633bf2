import NewsExtraction
import NewsModel
import Testing

/// Generalisation rules of the entity recognizer: tickers, long company names, short forms and
/// acronyms, given names before known names, German declined names. Invented names only.
@Suite struct EntityShortFormTests {
    private func entities(_ text: String, _ language: Language = .english) -> EntityTable {
        EntityRecognizerTests.entities(text, language: language)
    }

    private func companies(_ table: EntityTable) -> [String] {
        table.entities.filter { $0.kind == .company || $0.kind == .organization }.map(\.name)
    }

    @Test func tickerIsAnAliasOfTheNameBeforeIt() {
        let table = entities("Tessaro Holdings Corp <TSO.N> said it would buy Quilbane Resources Ltd <QUIL>.")
        let tessaro = EntityRecognizerTests.entity(table, "Tessaro Holdings Corp")
        #expect(tessaro?.aliases.contains("TSO.N") == true)
        #expect(EntityRecognizerTests.entity(table, "Quilbane Resources Ltd")?.aliases.contains("QUIL") == true)
        #expect(!companies(table).contains("TSO.N"))
        #expect(companies(table).count == 2)
    }

    @Test func tickerAfterPossessiveNamesTheOwner() {
        let table = entities("It bought Varnex Ltd's <VRNX.S> mining unit.")
        #expect(EntityRecognizerTests.entity(table, "Varnex Ltd")?.aliases.contains("VRNX.S") == true)
    }

    @Test func capitalisedWordsBeforeATickerAreACompany() {
        let table = entities("It completed its merger with Brabble Federal Savings Bank <BRFD.O> on Monday.")
        let bank = EntityRecognizerTests.entity(table, "Brabble Federal Savings Bank")
        #expect(bank?.kind == .company)
        #expect(bank?.aliases.contains("BRFD.O") == true)
        let particle = entities("Compagnie Zorbale Des Vents <CZDV.PA> said it holds five pct.")
        #expect(companies(particle).contains("Compagnie Zorbale Des Vents"))
    }

    @Test func longCompanyNamesKeepTheirOrdinaryWords() {
        let table = entities(
            "Shares of Brennick Automation rose. Quarvel Savings and Loan Association said it agreed. "
                + "It sold West Nortonia Power to Dallow Industries.")
        let names = companies(table)
        #expect(names.contains("Brennick Automation"))
        #expect(names.contains("Quarvel Savings and Loan Association"))
        #expect(names.contains("West Nortonia Power"))
        #expect(!names.contains("Brennick"))
        #expect(table.entities.filter { $0.kind == .person }.isEmpty)
    }

    @Test func sentenceInitialLongBankName() {
        let table = entities("Brabble Federal Savings and Loan Association said it named a new chairman.")
        #expect(companies(table).contains("Brabble Federal Savings and Loan Association"))
    }

    @Test func knownNameInsideALongerLegalName() {
        // "Siemens" is a well-known name; the longer name with a legal form is its own company.
        let table = entities("Siemens Zentrix Automation Inc said it would cut jobs.")
        #expect(companies(table).contains("Siemens Zentrix Automation Inc"))
        #expect(!companies(table).contains("Siemens"))
    }

    @Test func namesSpacedAroundADash() {
        let table = entities("The bank advised Morvell - Kastner Co on the sale.")
        #expect(companies(table).contains("Morvell - Kastner Co"))
    }

    @Test func shortFormsLaterInTheArticle() {
        let table = entities(
            "Brennick Automation Inc agreed to buy Halvor Systems Corp. Brennick said the price was fair. "
                + "It sold First Kestrel Savings Bank. First Kestrel said it was pleased.")
        let brennick = EntityRecognizerTests.entity(table, "Brennick Automation Inc")
        #expect(brennick?.aliases.contains("Brennick") == true)
        #expect(EntityRecognizerTests.entity(table, "First Kestrel Savings Bank")?.aliases.contains("First Kestrel") == true)
        #expect(companies(table).count == 3)
    }

    @Test func acronymOfTheFullName() {
        let table = entities(
            "Chalmers Mercantile Exchange Inc set new limits. The CME said members would vote. A CME spokesman agreed.")
        let exchange = EntityRecognizerTests.entity(table, "Chalmers Mercantile Exchange Inc")
        #expect(exchange?.aliases.contains("CME") == true)
        #expect(companies(table).count == 1)
    }

    @Test func givenNameBeforeAKnownCompanyIsAPerson() {
        let table = entities("Harold Siemens said on Tuesday that Siemens would cut jobs.")
        #expect(EntityRecognizerTests.names(table, kind: .person).contains("Harold Siemens"))
        #expect(EntityRecognizerTests.entity(table, "Siemens")?.kind == .company)
        let german = entities("Der Vorstand Uwe Siemens sprach, Siemens schwieg.", .german)
        #expect(EntityRecognizerTests.names(german, kind: .person).contains("Uwe Siemens"))
    }

    @Test func germanGivenNamesThatTheWordListHolds() {
        let table = entities("Jens Marwolt sprach mit Uwe Schneider. Allen Beobachtungen zufolge steigt es.", .german)
        let people = EntityRecognizerTests.names(table, kind: .person)
        #expect(people.contains("Jens Marwolt"))
        #expect(people.contains("Uwe Schneider"))
        #expect(!people.contains { $0.hasPrefix("Allen") })
    }

    @Test func germanDeclinedKnownNames() {
        let table = entities("Der Oberste Gerichtshof entschied. Das Auswärtige Amt schweigt.", .german)
        let orgs = companies(table)
        #expect(orgs.contains("Oberster Gerichtshof"))
        #expect(orgs.contains("Auswärtiges Amt"))
    }

    @Test func germanHeadWithGenitiveAndAcronym() {
        let table = entities("Die Gewerkschaft der Fährleute (GFL) streikt. Die GFL fordert mehr Geld.", .german)
        let union = EntityRecognizerTests.entity(table, "Gewerkschaft der Fährleute")
        #expect(union?.kind == .organization)
        #expect(union?.aliases.contains("GFL") == true)
    }

    @Test func germanAdjectiveInsideALegalName() {
        let table = entities("Die Aktien der Österreichische Zarnbanken AG fielen.", .german)
        #expect(companies(table).contains("Österreichische Zarnbanken AG"))
        let deutsch = entities("Die Aktien der Deutsche Zarnbanken AG fielen.", .german)
        #expect(companies(deutsch).contains("Deutsche Zarnbanken AG"))
    }

    @Test func germanNounsEndingLikeAdjectivesStayOutOfLegalNames() {
        let table = entities("Viele Menschen Zarnbanken AG kaufen nicht.", .german)
        #expect(!companies(table).contains("Menschen Zarnbanken AG"))
        #expect(companies(table).contains("Zarnbanken AG"))
    }

    @Test func germanInstitutionWithPlace() {
        let table = entities(
            "Die Klage liegt beim Oberlandesgericht Düsseldorf. Das Oberlandesgericht entscheidet im Mai.", .german)
        let court = EntityRecognizerTests.entity(table, "Oberlandesgericht Düsseldorf")
        #expect(court?.kind == .organization)
        #expect(court?.aliases.contains("Oberlandesgericht") == true)
        #expect(companies(table).count == 1)
    }

    @Test func knownNameWithArticleInOrdinaryPhrase() {
        let ordinary = entities("Die Zeit der Arbeitslosigkeit solle genutzt werden.", .german)
        #expect(companies(ordinary).isEmpty)
        let paper = entities("Die Zeit berichtete am Montag darüber.", .german)
        #expect(!companies(paper).isEmpty)
    }

    @Test func germanTripleNameWithTwoGivenNames() {
        let table = entities("Der Finanzminister (Hans Jörg Tarnwald, ÖVP) schwieg.", .german)
        #expect(EntityRecognizerTests.names(table, kind: .person).contains("Hans Jörg Tarnwald"))
    }

    @Test func consortiumCue() {
        let table = entities("Der Auftrag ging an das Konsortium Velt Quarnex.", .german)
        #expect(companies(table).contains("Velt Quarnex"))
    }

    @Test func germanInstitutionWordsWithPlace() {
        let table = entities("Sie sitzt im Aufsichtsrat der Stadtwerke Quarnbach. Die Staatsanwaltschaft Wien ermittelt.", .german)
        #expect(EntityRecognizerTests.entity(table, "Stadtwerke Quarnbach")?.kind == .company)
        #expect(EntityRecognizerTests.entity(table, "Staatsanwaltschaft Wien")?.kind == .organization)
    }

    @Test func germanGenitiveOfDeclinedKnownName() {
        let table = entities("Sie war Mitglied des Deutschen Bundestages und des Europäischen Parlaments.", .german)
        #expect(EntityRecognizerTests.entity(table, "Deutschen Bundestages") != nil)
        #expect(EntityRecognizerTests.entity(table, "Europäischen Parlaments") != nil)
    }

    @Test func givenNameBeforeAHeadOfSomethingElse() {
        let table = entities(
            "The Davis Cup starts in Beverly Hills. The Lionel Quarvey Foundation paid. Martin Quarvey said so.")
        let people = EntityRecognizerTests.names(table, kind: .person)
        #expect(!people.contains("Davis Cup"))
        #expect(!people.contains("Beverly Hills"))
        #expect(!people.contains { $0.hasPrefix("Lionel") })
        #expect(people.contains("Martin Quarvey"))
    }

    @Test func germanLowerCaseLegalFormsAndEnglishWordsInNames() {
        let table = entities(
            "Die Quarzwerk gGmbH und die Xylen mbH streiten. Der Verein Zornhilfe e.V. klagt. "
                + "Die Firma Tarvel Solutions aus Linz liefert.", .german)
        let names = companies(table)
        #expect(names.contains("Quarzwerk gGmbH"))
        #expect(names.contains("Xylen mbH"))
        #expect(names.contains { $0.hasPrefix("Zornhilfe") })
        #expect(names.contains("Tarvel Solutions"))
    }

    @Test func givenNameAfterAPrepositionalCompanyCue() {
        let table = entities("Prices will rise, said an analyst at Dorian Quillford. Shares of Morton Vexley fell.")
        let names = companies(table)
        #expect(names.contains("Dorian Quillford"))
        #expect(names.contains("Morton Vexley"))
        #expect(EntityRecognizerTests.names(table, kind: .person).isEmpty)
    }
}

/// Acronyms that spell an ordinary word ("it", "on", "es", "das") never turn that word into a mention.
@Suite struct EntityAcronymWordTests {
    @Test func englishAcronymSpellingAWordIsNoMention() {
        let table = EntityRecognizerTests.entities(
            "Irvale Trust Co said it agreed to buy Brixa Corp. It said the price was fair.", language: .english)
        let irvale = EntityRecognizerTests.entity(table, "Irvale Trust Co")
        #expect(irvale != nil)
        #expect(irvale?.aliases.contains("It") != true)
        #expect(irvale?.aliases.contains("IT") != true)
    }

    @Test func germanAcronymSpellingAWordIsNoMention() {
        let table = EntityRecognizerTests.entities(
            "Die Ekorna Sulvani AG wächst weiter. Es gibt keinen Zweifel daran.", language: .german)
        let works = EntityRecognizerTests.entity(table, "Ekorna Sulvani AG")
        #expect(works != nil)
        #expect(works?.aliases.contains("Es") != true)
    }
}
