import NewsModel

/// Finds companies, organisations, people and places in a document and resolves their aliases.
public struct EntityRecognizer: Sendable {
    public init() {}

    /// Recognises the entities of a document. (First cut: finds nothing.)
    public func recognize(in document: Document) -> EntityTable { EntityTable() }
}
