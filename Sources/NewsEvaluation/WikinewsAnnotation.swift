import Foundation

/// One quotation annotation of the German Wikinews collection (`quotes.jsonl`).
public struct WikinewsAnnotation: Sendable, Hashable, Codable {
    /// The article's id in `articles.jsonl`.
    public var articleID: String
    /// train, dev or test.
    public var split: String
    /// Direct, Indirect, Reported, IndirectFreeIndirect or FreeIndirect.
    public var type: String
    /// The annotated speaker text (a name, a description or a pronoun); may be empty.
    public var speaker: String
    /// The annotated quotation text.
    public var quote: String
    /// `[start, end)` Unicode-scalar offsets of the quotation parts in the article text.
    public var quoteSpans: [[Int]]
    /// `[start, end)` offsets of the speaker mention.
    public var speakerSpans: [[Int]]

    /// Creates an annotation.
    public init(
        articleID: String, split: String, type: String, speaker: String, quote: String = "", quoteSpans: [[Int]],
        speakerSpans: [[Int]] = []
    ) {
        self.articleID = articleID
        self.split = split
        self.type = type
        self.speaker = speaker
        self.quote = quote
        self.quoteSpans = quoteSpans
        self.speakerSpans = speakerSpans
    }

    enum CodingKeys: String, CodingKey {
        case articleID = "article_id"
        case split, type, speaker, quote
        case quoteSpans = "quote_spans"
        case speakerSpans = "speaker_spans"
    }

    /// Whether the annotation is a direct quotation.
    public var isDirect: Bool { type == "Direct" }

    /// Whether the annotation is what the benchmark calls reported speech: Indirect or Reported.
    public var isReported: Bool { type == "Indirect" || type == "Reported" }

    /// Whether a speaker text is given.
    public var hasSpeaker: Bool { !speaker.trimmingCharacters(in: .whitespaces).isEmpty }

    /// Where the speaker mention starts (or the quote, if there is none).
    var position: Int { speakerSpans.first?.first ?? quoteSpans.first?.first ?? 0 }
}
