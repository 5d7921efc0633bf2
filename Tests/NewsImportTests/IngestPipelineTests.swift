import Foundation
import NewsImport
import NewsModel
import TestSupport
import Testing

@Suite struct IngestPipelineTests {
    private func corpus(_ files: TempFiles, count: Int) throws -> String {
        let lines = (1...count).map { index in
            #"{"id": "n\#(index)", "title": "Title \#(index)", "text": "Paragraph one of \#(index).\n\nParagraph two.", "language": "en"}"#
        }
        try files.write("batch/articles.jsonl", lines.joined(separator: "\n"))
        try files.write("batch/seed.txt", "Eine Meldung\n\nDer Text der Meldung.")
        return files.folder.appendingPathComponent("batch").path
    }

    @Test func ingestsEverythingOnceAndRerunChangesNothing() throws {
        let files = try TempFiles()
        let folder = try corpus(files, count: 40)
        let store = InMemoryNewsStore()
        let extractor = CountingExtractor()
        let pipeline = IngestPipeline(store: store, extractor: extractor, batchSize: 7)
        let first = try pipeline.run(paths: [folder])
        #expect(first.description == "ingested 41, unchanged 0, failed 0")
        #expect(try store.articleCount() == 41)
        #expect(extractor.extractedIDs == (["seed"] + (1...40).map { "n\($0)" }).sorted())
        #expect(try store.facts(ofArticle: "n17").quotes.first?.text == "Paragraph one of 17.")

        let second = try pipeline.run(paths: [folder])
        #expect(second.description == "ingested 0, unchanged 41, failed 0")
        #expect(extractor.extractedIDs.count == 41)  // nothing extracted again
        #expect(store.writeCount == 41)
    }

    @Test func changedArticleIsReplacedWithNewFacts() throws {
        let files = try TempFiles()
        let path = try files.write("one.jsonl", #"{"id": "a", "title": "Old", "text": "Old text."}"# + "\n" + #"{"id": "b", "title": "B", "text": "B text."}"#)
        let store = InMemoryNewsStore()
        let extractor = CountingExtractor()
        let pipeline = IngestPipeline(store: store, extractor: extractor)
        _ = try pipeline.run(paths: [path])
        try files.write("one.jsonl", #"{"id": "a", "title": "New", "text": "New text."}"# + "\n" + #"{"id": "b", "title": "B", "text": "B text."}"#)
        var outcomes: [String: SaveOutcome] = [:]
        let summary = try pipeline.run(paths: [path]) { event in
            if case .saved(let id, let outcome) = event { outcomes[id] = outcome }
        }
        #expect(summary.replaced == 1 && summary.unchanged == 1 && summary.inserted == 0)
        #expect(outcomes == ["a": .replaced, "b": .unchanged])
        #expect(try store.article(id: "a")?.title == "New")
        #expect(try store.facts(ofArticle: "a").quotes.map(\.text) == ["New text."])
        #expect(extractor.extractedIDs == ["a", "a", "b"])
    }

    @Test func rerunReportsUnchangedAndReplacedArticlesInInputOrder() throws {
        let files = try TempFiles()
        func write(changing changed: Int?) throws -> String {
            let lines = (1...5).map { index in
                let text = index == changed ? "Changed text \(index)." : "Text \(index)."
                return #"{"id": "r\#(index)", "title": "T\#(index)", "text": "\#(text)"}"#
            }
            return try files.write("r.jsonl", lines.joined(separator: "\n"))
        }
        let store = InMemoryNewsStore()
        let extractor = CountingExtractor()
        let pipeline = IngestPipeline(store: store, extractor: extractor, batchSize: 2)
        _ = try pipeline.run(paths: [try write(changing: nil)])
        var events: [String] = []
        let summary = try pipeline.run(paths: [try write(changing: 3)]) { event in
            if case .saved(let id, let outcome) = event { events.append("\(id) \(outcome.rawValue)") }
        }
        #expect(summary.description == "ingested 1, unchanged 4, failed 0")
        #expect(events == ["r1 unchanged", "r2 unchanged", "r3 replaced", "r4 unchanged", "r5 unchanged"])
        #expect(extractor.extractedIDs == ["r1", "r2", "r3", "r3", "r4", "r5"])
    }

    @Test func badInputsAreCountedAndReportedAndTheRestGoesIn() throws {
        let files = try TempFiles()
        try files.write("in/good.txt", "Good\n\nA good text.")
        try files.write("in/empty.txt", "")
        try files.write("in/lines.jsonl", #"{"id": "j1", "title": "J", "text": "T."}"# + "\n{broken\n")
        try files.write("in/.hidden.txt", "Hidden\n\nNever read.")
        try files.write("in/.git/config.txt", "Hidden\n\nNever read.")
        try files.write("in/README.md", "# Not an article\n\nSkipped in folders.")
        try files.write("in/sub/noextension", "Read\n\nA file without extension is read.")
        var failures: [String] = []
        var saved: [String] = []
        let store = InMemoryNewsStore()
        let summary = try IngestPipeline(store: store, extractor: NoFactExtractor())
            .run(paths: [files.folder.appendingPathComponent("in").path]) { event in
                switch event {
                case .failed(let error): failures.append(error.message)
                case .saved(let id, _): saved.append(id)
                case .progress, .finishing: break
                }
            }
        let folder = files.folder.appendingPathComponent("in").path
        #expect(summary.description == "ingested 3, unchanged 0, failed 2")
        #expect(failures == [
            "'\(folder)/empty.txt': is empty; it was skipped.",
            "'\(folder)/lines.jsonl' line 2: not valid JSON (unexpected character 'b' at column 2); the other lines were ingested.",
        ])
        #expect(saved == ["good", "j1", "noextension"])
    }

    @Test func progressEndsAtOne() throws {
        let files = try TempFiles()
        let folder = try corpus(files, count: 10)
        var fractions: [Double] = []
        _ = try IngestPipeline(store: InMemoryNewsStore(), extractor: NoFactExtractor(), batchSize: 3)
            .run(paths: [folder]) { event in
                if case .progress(let progress) = event { fractions.append(progress.fraction) }
            }
        #expect(fractions.last == 1)
        #expect(fractions == fractions.sorted())
    }
}

@Suite struct DemoCorpusTests {
    private var demoFolder: String { Fixtures.repositoryRoot.appendingPathComponent("Resources/Demo").path }

    @Test func demoCorpusReadsWithoutErrorsAndUsesOnlyEvenIDs() throws {
        let store = InMemoryNewsStore()
        var failures: [String] = []
        let summary = try IngestPipeline(store: store, extractor: NoFactExtractor()).run(paths: [demoFolder]) { event in
            if case .failed(let error) = event { failures.append(error.message) }
        }
        #expect(failures.isEmpty)
        #expect((30...61).contains(summary.inserted))
        let ids = store.articleIDs
        #expect(ids.contains("000_01e16cab228ac14f"))
        let numbered = ids.filter { $0.hasPrefix("10kgnad-") || $0.hasPrefix("dewikinews-") }
        #expect(numbered.count == ids.count - 1)
        for id in numbered {
            let number = try #require(Int(id.split(separator: "-").last ?? ""))
            #expect(number % 2 == 0, "\(id) has an odd id, reserved for the gold set")
        }
        // Only corpora that may be passed on are shipped: German Wikinews and 10kGNAD (CC BY-NC-SA).
        #expect(Set(try numbered.map { try #require(try store.article(id: $0)?.language) }) == [.german])
        #expect(ids.allSatisfy { !$0.hasPrefix("reuters-") && !$0.hasPrefix("bbc-") })
    }

    @Test func everyDemoArticleIsListedInSources() throws {
        let sources = try String(contentsOfFile: demoFolder + "/SOURCES.md", encoding: .utf8)
        let store = InMemoryNewsStore()
        _ = try IngestPipeline(store: store, extractor: NoFactExtractor()).run(paths: [demoFolder])
        for id in store.articleIDs { #expect(sources.contains("| \(id) |"), "\(id) is missing from SOURCES.md") }
        #expect(sources.contains("CC BY-NC-SA 4.0"))
        #expect(!sources.contains("| reuters-") && !sources.contains("| bbc-"))
    }
}

/// An extractor that takes a while and records how many calls ran at once.
final class SlowExtractor: FactExtractor, @unchecked Sendable {
    private let lock = NSLock()
    private var running = 0
    private(set) var maximumRunning = 0

    var version: String { "slow" }

    func extract(from article: Article) -> ArticleFacts {
        lock.lock()
        running += 1
        maximumRunning = max(maximumRunning, running)
        lock.unlock()
        usleep(20_000)
        lock.lock()
        running -= 1
        lock.unlock()
        return .empty
    }
}

@Suite struct ParallelExtractionTests {
    @Test func extractionRunsOnSeveralThreadsAndEveryArticleIsSavedOnce() throws {
        let files = try TempFiles()
        let lines = (1...24).map { #"{"id": "p\#($0)", "title": "T\#($0)", "text": "Text \#($0)."}"# }
        let path = try files.write("p.jsonl", lines.joined(separator: "\n"))
        let store = InMemoryNewsStore()
        let extractor = SlowExtractor()
        var saved: [String] = []
        var pipeline = IngestPipeline(store: store, extractor: extractor, batchSize: 6)
        pipeline.workers = 3
        let summary = try pipeline.run(paths: [path]) { event in
            if case .saved(let id, _) = event { saved.append(id) }
        }
        #expect(summary.inserted == 24)
        #expect(saved == (1...24).map { "p\($0)" })
        #expect(store.writeCount == 24)
        if ProcessInfo.processInfo.activeProcessorCount >= 2 { #expect(extractor.maximumRunning >= 2) }
    }

    @Test func extractionMayUseEveryCore() {
        let pipeline = IngestPipeline(store: InMemoryNewsStore(), extractor: NoFactExtractor())
        #expect(pipeline.workers == max(1, ProcessInfo.processInfo.activeProcessorCount))
    }
}

@Suite struct StoreFailureTests {
    @Test func aFailingStoreStopsTheRunAndReportsWhatWasDone() throws {
        let files = try TempFiles()
        let lines = (1...10).map { #"{"id": "s\#($0)", "title": "T\#($0)", "text": "Text \#($0)."}"# }
        let path = try files.write("s.jsonl", lines.joined(separator: "\n"))
        let store = InMemoryNewsStore(writeLimit: 4)
        #expect {
            try IngestPipeline(store: store, extractor: NoFactExtractor(), batchSize: 3).run(paths: [path])
        } throws: { error in
            guard let failure = error as? StoreWriteError else { return false }
            return failure.articleID == "s5" && failure.summary.inserted == 4
                && failure.description == "could not store article 's5': the in-memory store is full"
        }
        #expect(store.articleIDs == ["s1", "s2", "s3", "s4"])
    }
}
