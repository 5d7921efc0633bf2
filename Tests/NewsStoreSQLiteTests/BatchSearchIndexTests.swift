import NewsModel
import NewsStoreSQLite
import Testing
import TestSupport

/// The search indexes are written at the end of each save transaction: whatever happens inside
/// one batch, what is searchable afterwards is the last stored state.
@Suite struct BatchSearchIndexTests {
    private func article(_ id: String, _ text: String, entities: [(String, [String])]) -> ArticleWithFacts {
        var fixture = ArticleFixture(id: id, title: "Report \(id)", paragraphs: [text])
        for (name, aliases) in entities { fixture.entity(name, aliases: aliases) }
        return ArticleWithFacts(article: fixture.article, facts: fixture.facts)
    }

    @Test func articleReplacedInsideOneBatchIsFoundOnlyByItsNewText() throws {
        let store = try SQLiteNewsStore.inMemory()
        let outcomes = try store.save([
            article("a1", "Quillfeather buys a shipyard.", entities: []),
            article("a2", "Marrowind sells a ferry.", entities: []),
            article("a1", "Quillfeather buys a brewery.", entities: []),
        ])
        #expect(outcomes == [.inserted, .inserted, .replaced])
        #expect(try store.searchArticles("shipyard", limit: 10).isEmpty)
        #expect(try store.searchArticles("brewery", limit: 10).map(\.id) == ["a1"])
        #expect(try store.searchArticles("quillfeather", limit: 10).map(\.id) == ["a1"])
        #expect(try store.searchArticles("ferry", limit: 10).map(\.id) == ["a2"])
    }

    @Test func aliasAddedLaterInTheBatchIsSearchable() throws {
        let store = try SQLiteNewsStore.inMemory()
        _ = try store.save([
            article("b1", "Kestrel Holdings Inc reported.", entities: [("Kestrel Holdings Inc", [])]),
            article("b2", "Kestrel Holdings Inc, known as Falconry, reported.", entities: [("Kestrel Holdings Inc", ["Falconry"])]),
        ])
        #expect(try store.searchEntities("falconry", limit: 10).map(\.name) == ["Kestrel Holdings Inc"])
        #expect(try store.searchEntities("kestrel", limit: 10).map(\.name) == ["Kestrel Holdings Inc"])
        // A later batch adds another alias to the stored entity: its index row is rewritten, not doubled.
        _ = try store.save([article("b3", "Kestrel, alias Hawkmoor, reported.", entities: [("Kestrel Holdings Inc", ["Hawkmoor"])])])
        #expect(try store.searchEntities("hawkmoor", limit: 10).map(\.name) == ["Kestrel Holdings Inc"])
        #expect(try store.searchEntities("falconry", limit: 10).map(\.name) == ["Kestrel Holdings Inc"])
        #expect(try store.searchEntities("kestrel", limit: 10).count == 1)
    }

    @Test func entityOrphanedInsideOneBatchIsNotSearchable() throws {
        let store = try SQLiteNewsStore.inMemory()
        _ = try store.save([
            article("c1", "Brightwater Ltd opened a plant.", entities: [("Brightwater Ltd", ["Brightwater"])]),
            article("c1", "A plant was opened.", entities: []),
        ])
        #expect(try store.searchEntities("brightwater", limit: 10).isEmpty)
        #expect(try store.searchArticles("plant", limit: 10).map(\.id) == ["c1"])
    }
}
