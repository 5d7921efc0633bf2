import Foundation
import NewsEvaluation
import NewsModel
import Testing

@Suite struct GoldArticleTests {
    static let json = """
        {"article": "x1", "language": "de",
         "entities": [{"name": "Alibaba", "kind": "company", "aliases": ["Alibabas"]},
                      {"name": "OpenSky", "kind": "company", "aliases": []},
                      {"name": "Jack Ma", "kind": "person", "aliases": ["Ma"]}],
         "deals": [{"kind": "stake", "acquirer": "Alibaba", "seller": null, "target": "OpenSky", "percent": 37.6}],
         "stakes": [{"holder": "Alibaba", "company": "OpenSky", "percent": 37.6, "since": "2010"}],
         "quotes": [{"speaker": "Jack Ma", "direct": true, "text": "Wir wollen mehr"}],
         "optional_quotes": [{"speaker": null, "direct": false, "text": "keine Änderungen"}],
         "notes": "anything"}
        """

    @Test func decodesTheGuideShape() throws {
        let gold = try JSONDecoder().decode(GoldArticle.self, from: Data(Self.json.utf8))
        #expect(gold.article == "x1")
        #expect(gold.language == .german)
        #expect(gold.entities.map(\.name) == ["Alibaba", "OpenSky", "Jack Ma"])
        #expect(gold.deals == [GoldDeal(kind: .stake, acquirer: "Alibaba", target: "OpenSky", percent: 37.6)])
        #expect(gold.stakes == [GoldStake(holder: "Alibaba", company: "OpenSky", percent: 37.6)])
        #expect(gold.optionalQuotes == [GoldQuote(speaker: nil, direct: false, text: "keine Änderungen")])
        #expect(gold.optionalDeals.isEmpty && gold.optionalStakes.isEmpty)
    }

    @Test func rejectsAFileWithoutLanguage() {
        let json = #"{"article": "x", "entities": []}"#
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(GoldArticle.self, from: Data(json.utf8)) }
    }

    @Test func partiesCarryTheGoldEntitysAliases() throws {
        let gold = try JSONDecoder().decode(GoldArticle.self, from: Data(Self.json.utf8))
        let deal = try #require(gold.required.deals.first)
        #expect(deal.acquirer?.keys == ["alibaba", "alibabas"])
        #expect(gold.required.quotes.first?.speaker?.keys == ["jackma", "ma"])
        #expect(gold.optional.quotes.first?.speaker == nil)
    }
}
