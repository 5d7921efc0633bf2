import Foundation
import TestSupport
import Testing

/// `newsbrowse export` and `search` on a database filled through `ingest`.
@Suite(.serialized) struct CLIExportTests {
    private func filledDatabase(_ cli: CLI) throws -> String {
        let db = cli.path("news.db")
        let demo = Fixtures.repositoryRoot.appendingPathComponent("Resources/Demo").path
        let result = try cli.run(["ingest", "--db", db, demo])
        #expect(result.status == 0, "\(result.stderr)")
        return db
    }

    @Test func jsonExportHasThePublicShape() throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        let db = try filledDatabase(cli)
        let result = try cli.run(["export", "--db", db])
        #expect(result.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(Set(object.keys) == ["articles", "entities", "deals", "stakes", "quotes"])
        let tableOrder = ["\"articles\"", "\"entities\"", "\"deals\"", "\"stakes\"", "\"quotes\""]
            .compactMap { result.stdout.range(of: $0)?.lowerBound }
        #expect(tableOrder.count == 5 && tableOrder == tableOrder.sorted())
        let articles = try #require(object["articles"] as? [[String: Any]])
        #expect(articles.count >= 30)
        for article in articles {
            #expect(Set(article.keys) == ["id", "title", "date", "language", "source"])
            #expect(["de", "en"].contains(article["language"] as? String))
        }
        let seed = try #require(articles.first { $0["id"] as? String == "000_01e16cab228ac14f" })
        #expect(seed["date"] is NSNull)
        #expect(result.stdout.contains(#"{"id":"000_01e16cab228ac14f","title":"#))
        let expectedKeys: [String: Set<String>] = [
            "entities": ["id", "name", "kind", "aliases", "articles"],
            "deals": ["kind", "acquirer", "seller", "target", "percent", "amount", "currency", "date", "status", "article", "evidence"],
            "stakes": ["holder", "company", "percent", "since", "until", "article", "evidence"],
            "quotes": ["speaker", "role", "organization", "text", "direct", "article", "evidence"],
        ]
        for (table, keys) in expectedKeys {
            for row in try #require(object[table] as? [[String: Any]]) { #expect(Set(row.keys) == keys, "\(table)") }
        }
    }

    @Test func exportOfOneArticleAndOfAnUnknownOne() throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        let db = try filledDatabase(cli)
        let one = try cli.run(["export", "--db", db, "--article", "dewikinews-64906"])
        #expect(one.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(one.stdout.utf8)) as? [String: Any])
        #expect((object["articles"] as? [[String: Any]])?.map { $0["id"] as? String } == ["dewikinews-64906"])
        let missing = try cli.run(["export", "--db", db, "--article", "no-such-article"])
        #expect(missing.status == 1)
        #expect(missing.stderr == "error: there is no article 'no-such-article' in '\(db)'.\n")
    }

    @Test func csvExportWritesOneFilePerTable() throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        let db = try filledDatabase(cli)
        let result = try cli.run(["export", "--db", db, "--format", "csv", "--output", cli.path("csv")])
        #expect(result.status == 0)
        for (table, header) in [
            ("articles", "id,title,date,language,source"), ("entities", "id,name,kind,aliases,articles"),
            ("deals", "kind,acquirer,seller,target,percent,amount,currency,date,status,article,evidence"),
            ("stakes", "holder,company,percent,since,until,article,evidence"),
            ("quotes", "speaker,role,organization,text,direct,article,evidence"),
        ] {
            let text = try String(contentsOfFile: cli.path("csv/\(table).csv"), encoding: .utf8)
            #expect(text.hasPrefix(header + "\r\n"), "\(table)")
        }
        let articles = try String(contentsOfFile: cli.path("csv/articles.csv"), encoding: .utf8)
        #expect(articles.contains("dewikinews-64906,"))
    }

    @Test func exportAndSearchWithoutADatabaseFail() throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        let db = cli.path("none.db")
        let export = try cli.run(["export", "--db", db])
        #expect(export.status == 1)
        #expect(export.stderr == "error: there is no database at '\(db)'; run 'newsbrowse ingest PATH...' first.\n")
        #expect(try cli.run(["search", "--db", db, "x"]).status == 1)
        #expect(!FileManager.default.fileExists(atPath: db))
    }

    @Test func searchJSONIsAnArrayOfEntitiesWithCounts() throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        let db = try filledDatabase(cli)
        let result = try cli.run(["search", "--db", db, "--json", "a"])
        #expect(result.status == 0)
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        for row in rows {
            #expect(Set(row.keys) == ["id", "name", "kind", "articles", "deals", "stakes", "quotes"])
        }
    }
}
