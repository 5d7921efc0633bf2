import NewsExtraction
import NewsModel
import Testing

/// "Alan Kelmore of Quarvel Securities Inc": a person's name before "of" and a company with a legal
/// form is a person of that company, not one company name. Names with an "of" of their own stay whole.
/// Invented names only.
@Suite struct EntityEnglishPersonOfCompanyTests {
    private func names(_ text: String, _ kind: EntityKind) -> [String] {
        EntityRecognizerTests.entities(text, language: .english).entities.filter { $0.kind == kind }.map(\.name)
    }

    @Test func aPersonBeforeOfAndACompanyIsAPersonOfTheCompany() {
        let text = "The dollar will fall further, said analyst Alan Kelmore of Quarvel Securities Inc."
        #expect(names(text, .person) == ["Alan Kelmore"])
        #expect(names(text, .company) == ["Quarvel Securities Inc"])
    }

    @Test func aPersonWithAnInitialOrAtTheSentenceStartIsAPersonToo() {
        let text = "Alan J. Kelmore of Tarnbrook Halvert Ltd put profits at 450 mln dlrs."
        #expect(names(text, .company) == ["Tarnbrook Halvert Ltd"])
        #expect(names(text, .person).contains { $0.hasSuffix("Kelmore") })
    }

    @Test func aNameWithItsOwnOfStaysOneCompany() {
        // An ordinary word after the given name, or a name word before it: the "of" is the company's.
        #expect(names("The sale of Hunter Helicopter of Vossbridge Inc was agreed.", .company) == ["Hunter Helicopter of Vossbridge Inc"])
        #expect(names("Talks with Quarvel Victor Halvert of Vossbridge Inc ended.", .company) == ["Quarvel Victor Halvert of Vossbridge Inc"])
    }
}
