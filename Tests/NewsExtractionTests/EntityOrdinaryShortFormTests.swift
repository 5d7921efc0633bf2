import NewsExtraction
import NewsModel
import Testing

/// Short forms that are ordinary English words ("Steadfast" for "Steadfast Enterprises Ltd"): a mention
/// only where the word stands alone as a name. Invented names only.
@Suite struct EntityOrdinaryShortFormTests {
    private func mentions(of name: String, in text: String) -> [String] {
        let table = EntityRecognizerTests.entities(text, language: .english)
        guard let entity = EntityRecognizerTests.entity(table, name) else { return [] }
        let scalars = Array(text.unicodeScalars)
        return table.mentions.filter { $0.entity == entity.id }.map {
            String(String.UnicodeScalarView(scalars[$0.range.start..<$0.range.end]))
        }
    }

    @Test func anOrdinaryFirstWordStandingAloneIsTheCompany() {
        let text = "<Steadfast Enterprises Ltd> agreed to merge with <Quorvane Corp Ltd>. "
            + "Quorvane lifted its stake in Steadfast to 52 pct. Brixley launched a bid for Steadfast, the statement said."
        let found = mentions(of: "Steadfast Enterprises Ltd", in: text)
        #expect(found.filter { $0 == "Steadfast" }.count == 2)
    }

    @Test func theOrdinaryWordInOtherUsesIsNoMention() {
        let text = "<Steadfast Enterprises Ltd> said it was steadfast. The Steadfast approach of the board helped. "
            + "Steadfast investors stayed."
        let found = mentions(of: "Steadfast Enterprises Ltd", in: text)
        #expect(!found.contains("Steadfast"))
        #expect(!found.contains("steadfast"))
    }

    @Test func twoCompaniesWithTheSameOrdinaryWordGiveNoShortForm() {
        let text = "<Steadfast Enterprises Ltd> and <Steadfast Mining Corp> are not related. "
            + "Analysts said the bid for Steadfast was low."
        #expect(!mentions(of: "Steadfast Enterprises Ltd", in: text).contains("Steadfast"))
        #expect(!mentions(of: "Steadfast Mining Corp", in: text).contains("Steadfast"))
    }
}
