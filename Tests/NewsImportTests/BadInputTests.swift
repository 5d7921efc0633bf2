import Foundation
import NewsImport
import NewsModel
import Testing

/// Every kind of bad input gives exactly one line naming the file and the reason.
@Suite struct BadInputTests {
    private func messages(_ path: String, options: ImportOptions = ImportOptions()) -> [String] {
        ArticleReader(options: options).read(path: path).errors.map(\.message)
    }

    @Test func missingFile() throws {
        let files = try TempFiles()
        let path = files.folder.path + "/nope.txt"
        #expect(messages(path) == ["'\(path)': cannot be read (no such file or folder)."])
    }

    @Test func folderReadAsAFile() throws {
        let files = try TempFiles()
        let path = files.folder.path + "/folder.txt"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        #expect(messages(path) == ["'\(path)': cannot be read (it is a folder)."])
    }

    @Test func missingPathGivenToThePipeline() throws {
        var events: [IngestEvent] = []
        let summary = try IngestPipeline(store: InMemoryNewsStoreForTests(), extractor: NoFactExtractor())
            .run(paths: ["/nonexistent/news"]) { events.append($0) }
        #expect(summary.failed == 1)
        #expect(events.first == .failed(ImportError(file: "/nonexistent/news", reason: .unreadable("no such file or folder"))))
        #expect(events.first.map { if case .failed(let error) = $0 { error.message } else { "" } }
            == "'/nonexistent/news': cannot be read (no such file or folder).")
    }

    @Test func binaryFile() throws {
        let files = try TempFiles()
        let path = try files.write("image.txt", bytes: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D])
        #expect(messages(path) == ["'\(path)': is a binary file, not text; it was skipped."])
    }

    @Test func bytesThatAreNoTextEncoding() throws {
        let files = try TempFiles()
        let path = try files.write("garbage.txt", bytes: [0x41, 0x01, 0x02, 0x81, 0x8D, 0x90, 0x03, 0x04, 0x9D, 0x05])
        #expect(messages(path) == ["'\(path)': is not text in UTF-8, Windows-1252 or Latin-1; it was skipped."])
    }

    @Test func emptyAndBlankFiles() throws {
        let files = try TempFiles()
        let empty = try files.write("empty.txt", "")
        let blank = try files.write("blank.jsonl", "  \n\n \r\n")
        #expect(messages(empty) == ["'\(empty)': is empty; it was skipped."])
        #expect(messages(blank) == ["'\(blank)': is empty; it was skipped."])
    }

    @Test func oversizedFile() throws {
        let files = try TempFiles()
        let path = try files.write("big.txt", "Title\n\n" + String(repeating: "word ", count: 409))
        #expect(messages(path, options: ImportOptions(maximumBytes: 1536))
            == ["'\(path)': is too large (2 KB, the limit is 1.5 KB); it was skipped."])
    }

    @Test func brokenJSONLineNamesItsLineAndTheRestGoesIn() throws {
        let files = try TempFiles()
        let good = #"{"id": "x1", "title": "One", "text": "Text one."}"#
        let lines = [good, #"{"id": "x2", "title": "Two", "text": "Text"#, #"{"id": "x3", "title": "Three", "text": "Text three."}"#, #"{"id": 4, "title": "Four", "text": "Four." x}"#]
        let path = try files.write("x.jsonl", lines.joined(separator: "\n") + "\n")
        let result = ArticleReader().read(path: path)
        #expect(result.articles.map(\.id) == ["x1", "x3"])
        #expect(result.errors.map(\.message) == [
            "'\(path)' line 2: not valid JSON (unexpected end of data); the other lines were ingested.",
            "'\(path)' line 4: not valid JSON (unexpected character 'x' at column 44); the other lines were ingested.",
        ])
    }

    @Test func jsonLineThatIsNoArticle() throws {
        let files = try TempFiles()
        let path = try files.write("y.jsonl", "[1, 2]\n" + #"{"id": "a", "text": "No title. But a text."}"#)
        #expect(messages(path) == [
            "'\(path)' line 1: not an article (a JSON array, not an object); the other lines were ingested."
        ])
        // Without a title, the first sentence stands in (as for 10kGNAD, whose records have none).
        #expect(ArticleReader().read(path: path).articles.map(\.title) == ["No title. But a text."])
    }

    @Test func brokenJSONFile() throws {
        let files = try TempFiles()
        let path = try files.write("z.json", #"{"title": "a", "text": }"#)
        #expect(messages(path) == ["'\(path)': not valid JSON (unexpected character '}' at column 24); it was skipped."])
    }

    @Test func feedThatIsNotXML() throws {
        let files = try TempFiles()
        let path = try files.write("news.rss", "<rss><channel><item><title>Unclosed</channel>\n")
        let result = messages(path)
        #expect(result.count == 1)
        #expect(result.first == "'\(path)': is not a feed: not well-formed XML at line 1 (a closing tag does not match the opening tag); it was skipped.")
        let prose = try files.write("notes.xml", "These are notes, not XML.")
        #expect(messages(prose) == ["'\(prose)': is not a feed: not well-formed XML at line 1 (no XML content); it was skipped."])
    }

    @Test func xmlThatIsNoFeed() throws {
        let files = try TempFiles()
        let path = try files.write("page.xml", "<html><body>Hello</body></html>")
        #expect(messages(path) == ["'\(path)': is XML but neither RSS nor Atom (the root element is <html>); it was skipped."])
    }
}

@Suite struct HeadlineGuessTests {
    @Test func takesTheFirstSentenceOfAnUntitledRecord() throws {
        let files = try TempFiles()
        let long = String(repeating: "Wort ", count: 40)
        let path = try files.write(
            "untitled.jsonl",
            #"{"id": "u1", "title": null, "text": "Die Bank verkauft ihre Tochter. Der Preis ist offen.\n\nMehr."}"# + "\n"
                + #"{"id": "u2", "text": "\#(long)"}"#)
        let titles = ArticleReader().read(path: path).articles.map(\.title)
        #expect(titles.first == "Die Bank verkauft ihre Tochter.")
        #expect(titles.last?.hasSuffix("…") == true)
        #expect((titles.last?.count ?? 0) <= 100)
    }
}
