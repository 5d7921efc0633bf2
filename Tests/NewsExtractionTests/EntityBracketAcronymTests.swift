import NewsExtraction
import NewsModel
import Testing

/// Acronyms in brackets after long organisation names, and English names ending in "Office" or
/// "Service". Invented names only.
@Suite struct EntityBracketAcronymTests {
    @Test func germanAcronymInBracketsIsAnAlias() {
        let table = EntityRecognizerTests.entities(
            "Der Bundesverband der Kelterbetriebe (BVKB) warnt vor Engpässen. Der BVKB fordert Hilfen.")
        #expect(EntityRecognizerTests.entity(table, "Bundesverband der Kelterbetriebe")?.aliases.contains("BVKB") == true)
    }

    @Test func englishOfficeAndServiceEndTheName() {
        let table = EntityRecognizerTests.entities(
            "The Congressional Fishery Review Office (CFRO) said costs rose, and the Harlow Survey Service agreed.",
            language: .english)
        let office = EntityRecognizerTests.entity(table, "Congressional Fishery Review Office")
        #expect(office != nil)
        #expect(office?.aliases.contains("CFRO") == true)
        #expect(EntityRecognizerTests.entity(table, "Harlow Survey Service") != nil)
    }
}
