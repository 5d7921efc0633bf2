import NewsExtraction
import NewsModel
import Testing

/// English recognition gaps that hid deals, stakes and quote speakers: partners' names listed
/// before "and" in a legal name, leading words of a company name that hold a place, surnames after a
/// title, capitalised name particles and known one-word names before a surname. Invented names only.
@Suite struct EntityEnglishGapTests {
    private func entities(_ text: String) -> EntityTable {
        EntityRecognizerTests.entities(text, language: .english)
    }

    private func organisations(_ table: EntityTable) -> [String] {
        table.entities.filter { $0.kind == .company || $0.kind == .organization }.map(\.name)
    }

    private func people(_ table: EntityTable) -> [String] {
        EntityRecognizerTests.names(table, kind: .person)
    }

    @Test func partnersListedBeforeAndInALegalName() {
        let table = entities("Brelmont Inc said it acquired Quill, Barrow and Denton Canada Ltd from Farrago Corp.")
        #expect(organisations(table).contains("Quill, Barrow and Denton Canada Ltd"))
        #expect(!organisations(table).contains("Barrow and Denton Canada Ltd"))
    }

    @Test func aListOfCompaniesStaysApart() {
        // The inner "and" is missing: the listed name before the comma is no partner.
        let table = entities("It holds stakes in Quarvel Mining Corp, Dallow Industries Ltd and Farrago Inc.")
        #expect(organisations(table).contains("Dallow Industries Ltd"))
        #expect(!organisations(table).contains { $0.hasPrefix("Quarvel Mining Corp,") })
    }

    @Test func leadingWordsWithAPlaceStandForTheCompany() {
        let table = entities(
            "Shares of Tarrow Ohio Drilling Corp rose. In its annual report, Tarrow Ohio said its reserves fell.")
        let company = EntityRecognizerTests.entity(table, "Tarrow Ohio Drilling Corp")
        #expect(company?.aliases.contains("Tarrow Ohio") == true)
        #expect(!EntityRecognizerTests.names(table, kind: .place).contains("Ohio"))
    }

    @Test func placeOpeningLeadingWordsStayAPlace() {
        // "West Ohio" opens with a place-forming word: the place stays.
        let table = entities("Shares of West Ohio Drilling Corp rose. Output in West Ohio fell.")
        #expect(EntityRecognizerTests.entity(table, "West Ohio Drilling Corp")?.aliases.contains("West Ohio") != true)
    }

    @Test func surnameAfterATitleIsAPerson() {
        let table = entities(
            "President Brackley met his advisers on Monday. Brackley said he would issue a statement. "
                + "Mr Quennell said the talks went well.")
        #expect(people(table).contains("Brackley"))
        #expect(people(table).contains("Quennell"))
        #expect(table.mentions.filter { $0.entity == "person:brackley" }.count == 2)
    }

    @Test func titledSurnameOfAFullNameJoinsIt() {
        let table = entities("Tobias Varlow said sales rose. Mr Varlow said costs fell. Sir Tobias said no.")
        #expect(people(table) == ["Tobias Varlow"])
    }

    @Test func titledSurnameAfterAMiddleInitialIsLeftToTheFullName() {
        let table = entities("Talbot R. Quennell, a spokesman, said sales rose. Mr Quennell said costs fell.")
        #expect(!people(table).contains("Quennell"))
    }

    @Test func titledSurnameThatIsAGermanNounInEnglishText() {
        // "Bauer" is a German common noun; in English text after a title it is a surname.
        let table = entities("President Bauer met his advisers on Monday.")
        #expect(people(table).contains("Bauer"))
    }

    @Test func titleBeforeAnOrdinaryWordIsNoPerson() {
        let table = entities("Mr Chairman, the President Said Group rose. The Secretary General spoke.")
        #expect(people(table).isEmpty)
    }

    @Test func capitalisedParticleInsideAName() {
        let table = entities("Helmut Von Kessendorf said the talks had failed.")
        #expect(people(table).contains("Helmut Von Kessendorf"))
        #expect(!organisations(table).contains("Helmut Von Kessendorf"))
    }

    @Test func knownCompanyWordBeforeASurnameWithARoleIsAPerson() {
        // "Sampo" is a well-known company of the gazetteer; it is also a given name.
        let table = entities("Finance minister Sampo Quennell said the bank would be sold.")
        #expect(people(table).contains("Sampo Quennell"))
        #expect(!organisations(table).contains("Sampo"))
    }

    @Test func knownCompanyBeforeAWordWithoutCueStaysACompany() {
        let table = entities("Shares of Sampo rose after Sampo Quennell Ltd reported profits.")
        #expect(people(table).isEmpty)
    }
}

/// Genitives of company names that open with a place ("Ohio Quarrow's" after "Ohio Quarrow Co").
@Suite struct EntityEnglishGenitiveTests {
    @Test func genitiveOfANameOpeningWithAPlace() {
        let table = EntityRecognizerTests.entities(
            "Ohio Quarrow Co said it agreed to buy Dallow Inc, a licensee of Ohio Quarrow's 82 pct owned unit.",
            language: .english)
        let company = EntityRecognizerTests.entity(table, "Ohio Quarrow Co")
        #expect(company?.aliases.contains("Ohio Quarrow") == true)
        #expect(!EntityRecognizerTests.names(table, kind: .place).contains("Ohio"))
    }
}
