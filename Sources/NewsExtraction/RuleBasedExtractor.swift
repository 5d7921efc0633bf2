import NewsModel

/// The offline, rule-based extractor for German and English business news.
public struct RuleBasedExtractor: FactExtractor {
    public init() {}

    public var version: String { "0" }

    public func extract(from article: Article) -> ArticleFacts { .empty }
}
