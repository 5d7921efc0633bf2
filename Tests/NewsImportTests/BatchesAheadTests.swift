import Foundation
import NewsImport
import NewsModel
import TestSupport
import Testing

/// Notes when each extraction starts and ends.
private final class EventExtractor: FactExtractor, @unchecked Sendable {
    private let lock = NSLock()
    private var log: [String] = []
    var version: String { "events" }
    var events: [String] { lock.withLock { log } }

    func extract(from article: Article) -> ArticleFacts {
        lock.withLock { log.append("start \(article.id)") }
        usleep(2_000)
        lock.withLock { log.append("end \(article.id)") }
        return .empty
    }
}

/// Several batches are extracted ahead of the one being saved, one batch after the other.
@Suite struct BatchesAheadTests {
    @Test func batchesAheadAreExtractedInTurnAndSavedInOrder() throws {
        let files = try TempFiles()
        let lines = (1...30).map { #"{"id": "a\#($0)", "title": "T\#($0)", "text": "Text \#($0)."}"# }
        let path = try files.write("a.jsonl", lines.joined(separator: "\n"))
        let store = InMemoryNewsStore()
        let extractor = EventExtractor()
        var pipeline = IngestPipeline(store: store, extractor: extractor, batchSize: 4)
        pipeline.workers = 2
        pipeline.batchesAhead = 3
        var saved: [String] = []
        let summary = try pipeline.run(paths: [path]) { event in
            if case .saved(let id, _) = event { saved.append(id) }
        }
        #expect(summary.inserted == 30)
        #expect(saved == (1...30).map { "a\($0)" })
        #expect(store.writeCount == 30)
        // Batches of 4 (the first ones: 4, as the batch size is below 16): no article of a
        // batch starts before every article of the batch before it has ended.
        let events = extractor.events
        for first in stride(from: 1, through: 30, by: 4) {
            let batch = (first..<min(first + 4, 31)).map { "a\($0)" }
            guard let lastEnd = batch.compactMap({ events.firstIndex(of: "end \($0)") }).max() else { continue }
            let later = (min(first + 4, 31)..<31).map { "start a\($0)" }
            #expect(later.allSatisfy { (events.firstIndex(of: $0) ?? Int.max) > lastEnd }, "batch from a\(first)")
        }
    }
}
