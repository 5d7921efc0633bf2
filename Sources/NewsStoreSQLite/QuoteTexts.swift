import GRDB
import NewsModel

/// Quote words and sentences stored once: almost every quote's words and its evidence sentence
/// are a stretch of its article's text, which the article row already holds. Such a text is
/// stored as '' with a bit in the quote's `fromArticle` column (schema v5), and read back from
/// the article.
///
/// Offsets are Unicode-scalar offsets into `Article.text` (the paragraphs joined by a blank
/// line); a text is only left out when its scalars are exactly those of the stretch, so reading
/// it back gives the same string.
enum QuoteTexts {
    /// The `fromArticle` bit for the quote's words (`text` is the article text in [start, end)).
    static let textBit = 1
    /// The `fromArticle` bit for the evidence sentence (in [evidenceStart, evidenceEnd)).
    static let evidenceBit = 2

    /// The Unicode scalars of an article text, to compare and cut stretches by offset.
    struct Scalars {
        let scalars: [Unicode.Scalar]

        init(_ text: String) { scalars = Array(text.unicodeScalars) }

        /// Whether `text` is exactly the stretch [start, end) (false when the range does not fit).
        func isStretch(_ text: String, start: Int, end: Int) -> Bool {
            guard 0 <= start, start <= end, end <= scalars.count else { return false }
            return text.unicodeScalars.elementsEqual(scalars[start..<end])
        }

        /// The stretch [start, end), or nil when the range does not fit.
        func stretch(start: Int, end: Int) -> String? {
            guard 0 <= start, start <= end, end <= scalars.count else { return nil }
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[start..<end])
            return String(view)
        }
    }

    /// Reads quote rows (``StoredRows/quoteColumns``), taking the left-out texts from their
    /// article; the text of the last article read is kept, since quotes come grouped by article.
    final class Reader {
        private var articleID: String?
        private var article: Scalars?

        /// The quote of a row of ``StoredRows/quoteColumns``.
        func quote(_ row: Row) -> Quote {
            var quote = StoredRows.quote(row)
            let bits: Int = row[14]
            guard bits != 0, let paragraphs: String = row[15] else { return quote }
            let text = scalars(of: quote.evidence.articleID, paragraphs: paragraphs)
            if bits & textBit != 0, let words = text.stretch(start: quote.range.start, end: quote.range.end) {
                quote.text = words
            }
            if bits & evidenceBit != 0,
                let sentence = text.stretch(start: quote.evidence.range.start, end: quote.evidence.range.end)
            {
                quote.evidence.sentence = sentence
            }
            return quote
        }

        private func scalars(of id: String, paragraphs: String) -> Scalars {
            if let article, articleID == id { return article }
            let scalars = Scalars(StoredFormats.strings(paragraphs).joined(separator: "\n\n"))
            articleID = id
            article = scalars
            return scalars
        }
    }
}
