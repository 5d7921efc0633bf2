import Foundation
import NewsImport
import Testing

/// A JSON Lines file read in parts gives, part after part, what reading it whole gives.
@Suite struct PartialReadTests {
    @Test func partsJoinToTheWholeAndCountTheBytes() throws {
        let files = try TempFiles()
        var lines = (1...10).map { #"{"id": "p\#($0)", "title": "T\#($0)", "text": "Text \#($0)."}"# }
        lines.insert("{broken", at: 4)
        lines.insert("   ", at: 7)
        let path = try files.write("p.jsonl", lines.joined(separator: "\n") + "\n")
        let size = try #require(try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int)
        let whole = ArticleReader().read(path: path)
        var parts: [FileReadResult] = []
        var offsets: [Int] = []
        ArticleReader().read(path: path, linesPerPart: 3) { part, bytesRead in
            parts.append(part)
            offsets.append(bytesRead)
        }
        #expect(parts.count == 4)  // 11 non-blank lines
        #expect(parts.flatMap(\.articles) == whole.articles)
        #expect(parts.flatMap(\.errors) == whole.errors)
        #expect(parts[1].errors.count == 1)  // the broken fifth line
        #expect(offsets == offsets.sorted())
        #expect(offsets.last == size)
        #expect(whole.articles.map(\.id) == (1...10).map { "p\($0)" })
    }

    @Test func blankFileIsOnePartSayingItIsEmpty() throws {
        let files = try TempFiles()
        let path = try files.write("blank.jsonl", "\n  \n")
        var parts: [FileReadResult] = []
        ArticleReader().read(path: path, linesPerPart: 2) { part, _ in parts.append(part) }
        #expect(parts.count == 1)
        #expect(parts.first?.articles.isEmpty == true)
        #expect(parts.first?.errors == ArticleReader().read(path: path).errors)
        #expect(parts.first?.errors.count == 1)
    }

    @Test func otherFormatsComeInOnePart() throws {
        let files = try TempFiles()
        let path = try files.write("one.txt", "Title\n\nBody one.\n\nBody two.")
        var parts: [FileReadResult] = []
        ArticleReader().read(path: path, linesPerPart: 1) { part, _ in parts.append(part) }
        #expect(parts.count == 1)
        #expect(parts.first?.articles.first?.paragraphs == ["Body one.", "Body two."])
    }
}
