import ArgumentParser
import Foundation
import NewsExtraction
import NewsImport
import NewsModel
import NewsStoreSQLite

/// `newsbrowse-bench speed`: single-threaded extraction throughput on a whole corpus file.
struct SpeedCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "speed", abstract: "Measure single-threaded extraction throughput (MB of text per second).")

    @Option(help: "The JSON Lines corpus file to extract from.")
    var corpus = "../shared/corpus/reuters-21578/articles.jsonl"

    @Option(help: "How many times to run over the whole corpus; the best run is reported.")
    var runs = 2

    @Option(help: "spaCy's throughput on a sample, from Scripts/spacy_entities.py --speed (optional).")
    var spacySpeedJSON = ".build-bench/spacy-speed.json"

    @Option(name: .customLong("exclude"), help: "Leave out the article with this id (repeatable), e.g. one that crashes the extractor.")
    var excluded: [String] = []

    @Flag(name: .customLong("trace-ids"), help: "Write each article id to stderr before extracting it (to find an article that crashes the extractor).")
    var traceIDs = false

    @Option(name: .customLong("warm-up"), help: "How many articles to extract before the clock runs (loads the lexicons; a profiler can then collect the runs alone).")
    var warmUp = 1

    @Flag(help: "Also time each extraction stage separately (one more pass).")
    var stages = false

    @Flag(help: "Also ingest the corpus into a new temporary database and show where the ingest time goes.")
    var ingest = false

    func run() throws {
        let loadStart = ContinuousClock.now
        let leftOut = Set(excluded)
        let articles = try CorpusReader.records(in: URL(fileURLWithPath: corpus)) { !leftOut.contains($0) }.map(\.article)
        if !leftOut.isEmpty { print("left out: \(leftOut.sorted().joined(separator: ", "))") }
        let loadTime = ContinuousClock.now - loadStart
        let bytes = articles.reduce(0) { $0 + $1.text.utf8.count }
        let megabytes = Double(bytes) / 1_000_000
        let setupStart = ContinuousClock.now
        let extractor = RuleBasedExtractor()
        // The lexicons load lazily, on first use: one extraction before the clock runs loads them
        // all, so that every run measures extraction alone (and `--runs 1` is meaningful).
        for article in articles.prefix(max(0, warmUp)) { _ = extractor.extract(from: article) }
        let setupTime = ContinuousClock.now - setupStart
        print("== Extraction speed: '\(corpus)'")
        print("\(articles.count) articles, \(String(format: "%.2f", megabytes)) MB of article text (UTF-8, titles not counted); read in \(Self.seconds(loadTime)) s")
        print("RuleBasedExtractor \(extractor.version): set-up (lexicons, loaded by a first extraction) \(Self.seconds(setupTime)) s")

        var best: Duration?
        var bestCPU = Double.infinity
        var summary = (entities: 0, deals: 0, stakes: 0, quotes: 0)
        for run in 1...max(1, runs) {
            let start = ContinuousClock.now
            let cpuStart = Self.threadCPUSeconds()
            let found = Self.extractAll(articles, with: extractor, traceIDs: traceIDs)
            let elapsed = ContinuousClock.now - start
            let cpu = Self.threadCPUSeconds() - cpuStart
            bestCPU = min(bestCPU, cpu)
            print("run \(run): \(Self.seconds(elapsed)) s (thread CPU time \(String(format: "%.3f", cpu)) s)")
            if best.map({ elapsed < $0 }) ?? true { best = elapsed }
            summary = found
        }
        guard let best else { return }
        let seconds = Self.double(best)
        var table = Table("system (1 thread)", "MB/s", "articles/s", "seconds")
        table.add([
            "newsbrowse RuleBasedExtractor", String(format: "%.2f", megabytes / seconds),
            String(format: "%.0f", Double(articles.count) / seconds), String(format: "%.3f", seconds),
        ])
        if let spacy = try SpacySpeed.load(URL(fileURLWithPath: spacySpeedJSON)) {
            table.add([
                "spaCy \(spacy.model) (\(spacy.articles)-article sample)", String(format: "%.3f", spacy.megabytes / spacy.seconds),
                String(format: "%.1f", Double(spacy.articles) / spacy.seconds), String(format: "%.3f", spacy.seconds),
            ])
        } else {
            print("spaCy speed row skipped: '\(spacySpeedJSON)' does not exist (run Scripts/spacy_entities.py --speed).")
        }
        print(table.render())
        print(String(format: "best thread CPU time: %.3f s (%.2f MB/s of CPU; equals the wall time on an idle machine)", bestCPU, megabytes / bestCPU))
        print("found per run: \(summary.entities) entities, \(summary.deals) deals, \(summary.stakes) stakes, \(summary.quotes) quotes")
        if stages {
            let timings = StageTiming().measure(articles)
            let total = timings.reduce(0) { $0 + $1.seconds }
            var stageTable = Table("stage", "seconds", "share", "MB/s alone", "CPU seconds")
            for (stage, seconds, cpu) in timings {
                stageTable.add([
                    stage, String(format: "%.3f", seconds), String(format: "%.0f%%", 100 * seconds / max(total, 1e-9)),
                    String(format: "%.1f", megabytes / max(seconds, 1e-9)), String(format: "%.3f", cpu),
                ])
            }
            print(stageTable.render())
        }
        if ingest { try measureIngest(megabytes: megabytes) }
    }

    /// One timed run: extracts every article and counts what was found. Never inlined, so that a
    /// profiler can collect exactly this (`valgrind --tool=callgrind --toggle-collect='*extractAll*'`).
    @inline(never)
    static func extractAll(_ articles: [Article], with extractor: RuleBasedExtractor, traceIDs: Bool) -> (
        entities: Int, deals: Int, stakes: Int, quotes: Int
    ) {
        var found = (entities: 0, deals: 0, stakes: 0, quotes: 0)
        for article in articles {
            if traceIDs { FileHandle.standardError.write(Data((article.id + "\n").utf8)) }
            let facts = extractor.extract(from: article)
            found.entities += facts.entities.count
            found.deals += facts.deals.count
            found.stakes += facts.stakes.count
            found.quotes += facts.quotes.count
        }
        return found
    }

    /// Ingests the corpus file with ``IngestPipeline`` into a new database through a ``TimedStore``
    /// and prints the wall time next to the time spent in each kind of store call. Saving runs on
    /// the calling thread; the stored-hash lookups run on the extraction threads (their times add
    /// up over threads), overlapping the saves.
    func measureIngest(megabytes: Double) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("newsbrowse-speed-\(getpid())")
        try? FileManager.default.removeItem(at: folder)
        defer { try? FileManager.default.removeItem(at: folder) }
        let extractor = RuleBasedExtractor()
        let store = TimedStore(try SQLiteNewsStore(path: folder.appendingPathComponent("news.db").path))
        let start = ContinuousClock.now
        let summary = try IngestPipeline(store: store, extractor: extractor).run(paths: [corpus])
        let wall = Self.double(ContinuousClock.now - start)
        print("== Ingest into a new database (IngestPipeline, \(ProcessInfo.processInfo.activeProcessorCount) cores): \(summary)")
        var table = Table("part", "seconds", "calls", "share of wall")
        table.add(["wall (read, extract, check, save)", String(format: "%.3f", wall), "", "100%"])
        for (name, usage) in store.report {
            let seconds = Self.double(usage.total)
            table.add([
                "store \(name)", String(format: "%.3f", seconds), "\(usage.calls)",
                String(format: "%.0f%%", 100 * seconds / max(wall, 1e-9)),
            ])
        }
        print(table.render())
        print(String(format: "ingest throughput: %.2f MB of article text per second (wall)", megabytes / max(wall, 1e-9)))
    }

    /// The CPU time the calling thread has used so far, in seconds: unlike the wall clock, it does
    /// not count time the thread waits for a core, so it stays comparable on a busy machine.
    static func threadCPUSeconds() -> Double {
        var spec = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
    }

    static func double(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }

    static func seconds(_ duration: Duration) -> String { String(format: "%.3f", double(duration)) }
}

/// spaCy's measured throughput, as written by `Scripts/spacy_entities.py --speed`.
struct SpacySpeed: Decodable {
    let model: String
    let articles: Int
    let megabytes: Double
    let seconds: Double

    /// Reads the file; nil when it does not exist.
    static func load(_ url: URL) throws -> SpacySpeed? {
        guard let data = FileManager.default.contents(atPath: url.path) else { return nil }
        do {
            return try JSONDecoder().decode(SpacySpeed.self, from: data)
        } catch {
            throw BenchError("The spaCy speed file '\(url.path)' cannot be read: \(error).")
        }
    }
}
