import NewsModel

/// Turns an article into a ``Document``: normalisation, language detection and sentence splitting.
public struct TextPreparer: Sendable {
    public init() {}

    /// Prepares an article. (First cut: no normalisation, one sentence per paragraph.)
    public func prepare(_ article: Article) -> Document {
        let text = article.text
        let count = text.unicodeScalars.count
        var sentences: [Sentence] = []
        var offset = 0
        for (number, paragraph) in article.paragraphs.enumerated() {
            let length = paragraph.unicodeScalars.count
            sentences.append(
                Sentence(
                    index: sentences.count, range: TextRange(start: offset, end: offset + length), text: paragraph,
                    paragraph: number, repeatOf: nil))
            offset += length + 2
        }
        return Document(
            article: article, language: article.language, text: text, originalOffsets: Array(0...count),
            sentences: sentences, publicationDate: article.publicationDate)
    }
}
