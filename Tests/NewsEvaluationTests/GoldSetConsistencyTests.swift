import Foundation
import NewsEvaluation
import NewsModel
import Testing

/// Checks both gold sets (Tests/NewsExtractionTests/Gold, development and held-out) against the annotation
/// guide's rules that a machine can check, and the scorer against the gold sets themselves.
@Suite struct GoldSetConsistencyTests {
    static let goldRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("NewsExtractionTests/Gold")

    static func goldFiles() -> [URL] {
        ["de", "en", "seed", "heldout/de", "heldout/en"].flatMap { folder -> [URL] in
            let url = goldRoot.appendingPathComponent(folder)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
            return names.filter { $0.hasSuffix(".json") }.sorted().map { url.appendingPathComponent($0) }
        }
    }

    static func load(_ url: URL) throws -> GoldArticle {
        try JSONDecoder().decode(GoldArticle.self, from: Data(contentsOf: url))
    }

    @Test func everyGoldFileDecodesAndIsNamedAfterItsArticle() throws {
        #expect(Self.goldFiles().count >= 1, "no gold files under '\(Self.goldRoot.path)'")
        for url in Self.goldFiles() {
            let gold = try Self.load(url)
            #expect(url.deletingPathExtension().lastPathComponent == gold.article, "\(url.lastPathComponent)")
        }
    }

    @Test func partiesAndSpeakersNameAnnotatedEntities() throws {
        for url in Self.goldFiles() {
            let gold = try Self.load(url)
            let names = Set((gold.entities + gold.optionalEntities).map(\.name))
            let parties = (gold.deals + gold.optionalDeals).flatMap { [$0.acquirer, $0.seller, $0.target] }
                + (gold.stakes + gold.optionalStakes).flatMap { [$0.holder, $0.company] }
                + (gold.quotes + gold.optionalQuotes).map(\.speaker)
            for name in parties.compactMap({ $0 }) {
                #expect(names.contains(name), "\(gold.article): '\(name)' is not the name of an annotated entity")
            }
        }
    }

    @Test func theGoldSetScoresPerfectlyAgainstItself() throws {
        let scorer = GoldScorer()
        for url in Self.goldFiles() {
            let gold = try Self.load(url)
            let score = scorer.score(gold, predicted: gold.required)
            for type in FactType.allCases {
                #expect(score[type].falsePositives == 0 && score[type].falseNegatives == 0, "\(gold.article) \(type): \(score.missed[type] ?? [])")
            }
        }
    }
}
