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
