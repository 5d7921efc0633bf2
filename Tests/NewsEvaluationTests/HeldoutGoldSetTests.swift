import Foundation
import NewsEvaluation
import NewsModel
import Testing

/// Checks the held-out gold set (Tests/NewsExtractionTests/Gold/heldout): every file parses in the
/// annotation guide's shape, carries what the scorer needs, and stays apart from the development set.
/// The checks shared with the development set (parties name annotated entities, the scorer scores the
/// set perfectly against itself) run in `GoldSetConsistencyTests`.
/// Nobody tunes rules on these articles; these tests look only at the annotations, never at the extractor.
@Suite struct HeldoutGoldSetTests {
    static let goldRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("NewsExtractionTests/Gold")
    static let heldoutRoot = goldRoot.appendingPathComponent("heldout")
    static let corpusRoot = goldRoot.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/corpus")

    /// The `*.json` files of `root/<language>` for each language, with that language.
    static func files(under root: URL) -> [(language: Language, url: URL)] {
        Language.allCases.flatMap { language -> [(language: Language, url: URL)] in
            let folder = root.appendingPathComponent(language.rawValue)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            return names.filter { $0.hasSuffix(".json") }.sorted().map { (language, folder.appendingPathComponent($0)) }
        }
    }

    static func load(_ url: URL) throws -> GoldArticle { try GoldSetConsistencyTests.load(url) }

    /// Scripts/pick_heldout.py picks 8 articles from each of its four pools (two rounds: the original
    /// 5 per pool, then 3 more): reuters + bbc in English, 10kGNAD + Wikinews in German.
    @Test func theSetHasSixteenGermanAndSixteenEnglishArticles() {
        let files = Self.files(under: Self.heldoutRoot)
        #expect(files.filter { $0.language == .german }.count == 16)
        #expect(files.filter { $0.language == .english }.count == 16)
    }

    /// Each pool of the pick script contributes the same number of articles (8), recognisable by id prefix.
    @Test func everyPoolContributesEightArticles() {
        let ids = Self.files(under: Self.heldoutRoot).map { $0.url.deletingPathExtension().lastPathComponent }
        for prefix in ["reuters-", "bbc-business-", "10kgnad-", "dewikinews-"] {
            #expect(ids.filter { $0.hasPrefix(prefix) }.count == 8, "pool \(prefix)")
        }
        #expect(ids.count == 32)
    }

    @Test func everyFileParsesIsNamedAfterItsArticleAndSitsInItsLanguageFolder() throws {
        for (language, url) in Self.files(under: Self.heldoutRoot) {
            let gold = try Self.load(url)
            #expect(url.deletingPathExtension().lastPathComponent == gold.article, "\(url.lastPathComponent)")
            #expect(gold.language == language, "\(gold.article): language \(gold.language) in folder \(language)")
            #expect(!gold.entities.isEmpty, "\(gold.article) has no entity")
        }
    }

    @Test func everyEntryHasTheFieldsTheScorerNeeds() throws {
        for (_, url) in Self.files(under: Self.heldoutRoot) {
            let gold = try Self.load(url)
            for entity in gold.entities + gold.optionalEntities {
                #expect(!entity.name.trimmingCharacters(in: .whitespaces).isEmpty, "\(gold.article): an entity without a name")
                #expect(!ScoringName.key(entity.name).isEmpty, "\(gold.article): '\(entity.name)' has no scorable name")
                #expect([.company, .organization, .person].contains(entity.kind), "\(gold.article): '\(entity.name)' kind \(entity.kind)")
            }
            for deal in gold.deals + gold.optionalDeals {
                #expect(!deal.target.isEmpty, "\(gold.article): a deal without a target")
                if let percent = deal.percent { #expect(percent > 0 && percent <= 100, "\(gold.article): deal percent \(percent)") }
            }
            for stake in gold.stakes + gold.optionalStakes {
                #expect(stake.holder != stake.company, "\(gold.article): '\(stake.holder)' holds itself")
                if let percent = stake.percent { #expect(percent > 0 && percent <= 100, "\(gold.article): stake percent \(percent)") }
            }
            for quote in gold.quotes {
                #expect(quote.speaker != nil, "\(gold.article): a required quote without a speaker ('\(quote.text)')")
                #expect(QuoteWords.words(quote.text).count >= 3, "\(gold.article): required quote too short: '\(quote.text)'")
            }
        }
    }

    @Test func noHeldoutArticleIsInTheDevelopmentSetOrTheDemo() throws {
        let heldout = Set(Self.files(under: Self.heldoutRoot).map { $0.url.deletingPathExtension().lastPathComponent })
        let development = Set(Self.files(under: Self.goldRoot).map { $0.url.deletingPathExtension().lastPathComponent })
        #expect(!development.isEmpty)
        #expect(heldout.isDisjoint(with: development), "in both sets: \(heldout.intersection(development).sorted())")
        let demo = Self.goldRoot.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Resources/Demo")
        let demoText = try FileManager.default.contentsOfDirectory(atPath: demo.path).filter { $0.hasSuffix(".jsonl") }
            .map { try String(contentsOf: demo.appendingPathComponent($0), encoding: .utf8) }.joined()
        #expect(!demoText.isEmpty)
        for id in heldout { #expect(!demoText.contains("\"id\": \"\(id)\""), "\(id) is a demo article") }
    }

    /// Every quote text is in the article text verbatim (skipped when the shared corpus is not next to
    /// the repository).
    @Test(.enabled(if: FileManager.default.fileExists(atPath: corpusRoot.path)))
    func everyQuoteTextOccursInItsArticle() throws {
        let gold = try Self.files(under: Self.heldoutRoot).map { try Self.load($0.url) }
        var texts: [String: String] = [:]
        let wanted = Set(gold.map(\.article))
        for collection in try FileManager.default.contentsOfDirectory(atPath: Self.corpusRoot.path) {
            let file = Self.corpusRoot.appendingPathComponent(collection).appendingPathComponent("articles.jsonl")
            guard let data = FileManager.default.contents(atPath: file.path) else { continue }
            for line in data.split(separator: UInt8(ascii: "\n")) {
                guard let record = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any],
                    let id = record["id"] as? String, wanted.contains(id), let text = record["text"] as? String
                else { continue }
                texts[id] = ((record["title"] as? String) ?? "") + "\n\n" + text
            }
        }
        for entry in gold {
            let text = try #require(texts[entry.article], "no corpus text for '\(entry.article)'")
            for quote in entry.quotes + entry.optionalQuotes {
                #expect(text.contains(quote.text), "\(entry.article): quote not verbatim: '\(quote.text)'")
            }
        }
    }
}
