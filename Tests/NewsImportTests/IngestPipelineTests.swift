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

    @Test func badInputsAreCountedAndReportedAndTheRestGoesIn() throws {
        let files = try TempFiles()
        try files.write("in/good.txt", "Good\n\nA good text.")
        try files.write("in/empty.txt", "")
        try files.write("in/lines.jsonl", #"{"id": "j1", "title": "J", "text": "T."}"# + "\n{broken\n")
        try files.write("in/.hidden.txt", "Hidden\n\nNever read.")
        try files.write("in/.git/config.txt", "Hidden\n\nNever read.")
        var failures: [String] = []
        var saved: [String] = []
        let store = InMemoryNewsStore()
        let summary = try IngestPipeline(store: store, extractor: NoFactExtractor())
            .run(paths: [files.folder.appendingPathComponent("in").path]) { event in
                switch event {
                case .failed(let error): failures.append(error.message)
                case .saved(let id, _): saved.append(id)
                case .progress: break
                }
            }
        let folder = files.folder.appendingPathComponent("in").path
        #expect(summary.description == "ingested 2, unchanged 0, failed 2")
        #expect(failures == [
            "'\(folder)/empty.txt': is empty; it was skipped.",
            "'\(folder)/lines.jsonl' line 2: not valid JSON (unexpected character 'b' at column 2); the other lines were ingested.",
        ])
        #expect(saved == ["good", "j1"])
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
