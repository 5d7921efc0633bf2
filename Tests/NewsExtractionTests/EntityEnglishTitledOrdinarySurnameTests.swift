import NewsExtraction
import NewsModel
import Testing

/// English surnames that are also ordinary words ("Mr Wood", "Lord Young"): a title of address makes
/// them people; a role, "Miss", "Dr" or a title in capitals does not.
@Suite struct EntityEnglishTitledOrdinarySurnameTests {
    static func people(_ text: String) -> [String] {
        EntityRecognizerTests.names(EntityRecognizerTests.entities(text, language: .english), kind: .person)
    }

    @Test func ordinaryWordAfterATitleOfAddressIsASurname() {
        let people = Self.people("Talks with the unions resumed on Monday. Mr Wood said the offer was final. Later Lord Young left.")
        #expect(people.contains("Wood"), "\(people)")
        #expect(people.contains("Young"), "\(people)")
    }

    @Test func theSurnameAloneLaterIsThePersonButNotAtASentenceStart() {
        let table = EntityRecognizerTests.entities(
            "Mr Wood chairs the Quarnell board. Wood prices rose sharply in March. Analysts said Wood had warned of it.",
            language: .english)
        let wood = EntityRecognizerTests.entity(table, "Wood")
        #expect(wood?.kind == .person)
        let mentions = table.mentions.filter { $0.entity == wood?.id }
        #expect(mentions.count == 2, "\(mentions.map(\.surface))")
        #expect(!mentions.contains { $0.sentence == 1 })
    }

    @Test func noSurnameAfterMissDrOrATitleInCapitals() {
        let people = Self.people(
            "The chain runs 50 Hit or Miss Shops in Tarlow. The film features Dr No and his island. It helps patients with MS. Final approval is due soon.")
        #expect(!people.contains("Shops"), "\(people)")
        #expect(!people.contains("No"), "\(people)")
        #expect(!people.contains("Final"), "\(people)")
    }

    @Test func aParticleOpensALongerName() {
        let people = Self.people("The board read an email from Mr Van de Quovell about the accounts.")
        #expect(!people.contains("Van"), "\(people)")
    }
}
