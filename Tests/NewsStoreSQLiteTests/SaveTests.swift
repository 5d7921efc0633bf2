import GRDB
import NewsModel
import NewsStoreSQLite
import Testing
import TestSupport

@Suite struct SaveTests {
    static let sentence = "Quillfeather Inc agreed to buy Marrowind AG for 120 mln dlrs."

    static func dealArticle(id: String = "a1", extra: String? = nil) -> ArticleFixture {
        var fixture = ArticleFixture(
            id: id, paragraphs: [sentence] + (extra.map { [$0] } ?? []), date: "1987-03-02")
        let buyer = fixture.entity("Quillfeather Inc", aliases: ["Quillfeather"])
        let target = fixture.entity("Marrowind AG")
        fixture.deal(
            .acquisition, acquirer: buyer, target: target, price: Money(amount: 120e6, currency: "USD"),
            sentence: sentence)
        return fixture
    }

    @Test func savesNewArticleThenReportsUnchanged() throws {
        let store = try SQLiteNewsStore.inMemory()
        let fixture = Self.dealArticle()
        #expect(try store.save(fixture.article, facts: fixture.facts) == .inserted)
        #expect(try store.contentHash(ofArticle: "a1") == fixture.article.contentHash)
        #expect(try store.save(fixture.article, facts: fixture.facts) == .unchanged)
        #expect(try store.articleCount() == 1)
        #expect(try store.dealCount(filter: DealFilter()) == 1)
        #expect(try store.article(id: "a1") == fixture.article)
    }

    @Test func unchangedArticleWritesNothingEvenWithOtherFacts() throws {
        let store = try SQLiteNewsStore.inMemory()
        let fixture = Self.dealArticle()
        try store.save(fixture.article, facts: fixture.facts)
        #expect(try store.save(fixture.article, facts: .empty) == .unchanged)
        #expect(try store.dealCount(filter: DealFilter()) == 1)
    }

    @Test func changedArticleReplacesItsFacts() throws {
        let store = try SQLiteNewsStore.inMemory()
        let first = Self.dealArticle()
        try store.save(first.article, facts: first.facts)

        var second = ArticleFixture(
            id: "a1", paragraphs: ["Brightwater said it holds 12.5 pct of Sellwood Corp."], date: "1987-03-03")
        let holder = second.entity("Brightwater")
        let company = second.entity("Sellwood Corp")
        second.stake(
            holder: holder, company: company, percent: 12.5,
            sentence: "Brightwater said it holds 12.5 pct of Sellwood Corp.")
        #expect(try store.save(second.article, facts: second.facts) == .replaced)

        #expect(try store.articleCount() == 1)
        #expect(try store.dealCount(filter: DealFilter()) == 0)
        let facts = try store.facts(ofArticle: "a1")
        #expect(facts.deals.isEmpty)
        #expect(facts.stakes.count == 1)
        #expect(facts.stakes.first?.percent == 12.5)
        #expect(Set(facts.entities.map(\.name)) == ["Brightwater", "Sellwood Corp"])
        // The old entities had no other article: they are gone.
        #expect(try store.searchEntities("quillfeather", limit: 10).isEmpty)
        #expect(try store.entityCount(kinds: []) == 2)
        #expect(try store.searchArticles("marrowind", limit: 10).isEmpty)
        #expect(try store.searchArticles("sellwood", limit: 10).map(\.id) == ["a1"])
        #expect(try store.articles(order: .newestFirst, page: PageRequest()).first?.factCount == 1)
    }

    @Test func replacingOneArticleKeepsEntitiesOtherArticlesUse() throws {
        let store = try SQLiteNewsStore.inMemory()
        let first = Self.dealArticle(id: "a1")
        let second = Self.dealArticle(id: "a2")
        try store.save(first.article, facts: first.facts)
        try store.save(second.article, facts: second.facts)
        let before = try #require(try store.searchEntities("Quillfeather", limit: 1).first)
        #expect(before.articleCount == 2)
        #expect(before.dealCount == 2)

        let changed = ArticleFixture(id: "a1", paragraphs: ["Markets were quiet."])
        #expect(try store.save(changed.article, facts: .empty) == .replaced)
        let after = try #require(try store.searchEntities("Quillfeather", limit: 1).first)
        #expect(after.id == before.id)
        #expect(after.articleCount == 1)
        #expect(after.dealCount == 1)
        #expect(try store.dealCount(filter: DealFilter()) == 1)
    }

    @Test func referencesToUnlistedEntitiesStillResolve() throws {
        let store = try SQLiteNewsStore.inMemory()
        var fixture = ArticleFixture(id: "u1", paragraphs: ["Ostwind Partners bought Kelmora."])
        fixture.deal(
            .acquisition, acquirer: EntityRef(id: "x1", name: "Ostwind Partners"),
            target: EntityRef(id: "x2", name: "Kelmora"), sentence: "Ostwind Partners bought Kelmora.")
        try store.save(fixture.article, facts: fixture.facts)
        let deal = try #require(try store.deals(filter: DealFilter(), page: PageRequest()).first)
        #expect(deal.acquirer?.name == "Ostwind Partners")
        #expect(deal.target.name == "Kelmora")
        #expect(deal.acquirer?.id.hasPrefix("company:") == true)
    }

    @Test func storedFactsRoundTrip() throws {
        let store = try SQLiteNewsStore.inMemory()
        let text = "Lena Vorberg, chief executive of Quillfeather, said: \"We will grow.\" Quillfeather sold 40 pct of Marrowind to Brightwater in May 1986."
        var fixture = ArticleFixture(id: "rt", paragraphs: [text], date: "1987-01-05")
        let company = fixture.entity("Quillfeather")
        let person = fixture.entity("Lena Vorberg", .person, role: "chief executive", organization: company)
        let target = fixture.entity("Marrowind")
        let buyer = fixture.entity("Brightwater")
        fixture.deal(
            .stake, acquirer: buyer, seller: company, target: target, percent: 40,
            price: Money(minorUnits: 12_345, currency: "EUR"), date: FactDate(year: 1986, month: 5),
            status: .completed, sentence: "Quillfeather sold 40 pct of Marrowind to Brightwater in May 1986.")
        fixture.facts.deals[0].moreEvidence = [fixture.evidence("Quillfeather sold 40 pct")]
        fixture.stake(
            holder: buyer, company: target, percent: 40, since: FactDate(year: 1986, month: 5),
            sentence: "Quillfeather sold 40 pct of Marrowind to Brightwater in May 1986.")
        fixture.quote(
            "We will grow.", speaker: person, role: "chief executive", organization: company,
            sentence: "Lena Vorberg, chief executive of Quillfeather, said: \"We will grow.\"")
        try store.save(fixture.article, facts: fixture.facts)

        let stored = try store.facts(ofArticle: "rt")
        let ids = Dictionary(uniqueKeysWithValues: stored.entities.map { ($0.name, $0.id) })
        func global(_ ref: EntityRef) -> EntityRef { EntityRef(id: ids[ref.name]!, name: ref.name) }
        var expectedDeal = fixture.facts.deals[0]
        expectedDeal.acquirer = global(buyer)
        expectedDeal.seller = global(company)
        expectedDeal.target = global(target)
        #expect(stored.deals == [expectedDeal])
        var expectedStake = fixture.facts.stakes[0]
        expectedStake.holder = global(buyer)
        expectedStake.company = global(target)
        #expect(stored.stakes == [expectedStake])
        var expectedQuote = fixture.facts.quotes[0]
        expectedQuote.speaker = global(person)
        expectedQuote.organization = global(company)
        #expect(stored.quotes == [expectedQuote])
        let storedPerson = try #require(stored.entities.first { $0.kind == .person })
        #expect(storedPerson.role == "chief executive")
        #expect(storedPerson.organization == global(company))
        #expect(stored.mentions.count == fixture.facts.mentions.count)
        #expect(stored.mentions.allSatisfy { ids.values.contains($0.entity) })
    }
}
