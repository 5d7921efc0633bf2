import NewsModel

/// Finds direct and reported quotes and attributes them to their speakers.
public struct QuoteExtractor: Sendable {
    public init() {}

    /// Quotes in a document. (First cut: none.)
    public func quotes(in document: Document, entities: EntityTable) -> [Quote] { [] }
}
