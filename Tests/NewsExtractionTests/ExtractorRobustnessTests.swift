import Foundation
import NewsExtraction
import NewsModel
import TestSupport
import Testing

/// The extractor must never crash, whatever the text: a crash would take a whole ingest down.
/// It runs over every plain-text sample of the corpora and over mangled copies of the seed, and
/// every fact it returns must point inside the article.
@Suite struct ExtractorRobustnessTests {
    private let extractor = RuleBasedExtractor()

    /// Checks that every offset of the facts lies inside the article text.
    private func expectOffsetsInside(_ facts: ArticleFacts, _ article: Article) {
        let length = article.text.unicodeScalars.count
        for mention in facts.mentions {
            #expect(mention.range.start >= 0 && mention.range.end <= length, "\(article.id) mention")
        }
        let evidence = facts.deals.map(\.evidence) + facts.stakes.map(\.evidence) + facts.quotes.map(\.evidence)
        for item in evidence {
            #expect(item.range.end <= length && article.text.substring(in: item.range) == item.sentence, "\(article.id)")
        }
        for quote in facts.quotes { #expect(quote.range.end <= length, "\(article.id) quote") }
    }

    @Test func runsOverEveryCorpusSampleWithoutCrashing() throws {
        var count = 0
        for corpus in ["reuters-21578", "bbc-news", "wikinews-de-quotes", "10kgnad"] {
            let folder = Fixtures.sharedFolder.appendingPathComponent("corpus/\(corpus)/txt")
            let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
            for file in files where file.hasSuffix(".txt") {
                let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
                let lines = text.components(separatedBy: "\n\n")
                let language: Language = corpus.contains("de") || corpus == "10kgnad" ? .german : .english
                let article = Article(
                    id: String(file.dropLast(4)), title: lines.first ?? "", paragraphs: Array(lines.dropFirst()),
                    language: language)
                expectOffsetsInside(extractor.extract(from: article), article)
                count += 1
            }
        }
        #expect(count > 500)
    }

    @Test func survivesMangledText() throws {
        let seed = try String(contentsOf: Fixtures.seedFile, encoding: .utf8)
        let scalars = Array(seed.unicodeScalars)
        var generator = SplitMix(seed: 42)
        let oddities: [String] = [
            "„", "“", "\"", "»", "«", "-", "%", ",", ".", " ", "\n\n", "\u{00AD}", "\u{00A0}", "\u{1B}[2J", "東京",
            "😀", "\u{0301}", "37,6", "Mrd.", "sagte", "said", "Inc", "AG", "'s", "-Chef", "dass",
        ]
        for round in 0..<120 {
            var mangled = scalars
            for _ in 0..<(1 + round % 12) {
                let position = Int(generator.next() % UInt64(mangled.count + 1))
                switch generator.next() % 3 {
                case 0:
                    let insert = oddities[Int(generator.next() % UInt64(oddities.count))]
                    mangled.insert(contentsOf: insert.unicodeScalars, at: position)
                case 1:
                    let end = min(mangled.count, position + Int(generator.next() % 40))
                    mangled.removeSubrange(min(position, end)..<end)
                default:
                    mangled = Array(mangled[min(position, mangled.count)...]) + Array(mangled[..<min(position, mangled.count)])
                }
            }
            var view = String.UnicodeScalarView()
            view.append(contentsOf: mangled)
            let parts = String(view).components(separatedBy: "\n\n")
            let article = Article(
                id: "mangled-\(round)", title: parts.first ?? "", paragraphs: Array(parts.dropFirst()),
                date: round % 2 == 0 ? "2016-06-30" : nil, language: round % 3 == 0 ? .english : .german)
            expectOffsetsInside(extractor.extract(from: article), article)
        }
        let empty = Article(id: "empty", title: "", paragraphs: [], language: .german)
        #expect(extractor.extract(from: empty).factCount == 0)
    }
}

/// A small deterministic random number generator, so failures can be reproduced.
private struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
