import NewsModel

/// What an ingest run reports while it works. Delivered on the thread that called
/// ``IngestPipeline/run(paths:onEvent:)``, in order.
public enum IngestEvent: Sendable, Hashable {
    /// A file, a line or an item could not be ingested.
    case failed(ImportError)
    /// One article was stored (or found unchanged).
    case saved(articleID: String, outcome: SaveOutcome)
    /// How far the run is.
    case progress(IngestProgress)
    /// Every article is handled; the store now ends the ingest, which may take a while (the SQLite
    /// store builds its search indexes after a large first ingest).
    case finishing
}

/// How far an ingest run is, by bytes of input read and articles handled.
public struct IngestProgress: Sendable, Hashable {
    /// Files completely handled, of `totalFiles`.
    public var filesDone: Int
    public var totalFiles: Int
    /// Articles stored or found unchanged so far.
    public var articlesDone: Int
    /// From 0 to 1: the share of input bytes handled.
    public var fraction: Double

    /// Creates a progress report.
    public init(filesDone: Int, totalFiles: Int, articlesDone: Int, fraction: Double) {
        self.filesDone = filesDone
        self.totalFiles = totalFiles
        self.articlesDone = articlesDone
        self.fraction = fraction
    }
}
