import ArgumentParser
import Dispatch
import Foundation
import NewsExtraction
import NewsModel
import NewsStoreSQLite

/// `newsbrowse-bench save`: the writer alone. Extracts a corpus first (on all cores, not timed),
/// then saves it in batches into a new database on one thread and reports the time of the saves,
/// so that changes to the store can be measured without extraction in the way.
struct SaveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "save", abstract: "Measure the store's writer alone: saving an extracted corpus into a new database.")

    @Option(help: "The JSON Lines corpus file.")
    var corpus = "../shared/corpus/reuters-21578/articles.jsonl"

    @Option(help: "How many times to save the whole corpus (each into a new database); every run is shown.")
    var runs = 3

    @Option(help: "Articles per transaction.")
    var batch = 512

    @Option(help: "A database file to copy and save into instead of a new one (experiments).")
    var template: String?

    @Option(help: "Only the first N articles (for slow profilers such as callgrind, which can count saveAll alone).")
    var limit: Int?

    func run() throws {
        var articles = try CorpusReader.records(in: URL(fileURLWithPath: corpus)).map(\.article)
        if let limit { articles = Array(articles.prefix(limit)) }
        let extractor = RuleBasedExtractor()
        let facts = Self.extractAll(articles, extractor)
        let items = zip(articles, facts).map { ArticleWithFacts(article: $0, facts: $1) }
        print("== Saving \(items.count) extracted articles of '\(corpus)' in batches of \(batch)")
        for run in 1...max(1, runs) {
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("newsbrowse-save-\(getpid())")
            try? FileManager.default.removeItem(at: folder)
            defer { try? FileManager.default.removeItem(at: folder) }
            let path = folder.appendingPathComponent("news.db").path
            if let template {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                try FileManager.default.copyItem(atPath: template, toPath: path)
            }
            let store = try SQLiteNewsStore(path: path)
            let clock = ContinuousClock()
            let cpuStart = Self.threadCPU()
            let start = clock.now
            let finish = try Self.saveAll(items, into: store, batch: batch)
            let wall = clock.now - start
            let cpu = Self.threadCPU() - cpuStart
            let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
            let wal = (try? FileManager.default.attributesOfItem(atPath: path + "-wal")[.size] as? Int) ?? 0
            print(String(format: "run %d: %.3f s wall (of which finishIngest %.3f s), %.3f s CPU, database %.1f MB + WAL %.1f MB", run,
                         SpeedCommand.double(wall), SpeedCommand.double(finish), cpu, Double(size) / 1e6, Double(wal) / 1e6))
        }
    }

    /// Saves the items in batches as ingest does, between beginIngest and finishIngest; returns
    /// the time finishIngest took.
    @inline(never)
    static func saveAll(_ items: [ArticleWithFacts], into store: SQLiteNewsStore, batch: Int) throws -> Duration {
        try store.beginIngest(expectedBytes: Int.max)
        var index = 0
        while index < items.count {
            let end = min(items.count, index + batch)
            _ = try store.save(Array(items[index..<end]))
            index = end
        }
        let start = ContinuousClock.now
        try store.finishIngest()
        return ContinuousClock.now - start
    }

    /// The facts of every article, extracted on all cores.
    static func extractAll(_ articles: [Article], _ extractor: RuleBasedExtractor) -> [ArticleFacts] {
        let results = UnsafeMutableBufferPointer<ArticleFacts>.allocate(capacity: articles.count)
        results.initialize(repeating: .empty)
        nonisolated(unsafe) let shared = results
        DispatchQueue.concurrentPerform(iterations: articles.count) { shared[$0] = extractor.extract(from: articles[$0]) }
        defer { results.deallocate() }
        return Array(results)
    }

    /// CPU seconds (user + system) used by the process so far (only the saving thread works while timed).
    static func threadCPU() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
            + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
    }
}
