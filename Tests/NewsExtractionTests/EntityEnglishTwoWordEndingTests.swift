import NewsExtraction
import NewsModel
import Testing

/// "Capital Markets", "Capital Management", "Capital Funding": an ordinary word right after the company
/// word "Capital" still belongs to the name; alone it ends no name. Invented names only.
@Suite struct EntityEnglishTwoWordEndingTests {
    private func companies(_ text: String) -> [String] {
        EntityRecognizerTests.entities(text, language: .english).entities.filter { $0.kind == .company }.map(\.name)
    }

    @Test func capitalMarketsEndsTheName() {
        #expect(companies("Tolvane Capital Markets will be the sole manager of the offering.") == ["Tolvane Capital Markets"])
        #expect(companies("The issue was arranged by Orwenby Capital Management, it said.") == ["Orwenby Capital Management"])
    }

    @Test func aKnownNameGrowsOverBothWords() {
        // "Deutsche Bank" is in the gazetteer: the known name grows over "Capital Markets".
        #expect(companies("The notes were placed by Deutsche Bank Capital Markets, the lead manager said.") == ["Deutsche Bank Capital Markets"])
    }

    @Test func theSecondWordAloneEndsNoName() {
        #expect(companies("The Export Markets division of the firm reported lower sales.").isEmpty)
        #expect(companies("Tolvane Financial Markets rose two pct, traders said.") == ["Tolvane Financial"])
    }
}
