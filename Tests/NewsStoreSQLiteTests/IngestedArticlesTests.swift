import GRDB
import NewsModel
import Testing
import TestSupport

@testable import NewsStoreSQLite

/// During a bulk ingest into an empty store, the store answers "which content is stored?" from
/// the articles it committed, and skips entity writes that would change nothing; the results
/// are the same as without.
@Suite struct IngestedArticlesTests {
    private static func item(_ id: String, _ text: String) -> ArticleWithFacts {
        let fixture = ArticleFixture(id: id, paragraphs: [text])
        return ArticleWithFacts(article: fixture.article, facts: fixture.facts)
    }

    @Test func contentHashesComeFromTheCommittedArticles() throws {
        let store = try SQLiteNewsStore.inMemory()
        try store.beginIngest(expectedBytes: Int.max)
        #expect(store.ingestState.articles.isTracking)
        let first = Self.item("k1", "Kestrel Dynamics grew.")
        #expect(try store.contentHash(ofArticle: "k1") == nil)
        _ = try store.save([first, Self.item("k2", "Renkmoor fell.")])
        #expect(store.ingestState.articles.lookup("k1") == .stored(first.article.contentHash))
        #expect(try store.contentHash(ofArticle: "k1") == first.article.contentHash)
        #expect(try store.contentHash(ofArticle: "k3") == nil)
        // The same id twice in one batch: the second is unchanged, as without the shortcut.
        let third = Self.item("k3", "Tarnwell rose.")
        #expect(try store.save([third, third]) == [.inserted, .unchanged])
        try store.finishIngest()
        #expect(!store.ingestState.articles.isTracking)
        #expect(try store.contentHash(ofArticle: "k3") == third.article.contentHash)
        #expect(try store.articleCount() == 3)
    }

    @Test func aRolledBackBatchLeavesNoTrace() throws {
        let store = try SQLiteNewsStore.inMemory()
        try store.beginIngest(expectedBytes: Int.max)
        try TransactionTests.breakQuotes(store)
        let quoted = TransactionTests.quotedArticle(id: "q1", date: "1987-01-01")
        let batch = [Self.item("b1", "Renkmoor fell."), ArticleWithFacts(article: quoted.article, facts: quoted.facts)]
        #expect(throws: StoreError.self) { try store.save(batch) }
        #expect(try store.contentHash(ofArticle: "b1") == nil)
        #expect(try store.articleCount() == 0)
        try store.writer.write { db in try db.execute(sql: "DROP TRIGGER fail_quotes") }
        #expect(try store.save(batch) == [.inserted, .inserted])
        #expect(try store.contentHash(ofArticle: "b1") == batch[0].article.contentHash)
        try store.finishIngest()
        #expect(try store.contentHash(ofArticle: "q1") == quoted.article.contentHash)
    }

    /// A person's role and organisation as stored.
    private static func people(_ store: SQLiteNewsStore) throws -> [String] {
        try store.writer.read { db in
            try String.fetchAll(
                db, sql: "SELECT id || ' ' || ifnull(role, '-') || ' ' || ifnull(organizationID, '-') FROM entity ORDER BY id")
        }
    }

    /// Aliases as stored.
    private static func aliases(_ store: SQLiteNewsStore) throws -> [String] {
        try store.writer.read { db in
            try String.fetchAll(db, sql: "SELECT entityID || ' ' || alias || ' ' || matchable FROM entityAlias ORDER BY rowid")
        }
    }

    @Test func rolesOrganisationsAndAliasesChangeAsWithoutTheIngest() throws {
        var items: [ArticleWithFacts] = []
        for (index, (role, company)) in [("chairman", "Kestrel Dynamics"), ("chief executive", "Kestrel Dynamics"),
                                         ("chairman", "Renkmoor AG"), ("chairman", "Renkmoor AG")].enumerated() {
            var fixture = ArticleFixture(id: "p\(index)", paragraphs: ["\(role) Ivo Tarn of \(company) spoke."])
            let organization = fixture.entity(company, aliases: index % 2 == 0 ? ["Kestrel"] : ["Renk", "Kestrel"])
            _ = fixture.entity("Ivo Tarn", .person, aliases: ["Tarn", "I. Tarn"], role: role, organization: organization)
            items.append(ArticleWithFacts(article: fixture.article, facts: fixture.facts))
        }
        let plain = try SQLiteNewsStore.inMemory()
        for item in items { _ = try plain.save([item]) }
        let bulk = try SQLiteNewsStore.inMemory()
        try bulk.beginIngest(expectedBytes: Int.max)
        for item in items { _ = try bulk.save([item]) }
        try bulk.finishIngest()
        #expect(try Self.people(bulk) == Self.people(plain))
        #expect(try Self.aliases(bulk) == Self.aliases(plain))
        #expect(try Self.people(plain).contains { $0.hasPrefix("person:ivotarn chairman company:renkmoor") })
    }
}
