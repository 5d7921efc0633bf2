import Foundation
import NewsExtraction
import NewsModel
import Testing

/// The whole extractor: entities and mentions in original-text offsets.
@Suite struct PipelineTests {
    @Test func seedMentionsPointIntoTheOriginalText() throws {
        let article = try SeedEntitiesTests.seedArticle()
        let facts = RuleBasedExtractor().extract(from: article)
        let text = article.text
        let byID = Dictionary(uniqueKeysWithValues: facts.entities.map { ($0.id, $0) })
        #expect(byID.count == facts.entities.count, "entity ids are unique")
        #expect(!facts.mentions.isEmpty)
        for mention in facts.mentions {
            let entity = try #require(byID[mention.entity])
            let surface = text.substring(in: mention.range)
            #expect(
                entity.allNames.contains(surface) || entity.allNames.contains { $0.hasPrefix(surface) },
                "\(surface) -> \(entity.name)")
            #expect(mention.sentence.contains(mention.range))
            #expect(mention.articleID == article.id)
        }
    }

    @Test func offsetsSurviveNormalisation() throws {
        let article = Article(
            id: "nbsp", title: "Titel",
            paragraphs: ["Titel", "Der\u{00A0}Konzern\u{00A0}Velantis kauft die Brunn\u{00AD}huber GmbH."], language: .german)
        let facts = RuleBasedExtractor().extract(from: article)
        let surfaces = facts.mentions.map { article.text.substring(in: $0.range) }
        #expect(surfaces.contains("Velantis"))
        #expect(surfaces.contains("Brunn\u{00AD}huber GmbH"))
    }

    @Test func emptyAndOddArticlesDoNotCrash() {
        let extractor = RuleBasedExtractor()
        for paragraphs in [[], [""], ["."], ["\u{00AD}\u{00A0}"], ["„", "“"], ["A. B. C."], ["11", "-5/8"]] {
            let article = Article(id: "odd", title: "", paragraphs: paragraphs, language: .english)
            let facts = extractor.extract(from: article)
            #expect(facts.mentions.allSatisfy { $0.range.end <= article.text.unicodeScalars.count })
        }
    }

    @Test func englishArticleEndToEnd() {
        let article = Article(
            id: "en", title: "ACME SAYS IT WILL BUY ZETA",
            paragraphs: [
                "ACME SAYS IT WILL BUY ZETA",
                "Acme Corp said it agreed to buy Zeta Industries Inc for 12 mln dlrs. John Smith, chief executive of Acme Corp, said the deal closes in May.",
            ], language: .english)
        let facts = RuleBasedExtractor().extract(from: article)
        let names = Set(facts.entities.map(\.name))
        #expect(names.isSuperset(of: ["Acme Corp", "Zeta Industries Inc", "John Smith"]))
        let smith = facts.entities.first { $0.name == "John Smith" }
        #expect(smith?.organization?.name == "Acme Corp")
    }
}
