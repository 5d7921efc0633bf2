import NewsExtraction
import NewsModel
import Testing

/// German hyphen compounds whose head is a two-word company name. Invented names only.
@Suite struct EntityCompoundNameTests {
    private func companies(_ table: EntityTable) -> [String] {
        table.entities.filter { $0.kind == .company || $0.kind == .organization }.map(\.name)
    }

    @Test func twoWordHeadWithACompanyWordBeforeAUnitCompound() {
        let table = EntityRecognizerTests.entities(
            "Die Pelmar-Motors-Tochter Kovina wird verkauft. Die Bank-Nordavia-Mutter Uvarion übernimmt den Rest.")
        let names = companies(table)
        #expect(names.contains("Pelmar-Motors"))
        #expect(names.contains("Bank-Nordavia"))
        #expect(names.contains("Kovina"))
    }

    @Test func twoOrdinaryWordsWithoutACompanyWordStayUnnamed() {
        let table = EntityRecognizerTests.entities(
            "Die Nahost-Experten-Tochter wächst. Die Ex-Bank-Tochter schrumpft, die Bank-Gruppe-Tochter auch.")
        #expect(companies(table).isEmpty)
    }
}
