import Foundation
import NewsExtraction
import NewsModel
import TestSupport
import Testing

/// The seed article's deals and stakes, from general rules.
@Suite struct SeedDealsTests {
    static func seedArticle() throws -> Article {
        let text = try String(contentsOf: Fixtures.seedFile, encoding: .utf8)
        let paragraphs = text.components(separatedBy: "\n\n").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            .filter { !$0.isEmpty }
        return Article(id: "000_01e16cab228ac14f", title: paragraphs[0], paragraphs: paragraphs, language: .german)
    }

    static let companies = ["Alibaba", "11 Main", "OpenSky", "Auctiva", "Vendio", "eBay", "Wall Street Journal"]

    @Test func handBuiltTableGivesTheSeedDeals() throws {
        let article = try Self.seedArticle()
        let document = TextPreparer().prepare(article)
        let table = DealFixture.table(
            document, companies: Self.companies, people: ["Jack Ma", "Abbygail Reyes"], aliases: ["11Main": "11 Main", "Reyes": "Abbygail Reyes"])
        let extractor = DealExtractor()
        let deals = extractor.deals(in: document, entities: table)
        let stakes = extractor.stakes(in: document, entities: table, deals: deals)
        check(deals: deals, stakes: stakes)
    }

    @Test func realPipelineGivesTheSeedDeals() throws {
        let facts = RuleBasedExtractor().extract(from: try Self.seedArticle())
        check(deals: facts.deals, stakes: facts.stakes)
    }

    func check(deals: [Deal], stakes: [Stake]) {
        let summaries = deals.map(\.summary)
        #expect(summaries.contains("acquisition OpenSky>11 Main from Alibaba -"), "\(summaries)")
        #expect(summaries.contains("stake Alibaba>OpenSky from - 37.6"), "\(summaries)")
        #expect(deals.count == 2, "\(summaries)")
        // The headline and its two captions state both deals again: extra evidence, not new deals.
        let sale = deals.first { $0.kind == .acquisition }
        #expect((sale?.moreEvidence.count ?? 0) >= 3)
        #expect(deals.allSatisfy { $0.date == nil }, "the seed has no date, so no deal may get one")
        #expect(deals.allSatisfy { $0.status != .completed })
        let stakeSummaries = stakes.map(\.summary)
        #expect(stakeSummaries.contains("Alibaba>OpenSky 37.6"), "\(stakeSummaries)")
        #expect(stakeSummaries.contains("Alibaba>Auctiva -"), "\(stakeSummaries)")
        #expect(stakeSummaries.contains("OpenSky>11 Main -"), "\(stakeSummaries)")
        #expect(stakes.first { $0.company.name == "Auctiva" }?.since == FactDate(year: 2010))
    }
}
