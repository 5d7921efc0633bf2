import NewsModel
import Testing

@testable import NewsExtraction

/// At the start of a sentence an ordinary word that often opens company names ("First", "General", "Great")
/// stays in the name before a legal form; other sentence-initial words ("Shares", "Yesterday") do not. Invented
/// names only.
@Suite struct EntityEnglishNameOpeningWordTests {
    private func companies(_ text: String) -> [String] {
        EntityRecognizerTests.names(EntityRecognizerTests.entities(text, language: .english), kind: .company)
    }

    @Test func openingWordAtSentenceStartBelongsToTheName() {
        #expect(companies("Profits rose in March. First Norvale Bancorp said it would pay more.") == ["First Norvale Bancorp"])
        #expect(companies("Profits rose in March. Great Norvale Financial Corp said it would pay more.") == ["Great Norvale Financial Corp"])
        // An ordinary word after it, when a legal form or company word follows ("Continental Grain Co").
        #expect(companies("Prices fell. Continental Norvale Grain Co said it would sell.").contains("Continental Norvale Grain Co"))
    }

    @Test func otherSentenceInitialWordsStayOutside() {
        #expect(companies("Profits rose in March. Yesterday Norvale Bancorp said it would pay more.") == ["Norvale Bancorp"])
    }
}
