import NewsExtraction
import NewsModel
import Testing

/// German holdings told in a relative clause after "an der" ("Die X AG, an der die Y 30 Prozent hält"),
/// and the quantity after a company cue that is no name ("die Holding 30 Prozent"). Invented names only.
@Suite struct StakeGermanRelativeHoldingTests {
    private func facts(_ text: String) -> ArticleFacts {
        RuleBasedExtractor().extract(from: Article(id: "g", title: "Titel", paragraphs: ["Titel", text], language: .german))
    }

    @Test func theHolderOfTheRelativeClauseHoldsTheAntecedent() {
        let found = facts("Die Quarvel AG, an der die Brandle Holding 30 Prozent hält, meldete einen Gewinn.")
        #expect(found.stakes.map(\.summary) == ["Brandle Holding>Quarvel AG 30.0"])
    }

    @Test func aDateInsideTheRelativeClauseChangesNothing() {
        let found = facts("Die Quarvel AG, an der die Brandle Holding seit 2010 30 Prozent der Anteile hält, meldete einen Gewinn.")
        #expect(found.stakes.map(\.summary) == ["Brandle Holding>Quarvel AG 30.0"])
    }

    @Test func aPercentAfterACompanyCueIsNoCompany() {
        let found = facts("Die Quarvel AG, an der die Brandle Holding 30 Prozent hält, meldete einen Gewinn.")
        #expect(!found.entities.contains { $0.name.contains("Prozent") })
    }

    @Test func theMainClauseFormStillWorks() {
        let found = facts("Die Brandle Holding hält 30 Prozent an der Quarvel AG.")
        #expect(found.stakes.map(\.summary) == ["Brandle Holding>Quarvel AG 30.0"])
    }
}
