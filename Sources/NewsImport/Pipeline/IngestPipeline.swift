import Dispatch
import Foundation
import NewsModel

/// Reads files, extracts facts from new and changed articles and stores them with their facts,
/// each batch of articles in one transaction: an article is never half stored.
///
/// Articles whose content hash equals the stored one are skipped without extraction, so a
/// second run over the same input changes nothing, and a run that was killed completes when
/// started again. The check and the extraction run in batches on all cores, up to
/// ``batchesAhead`` batches ahead of the one being saved, so the thread that writes does nothing
/// else and neither side waits for the other while there is input left.
/// Batches gather articles across files; the first holds at most 16 articles (so the first
/// articles are stored soon), each next one twice as many, up to ``batchSize``: few, large
/// transactions make writing cheap.
///
/// ```swift
/// let pipeline = IngestPipeline(store: store, extractor: RuleBasedExtractor())
/// let summary = try pipeline.run(paths: ["news/"]) { event in … }
/// print(summary)  // ingested 12, unchanged 0, failed 0
/// ```
public struct IngestPipeline: Sendable {
    public var store: any NewsStore
    public var extractor: any FactExtractor
    public var options: ImportOptions
    /// The most articles extracted and saved together; the next batch is extracted while one is saved.
    public var batchSize: Int
    /// The most threads that check and extract articles while the calling thread saves (default:
    /// the number of cores). With one batch ahead (``batchesAhead``), while saving is slower than
    /// extraction, a batch gets one thread fewer, so that saving, which every batch waits for,
    /// keeps a core; when a save had to wait for its batch's extraction, the next batch gets them
    /// all. With more batches ahead, every batch gets them all.
    public var workers: Int
    /// How many batches may be checked and extracted (one after the other) while the calling
    /// thread saves an earlier one (default 2): extraction goes on while a save takes longer than
    /// the next batch's extraction, so no core waits for the other.
    public var batchesAhead = 2

    /// How many lines of a JSON Lines file are read (on all cores) before their articles go to
    /// extraction.
    static let linesPerPart = 1024

    /// The fewest articles a batch near the end of the input holds (see ``run(paths:onEvent:)``).
    public static let smallestTailBatch = 64

    /// Called (when set) with one line per step of the run: how long the writer waited for each
    /// batch and how long it took to save it, how long ending the ingest took. For measuring the
    /// critical path of an ingest (`NEWSBROWSE_INGEST_TIMELINE=1 newsbrowse ingest …`).
    public var timeline: (@Sendable (String) -> Void)?

    /// Creates a pipeline over a store and an extractor.
    public init(store: any NewsStore, extractor: any FactExtractor, options: ImportOptions = ImportOptions(), batchSize: Int = 1024) {
        self.store = store
        self.extractor = extractor
        self.options = options
        self.batchSize = max(1, batchSize)
        self.workers = max(1, ProcessInfo.processInfo.activeProcessorCount)
    }

    /// Ingests every file under `paths`, reporting problems and progress through `onEvent`.
    /// Throws only when the store fails (the articles saved before stay saved).
    public func run(paths: [String], onEvent: (IngestEvent) -> Void = { _ in }) throws -> IngestSummary {
        var summary = IngestSummary()
        let (files, missing) = FileCollector.collect(paths)
        for error in missing {
            summary.failed += 1
            onEvent(.failed(error))
        }
        let reader = ArticleReader(options: options)
        let totalBytes = max(1, files.reduce(0) { $0 + max($1.size, 1) })
        var bytesDone = 0
        var articlesDone = 0
        // Batches being checked and extracted (one after the other), oldest first.
        var inFlight: [ExtractionBatch] = []

        // Threads for the next batch: with one batch ahead, all while extraction is the slower
        // side, else one fewer; with more batches ahead, all.
        var batchWorkers = workers
        let ahead = max(1, batchesAhead)
        let runStart = ContinuousClock.now
        func note(_ text: @autoclosure () -> String) {
            guard let timeline else { return }
            let elapsed = ContinuousClock.now - runStart
            timeline(String(format: "%7.3f s  ", Double(elapsed.components.attoseconds) / 1e18 + Double(elapsed.components.seconds)) + text())
        }
        func save(_ batch: ExtractionBatch) throws {
            let waitStart = ContinuousClock.now
            batch.wait()
            let waited = ContinuousClock.now - waitStart
            let saveStart = ContinuousClock.now
            defer {
                let saving = ContinuousClock.now - saveStart
                note("saved \(batch.count) articles: waited \(waited), saving took \(saving)")
                if ahead == 1 { batchWorkers = waited * 10 > saving ? workers : max(1, workers - 1) }
            }
            let results = batch.takeResults()
            var items: [ArticleWithFacts] = []
            items.reserveCapacity(results.count)
            defer {
                // Freeing a batch's articles and facts (a hundred thousand strings) is work the
                // writer need not do: another thread does it, while the writer goes on.
                let garbage = (results, items)
                DispatchQueue.global(qos: .utility).async { withExtendedLifetime(garbage) {} }
            }
            for result in results {
                switch result {
                case .extracted(let article, let facts): items.append(ArticleWithFacts(article: article, facts: facts))
                case .unchanged: break
                case .failed(let article, let error):
                    throw StoreWriteError(articleID: article.id, reason: String(describing: error))
                }
            }
            var outcomes: [SaveOutcome] = []
            if !items.isEmpty {
                if let saved = try? store.save(items) {
                    outcomes = saved
                } else {
                    // The batch was rolled back: save one by one, so the articles before the one that
                    // fails are kept and the error names that article.
                    for result in results {
                        switch result {
                        case .extracted(let article, let facts):
                            let outcome = try StoreWriteError.wrap(article.id) { try store.save(article, facts: facts) }
                            record(outcome, article.id)
                        case .unchanged(let article): record(.unchanged, article.id)
                        case .failed: break
                        }
                    }
                    return
                }
            }
            var next = outcomes.makeIterator()
            for result in results {
                switch result {
                case .extracted(let article, _): record(next.next() ?? .inserted, article.id)
                case .unchanged(let article): record(.unchanged, article.id)
                case .failed: break
                }
            }
        }
        func record(_ outcome: SaveOutcome, _ id: String) {
            switch outcome {
            case .inserted: summary.inserted += 1
            case .replaced: summary.replaced += 1
            case .unchanged: summary.unchanged += 1
            }
            articlesDone += 1
            onEvent(.saved(articleID: id, outcome: outcome))
        }

        var pending: [Article] = []
        var limit = min(16, batchSize)
        var articlesRead = 0
        /// Starts extracting the pending articles and saves the batch before them.
        func dispatch() throws {
            guard !pending.isEmpty else { return }
            note("dispatching \(pending.count) articles on \(batchWorkers) threads")
            inFlight.append(ExtractionBatch(
                articles: pending, store: store, extractor: extractor, workers: batchWorkers, after: inFlight.last))
            pending = []
            limit = min(batchSize, limit * 2)
            if inFlight.count > ahead { try save(inFlight.removeFirst()) }
        }

        // A large ingest into an empty store may leave the store's secondary indexes to the end.
        try store.beginIngest(expectedBytes: totalBytes)
        do {
            for (fileIndex, file) in files.enumerated() {
                let fileBytes = max(file.size, 1)
                // A JSON Lines file comes in parts: its first articles are extracted while the
                // rest is read.
                try reader.read(path: file.path, displayName: file.displayName, linesPerPart: Self.linesPerPart) { part, bytesRead in
                    for error in part.errors {
                        summary.failed += 1
                        onEvent(.failed(error))
                    }
                    for (index, article) in part.articles.enumerated() {
                        pending.append(article)
                        articlesRead += 1
                        guard pending.count >= limit else { continue }
                        try dispatch()
                        // Near the end of the input, a batch holds a third of the articles left:
                        // the last saves, which no extraction overlaps, stay short.
                        let position = bytesDone + min(bytesRead, fileBytes)
                        let left = part.articles.count - index - 1
                            + Int(Double(max(0, totalBytes - position)) * Double(articlesRead) / Double(max(1, position)))
                        limit = min(limit, max(Self.smallestTailBatch, left / 3))
                        let fraction = (Double(bytesDone) + Double(min(bytesRead, fileBytes))) / Double(totalBytes)
                        onEvent(.progress(IngestProgress(
                            filesDone: fileIndex, totalFiles: files.count, articlesDone: articlesDone, fraction: min(1, fraction))))
                    }
                }
                bytesDone += fileBytes
                onEvent(.progress(IngestProgress(
                    filesDone: fileIndex + 1, totalFiles: files.count, articlesDone: articlesDone,
                    fraction: min(1, Double(bytesDone) / Double(totalBytes)))))
            }
            try dispatch()
            while !inFlight.isEmpty { try save(inFlight.removeFirst()) }
        } catch var failure as StoreWriteError {
            // The saved articles stay; the store still ends the ingest (its error comes second).
            onEvent(.finishing)
            do { try store.finishIngest() } catch { failure.reason += "; then ending the ingest failed: \(error)" }
            failure.summary = summary
            throw failure
        } catch {
            onEvent(.finishing)
            do { try store.finishIngest() } catch let finishing {
                throw StoreWriteError(
                    articleID: "", reason: "\(error); then ending the ingest failed: \(finishing)", summary: summary)
            }
            throw error
        }
        onEvent(.progress(IngestProgress(filesDone: files.count, totalFiles: files.count, articlesDone: articlesDone, fraction: 1)))
        onEvent(.finishing)
        note("finishing")
        defer { note("finished") }
        do {
            try store.finishIngest()
        } catch {
            // Every article is stored: the summary stays true.
            throw StoreWriteError(articleID: "", reason: "\(error)", summary: summary)
        }
        return summary
    }
}

/// A store failure during ingest, naming the article that could not be saved, or (with an empty
/// ``articleID``) a failure of the store to end the ingest after the saves.
public struct StoreWriteError: Error, Sendable, CustomStringConvertible {
    /// The article that could not be stored; empty when ending the ingest failed.
    public var articleID: String
    /// What the store reported.
    public var reason: String
    /// What was done before the failure.
    public var summary = IngestSummary()

    /// "could not store article 'x': <reason>", or "could not finish the ingest: <reason>".
    public var description: String {
        articleID.isEmpty
            ? "could not finish the ingest: \(reason)" : "could not store article '\(articleID)': \(reason)"
    }

    static func wrap<T>(_ id: String, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch {
            throw StoreWriteError(articleID: id, reason: String(describing: error))
        }
    }
}
