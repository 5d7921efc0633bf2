import NewsModel
import Testing

@testable import NewsExtraction

/// A company found in part right before a bracketed acronym grows over the words the acronym's initials spell
/// ("Tamsin Bank International (TBI)", "Vorlander Landesbank Tirol (VLT)"), a place among them included; the
/// acronym is its alias. An acronym that spells other words changes nothing. Invented names only.
@Suite struct EntityAcronymInitialNameTests {
    private func companies(_ table: EntityTable) -> [String] { EntityRecognizerTests.names(table, kind: .company) }

    @Test func companyGrowsOverTheWordsAfterIt() {
        let table = EntityRecognizerTests.entities("Die Tamsin Bank International (TBI) meldet Zahlen. Die TBI stockt auf.")
        #expect(companies(table) == ["Tamsin Bank International"])
        #expect(EntityRecognizerTests.entity(table, "Tamsin Bank International")?.aliases.contains("TBI") == true)
    }

    @Test func companyGrowsOverANameBeforeAndAPlaceAfter() {
        let bank = EntityRecognizerTests.entities("Die Vorlander Bank Tirol (VBT) meldet Zahlen. Die VBT stockt auf.")
        #expect(companies(bank) == ["Vorlander Bank Tirol"])
        #expect(EntityRecognizerTests.names(bank, kind: .place).isEmpty)
        let landesbank = EntityRecognizerTests.entities("Die Vorlander Landesbank Tirol (VLT) meldet Zahlen.")
        #expect(landesbank.entities.contains { $0.name == "Vorlander Landesbank Tirol" })
        let english = EntityRecognizerTests.entities("Harlow said Tamsin Bank International (TBI) cut rates.", language: .english)
        #expect(companies(english).contains("Tamsin Bank International"))
    }

    @Test func acronymOfOtherWordsChangesNothing() {
        let table = EntityRecognizerTests.entities("Die Tamsin Bank International (QXR) meldet Zahlen.")
        #expect(!companies(table).contains("Tamsin Bank International"))
    }
}
