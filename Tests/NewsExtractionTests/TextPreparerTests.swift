import Foundation
import NewsExtraction
import NewsModel
import Testing

/// Builders for the text and entity tests.
enum TextTestArticles {
    /// An article from paragraphs.
    static func article(_ paragraphs: [String], language: Language = .german, id: String = "t") -> Article {
        Article(id: id, title: paragraphs.first ?? "", paragraphs: paragraphs, language: language)
    }

    /// An article of one paragraph.
    static func article(_ text: String, language: Language = .german) -> Article {
        article([text], language: language)
    }

    /// The sentences of a text, as strings.
    static func sentences(_ text: String, language: Language = .german) -> [String] {
        TextPreparer().prepare(article(text, language: language)).sentences.map(\.text)
    }
}

@Suite struct TextPreparerTests {
    @Test func splitsPlainSentencesInBothLanguages() {
        #expect(TextTestArticles.sentences("Der Umsatz stieg. Die Aktie fiel! Warum? Niemand weiß es.").count == 4)
        #expect(
            TextTestArticles.sentences("Sales rose. The shares fell. It said so.", language: .english)
                == ["Sales rose.", "The shares fell.", "It said so."])
    }

    @Test func keepsGermanAbbreviationsInside() {
        let text = "Dr. Müller und Prof. Schmidt, z.B. bei der Bank, u.a. in Berlin, nannten 2,5 Mio. Euro und 3 Mrd. Dollar. Danach kam St. Gallen, Nr. 5."
        let sentences = TextTestArticles.sentences(text)
        #expect(sentences.count == 2, "\(sentences)")
        #expect(sentences.last == "Danach kam St. Gallen, Nr. 5.")
    }

    @Test func keepsEnglishAbbreviationsAndInitialsInside() {
        let text = "Acme Inc. and Foo Corp. said J. Smith of Bar Co. Ltd. will join the U.S. unit on Jan. 5. The company said so."
        let sentences = TextTestArticles.sentences(text, language: .english)
        #expect(sentences.count == 2, "\(sentences)")
        #expect(sentences.last == "The company said so.")
    }

    @Test func keepsTickerCodesInside() {
        let text = "Kestrel Holdings Ltd <KSTL.L> said it agreed to the takeover of Tarnberg Plc <TRN.S> for 90 mln stg. It said so."
        let sentences = TextTestArticles.sentences(text, language: .english)
        #expect(sentences.count == 2, "\(sentences)")
        #expect(sentences.last == "It said so.")
        // An angle bracket that is no code does not hide the end of a sentence.
        #expect(TextTestArticles.sentences("Prices were < five. Sales rose.", language: .english).count == 2)
    }

    @Test func splitsAfterAbbreviationBeforeFunctionWord() {
        let sentences = TextTestArticles.sentences("It was bought by Ohio Mattress Co. The company said.", language: .english)
        #expect(sentences == ["It was bought by Ohio Mattress Co.", "The company said."])
    }

    /// Reuters' unit words ("pct", "mln", "dlrs", "cts") are never written with a dot of their own:
    /// a dot after them ends the sentence before any capitalised word, not only before a function word.
    @Test func englishUnitWordsEndSentencesBeforeNames() {
        let sentences = TextTestArticles.sentences(
            "Trelvan Oil said its share was 4 pct. Kestrel Corp sold its stake for 12 mln dlrs. Varga Inc paid 40 cts. Analysts agreed.",
            language: .english)
        #expect(sentences == [
            "Trelvan Oil said its share was 4 pct.", "Kestrel Corp sold its stake for 12 mln dlrs.", "Varga Inc paid 40 cts.",
            "Analysts agreed.",
        ])
    }

    @Test func germanLegalFormsWithoutDotsEndSentencesBeforeNouns() {
        #expect(TextTestArticles.sentences("Die Zelvag AG verkauft die Quentel GmbH. Käufer ist die Morbang GmbH & Co. KG. Preise nannte keiner.").count == 3)
        // "Co." stays inside a name; "AG." (also "Ag." for agriculture) ends a sentence only before a function word.
        #expect(TextTestArticles.sentences("Die Morbang GmbH & Co. KG zahlt.").count == 1)
    }

    @Test func keepsNumbersWhole() {
        let document = TextPreparer().prepare(
            TextTestArticles.article("Er kauft 37,6% für 3.000 Euro, 2,5 Millionen und 37.6 pct für 1.5 billion dlrs zu 11-5/8."))
        let numbers = document.tokens.filter(\.isNumber).map(\.text)
        #expect(numbers == ["37,6", "3.000", "2,5", "37.6", "1.5", "11-5/8"])
        #expect(document.sentences.count == 1)
    }

    @Test func germanOrdinalDoesNotEndSentence() {
        let sentences = TextTestArticles.sentences("Am 3. Oktober kaufte die Firma am 12. März ein. Die Aktie stieg.")
        #expect(sentences == ["Am 3. Oktober kaufte die Firma am 12. März ein.", "Die Aktie stieg."])
    }

    @Test func yearEndsSentenceBeforeAName() {
        let german = TextTestArticles.sentences("Die Firma Quendel wurde im Jahr 2007. Ploberg sagte, sie wachse.")
        #expect(german == ["Die Firma Quendel wurde im Jahr 2007.", "Ploberg sagte, sie wachse."])
        let english = TextTestArticles.sentences("Growth will last until 1998. Tamsin Orrow said so.", language: .english)
        #expect(english == ["Growth will last until 1998.", "Tamsin Orrow said so."])
        // A German ordinal still keeps the sentence whole.
        #expect(TextTestArticles.sentences("Am 14. Quendel-Tag stieg die Aktie.").count == 1)
    }

    @Test func openingQuoteAfterNumberStartsSentence() {
        let english = TextTestArticles.sentences(
            "Prices will rise beyond 2009. \"The cost is high,\" Orrow said.", language: .english)
        #expect(english == ["Prices will rise beyond 2009.", "\"The cost is high,\" Orrow said."])
        let german = TextTestArticles.sentences("Der Umsatz stieg um 12 Mio. „Das ist gut“, sagte Ploberg.")
        #expect(german == ["Der Umsatz stieg um 12 Mio.", "„Das ist gut“, sagte Ploberg."])
    }

    @Test func quoteFollowedBySpeechVerbIsOneSentence() {
        let text = "„Wir wollen wachsen. Und zwar schnell.“, sagte der Chef. „Das ist gut!“ Er lachte."
        let sentences = TextTestArticles.sentences(text)
        #expect(sentences == ["„Wir wollen wachsen.", "Und zwar schnell.“, sagte der Chef.", "„Das ist gut!“", "Er lachte."])
        let english = TextTestArticles.sentences("\"We will grow,\" he said. \"It is good.\" She agreed.", language: .english)
        #expect(english == ["\"We will grow,\" he said.", "\"It is good.\"", "She agreed."])
    }

    @Test func lineBreaksEndSentences() {
        let document = TextPreparer().prepare(TextTestArticles.article(["Titel ohne Punkt", "Erster Satz. Zweiter Satz\nDritte Zeile"]))
        #expect(document.sentences.map(\.text) == ["Titel ohne Punkt", "Erster Satz.", "Zweiter Satz", "Dritte Zeile"])
        #expect(document.sentences.map(\.paragraph) == [0, 1, 1, 1])
    }

    @Test func sentencesKnowTheirTokens() {
        let document = TextPreparer().prepare(TextTestArticles.article("Alibaba-Gründer Jack Ma spricht. Er geht."))
        let first = document.tokens(inSentence: 0).map(\.text)
        #expect(first == ["Alibaba-Gründer", "Jack", "Ma", "spricht", "."])
        #expect(document.tokens(inSentence: 1).allSatisfy { $0.sentence == 1 })
        #expect(document.tokens[0].flags.contains(.hyphenated))
        #expect(document.tokens[1].isCapitalized)
    }

    @Test func splitsPossessivesAndKeepsCamelCase() {
        let document = TextPreparer().prepare(TextTestArticles.article("OpenSky's rival eBay bought 11Main and 3M.", language: .english))
        #expect(document.tokens.map(\.text) == ["OpenSky", "'s", "rival", "eBay", "bought", "11Main", "and", "3M", "."])
        #expect(document.tokens[0].flags.contains(.innerCapital))
        #expect(document.tokens[1].flags.contains(.possessive))
        #expect(document.tokens[5].hasDigit && !document.tokens[5].isNumber)
    }
}
