import NewsExtraction
import NewsModel
import Testing

/// German institutions named with a town the German word list holds as an ordinary word
/// ("Landgericht Bamberg", "Sparkasse Bayreuth"), and genitives in "-es" of one-word known
/// organisations ("des Bundesheeres"). Invented companies and people, real towns and institutions.
@Suite struct EntityGermanInstitutionTownTests {
    typealias T = EntityRecognizerTests

    @Test func courtAndProsecutorWithATownFromTheWordList() {
        let table = T.entities("Am Landgericht Bamberg begann der Prozess gegen die Tamorin GmbH. Die Staatsanwaltschaft Coburg ermittelt.")
        #expect(T.entity(table, "Landgericht Bamberg")?.kind == .organization)
        #expect(T.entity(table, "Staatsanwaltschaft Coburg")?.kind == .organization)
        #expect(T.entity(table, "Landgericht") == nil)
    }

    @Test func universityAndPoliceWithATown() {
        let table = T.entities("Forscher der Universität Passau berichten. Ein Sprecher der Bundespolizeidirektion Graz bestätigte das.")
        #expect(T.entity(table, "Universität Passau")?.kind == .organization)
        #expect(T.entity(table, "Bundespolizeidirektion Graz")?.kind == .organization)
    }

    @Test func regionalBankWithATownIsACompany() {
        let table = T.entities("Die Sparkasse Bayreuth übernimmt 20 Prozent an der Tamorin GmbH.")
        #expect(T.entity(table, "Sparkasse Bayreuth")?.kind == .company)
    }

    @Test func ordinaryWordAfterTheInstitutionStaysOut() {
        // "Anzeige" is an ordinary word and no town: the police are no name here.
        let table = T.entities("Die Mieter wollen bei der Polizei Anzeige erstatten.")
        #expect(table.entities.contains { $0.allNames.contains("Polizei Anzeige") } == false)
    }

    @Test func genitiveInEsOfAOneWordKnownOrganisation() {
        let table = T.entities("Eine Mehrheit des Bundesrates stimmte dem Verkauf der Tamorin GmbH zu.")
        #expect(T.entity(table, "Bundesrat")?.kind == .organization)
        let house = T.entities("Eine Mehrheit des Bundestages stimmte dem Verkauf der Tamorin GmbH zu.")
        #expect(T.entity(house, "Bundestag")?.kind == .organization)
    }
}

/// German names another rule finds cut: a coordinated compound before a company name, a unit
/// named after a known bank. Invented names (the bank rule needs a known bank).
@Suite struct EntityGermanCutNameTests {
    typealias T = EntityRecognizerTests

    @Test func coordinatedCompoundOpensTheName() {
        let table = T.entities("Die Österreichische Bundes- und Talbeteiligungen GmbH hält 52,9 Prozent an der Tamorin AG.")
        #expect(T.entity(table, "Österreichische Bundes- und Talbeteiligungen GmbH")?.kind == .company)
        #expect(T.entity(table, "Talbeteiligungen GmbH") == nil)
    }

    @Test func townAdjectiveBeforeAGenitiveInEsKeepsItsOwnBody() {
        let table = T.entities("Ein Sprecher des Kasseler Bundesheeres sagte das.")
        #expect(T.entity(table, "Bundesheer") == nil)
    }

    @Test func foreignWordAfterAKnownBankNamesAUnit() {
        let table = T.entities("Die Addiko Bank Vastrovo gehört der Tamorin AG.")
        #expect(T.entity(table, "Addiko Bank Vastrovo")?.kind == .company)
        // A German word after the known name stays apart.
        let plain = T.entities("Die Addiko Bank Filialen schließen.")
        #expect(T.entity(plain, "Addiko Bank Filialen") == nil)
    }
}
