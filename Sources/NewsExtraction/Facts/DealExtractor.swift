import NewsModel

/// Finds acquisitions, sales, stake purchases and mergers, and the stakes they and ownership
/// statements imply.
public struct DealExtractor: Sendable {
    public init() {}

    /// Deals stated in a document. (First cut: none.)
    public func deals(in document: Document, entities: EntityTable) -> [Deal] { [] }

    /// Stakes stated or implied in a document, given its deals. (First cut: none.)
    public func stakes(in document: Document, entities: EntityTable, deals: [Deal]) -> [Stake] { [] }
}
