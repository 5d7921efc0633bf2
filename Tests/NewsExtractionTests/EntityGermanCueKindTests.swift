import NewsExtraction
import NewsModel
import Testing

/// Kinds of names in German text that look like people's names: an English institution after a given
/// name ("George Quellmoor University") is no person. Invented names only.
@Suite struct EntityGermanCueKindTests {
    typealias T = EntityRecognizerTests

    @Test func englishInstitutionHeadIsNoPerson() {
        let table = T.entities("Der Forscher, der an der George Quellmoor University in den USA unterrichtet, sieht es anders.")
        #expect(T.entity(table, "George Quellmoor University")?.kind != .person)
        #expect(T.names(table, kind: .person).allSatisfy { !$0.contains("University") })
        // A German noun after a given name and surname stays out of the check: "Peter Quellmoor" is a person.
        #expect(T.entity(T.entities("Der Forscher Peter Quellmoor sieht es anders."), "Peter Quellmoor")?.kind == .person)
    }
}
