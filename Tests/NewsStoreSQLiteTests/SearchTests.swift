import NewsModel
import NewsStoreSQLite
import Testing
import TestSupport

@Suite struct SearchTests {
    static func store() throws -> SQLiteNewsStore {
        let store = try SQLiteNewsStore.inMemory()
        var german = ArticleFixture(
            id: "de1", title: "Übersee-Reederei kauft Hafenbetreiber",
            paragraphs: ["Die Große Straße Logistik GmbH aus der Hafenstraße geht an die Übersee-Reederei Kranich."], date: "2022-03-06",
            language: .german)
        german.entity("Große Straße Logistik GmbH")
        german.entity("Übersee-Reederei Kranich", aliases: ["Kranich"])
        try store.save(german.article, facts: german.facts)

        var english = ArticleFixture(
            id: "en1", title: "Quillfeather buys Marrowind",
            paragraphs: ["Quillfeather Inc said it agreed to acquire Marrowind AG."], date: "1987-03-02")
        english.entity("Quillfeather Inc")
        english.entity("Marrowind AG")
        try store.save(english.article, facts: english.facts)
        return store
    }

    @Test(arguments: [
        ("ubersee", "de1"), ("ÜBERSEE", "de1"), ("strasse", "de1"), ("Straße", "de1"), ("hafenstr", "de1"),
        ("reeder", "de1"), ("hafenstrasse", "de1"), ("grosse strasse", "de1"), ("quill", "en1"), ("MARROW", "en1"), ("acquir marrow", "en1"),
    ])
    func articleSearchFoldsCaseDiacriticsAndSharpS(query: String, expected: String) throws {
        #expect(try Self.store().searchArticles(query, limit: 10).map(\.id) == [expected])
    }

    @Test func articleSearchNeedsEveryWord() throws {
        let store = try Self.store()
        #expect(try store.searchArticles("quillfeather hafen", limit: 10).isEmpty)
    }

    @Test(arguments: [
        "\"", "\"ubersee", "ubersee\"", "AND", "a OR b", "NOT x", "(((", "*", "^", "NEAR(a b)", "übersee:*",
        "col:term", "-", "'", "\u{0}", "",
    ])
    func anyQueryTextIsSafe(query: String) throws {
        let store = try Self.store()
        _ = try store.searchArticles(query, limit: 5)
        _ = try store.searchEntities(query, limit: 5)
    }

    @Test func operatorsAreSearchedAsWords() throws {
        let store = try Self.store()
        #expect(try store.searchArticles("\"übersee\" AND", limit: 5).isEmpty)
        #expect(try store.searchArticles("übersee\"", limit: 5).map(\.id) == ["de1"])
    }

    @Test(arguments: [
        ("strasse", "Große Straße Logistik GmbH"), ("grosse STRASSE", "Große Straße Logistik GmbH"),
        ("große straße logistik gmbh", "Große Straße Logistik GmbH"),
        ("ubersee", "Übersee-Reederei Kranich"), ("kranich", "Übersee-Reederei Kranich"),
        ("QUILL", "Quillfeather Inc"), ("logistik", "Große Straße Logistik GmbH"),
    ])
    func entitySearchFindsNamesAndAliases(query: String, expected: String) throws {
        #expect(try Self.store().searchEntities(query, limit: 10).map(\.name) == [expected])
    }

    @Test func entitySearchRanksExactThenPrefixThenAliasThenOthers() throws {
        let store = try SQLiteNewsStore.inMemory()
        // Listed so that article counts alone would give the reverse order.
        let names: [(String, [String], Int)] = [
            ("Western Tarn Mining", [], 5),  // "tarn" only inside the name
            ("Ostwind Group", ["Tarn Energy"], 4),  // alias starts with "tarn"
            ("Tarnberg Bau", [], 3),  // name starts with "tarn"
            ("Tarn", [], 1),  // the name itself
        ]
        for (index, (name, aliases, articles)) in names.enumerated() {
            for copy in 0..<articles {
                var fixture = ArticleFixture(id: "n\(index)-\(copy)", paragraphs: ["News about \(name)."])
                fixture.entity(name, aliases: aliases)
                try store.save(fixture.article, facts: fixture.facts)
            }
        }
        let results = try store.searchEntities("tarn", limit: 10)
        #expect(results.map(\.name) == ["Tarn", "Tarnberg Bau", "Ostwind Group", "Western Tarn Mining"])
        #expect(results.map(\.articleCount) == [1, 3, 4, 5])
        #expect(try store.searchEntities("tarn", limit: 2).count == 2)
    }

    @Test func entitySearchPrefersMoreArticlesWithinATier() throws {
        let store = try SQLiteNewsStore.inMemory()
        for (index, (name, articles)) in [("Lumen Bank", 1), ("Lumen Werke", 3), ("Lumen Media", 2)].enumerated() {
            for copy in 0..<articles {
                var fixture = ArticleFixture(id: "l\(index)-\(copy)", paragraphs: ["\(name) reported."])
                fixture.entity(name)
                try store.save(fixture.article, facts: fixture.facts)
            }
        }
        #expect(try store.searchEntities("lumen", limit: 10).map(\.name) == ["Lumen Werke", "Lumen Media", "Lumen Bank"])
    }

    @Test func legalFormQueryCountsAsExactName() throws {
        let store = try SQLiteNewsStore.inMemory()
        for (id, name) in [("x1", "Brightwaterside Ltd"), ("x2", "Brightwater Inc")] {
            var fixture = ArticleFixture(id: id, paragraphs: ["\(name) reported."])
            fixture.entity(name)
            try store.save(fixture.article, facts: fixture.facts)
        }
        var extra = ArticleFixture(id: "x3", paragraphs: ["Brightwaterside Ltd again."])
        extra.entity("Brightwaterside Ltd")
        try store.save(extra.article, facts: extra.facts)
        #expect(try store.searchEntities("brightwater", limit: 10).map(\.name) == ["Brightwater Inc", "Brightwaterside Ltd"])
    }

    @Test func searchResultsCarryCounts() throws {
        let store = try SQLiteNewsStore.inMemory()
        let sentence = "Brightwater holds 5 pct of Kelmora, its chairman Ivo Renk said."
        var fixture = ArticleFixture(id: "c1", paragraphs: [sentence])
        let holder = fixture.entity("Brightwater")
        let company = fixture.entity("Kelmora")
        fixture.stake(holder: holder, company: company, percent: 5, sentence: sentence)
        fixture.deal(.stake, acquirer: holder, target: company, percent: 5, sentence: sentence)
        fixture.quote(
            "Brightwater holds 5 pct of Kelmora", speaker: nil, description: "its chairman", organization: holder,
            direct: false, sentence: sentence)
        try store.save(fixture.article, facts: fixture.facts)
        let result = try #require(try store.searchEntities("brightwater", limit: 1).first)
        #expect(
            result == EntitySummary(
                id: "company:brightwater", name: "Brightwater", kind: .company, articleCount: 1, dealCount: 1,
                stakeCount: 1, quoteCount: 1))
    }
}
