import NewsModel
import Testing

@testable import NewsExtraction

/// "X is a unit of A while Z is a unit of B": the second unit statement has its own subject, a name the
/// recogniser may have missed; B holds Z, not X. Invented names only.
@Suite struct EnglishUnitClauseSubjectTests {
    private func stakes(_ text: String) -> [String] {
        RuleBasedExtractor().extract(from: Article(id: "u", title: "Headline", paragraphs: ["Headline", text], language: .english))
            .stakes.map(\.summary)
    }

    @Test func anUnrecognisedSubjectAfterWhileIsNotTheCompanyBefore() {
        let found = stakes("Zentor Inc is a unit of Kelmar Holdings Inc while Brixel is a unit of Quorn Corp.")
        #expect(found.contains("Kelmar Holdings Inc>Zentor Inc -"), "\(found)")
        #expect(!found.contains("Quorn Corp>Zentor Inc -"), "\(found)")
    }

    @Test func aClauseAfterCommaAndIsNoApposition() {
        let found = stakes("Zentor Inc is a unit of Kelmar Holdings Inc, and Brixel is a unit of Quorn Corp.")
        #expect(!found.contains("Quorn Corp>Kelmar Holdings Inc -"), "\(found)")
        // A relative clause after the comma still describes the name before it.
        let relative = stakes("Zentor Inc, which is 89 pct owned by Kelmar Holdings Inc, said it took a writedown.")
        #expect(relative.contains("Kelmar Holdings Inc>Zentor Inc 89.0"), "\(relative)")
    }
}
