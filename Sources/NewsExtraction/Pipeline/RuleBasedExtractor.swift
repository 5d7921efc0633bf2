import NewsModel

/// The offline, rule-based extractor for German and English business news.
///
/// Stages: ``TextPreparer`` → ``EntityRecognizer`` → ``DealExtractor`` and ``QuoteExtractor``.
/// Lexicons are loaded once, when the stages are created.
public struct RuleBasedExtractor: FactExtractor {
    private let preparer = TextPreparer()
    private let recognizer = EntityRecognizer()
    private let dealExtractor = DealExtractor()
    private let quoteExtractor = QuoteExtractor()

    public init() {}

    public var version: String { "0.2" }

    public func extract(from article: Article) -> ArticleFacts {
        let document = preparer.prepare(article)
        var table = recognizer.recognize(in: document)
        // The quote stage adds speakers' names the recognizer missed ("sagte Hanno Quirl"), so it
        // runs before the deal rules.
        let quotes = quoteExtractor.quotes(in: document, entities: &table)
        let deals = dealExtractor.deals(in: document, entities: table)
        let stakes = dealExtractor.stakes(in: document, entities: table, deals: deals)
        let mentions = table.mentions.map { mention in
            Mention(
                entity: mention.entity, articleID: article.id, range: document.originalRange(mention.range),
                sentence: document.originalRange(document.sentences[mention.sentence].range))
        }
        return ArticleFacts(
            entities: table.entities, mentions: mentions, deals: deals, stakes: stakes, quotes: quotes)
    }
}
