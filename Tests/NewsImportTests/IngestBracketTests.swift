import Foundation
import NewsImport
import NewsModel
import TestSupport
import Testing

/// A store that records the ingest calls around the saves, forwarding everything else.
private final class RecordingStore: NewsStore, @unchecked Sendable {
    let base: InMemoryNewsStore
    private let lock = NSLock()
    private var log: [String] = []

    init(_ base: InMemoryNewsStore) { self.base = base }

    /// The calls in order: "begin <bytes>", "save <count>", "finish".
    var calls: [String] { lock.withLock { log } }
    private func note(_ call: String) { lock.withLock { log.append(call) } }

    func beginIngest(expectedBytes: Int) throws { note("begin \(expectedBytes)") }
    /// What ``finishIngest()`` throws, if anything.
    var finishError: (any Error)?
    func finishIngest() throws {
        note("finish")
        if let finishError { throw finishError }
    }
    /// Notes an ingest event among the calls.
    func event(_ event: IngestEvent) {
        if case .finishing = event { note("event finishing") }
    }
    func save(_ article: Article, facts: ArticleFacts) throws -> SaveOutcome {
        note("save 1")
        return try base.save(article, facts: facts)
    }
    func save(_ batch: [ArticleWithFacts]) throws -> [SaveOutcome] {
        note("save \(batch.count)")
        return try base.save(batch)
    }
    func contentHash(ofArticle id: String) throws -> String? { try base.contentHash(ofArticle: id) }
    func articleCount() throws -> Int { try base.articleCount() }
    func articles(order: ArticleOrder, page: PageRequest) throws -> [ArticleSummary] {
        try base.articles(order: order, page: page)
    }
    func article(id: String) throws -> Article? { try base.article(id: id) }
    func facts(ofArticle id: String) throws -> ArticleFacts { try base.facts(ofArticle: id) }
    func entityCount(kinds: Set<EntityKind>) throws -> Int { try base.entityCount(kinds: kinds) }
    func entities(kinds: Set<EntityKind>, page: PageRequest) throws -> [EntitySummary] {
        try base.entities(kinds: kinds, page: page)
    }
    func profile(ofEntity id: EntityID) throws -> EntityProfile? { try base.profile(ofEntity: id) }
    func dealCount(filter: DealFilter) throws -> Int { try base.dealCount(filter: filter) }
    func deals(filter: DealFilter, page: PageRequest) throws -> [Deal] { try base.deals(filter: filter, page: page) }
    func searchEntities(_ query: String, limit: Int) throws -> [EntitySummary] {
        try base.searchEntities(query, limit: limit)
    }
    func searchArticles(_ query: String, limit: Int) throws -> [ArticleSummary] {
        try base.searchArticles(query, limit: limit)
    }
    func exportDump(articleID: String?) throws -> ExportDump { try base.exportDump(articleID: articleID) }
}

/// Ingest tells the store when a run of saves starts (with the input size) and when it ends,
/// also when the store fails in between.
@Suite struct IngestBracketTests {
    @Test func everySaveLiesBetweenBeginAndFinish() throws {
        let files = try TempFiles()
        let lines = (1...5).map { #"{"id": "b\#($0)", "title": "T\#($0)", "text": "Text \#($0)."}"# }
        let path = try files.write("b.jsonl", lines.joined(separator: "\n"))
        let size = try #require(try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int)
        let store = RecordingStore(InMemoryNewsStore())
        let summary = try IngestPipeline(store: store, extractor: NoFactExtractor(), batchSize: 2).run(paths: [path])
        #expect(summary.inserted == 5)
        #expect(store.calls.first == "begin \(size)")
        #expect(store.calls.last == "finish")
        #expect(store.calls.filter { $0.hasPrefix("save") }.count >= 3)
        #expect(store.calls.filter { $0 == "finish" }.count == 1)
    }

    @Test func batchesGetSmallerNearTheEndOfTheInput() throws {
        let files = try TempFiles()
        let lines = (1...3000).map { #"{"id": "s\#($0)", "title": "T\#($0)", "text": "Text number \#($0)."}"# }
        let path = try files.write("s.jsonl", lines.joined(separator: "\n"))
        let store = RecordingStore(InMemoryNewsStore())
        let summary = try IngestPipeline(store: store, extractor: NoFactExtractor(), batchSize: 512).run(paths: [path])
        #expect(summary.inserted == 3000)
        let sizes = store.calls.compactMap { $0.hasPrefix("save ") ? Int($0.dropFirst(5)) : nil }
        #expect(sizes.reduce(0, +) == 3000)
        #expect(sizes.max() == 512)
        // After the largest batches, each is at most as large as the one before, down to the
        // smallest tail batch (or what is left).
        let tail = sizes.drop { $0 < 512 }.drop { $0 == 512 }
        #expect(!tail.isEmpty)
        #expect(zip(tail, tail.dropFirst()).allSatisfy { $0 >= $1 }, "\(sizes)")
        #expect(try #require(tail.last) <= IngestPipeline.smallestTailBatch, "\(sizes)")
    }

    /// The error of a store that cannot build its indexes.
    private struct IndexFailure: Error, CustomStringConvertible {
        var description: String { "the index disk is full" }
    }

    @Test func theFinishingPhaseIsAnnouncedAfterTheLastSave() throws {
        let files = try TempFiles()
        let lines = (1...5).map { #"{"id": "e\#($0)", "title": "T\#($0)", "text": "Text \#($0)."}"# }
        let path = try files.write("e.jsonl", lines.joined(separator: "\n"))
        let store = RecordingStore(InMemoryNewsStore())
        _ = try IngestPipeline(store: store, extractor: NoFactExtractor(), batchSize: 2)
            .run(paths: [path], onEvent: store.event)
        #expect(Array(store.calls.suffix(2)) == ["event finishing", "finish"])
        #expect(store.calls.filter { $0 == "event finishing" }.count == 1)
    }

    @Test func aFailingFinishAfterAllSavesKeepsTheSummary() throws {
        let files = try TempFiles()
        let lines = (1...5).map { #"{"id": "g\#($0)", "title": "T\#($0)", "text": "Text \#($0)."}"# }
        let path = try files.write("g.jsonl", lines.joined(separator: "\n"))
        let store = RecordingStore(InMemoryNewsStore())
        store.finishError = IndexFailure()
        let error = #expect(throws: StoreWriteError.self) {
            try IngestPipeline(store: store, extractor: NoFactExtractor(), batchSize: 2).run(paths: [path])
        }
        #expect(error?.summary.inserted == 5)
        #expect(error?.description == "could not finish the ingest: the index disk is full")
    }

    @Test func aFailingFinishAfterAFailedSaveIsReportedToo() throws {
        let files = try TempFiles()
        let lines = (1...6).map { #"{"id": "h\#($0)", "title": "T\#($0)", "text": "Text \#($0)."}"# }
        let path = try files.write("h.jsonl", lines.joined(separator: "\n"))
        let store = RecordingStore(InMemoryNewsStore(writeLimit: 2))
        store.finishError = IndexFailure()
        let error = #expect(throws: StoreWriteError.self) {
            try IngestPipeline(store: store, extractor: NoFactExtractor(), batchSize: 2).run(paths: [path])
        }
        #expect(error?.articleID.isEmpty == false)
        #expect(error?.summary.inserted == 2)
        #expect(error?.reason.hasSuffix("; then ending the ingest failed: the index disk is full") == true)
    }

    @Test func aFailingStoreStillHearsTheEnd() throws {
        let files = try TempFiles()
        let lines = (1...6).map { #"{"id": "f\#($0)", "title": "T\#($0)", "text": "Text \#($0)."}"# }
        let path = try files.write("f.jsonl", lines.joined(separator: "\n"))
        let store = RecordingStore(InMemoryNewsStore(writeLimit: 2))
        #expect(throws: StoreWriteError.self) {
            try IngestPipeline(store: store, extractor: NoFactExtractor(), batchSize: 2).run(paths: [path])
        }
        #expect(store.calls.first?.hasPrefix("begin ") == true)
        #expect(store.calls.last == "finish")
    }
}
