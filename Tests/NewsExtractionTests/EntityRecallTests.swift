import NewsExtraction
import NewsModel
import Testing

/// Recall rules of the entity recognizer: declined names, inflected roles, organisation words.
@Suite struct EntityRecallTests {
    @Test func declinedGazetteerNameIsAnAlias() {
        let table = EntityRecognizerTests.entities(
            "Nach Angaben der Europäischen Zentralbank steigen die Zinsen. Die Europäische Zentralbank schweigt.")
        let bank = EntityRecognizerTests.entity(table, "Europäischen Zentralbank")
        #expect(bank?.kind == .organization)
        #expect(bank?.allNames.contains("Europäische Zentralbank") == true)
        #expect(table.entities.filter { $0.kind == .organization }.count == 1)
    }

    @Test func inflectedRoleBeforeName() {
        let table = EntityRecognizerTests.entities(
            "Das sagte der Plan des Vorstandsvorsitzenden Berthold Quandtner. Auch der Brenvo-Vorstandsvorsitzende Ilse Marwede schwieg."
        )
        let people = EntityRecognizerTests.names(table, kind: .person)
        #expect(people.contains("Berthold Quandtner"))
        #expect(people.contains("Ilse Marwede"))
    }

    @Test func lowercaseUnionAlias() {
        let table = EntityRecognizerTests.entities("Die Gewerkschaft verdi lehnt das Angebot ab.")
        #expect(EntityRecognizerTests.entity(table, "verdi")?.kind == .organization)
    }

    @Test func germanOrganisationWordsAndGenitive() {
        let table = EntityRecognizerTests.entities(
            "Das Kartoffelministerium lehnt ab. Ein Sprecher des Kartoffelministeriums sagte nichts. Der Plan liegt beim Zwergkartellgericht.")
        let orgs = EntityRecognizerTests.names(table, kind: .organization)
        #expect(orgs.contains("Kartoffelministerium"))
        #expect(orgs.contains("Zwergkartellgericht"))
        #expect(!orgs.contains("Kartoffelministeriums"))
        #expect(!orgs.contains("Plan"))
    }

    @Test func germanOrganisationHeadWithComplement() {
        let table = EntityRecognizerTests.entities(
            "Der Vorsitzende des Hauptverbandes der Deutschen Zuckerbäcker widerspricht. Die Bundesagentur für Mondfahrt schweigt.")
        let orgs = EntityRecognizerTests.names(table, kind: .organization)
        #expect(orgs.contains("Hauptverbandes der Deutschen Zuckerbäcker"))
        #expect(orgs.contains("Bundesagentur für Mondfahrt"))
    }

    @Test func englishInstitutionNames() {
        let table = EntityRecognizerTests.entities(
            "Exports rose, the Freedonia Agriculture Department said. The Ministry of Fisheries disagreed.",
            language: .english)
        let orgs = EntityRecognizerTests.names(table, kind: .organization)
        #expect(orgs.contains("Freedonia Agriculture Department"))
        #expect(orgs.contains("Ministry of Fisheries"))
    }

    @Test func nameOnlyInOrdinaryCompoundsIsNoEntity() {
        let table = EntityRecognizerTests.entities(
            "Die EU-Länder streiten. Der Xarvo-Chef Bodo Kremmler schweigt, die Xarvo-Tochter auch.")
        #expect(EntityRecognizerTests.entity(table, "EU") == nil)
        #expect(EntityRecognizerTests.entity(table, "Xarvo")?.kind == .company)
    }

    @Test func doubleGivenNames() {
        let table = EntityRecognizerTests.entities(
            "Das bestätigte Hans-Peter Quarzlinger am Montag. Auch Frank-Jürgen Wendlitz war da.")
        let people = EntityRecognizerTests.names(table, kind: .person)
        #expect(people.contains("Hans-Peter Quarzlinger"))
        #expect(people.contains("Frank-Jürgen Wendlitz"))
        #expect(table.entities.allSatisfy { $0.kind == .person })
    }

    @Test func particlesCommaAppositionsAndFormerRoles() {
        let table = EntityRecognizerTests.entities(
            "Die Ministerin Gerlinde von der Quast sprach. Der Vorsitzende des Betriebsrats, Stefan Kramm, widersprach. "
                + "Die Ex-Xarvo-Chefin schwieg, der Politiker Walter Brunnmeier auch.")
        let people = EntityRecognizerTests.names(table, kind: .person)
        #expect(people.contains("Gerlinde von der Quast"))
        #expect(people.contains("Stefan Kramm"))
        #expect(people.contains("Walter Brunnmeier"))
        #expect(EntityRecognizerTests.entity(table, "Xarvo") != nil)
        #expect(EntityRecognizerTests.entity(table, "Ex-Xarvo") == nil)
    }

    @Test func placesInsideEnglishNames() {
        let table = EntityRecognizerTests.entities(
            "Brelvo Canada Corp said sales fell, the US Fisheries Department said, according to the Kestrel Financial Review.",
            language: .english)
        #expect(EntityRecognizerTests.entity(table, "Brelvo Canada Corp")?.kind == .company)
        #expect(EntityRecognizerTests.entity(table, "US Fisheries Department")?.kind == .organization)
        #expect(EntityRecognizerTests.entity(table, "Kestrel Financial Review")?.kind == .organization)
    }

    @Test func personShapedCompanyNamesAndBasedCompounds() {
        let table = EntityRecognizerTests.entities(
            "Holders raised their stake in Mark Vellum Productions Inc. The group bought Mark Vellum common shares. "
                + "Mary Brook-based Quillon said it agreed.",
            language: .english)
        #expect(EntityRecognizerTests.entity(table, "Mark Vellum Productions Inc")?.aliases.contains("Mark Vellum") == true)
        #expect(EntityRecognizerTests.entity(table, "Mark Vellum")?.kind == .company)
        #expect(!table.entities.contains { $0.kind == .person && $0.name.contains("-based") })
    }

    @Test func basedCompoundsAndEnglishRoles() {
        let table = EntityRecognizerTests.entities(
            "The Ohio-based Quindle makes games. It was founded by the travel agent Ravindu Kelkar.",
            language: .english)
        #expect(EntityRecognizerTests.entity(table, "Quindle")?.kind == .company)
        #expect(EntityRecognizerTests.entity(table, "Ravindu Kelkar")?.kind == .person)
    }

    @Test func ampersandFirmsAndCompoundLegalForms() {
        let german = EntityRecognizerTests.entities(
            "Laut der Kanzlei Brandl & Pirkmoser hat die Quendler HandelsgmbH verkauft. Auch Brot & Butter gehört zu den Wörtern.")
        #expect(EntityRecognizerTests.entity(german, "Brandl & Pirkmoser")?.kind == .company)
        #expect(EntityRecognizerTests.entity(german, "Quendler HandelsgmbH")?.kind == .company)
        #expect(EntityRecognizerTests.entity(german, "Brot & Butter") == nil)
        let english = EntityRecognizerTests.entities(
            "Shares of Dorrow & Kilbane rose after the brewer reported.", language: .english)
        #expect(EntityRecognizerTests.entity(english, "Dorrow & Kilbane")?.kind == .company)
    }

    @Test func statesAsOwners() {
        let table = EntityRecognizerTests.entities(
            "Das Land Sachsen hält 20 Prozent an der Xarvo AG. In Sachsen regnet es.")
        #expect(EntityRecognizerTests.entity(table, "Land Sachsen")?.kind == .organization)
        #expect(EntityRecognizerTests.entity(table, "Sachsen")?.kind != .organization)
    }

    @Test func englishOrdinaryWordsBeforeCompanyWords() {
        let table = EntityRecognizerTests.entities(
            "The deal values Gravel Industries at 2 bln dlrs on Monday. Chemical Industries are slowing, the American Products group said.",
            language: .english)
        #expect(EntityRecognizerTests.entity(table, "Gravel Industries")?.kind == .company)
        #expect(EntityRecognizerTests.entity(table, "Chemical Industries") == nil)
        #expect(EntityRecognizerTests.entity(table, "American Products") == nil)
    }

    @Test func fundsAndCompanies() {
        let table = EntityRecognizerTests.entities(
            "Shares were sold to Brixley Mutual Fund and to Consolidated Brick Companies on Friday.",
            language: .english)
        #expect(EntityRecognizerTests.entity(table, "Brixley Mutual Fund")?.kind == .company)
        #expect(EntityRecognizerTests.entity(table, "Consolidated Brick Companies")?.kind == .company)
    }

    @Test func ampersandAbbreviationsAndLongComplements() {
        let table = EntityRecognizerTests.entities(
            "Spending on R&D rose, the Council of Brick Layers said. The Central Bank of Freedonia and the West Bank were quiet.",
            language: .english)
        #expect(EntityRecognizerTests.entity(table, "R&D") == nil)
        #expect(EntityRecognizerTests.entity(table, "Council of Brick Layers")?.kind == .organization)
        #expect(EntityRecognizerTests.entity(table, "Central Bank") == nil)
        #expect(!table.entities.contains { $0.name == "West Bank" && $0.kind != .place })
    }
}
