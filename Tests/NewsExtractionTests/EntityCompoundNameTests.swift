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
        #expect(names.contains("Pelmar Motors"))
        #expect(names.contains("Bank Nordavia"))
        #expect(names.contains("Kovina"))
    }

    @Test func twoWordHeadIsNamedWithASpaceAndKeepsTheCompoundWritingAsAlias() {
        let table = EntityRecognizerTests.entities(
            "Die Bank-Nordavia-Mutter Uvarion meldet Gewinne. Die Bank Nordavia selbst schrumpft.")
        let bank = table.entities.first { $0.name == "Bank Nordavia" }
        #expect(bank != nil, "\(companies(table))")
        #expect(bank?.aliases.contains { $0.hasPrefix("Bank-Nordavia") } == true, "\(bank?.aliases ?? [])")
        #expect(!companies(table).contains("Bank-Nordavia"))
    }

    @Test func twoOrdinaryWordsWithoutACompanyWordStayUnnamed() {
        let table = EntityRecognizerTests.entities(
            "Die Nahost-Experten-Tochter wächst. Die Ex-Bank-Tochter schrumpft, die Bank-Gruppe-Tochter auch.")
        #expect(companies(table).isEmpty)
    }
}

/// Names of one capital letter and a hyphenated word after a cue. Invented names only.
@Suite struct EntityLetterPrefixTests {
    @Test func letterPrefixedNameAfterAUnitCompound() {
        let table = EntityRecognizerTests.entities("Die Telvano-Tochter T-Kryon wächst kräftig.")
        #expect(EntityRecognizerTests.entity(table, "T-Kryon") != nil)
    }

    @Test func letterPrefixedOrdinaryWordIsNoName() {
        let table = EntityRecognizerTests.entities("Die Telvano-Tochter E-Mail wächst kräftig.")
        #expect(EntityRecognizerTests.entity(table, "E-Mail") == nil)
    }
}
