import NewsExtraction
import NewsModel
import Testing

/// Normalisation, offsets back to the original, language detection and repeated sentences.
@Suite struct TextNormalizationTests {
    @Test func normalisesSpacesSoftHyphensAndDashesWithExactOffsets() {
        let original = "Die\u{00A0}Über\u{00AD}nahme kostet 3\u{202F}Mio.\u{00A0}Euro \u{2013} sagte „Müller“."
        let article = TextTestArticles.article(original)
        let document = TextPreparer().prepare(article)
        #expect(document.text == "Die Übernahme kostet 3 Mio. Euro - sagte „Müller“.")
        #expect(document.originalOffsets.count == document.scalars.count + 1)
        // Every token maps back to the same letters in the original (soft hyphen kept there).
        for token in document.tokens {
            let back = article.text.substring(in: document.originalRange(token.range))
                .replacingOccurrences(of: "\u{00AD}", with: "").replacingOccurrences(of: "\u{2013}", with: "-")
            #expect(back == token.text)
        }
        let name = try! #require(document.tokens.first { $0.text == "Müller" })
        #expect(article.text.substring(in: document.originalRange(name.range)) == "Müller")
        let word = try! #require(document.tokens.first { $0.text == "Übernahme" })
        #expect(article.text.substring(in: document.originalRange(word.range)) == "Über\u{00AD}nahme")
    }

    @Test func keepsQuotationMarks() {
        let document = TextPreparer().prepare(TextTestArticles.article("„Ja“, “Yes”, \"ok\", »gut«, «bien»"))
        let quotes = document.tokens.filter(\.isQuote).map(\.text)
        #expect(quotes == ["„", "“", "“", "”", "\"", "\"", "»", "«", "«", "»"])
    }

    @Test func carriageReturnsAreDroppedAndOffsetsStayExact() {
        let original = "Erster Satz.\r\nZweiter Satz."
        let article = TextTestArticles.article(original)
        let document = TextPreparer().prepare(article)
        #expect(document.sentences.count == 2)
        let second = document.sentences[1]
        #expect(article.text.substring(in: document.originalRange(second.range)) == "Zweiter Satz.")
    }

    @Test func detectsLanguagePerArticle() {
        #expect(LanguageDetector.detect("Der Konzern hat die Anteile an der Firma verkauft, wie die Zeitung berichtet.") == .german)
        #expect(LanguageDetector.detect("The company said it has sold its stake in the unit to a group of investors.") == .english)
        #expect(LanguageDetector.detect("OpenSky") == nil)
        let english = TextPreparer().prepare(
            TextTestArticles.article("The company said it would sell the unit for 12 mln dlrs to the group.", language: .german))
        #expect(english.language == .english)
        let unclear = TextPreparer().prepare(TextTestArticles.article("Alibaba OpenSky", language: .german))
        #expect(unclear.language == .german)
    }

    @Test func marksRepeatedSentencesAndCaptions() {
        let document = TextPreparer().prepare(
            TextTestArticles.article([
                "Acme kauft die Beta GmbH für viel Geld", "Text davor. Acme kauft die Beta GmbH für viel Geld 1",
                "ACME KAUFT DIE BETA GMBH FÜR VIEL GELD", "Acme kauft die Beta GmbH für wenig Geld",
            ]))
        let repeats = document.sentences.map(\.repeatOf)
        #expect(repeats == [nil, nil, 0, 0, nil])
    }

    @Test func shortSentencesAndNumberedFactsAreNotRepeats() {
        let document = TextPreparer().prepare(
            TextTestArticles.article(["Ja.", "Ja.", "Der Umsatz stieg auf 12.", "Der Umsatz stieg auf 13."]))
        #expect(document.sentences.allSatisfy { $0.repeatOf == nil })
    }
}
