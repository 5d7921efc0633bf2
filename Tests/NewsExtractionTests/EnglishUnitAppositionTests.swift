import NewsModel
import Testing

@testable import NewsExtraction

/// Unit nouns in appositions with "the" or a possessive: "X, the Y unit, …", "X, Y's brokerage arm, …" and "the Y
/// subsidiary, X": Y holds X; a name that reports the sentence ("…, X said") is no unit. Invented names only.
@Suite struct EnglishUnitAppositionTests {
    private func stakes(_ text: String, _ companies: [String]) -> [String] { DealFixture.englishStakes(text, companies) }

    @Test func theUnitApposition() {
        let found = stakes("Marten Securities Inc, the Corvel Inc unit, had a loss.", ["Marten Securities Inc", "Corvel Inc"])
        #expect(found == ["Corvel Inc>Marten Securities Inc -"])
    }

    @Test func possessiveDescribedUnitApposition() {
        let found = stakes("Profits fell at Marten Securities Inc, Corvel Inc's brokerage arm, and at its rivals.", ["Marten Securities Inc", "Corvel Inc"])
        #expect(found == ["Corvel Inc>Marten Securities Inc -"])
    }

    @Test func unitNamedAfterTheComma() {
        let found = stakes("Under the plan, the Corvel Inc subsidiary, Marten Holdings Corp, will start the offer.", ["Marten Holdings Corp", "Corvel Inc"])
        #expect(found == ["Corvel Inc>Marten Holdings Corp -"])
    }

    @Test func reportingNameAfterTheCommaIsNoUnit() {
        let found = stakes("The bid values the Corvel Inc unit, Marten Holdings Corp said.", ["Marten Holdings Corp", "Corvel Inc"])
        #expect(!found.contains("Corvel Inc>Marten Holdings Corp -"))
    }
}
