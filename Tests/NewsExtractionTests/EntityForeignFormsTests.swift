import NewsExtraction
import NewsModel
import Testing

/// Company names ending in foreign legal forms or in English company words. Invented names only.
@Suite struct EntityForeignFormsTests {
    private func companies(_ table: EntityTable) -> [String] {
        table.entities.filter { $0.kind == .company || $0.kind == .organization }.map(\.name)
    }

    @Test func hungarianLegalFormsEndTheName() {
        let table = EntityRecognizerTests.entities(
            "Die Verkäuferin Brelvor Holding ZRt hat zugestimmt. Auch die Tandorak Kft war beteiligt.")
        let names = companies(table)
        #expect(names.contains("Brelvor Holding ZRt"))
        #expect(names.contains("Tandorak Kft"))
    }

    @Test func explorationAndAirLinesEndEnglishCompanyNames() {
        let table = EntityRecognizerTests.entities(
            "The stake went to Varnoki Oil Exploration on Monday, while Westbrin Air Lines said it would wait.",
            language: .english)
        let names = companies(table)
        #expect(names.contains("Varnoki Oil Exploration"))
        #expect(names.contains("Westbrin Air Lines"))
    }
}

/// Names opened by a Romance or Slavic group word. Invented names only.
@Suite struct EntityGroupPrefixTests {
    private func companies(_ table: EntityTable) -> [String] {
        table.entities.filter { $0.kind == .company || $0.kind == .organization }.map(\.name)
    }

    @Test func groupWordOpensTheName() {
        let table = EntityRecognizerTests.entities(
            "Der spanische Baukonzern Grupo VLX übernimmt die Mehrheit. Auch die Groupe Tarnelle bietet mit.")
        let names = companies(table)
        #expect(names.contains("Grupo VLX"))
        #expect(names.contains("Groupe Tarnelle"))
        #expect(!names.contains("Grupo"))
    }

    @Test func groupWordOpensEnglishNames() {
        let table = EntityRecognizerTests.entities(
            "Shares of Gruppo Ostrani rose after the bid.", language: .english)
        #expect(companies(table).contains("Gruppo Ostrani"))
    }
}

/// The words after a group word are a short form of the whole name. Invented names only.
@Suite struct EntityGroupShortFormTests {
    @Test func restAfterTheGroupWordJoinsTheName() {
        let table = EntityRecognizerTests.entities(
            "Der Baukonzern Grupo Velarca will wachsen. Velarca bietet 20 Euro je Aktie.")
        let grupo = EntityRecognizerTests.entity(table, "Grupo Velarca")
        #expect(grupo != nil)
        #expect(grupo?.aliases.contains("Velarca") == true)
        #expect(!table.entities.contains { $0.name == "Velarca" })
    }
}
