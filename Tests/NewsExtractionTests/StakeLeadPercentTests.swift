import NewsExtraction
import NewsModel
import Testing

/// Which percent a holding keeps when several sentences state one: a title repeated as the first
/// paragraph gives way to the body, a lead paragraph does not. Invented names only.
@Suite struct StakeLeadPercentTests {
    private let lead = "Quarvel Corp said it now holds 14.9 pct of Brandle Plc after buying more shares."
    private let history = "Quarvel previously held 10 pct of Brandle."

    private func stakes(title: String, paragraphs: [String]) -> [String] {
        let article = Article(id: "t", title: title, paragraphs: paragraphs, language: .english)
        return RuleBasedExtractor().extract(from: article).stakes.map(\.summary)
    }

    @Test func theLeadParagraphKeepsItsPercent() {
        let found = stakes(title: "QUARVEL RAISES BRANDLE STAKE", paragraphs: [lead, history])
        #expect(found.contains("Quarvel Corp>Brandle Plc 14.9"))
    }

    @Test func aTitleRepeatedAsFirstParagraphGivesWayToTheBody() {
        let title = "Quarvel Corp holds 10 pct of Brandle Plc"
        let found = stakes(title: title, paragraphs: [title, "Quarvel Corp now holds 14.9 pct of Brandle Plc, it said."])
        #expect(found.contains("Quarvel Corp>Brandle Plc 14.9"))
    }
}
