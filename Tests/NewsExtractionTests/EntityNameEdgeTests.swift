import NewsExtraction
import NewsModel
import Testing

/// Where names start and end, and which forms join them: weekdays before a name, surname-first
/// people, "of"/"to" inside a name before its legal form, web addresses of a known company, lower-case
/// names before a legal form, and compounds with law, role or relation nouns. Invented names only.
@Suite struct EntityNameEdgeTests {
    private func table(_ text: String, _ language: Language = .german) -> EntityTable {
        EntityRecognizerTests.entities(text, language: language)
    }

    private func companies(_ table: EntityTable) -> [String] {
        table.entities.filter { $0.kind == .company || $0.kind == .organization }.map(\.name)
    }

    // MARK: weekdays stop a name start, months do not

    @Test func englishWeekdayBeforeANameIsNoPartOfIt() {
        let first = table("Monday Marvane Income Fund Inc said it would pay a dividend.", .english)
        #expect(companies(first).contains("Marvane Income Fund Inc"))
        #expect(!companies(first).contains { $0.hasPrefix("Monday") })
        let second = table("On Monday Harlow Quarry Corp said it sold the mine.", .english)
        #expect(companies(second).contains("Harlow Quarry Corp"))
        #expect(!companies(second).contains { $0.hasPrefix("Monday") })
    }

    @Test func germanWeekdayBeforeANameIsNoPartOfIt() {
        let found = companies(table("Montag Veltrona Maschinen AG und die Kessling GmbH unterschrieben den Vertrag."))
        #expect(found.contains("Veltrona Maschinen AG"))
        #expect(!found.contains { $0.hasPrefix("Montag") })
    }

    @Test func aMonthMayStartAName() {
        #expect(companies(table("The shares of June Quarvel Stores Co rose after the report.", .english)).contains("June Quarvel Stores Co"))
    }

    // MARK: surname-first people

    @Test func surnameFirstNameIsFoundByItsSurnameLater() {
        let found = table("Tsoi Tai-lok, chairman of Harlow Minerals Ltd, bought the shares. Tsoi said he would hold them.", .english)
        let person = EntityRecognizerTests.entity(found, "Tsoi Tai-lok")
        #expect(person?.kind == .person)
        #expect(person?.aliases.contains("Tsoi") == true)
    }

    @Test func surnameFirstNameInGerman() {
        let found = table("Der Vorstandschef Tsoi Tai-lok kauft die Kessling AG. Tsoi sagte, er wolle alle Mitarbeiter halten.")
        #expect(EntityRecognizerTests.entity(found, "Tsoi Tai-lok")?.aliases.contains("Tsoi") == true)
    }

    // MARK: "of" and "to" inside a name before its legal form

    @Test func ofInsideANameBeforeItsLegalForm() {
        let found = companies(table("Alder Supply Co of Kestria Inc said it raised its rates.", .english))
        #expect(found.contains("Alder Supply Co of Kestria Inc"))
        #expect(!found.contains("Kestria Inc"))
    }

    @Test func toInsideANameBeforeItsLegalForm() {
        let found = companies(table("Shares of Lights to Go Inc fell after the report.", .english))
        #expect(found.contains("Lights to Go Inc"))
        #expect(!found.contains("Go Inc"))
    }

    @Test func aFunctionWordBeforeTheNameStaysOut() {
        let found = companies(table("The sale of Harlow Quarry Inc was completed on Friday.", .english))
        #expect(found.contains("Harlow Quarry Inc"))
        #expect(!found.contains { $0.hasPrefix("The") || $0.hasPrefix("sale") })
    }

    // MARK: web addresses of a known company

    @Test func webAddressOfAKnownCompanyIsAnAlias() {
        let found = table("Die Kelvaro GmbH erhöht die Provision. Ein Hotelier sagte: „Ich habe bei kelvaro.de alle Rabatte gestrichen.“")
        #expect(EntityRecognizerTests.entity(found, "Kelvaro GmbH")?.aliases.contains("kelvaro.de") == true)
        #expect(!companies(found).contains("kelvaro.de"))
        #expect(EntityRecognizerTests.entity(found, "kelvaro.de")?.name == "Kelvaro GmbH")
    }

    @Test func webAddressOfAKnownCompanyInEnglish() {
        let found = table("Kelvaro Inc raised its fees. Customers of kelvaro.com pay more.", .english)
        #expect(EntityRecognizerTests.entity(found, "Kelvaro Inc")?.aliases.contains("kelvaro.com") == true)
    }

    // MARK: lower-case names before a legal form

    @Test func lowerCaseNameBeforeALegalForm() {
        let found = companies(table("Die Firma „con solara ag“, ein Energieunternehmen aus Essen, investiert in die Kessling AG."))
        #expect(found.contains("con solara ag"))
    }

    @Test func lowerCaseOrdinaryWordsBeforeALegalFormAreAName() {
        let found = companies(table("Die Firma „con power ag“ aus Essen investiert in die Kessling AG."))
        #expect(found.contains("con power ag"))
    }

    // MARK: compounds with law or role nouns are no alias

    @Test func lawAndRoleCompoundsAreNoAliases() {
        let found = table("Die Veltrona AG wehrt sich gegen das Veltrona-Gesetz. Veltrona-Finanzvorstand Dana Ferrick sagte, "
            + "der Veltrona-Konzern bleibe stark.")
        let veltrona = EntityRecognizerTests.entity(found, "Veltrona AG")
        #expect(veltrona != nil)
        #expect(veltrona?.aliases.contains("Veltrona-Gesetz") == false)
        #expect(veltrona?.aliases.contains("Veltrona-Finanzvorstand") == false)
        #expect(veltrona?.aliases.contains("Veltrona-Konzern") == true)
    }

    @Test func relationCompoundsAreNoAliases() {
        let found = table("Die Veltrona AG meldet Gewinne. Der Veltrona-Rivale Kessling GmbH verliert, Veltrona-Anteilseigner "
            + "Dana Ferrick verkauft ihren Veltrona-Anteil nicht, und der Veltrona-Konzern bleibt stark.")
        let veltrona = EntityRecognizerTests.entity(found, "Veltrona AG")
        #expect(veltrona != nil)
        #expect(veltrona?.aliases.contains("Veltrona-Rivale") == false)
        #expect(veltrona?.aliases.contains("Veltrona-Anteil") == false)
        #expect(veltrona?.aliases.contains("Veltrona-Anteilseigner") == false)
        #expect(veltrona?.aliases.contains("Veltrona-Konzern") == true)
    }
}
