import GRDB
import NewsModel
import Testing
import TestSupport

@testable import NewsStoreSQLite

/// Quote words and sentences that stand in the article are stored once, in the article row, and
/// read back unchanged; others are stored as given.
@Suite struct QuoteTextTests {
    static let sentence = "„Wir wachsen“, sagte Jörg Quillfeather 🚢 am Montag in Zürich."

    static func article() -> ArticleFixture {
        var fixture = ArticleFixture(
            id: "q1", paragraphs: ["Überschrift mit Umlauten – und Strich.", sentence], date: "2024-05-06")
        let speaker = fixture.entity("Jörg Quillfeather", .person)
        fixture.quote("Wir wachsen", speaker: speaker, sentence: sentence)
        return fixture
    }

    /// What the store must give back of each quote (speaker ids become corpus-wide ones).
    private static func texts(_ quotes: [Quote]) -> [String] {
        quotes.map { "\($0.text)|\($0.range)|\($0.evidence)|\($0.direct)|\($0.speaker?.name ?? "-")" }
    }

    private static func storedTexts(_ store: SQLiteNewsStore) throws -> [Row] {
        try store.writer.read { db in
            try Row.fetchAll(db, sql: "SELECT text, evidence, fromArticle FROM quote ORDER BY seq")
        }
    }

    @Test func textsOfTheArticleAreStoredOnceAndReadBackTheSame() throws {
        let store = try SQLiteNewsStore.inMemory()
        let fixture = Self.article()
        try store.save(fixture.article, facts: fixture.facts)
        let rows = try Self.storedTexts(store)
        #expect(rows.count == 1)
        #expect(rows.first?["text"] == "")
        #expect(rows.first?["evidence"] == "")
        #expect(rows.first?["fromArticle"] == QuoteTexts.textBit | QuoteTexts.evidenceBit)
        let quotes = try store.facts(ofArticle: "q1").quotes
        #expect(Self.texts(quotes) == Self.texts(fixture.facts.quotes))
        #expect(Self.texts(try store.exportDump(articleID: nil).quotes) == Self.texts(fixture.facts.quotes))
        let profile = try #require(try store.profile(ofEntity: quotes[0].speaker?.id ?? ""))
        #expect(Self.texts(profile.quotesBy) == Self.texts(fixture.facts.quotes))
    }

    @Test func textsThatDoNotStandThereAreStoredAsGiven() throws {
        let store = try SQLiteNewsStore.inMemory()
        var fixture = Self.article()
        // Words cleaned by the extractor, and a range past the end of the text.
        fixture.facts.quotes[0].text = "Wir wachsen!"
        fixture.facts.quotes[0].evidence.range = TextRange(start: 5, end: 10_000)
        try store.save(fixture.article, facts: fixture.facts)
        let rows = try Self.storedTexts(store)
        #expect(rows.first?["text"] == "Wir wachsen!")
        #expect(rows.first?["evidence"] == Self.sentence)
        #expect(rows.first?["fromArticle"] == 0)
        #expect(Self.texts(try store.facts(ofArticle: "q1").quotes) == Self.texts(fixture.facts.quotes))
    }

    @Test func quotesOfSeveralArticlesReadTheirOwnArticle() throws {
        let store = try SQLiteNewsStore.inMemory()
        var items: [ArticleWithFacts] = []
        for index in 0..<3 {
            let sentence = "Chairman Ivo Tarn\(index) said \"sales rose \(index) pct\" in March."
            var fixture = ArticleFixture(id: "m\(index)", paragraphs: [String(repeating: "x", count: index), sentence])
            let speaker = fixture.entity("Ivo Tarn\(index)", .person)
            fixture.quote("sales rose \(index) pct", speaker: speaker, sentence: sentence)
            items.append(ArticleWithFacts(article: fixture.article, facts: fixture.facts))
        }
        _ = try store.save(items)
        #expect(Self.texts(try store.exportDump(articleID: nil).quotes) == Self.texts(items.flatMap(\.facts.quotes)))
    }

    @Test func stretchesAreCutByUnicodeScalar() {
        let scalars = QuoteTexts.Scalars("a🚢é\n\nb")
        #expect(scalars.stretch(start: 1, end: 3) == "🚢é")
        #expect(scalars.isStretch("🚢é", start: 1, end: 3))
        #expect(!scalars.isStretch("🚢e", start: 1, end: 3))
        #expect(scalars.stretch(start: 4, end: 99) == nil)
        #expect(!scalars.isStretch("b", start: -1, end: 0))
        let ascii = QuoteTexts.Scalars("plain text")
        #expect(ascii.stretch(start: 6, end: 10) == "text")
        #expect(ascii.stretch(start: 6, end: 11) == nil)
        // Canonically equivalent is not the same: the stored text must give back the same scalars.
        let decomposed = QuoteTexts.Scalars("cafe\u{301}")
        #expect(decomposed.isStretch("cafe\u{301}", start: 0, end: 5))
        #expect(!decomposed.isStretch("caf\u{E9}", start: 0, end: 5))
        #expect(decomposed.stretch(start: 3, end: 5) == "e\u{301}")
    }
}
