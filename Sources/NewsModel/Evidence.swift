/// Where a fact was read: the article and the sentence.
public struct Evidence: Sendable, Hashable, Codable {
    public var articleID: String
    /// The sentence as it stands in the article.
    public var sentence: String
    /// The sentence's place in ``Article/text``.
    public var range: TextRange

    public init(articleID: String, sentence: String, range: TextRange) {
        self.articleID = articleID
        self.sentence = sentence
        self.range = range
    }
}
