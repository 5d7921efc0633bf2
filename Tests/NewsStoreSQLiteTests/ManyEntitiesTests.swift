import NewsModel
import Testing
import TestSupport

@testable import NewsStoreSQLite

/// Mentions and quotes name their entities by article-local ids: the writer maps them to the
/// stored entities alike for an article with a few entities and one with very many.
@Suite struct ManyEntitiesTests {
    /// An article naming `count` companies, each mentioned once, and quoting a person (not
    /// mentioned) of the last one.
    private static func article(_ count: Int) -> ArticleFixture {
        let names = (1...count).map { "Quorvane Number\($0) Holdings" }
        var fixture = ArticleFixture(id: "many\(count)", paragraphs: [names.joined(separator: ", ") + " met."])
        let refs = names.map { fixture.entity($0) }
        let speaker = fixture.entity("Ilse Varnhold", .person, organization: refs[count - 1])
        fixture.quote("met", speaker: speaker, organization: refs[count - 1], sentence: fixture.article.text)
        return fixture
    }

    @Test(arguments: [3, 31, 32, 80])
    func everyMentionAndQuoteNamesItsStoredEntity(count: Int) throws {
        let store = try SQLiteNewsStore.inMemory()
        let fixture = Self.article(count)
        try store.save(fixture.article, facts: fixture.facts)
        let stored = try store.facts(ofArticle: fixture.article.id)
        let namesByID = Dictionary(uniqueKeysWithValues: stored.entities.map { ($0.id, $0.name) })
        #expect(stored.mentions.count == count)
        let mentioned = stored.mentions.compactMap { namesByID[$0.entity] }
        let text = fixture.article.text.unicodeScalars.map { $0 }
        for (mention, name) in zip(stored.mentions, mentioned) {
            #expect(String(String.UnicodeScalarView(text[mention.range.start..<mention.range.end])) == name)
        }
        #expect(mentioned.count == count)
        let quote = try #require(stored.quotes.first)
        #expect(quote.speaker.map { namesByID[$0.id] } == "Ilse Varnhold")
        #expect(quote.organization.map { namesByID[$0.id] } == "Quorvane Number\(count) Holdings")
    }
}
