import NewsExtraction
import NewsModel
import Testing

/// Well-known people kept as data (`entities-people.txt`): the file's format and guards, one
/// entity per person whatever the spelling ("Wladimir Putin", "Putin", "Putins", "Merkel-Gegner"),
/// roles attached as for other people, and a known surname that opens another name left to the
/// other rules.
@Suite struct EntityKnownPeopleTests {
    private func person(_ table: EntityTable, _ name: String) -> Entity? {
        table.entities.first { $0.kind == .person && $0.allNames.contains(name) }
    }

    /// One-word aliases that are also an English word or a given name but, capitalised, stand for
    /// the person in news; a given name before them is handled by the scanner ("Anna Merkel").
    static let knownNameWords: Set<String> = ["Trump", "Erdoğan"]

    @Test func theFileParsesAndItsOneWordAliasesAreNoOrdinaryWords() throws {
        let entries = try GazetteerDataTests.entries("entities-people.txt")
        #expect(entries.count >= 60)
        let english = Set(try GazetteerDataTests.lines("entities-common-en.txt"))
        let givenNames = Set(try GazetteerDataTests.lines("entities-first-names.txt"))
        var companies = Set<String>()
        for file in ["entities-companies.txt", "entities-organizations.txt", "entities-places.txt"] {
            for names in try GazetteerDataTests.entries(file) { companies.formUnion(names) }
        }
        var seen = Set<String>()
        for names in entries {
            #expect(names.count == Set(names).count, "repeated alias in \(names)")
            for name in names {
                #expect(!name.isEmpty && name == name.trimmingCharacters(in: .whitespaces), "bad name in \(names)")
                #expect(!seen.contains(name), "\(name) in two entries")
                #expect(!companies.contains(name), "\(name) is also a company, organisation or place")
                seen.insert(name)
                guard !name.contains(" ") else { continue }
                // A one-word alias matches everywhere: no ordinary word, no given name, unless it
                // stands for the person whenever capitalised. (The German word list holds famous
                // names, "Merkel" and "Putin" among them: it is no guide here.)
                guard !Self.knownNameWords.contains(name) else { continue }
                #expect(!english.contains(name.lowercased()), "\(name) is an English word")
                #expect(!givenNames.contains(name), "\(name) is a given name")
            }
        }
    }

    @Test func allSpellingsOfAKnownPersonAreOneEntityWithTheCanonicalName() {
        let table = EntityRecognizerTests.entities(
            "Wladimir Putin empfing den Gast im Kreml. Putin sagte, die Gespräche seien gut verlaufen. "
                + "Putins Sprecher bestätigte das Treffen.")
        let people = table.entities.filter { $0.kind == .person }
        #expect(people.count == 1, "\(people.map(\.name))")
        #expect(people.first?.name == "Vladimir Putin")
        #expect(people.first?.allNames.contains("Wladimir Putin") == true)
        let english = EntityRecognizerTests.entities(
            "Volcker told Congress the dollar had fallen enough. Paul Volcker spoke for an hour.", language: .english)
        let volcker = english.entities.filter { $0.kind == .person }
        #expect(volcker.map(\.name) == ["Paul Volcker"], "\(volcker.map(\.name))")
    }

    @Test func aCompoundWithAKnownSurnameIsAMentionOfThatPerson() {
        let table = EntityRecognizerTests.entities("Die Merkel-Gegner in der Partei melden sich zu Wort.")
        #expect(person(table, "Angela Merkel") != nil, "\(table.entities.map(\.name))")
    }

    @Test func aKnownPersonTakesTheRoleBeforeOrAfterTheName() {
        let german = EntityRecognizerTests.entities("Bundeskanzlerin Angela Merkel lobte die Einigung.")
        #expect(person(german, "Angela Merkel")?.role == "Bundeskanzlerin")
        let english = EntityRecognizerTests.entities(
            "Yasuhiro Nakasone, the prime minister, said Japan would cut tariffs.", language: .english)
        #expect(person(english, "Yasuhiro Nakasone")?.role == "prime minister", "\(english.entities)")
    }

    @Test func aKnownSurnameOpeningACompanyNameIsNoPerson() {
        let table = EntityRecognizerTests.entities(
            "Flights of Trump Shuttle Inc rose by 20 pct, the airline said. Shares of Murdoch Magazines Inc rose.", language: .english)
        #expect(person(table, "Donald Trump") == nil, "\(table.entities.map(\.name))")
        #expect(person(table, "Rupert Murdoch") == nil, "\(table.entities.map(\.name))")
        #expect(table.entities.contains { $0.kind == .company && $0.name.hasPrefix("Trump Shuttle") },
            "\(table.entities.map(\.name))")
    }

    @Test func theKnownGivenNameAndAnInitialBelongToTheKnownPerson() {
        let table = EntityRecognizerTests.entities(
            "Financier Carl C. Icahn said he holds 20 pct of the airline. Icahn did not say more.", language: .english)
        let people = table.entities.filter { $0.kind == .person }
        #expect(people.map(\.name) == ["Carl Icahn"], "\(people.map(\.name))")
        #expect(people.first?.allNames.contains("Carl C. Icahn") == true, "\(people)")
    }

    @Test func aKnownPersonOpeningAPartnershipNameIsNoPerson() {
        let table = EntityRecognizerTests.entities(
            "Ivan Boesky and Co L.P. sold the shares last year.", language: .english)
        #expect(person(table, "Ivan Boesky") == nil, "\(table.entities.map(\.name))")
        #expect(table.entities.contains { $0.kind == .company && $0.name.contains("Boesky and Co") },
            "\(table.entities.map(\.name))")
    }

    @Test func anotherPersonWithAKnownSurnameIsNotTheKnownPerson() {
        let table = EntityRecognizerTests.entities("Anna Merkel leitet die Filiale in Kassel.")
        #expect(person(table, "Angela Merkel") == nil, "\(table.entities.map(\.name))")
        #expect(person(table, "Anna Merkel") != nil, "\(table.entities.map(\.name))")
    }
}
