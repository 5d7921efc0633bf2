import NewsModel

/// Micro-averaged counts over many articles, per language and fact type.
public struct ScoreBoard: Sendable, Hashable {
    /// Counts per language and fact type.
    public private(set) var counts: [Language: [FactType: Counts]] = [:]
    /// The number of articles added, per language.
    public private(set) var articles: [Language: Int] = [:]

    /// An empty board.
    public init() {}

    /// Adds one article's score under its language.
    public mutating func add(_ score: ArticleScore, language: Language) {
        articles[language, default: 0] += 1
        for (type, value) in score.counts { counts[language, default: [:]][type, default: Counts()] += value }
    }

    /// The counts of one fact type in one language, or over all languages when `language` is nil.
    public func counts(_ type: FactType, language: Language? = nil) -> Counts {
        if let language { return counts[language]?[type] ?? Counts() }
        return Language.allCases.reduce(Counts()) { $0 + (counts[$1]?[type] ?? Counts()) }
    }

    /// The number of articles in one language, or in all when `language` is nil.
    public func articleCount(language: Language? = nil) -> Int {
        if let language { return articles[language] ?? 0 }
        return articles.values.reduce(0, +)
    }
}
