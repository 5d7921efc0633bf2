import Foundation
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

    /// An article text as UTF-8, to compare and cut stretches given in Unicode-scalar offsets.
    struct Scalars {
        private let utf8: [UInt8]
        private let offsets: ScalarOffsets

        init(_ text: String) {
            utf8 = Array(text.utf8)
            offsets = utf8.withUnsafeBufferPointer { ScalarOffsets(utf8: $0) }
        }

        /// Whether `text` is exactly the stretch [start, end) (false when the range does not fit).
        func isStretch(_ text: String, start: Int, end: Int) -> Bool {
            guard let range = offsets.byteRange(start: start, end: end) else { return false }
            guard text.utf8.count == range.count else { return false }
            guard !range.isEmpty else { return true }
            var text = text
            return text.withUTF8 { given in
                utf8.withUnsafeBufferPointer { all in
                    memcmp(given.baseAddress!, all.baseAddress! + range.lowerBound, range.count) == 0
                }
            }
        }

        /// The stretch [start, end), or nil when the range does not fit.
        func stretch(start: Int, end: Int) -> String? {
            guard let range = offsets.byteRange(start: start, end: end) else { return nil }
            return String(decoding: utf8[range], as: UTF8.self)
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
