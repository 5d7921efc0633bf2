import NewsExtraction
import NewsModel
import Testing

/// Where English reported content starts and who "it" is: occasions between the verb and the
/// content, sentences broken after "U.S.", the subject company before "It said", and the company
/// of a spokesman before "the company said" (invented names only).
@Suite struct QuoteBoundaryTests {
    static let john = QuoteFixture.Person(name: "John Carter")

    static func english(_ body: String) -> [Quote] {
        QuoteFixture.quotes(
            "Title\n\n" + body, language: .english, people: [john], companies: ["Acme", "Nordwerk", "Exchange Board"])
    }

    @Test func theOccasionAfterToldOrSaidIsNoContent() {
        let told = Self.english("Banks are fine, John Carter said. He told a news conference his office had talks with the bank.")
        #expect(told.last?.text == "his office had talks with the bank")
        #expect(told.last?.speaker?.name == "John Carter")
        let statement = Self.english("Acme said in a statement the bid was below the value of the shares.")
        #expect(statement.first?.text == "the bid was below the value of the shares")
        // A statement that is the subject of the content stays in it.
        let subject = Self.english("John Carter said the statement was misleading and would be withdrawn.")
        #expect(subject.first?.text == "the statement was misleading and would be withdrawn")
    }

    @Test func aSentenceBrokenAfterUSIsOneContent() {
        let quotes = Self.english("Japan wants to keep its chip dispute with the U.S. From turning into a trade war, John Carter said.")
        #expect(quotes.first?.text == "Japan wants to keep its chip dispute with the U.S. From turning into a trade war")
        // A real sentence after "U.S." stays apart.
        let apart = Self.english("Exports went mainly to the U.S. The company expects more orders, John Carter said.")
        #expect(apart.first?.text == "The company expects more orders")
    }

    @Test func itAfterASentenceIsItsSubjectCompany() {
        let quotes = Self.english(
            "Acme told shareholders not to accept the bid pending advice from Nordwerk, its adviser. "
                + "It said the bid was below the value of the shares.")
        #expect(quotes.first?.speaker?.name == "Acme")
    }

    @Test func theCompanyAfterItsSpokesmanIsThatCompany() {
        let quotes = Self.english(
            "A spokesman for Acme said the company would have a statement later. "
                + "Trading was delayed by the Exchange Board, which expected an announcement. "
                + "Yesterday, the company said output at its plant was cut to 81 pct.")
        #expect(quotes.last?.speaker?.name == "Acme")
    }
}
