import Foundation
import NewsImport
import NewsModel
import TestSupport
import Testing

@Suite struct JSONReaderTests {
    @Test func corpusStyleJSONLinesKeepTheirFields() throws {
        let files = try TempFiles()
        let line1 = #"{"id": "reuters-00002", "title": "A BUYS B", "text": "NEW YORK, March 2 - A said it bought B.\n\nThe price was 5 mln dlrs.", "date": "1987-03-02T10:00:01", "source": "reuters-21578", "language": "en", "topics": ["acq"]}"#
        let line2 = #"{"id": "dewikinews-10", "title": "Kauf", "text": "Die Firma kauft.", "date": "2010-01-02", "source": "wikinews-de", "language": "de", "url": "https://example.org/x", "topics": []}"#
        let path = try files.write("a.jsonl", line1 + "\n\n" + line2)
        let result = ArticleReader().read(path: path)
        #expect(result.errors.isEmpty)
        #expect(result.articles.map(\.id) == ["reuters-00002", "dewikinews-10"])
        let first = result.articles[0]
        #expect(first.paragraphs == ["NEW YORK, March 2 - A said it bought B.", "The price was 5 mln dlrs."])
        #expect(first.date == "1987-03-02T10:00:01")
        #expect(first.source == "reuters-21578")
        #expect(first.language == .english)
        #expect(first.topics == ["acq"])
        #expect(result.articles[1].language == .german)
        #expect(result.articles[1].url == "https://example.org/x")
    }

    @Test func corpusTextKeepsItsOffsets() throws {
        let corpus = Fixtures.sharedFolder.appendingPathComponent("corpus/wikinews-de-quotes/articles.jsonl")
        let handle = try FileHandle(forReadingFrom: corpus)
        let data = try #require(try handle.read(upToCount: 200_000))
        let lines = data.split(separator: 0x0A).dropLast().prefix(20)
        let files = try TempFiles()
        let path = try files.write("wiki.jsonl", bytes: Array(lines.joined(separator: [0x0A])))
        let articles = ArticleReader().read(path: path).articles
        #expect(articles.count == lines.count)
        for (line, article) in zip(lines, articles) {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line)) as? [String: Any])
            #expect(article.text == object["text"] as? String)
        }
    }

    @Test func newsPleaseFileIsRead() throws {
        let files = try TempFiles()
        let json = """
            {"authors": ["Jane Roe"], "date_download": "2017-01-03 08:00:00", "date_modify": null,
             "date_publish": "2017-01-02 10:00:00", "description": "Short.", "filename": "x.json",
             "image_url": null, "language": "en", "localpath": null,
             "maintext": "Acme Corp said on Monday it would buy Widget Inc.\\nThe deal is worth 10 million dollars.",
             "source_domain": "www.example.com", "title": "Acme to buy Widget", "title_page": null, "title_rss": null,
             "url": "https://www.example.com/news/acme-widget.html"}
            """
        let path = try files.write("newsplease.json", json)
        let result = ArticleReader().read(path: path)
        #expect(result.errors.isEmpty)
        let article = try #require(result.articles.first)
        #expect(article.title == "Acme to buy Widget")
        #expect(article.paragraphs == ["Acme Corp said on Monday it would buy Widget Inc.", "The deal is worth 10 million dollars."])
        #expect(article.date == "2017-01-02T10:00:00")
        #expect(article.source == "www.example.com")
        #expect(article.url == "https://www.example.com/news/acme-widget.html")
        #expect(article.id.hasPrefix("www.example.com-"))
        #expect(article.id.count == "www.example.com-".count + 16)
        // Same URL, same id: re-reading gives the same article.
        #expect(ArticleReader().read(path: path).articles.first?.id == article.id)
    }

    @Test func newsPleaseWithoutURLTakesTheFileName() throws {
        let files = try TempFiles()
        let path = try files.write("story-7.json", #"{"title": "T", "maintext": "Der Text.", "language": "de"}"#)
        #expect(ArticleReader().read(path: path).articles.first?.id == "story-7")
    }

    @Test func jsonArrayGivesOneArticlePerElement() throws {
        let files = try TempFiles()
        let json = #"[{"id": "a1", "title": "One", "text": "First."}, {"title": "No text"}, {"id": "a3", "title": "Three", "text": "Third."}]"#
        let result = ArticleReader().read(path: try files.write("batch.json", json))
        #expect(result.articles.map(\.id) == ["a1", "a3"])
        #expect(result.errors.map(\.message) == [
            "'\(files.folder.path)/batch.json' item 2: not an article (no \"text\" or \"maintext\" field); the other items were ingested."
        ])
    }
}
