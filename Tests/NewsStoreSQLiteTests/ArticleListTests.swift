import NewsModel
import NewsStoreSQLite
import Testing
import TestSupport

@Suite struct ArticleListTests {
    static func store() throws -> SQLiteNewsStore {
        let store = try SQLiteNewsStore.inMemory()
        let rows: [(String, String, String?)] = [
            ("b", "beta news", "1987-03-02"), ("a", "Alpha news", "1987-03-01T10:00:00"),
            ("n", "undated news", nil), ("c", "Gamma news", "2022-01-01"),
        ]
        for (id, title, date) in rows {
            var fixture = ArticleFixture(id: id, title: title, paragraphs: ["Body of \(id). Kelmora bought Tarn."],
                                         date: date)
            if id == "c" {
                let buyer = fixture.entity("Kelmora")
                let target = fixture.entity("Tarn")
                fixture.deal(.acquisition, acquirer: buyer, target: target, sentence: "Kelmora bought Tarn.")
            }
            try store.save(fixture.article, facts: fixture.facts)
        }
        return store
    }

    @Test func ordersAndPages() throws {
        let store = try Self.store()
        #expect(try store.articleCount() == 4)
        #expect(try store.articles(order: .newestFirst, page: PageRequest()).map(\.id) == ["c", "b", "a", "n"])
        #expect(try store.articles(order: .oldestFirst, page: PageRequest()).map(\.id) == ["a", "b", "c", "n"])
        #expect(try store.articles(order: .title, page: PageRequest()).map(\.id) == ["a", "b", "c", "n"])
        #expect(try store.articles(order: .newestFirst, page: PageRequest(offset: 1, limit: 2)).map(\.id) == ["b", "a"])
        #expect(try store.articles(order: .newestFirst, page: PageRequest(offset: 9, limit: 2)).isEmpty)
    }

    @Test func summariesCarryFactCounts() throws {
        let rows = try Self.store().articles(order: .newestFirst, page: PageRequest())
        #expect(rows.first == ArticleSummary(id: "c", title: "Gamma news", date: "2022-01-01", source: "fixture",
                                             language: .english, factCount: 1))
        #expect(rows.dropFirst().allSatisfy { $0.factCount == 0 })
    }

    @Test func articleKeepsParagraphsAndMetadata() throws {
        let store = try SQLiteNewsStore.inMemory()
        let article = Article(
            id: "m1", title: "Zölle", paragraphs: ["Erster Absatz.", "Zweiter\n\nmit Umbruch."], date: "2022-03-06",
            language: .german, source: "example.de", origin: "/tmp/m1.json", url: "https://example.de/m1",
            topics: ["acq", "trade"])
        try store.save(article, facts: .empty)
        #expect(try store.article(id: "m1") == article)
        #expect(try store.article(id: "missing") == nil)
        #expect(try store.facts(ofArticle: "missing") == .empty)
    }
}
