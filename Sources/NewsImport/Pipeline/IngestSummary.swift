/// The counts an ingest run ends with: `ingested N, unchanged U, failed F`.
public struct IngestSummary: Sendable, Hashable, CustomStringConvertible {
    /// New articles.
    public var inserted = 0
    /// Articles stored before whose content changed: replaced with their new facts.
    public var replaced = 0
    /// Articles stored before with the same content: skipped without extraction.
    public var unchanged = 0
    /// Inputs that failed: whole files, bad lines or array items.
    public var failed = 0

    /// Creates an empty summary.
    public init() {}

    /// Inserted plus replaced.
    public var ingested: Int { inserted + replaced }

    /// "ingested 12, unchanged 3, failed 1".
    public var description: String { "ingested \(ingested), unchanged \(unchanged), failed \(failed)" }
}
