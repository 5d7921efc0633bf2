import NewsExtraction
import NewsModel
import Testing

/// Abbreviations before a capitalised word in a speaker phrase: "U.S. Treasury Secretary X said"
/// stays one sentence (so the quote keeps its speaker), while "… in the U.S. The company said …"
/// ends a sentence after "U.S.".
@Suite struct SentenceAbbreviationQuoteTests {
    @Test func englishUSBeforeARoleStaysInTheSentence() {
        let sentences = TextTestArticles.sentences(
            "The dollar fell sharply, U.S. Treasury Secretary Tamwin Orrow said on Monday.", language: .english)
        #expect(sentences.count == 1, "\(sentences)")
        let quotes = QuoteFixture.quotes(
            "Title\n\nThe dollar fell sharply, U.S. Treasury Secretary Tamwin Orrow said on Monday.",
            language: .english, people: [QuoteFixture.Person(name: "Tamwin Orrow")])
        #expect(quotes.first?.speaker?.name == "Tamwin Orrow")
        #expect(quotes.first?.text == "The dollar fell sharply")
    }

    @Test func englishUSBeforeAFunctionWordEndsTheSentence() {
        let sentences = TextTestArticles.sentences(
            "Sales rose in the U.S. The company said it would build a plant.", language: .english)
        #expect(sentences.count == 2, "\(sentences)")
        #expect(sentences.last == "The company said it would build a plant.")
    }

    @Test func germanAbbreviationBeforeARoleStaysInTheSentence() {
        let sentences = TextTestArticles.sentences(
            "Die Nachfrage sei gestiegen, sagte u.a. Finanzchef Hanno Quirlmeier am Montag.")
        #expect(sentences.count == 1, "\(sentences)")
    }
}
