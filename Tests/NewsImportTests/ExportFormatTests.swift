import Foundation
import NewsImport
import NewsModel
import Testing

@Suite struct ExportFormatTests {
    private var dump: ExportDump {
        let sentence = "Alpha Corp kauft 37,6% an Beta, sagte \"Carla\"."
        let evidence = Evidence(articleID: "a1", sentence: sentence, range: TextRange(start: 0, end: 45))
        let alpha = EntityRef(id: "e1", name: "Alpha Corp")
        let beta = EntityRef(id: "e2", name: "Beta")
        return ExportDump(
            articles: [ArticleSummary(id: "a1", title: "Kauf", date: "2016-06-30", source: nil, language: .german, factCount: 3)],
            entities: [ExportEntity(entity: Entity(id: "e1", name: "Alpha Corp", kind: .company, aliases: ["Alpha", "Alphas"]), articleIDs: ["a1"])],
            deals: [Deal(kind: .stake, acquirer: alpha, target: beta, percent: 37.6, price: Money(amount: 120_000_000, currency: "USD"),
                         date: FactDate(year: 2016, month: 6), status: .announced, evidence: evidence)],
            stakes: [Stake(holder: alpha, company: beta, percent: 37.6, since: FactDate(year: 2016), evidence: evidence)],
            quotes: [Quote(speaker: nil, speakerDescription: "eine Person", text: "nichts", direct: false, range: evidence.range, evidence: evidence)])
    }

    @Test func jsonHasTheDocumentedKeysInOrderWithNumbersAndNulls() throws {
        let text = ExportJSON.text(of: dump)
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines == [
            "{",
            #""articles": ["#,
            #"  {"id":"a1","title":"Kauf","date":"2016-06-30","language":"de","source":null}"#,
            "],",
            #""entities": ["#,
            #"  {"id":"e1","name":"Alpha Corp","kind":"company","aliases":["Alpha","Alphas"],"articles":["a1"]}"#,
            "],",
            #""deals": ["#,
            #"  {"kind":"stake","acquirer":"Alpha Corp","seller":null,"target":"Beta","percent":37.6,"amount":120000000,"currency":"USD","date":"2016-06","status":"announced","article":"a1","evidence":"Alpha Corp kauft 37,6% an Beta, sagte \"Carla\"."}"#,
            "],",
            #""stakes": ["#,
            #"  {"holder":"Alpha Corp","company":"Beta","percent":37.6,"since":"2016","until":null,"article":"a1","evidence":"Alpha Corp kauft 37,6% an Beta, sagte \"Carla\"."}"#,
            "],",
            #""quotes": ["#,
            #"  {"speaker":"eine Person","role":null,"organization":null,"text":"nichts","direct":false,"article":"a1","evidence":"Alpha Corp kauft 37,6% an Beta, sagte \"Carla\"."}"#,
            "]",
            "}",
        ])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let deal = try #require((object["deals"] as? [[String: Any]])?.first)
        #expect(deal["percent"] as? Double == 37.6)
        #expect(deal["amount"] as? Double == 120_000_000)
    }

    @Test func emptyDumpIsStillTheFullShape() {
        #expect(ExportJSON.text(of: ExportDump()) == "{\n\"articles\": [],\n\"entities\": [],\n\"deals\": [],\n\"stakes\": [],\n\"quotes\": []\n}\n")
    }

    @Test func csvQuotesFieldsAndJoinsLists() throws {
        let files = ExportCSV.files(of: dump)
        #expect(files.map(\.name) == ["articles.csv", "entities.csv", "deals.csv", "stakes.csv", "quotes.csv"])
        #expect(files[1].text == "id,name,kind,aliases,articles\r\ne1,Alpha Corp,company,Alpha|Alphas,a1\r\n")
        #expect(files[2].text.hasSuffix(
            "stake,Alpha Corp,,Beta,37.6,120000000,USD,2016-06,announced,a1,\"Alpha Corp kauft 37,6% an Beta, sagte \"\"Carla\"\".\"\r\n"))
    }
}
