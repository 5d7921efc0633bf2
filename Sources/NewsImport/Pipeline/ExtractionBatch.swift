import Dispatch
import Foundation
import NewsModel

/// Articles being extracted in the background, on as many threads as there are cores.
///
/// Created with its articles, it starts at once; ``wait()`` blocks until every article is done and
/// ``results()`` returns them in input order.
final class ExtractionBatch: @unchecked Sendable {
    private let articles: [Article]
    private let group = DispatchGroup()
    private let lock = NSLock()
    private var facts: [ArticleFacts?]

    init(articles: [Article], extractor: any FactExtractor) {
        self.articles = articles
        self.facts = Array(repeating: nil, count: articles.count)
        guard !articles.isEmpty else { return }
        group.enter()
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            DispatchQueue.concurrentPerform(iterations: articles.count) { index in
                let result = extractor.extract(from: articles[index])
                lock.lock()
                facts[index] = result
                lock.unlock()
            }
            group.leave()
        }
    }

    /// Blocks until every article of the batch is extracted.
    func wait() { group.wait() }

    /// The articles with their facts, in input order. Call after ``wait()``.
    func results() -> [(Article, ArticleFacts)] {
        lock.lock()
        defer { lock.unlock() }
        return zip(articles, facts).map { ($0, $1 ?? .empty) }
    }
}
