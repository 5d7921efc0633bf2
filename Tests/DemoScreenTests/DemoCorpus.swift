import Foundation
import NewsExtraction
import NewsImport
import NewsModel
import NewsResources
import NewsStoreSQLite

/// The demo corpus that ships with newsbrowse (`Resources/Demo`), ingested once per test run
/// with the real extractor into an in-memory SQLite store.
enum DemoCorpus {
    /// The ingest result, computed on first use and shared by every test of the run.
    private static let loaded: Result<SQLiteNewsStore, any Error> = Result { try ingest() }

    /// The store holding the ingested demo corpus.
    static func store() throws -> SQLiteNewsStore { try loaded.get() }

    /// A new in-memory store with the demo corpus ingested.
    static func ingest() throws -> SQLiteNewsStore {
        let store = try SQLiteNewsStore.inMemory()
        let summary = try IngestPipeline(store: store, extractor: RuleBasedExtractor())
            .run(paths: [NewsResources.demoCorpusURL.path])
        guard summary.failed == 0 else {
            throw DemoCorpusError(message: "Ingesting '\(NewsResources.demoCorpusURL.path)' failed for \(summary.failed) input(s).")
        }
        return store
    }
}

/// Why the demo corpus could not be loaded.
struct DemoCorpusError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
