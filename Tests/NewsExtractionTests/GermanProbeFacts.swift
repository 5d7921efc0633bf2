import NewsExtraction
import NewsModel

/// The whole extractor run on one invented German probe text (an article of one paragraph, dated 2026-03-01), and
/// its facts as summaries: shared by the German probe suites.
enum GermanProbe {
    static func facts(_ text: String) -> ArticleFacts {
        RuleBasedExtractor().extract(from: Article(id: "probe", title: "Meldung", paragraphs: [text], date: "2026-03-01", language: .german))
    }

    static func stakes(_ text: String) -> [String] { facts(text).stakes.map(\.summary) }
    static func deals(_ text: String) -> [String] { facts(text).deals.map(\.summary) }
    static func names(_ text: String) -> [String] { facts(text).entities.map(\.name) }
}
