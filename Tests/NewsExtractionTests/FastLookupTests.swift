import Foundation
import NewsModel
import Testing

@testable import NewsExtraction

/// The speed helpers must give exactly what the plain code gives.
@Suite("Fast lookups and slicing")
struct FastLookupTests {
    @Test("Evidence sentences equal the original text's scalar slices (ASCII and non-ASCII)")
    func evidenceSlices() {
        for text in [
            "Acme Corp said it sold its unit. Shares rose 5 pct.",
            "Die Übernahme\u{00A0}ist „fertig“. Der Käufer zahlt 3,5 Mio. Euro – sagte Müller.",
            "Emoji 📈 first. Then e\u{0301}tude and more text here.",
        ] {
            let article = Article(id: "x", title: "", paragraphs: [text], language: .german)
            let document = TextPreparer().prepare(article)
            #expect(!document.sentences.isEmpty)
            for sentence in document.sentences {
                let original = document.originalRange(sentence.range)
                #expect(document.evidence(for: sentence).sentence == article.text.substring(in: original))
            }
        }
    }

    @Test("WordTable finds exactly the entries, ASCII or not, and falls back to String equality")
    func wordTable() {
        let table = WordTable(["gmbh": 1, "inc": 2, "Müller": 3, "ag": 4])
        #expect(table["gmbh"] == 1)
        #expect(table["inc"] == 2)
        #expect(table["ag"] == 4)
        #expect(table["Müller"] == 3)
        #expect(table["Mu\u{0308}ller"] == 3)  // decomposed umlaut: canonically equal
        #expect(table["gmb"] == nil)
        #expect(table["gmbhx"] == nil)
        #expect(table["GMBH"] == nil)
        #expect(table[""] == nil)
        let kelvin = WordSet(["\u{212A}elvin"])
        #expect(kelvin.contains("Kelvin") == Set(["\u{212A}elvin"]).contains("Kelvin"))
    }

    @Test("FactTokenizer gives the same tokens for ASCII and non-ASCII words")
    func factTokens() {
        let text = "Acme's UNIT sold 37,6 pct to Übermann-Werke, for 11-5/8 dlrs."
        let scalars = Array(text.unicodeScalars)
        let tokens = FactTokenizer.tokens(in: scalars, range: TextRange(start: 0, end: scalars.count))
        #expect(tokens.map(\.text) == ["Acme's", "UNIT", "sold", "37,6", "pct", "to", "Übermann-Werke", ",", "for", "11-5/8", "dlrs", "."])
        #expect(tokens.map(\.lower) == ["acme's", "unit", "sold", "37,6", "pct", "to", "übermann-werke", ",", "for", "11-5/8", "dlrs", "."])
        #expect(tokens[3].startsWithDigit && tokens[7].isPunctuation && !tokens[0].isPunctuation)
    }
}
