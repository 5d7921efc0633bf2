import Foundation
import NewsImport
import NewsModel
import TestSupport
import Testing

@Suite struct PlainTextReaderTests {
    @Test func seedFileIsReadByteForByte() throws {
        let raw = try String(contentsOf: Fixtures.seedFile, encoding: .utf8)
        let result = ArticleReader().read(path: Fixtures.seedFile.path)
        #expect(result.errors.isEmpty)
        let article = try #require(result.articles.first)
        #expect(result.articles.count == 1)
        #expect(article.id == "000_01e16cab228ac14f")
        let firstBreak = try #require(raw.range(of: "\n"))
        #expect(article.title == String(raw[..<firstBreak.lowerBound]))
        #expect(article.title + "\n\n" + article.text == raw)
        #expect(article.paragraphs.count == 7)
        #expect(article.paragraphs.allSatisfy { !$0.isEmpty && !$0.hasPrefix("\n") && !$0.hasSuffix("\n") })
        #expect(article.language == .german)
        #expect(article.date == nil)
        #expect(article.origin == Fixtures.seedFile.path)
    }

    @Test func crlfAndByteOrderMarkAreHandled() throws {
        let files = try TempFiles()
        let text = "Titel der Meldung\r\n\r\nErster Absatz\u{A0}mit Schutz\u{AD}leerzeichen.\r\n\r\nZweiter Absatz der Meldung."
        let path = try files.write("crlf.txt", bytes: [0xEF, 0xBB, 0xBF] + Array(text.utf8))
        let article = try #require(ArticleReader().read(path: path).articles.first)
        #expect(article.id == "crlf")
        #expect(article.title == "Titel der Meldung")
        #expect(article.paragraphs == ["Erster Absatz\u{A0}mit Schutz\u{AD}leerzeichen.", "Zweiter Absatz der Meldung."])
    }

    @Test func latin1FileIsDecoded() throws {
        let files = try TempFiles()
        // "Übernahme" and "München" in ISO-8859-1: Ü = DC, ü = FC.
        var bytes: [UInt8] = Array("bernahme".utf8)
        bytes.insert(0xDC, at: 0)
        bytes += Array("\n\nDie Gesellschaft aus M".utf8) + [0xFC] + Array("nchen wird verkauft, sagte der Vorstand.\n".utf8)
        let path = try files.write("latin1.txt", bytes: bytes)
        let result = ArticleReader().read(path: path)
        #expect(result.errors.isEmpty)
        let article = try #require(result.articles.first)
        #expect(article.title == "Übernahme")
        #expect(article.paragraphs == ["Die Gesellschaft aus München wird verkauft, sagte der Vorstand."])
    }

    @Test func windows1252QuotesAndEuroAreDecoded() throws {
        let files = try TempFiles()
        let bytes: [UInt8] = Array("Preis\n\nEr zahlte 5 ".utf8) + [0x80] + Array(" und sagte ".utf8) + [0x84] + Array("ja".utf8) + [0x93]
        let article = try #require(ArticleReader().read(path: try files.write("cp.txt", bytes: bytes)).articles.first)
        #expect(article.paragraphs == ["Er zahlte 5 € und sagte „ja“"])
    }

    @Test func dateOptionAndFixedLanguageApply() throws {
        let files = try TempFiles()
        let path = try files.write("note.text", "Title\n\nDer Text ist deutsch, aber die Option sagt Englisch.")
        let reader = ArticleReader(options: ImportOptions(language: .fixed(.english), defaultDate: "2024-05-01"))
        let article = try #require(reader.read(path: path).articles.first)
        #expect(article.language == .english)
        #expect(article.date == "2024-05-01")
    }
}
