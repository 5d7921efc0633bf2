import NewsExtraction
import NewsModel
import Testing

/// Names that begin like a short form of another name of the article, and German institution
/// names. Invented names only.
@Suite struct EntityLongerNameTests {
    private func companies(_ table: EntityTable) -> [String] {
        table.entities.filter { $0.kind == .company || $0.kind == .organization }.map(\.name)
    }

    @Test func shortFormFollowedByANameWordIsAnotherName() {
        let table = EntityRecognizerTests.entities(
            "It plans to buy Brenvale Cement Eastern and the holding firm, Brenvale Cement India Ltd, a statement said.",
            language: .english)
        let names = companies(table)
        #expect(names.contains("Brenvale Cement Eastern"))
        #expect(names.contains("Brenvale Cement India Ltd"))
        #expect(EntityRecognizerTests.entity(table, "Brenvale Cement India Ltd")?.aliases.contains("Brenvale Cement") == false)
    }

    @Test func oneWordShortFormBeforeASurnameIsNoMention() {
        let table = EntityRecognizerTests.entities(
            "Zandor Partners Ltd said it agreed. The Irish investor Zandor Quist owns five pct of the club.",
            language: .english)
        let zandor = EntityRecognizerTests.entity(table, "Zandor Partners Ltd")
        #expect(zandor != nil)
        #expect(zandor?.aliases.contains("Zandor") == false)
    }

    @Test func shortFormAloneStillCounts() {
        let table = EntityRecognizerTests.entities(
            "Zandor Partners Ltd said it agreed. Shares of Zandor rose.", language: .english)
        #expect(EntityRecognizerTests.entity(table, "Zandor Partners Ltd")?.aliases.contains("Zandor") == true)
    }
}
