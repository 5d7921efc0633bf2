import Dispatch
import Foundation
import NewsModel

/// Articles being checked and extracted in the background, on a given number of threads.
///
/// Created with its articles, it starts at once: each worker first asks the store for the
/// article's stored content hash (an article stored with the same content is not extracted
/// again), then extracts the facts of the others. The thread that writes to the store meanwhile
/// saves the previous batch. ``wait()`` blocks until every article is done and ``takeResults()``
/// returns them in input order.
final class ExtractionBatch: @unchecked Sendable {
    /// What became of one article of the batch.
    enum Item {
        /// New or changed: to be saved with these facts.
        case extracted(Article, ArticleFacts)
        /// Stored before with the same content: nothing to save.
        case unchanged(Article)
        /// The store could not tell whether the article is stored.
        case failed(Article, any Error)
    }

    private var articles: [Article]
    /// How many articles the batch started with.
    let count: Int
    private let group = DispatchGroup()
    private let lock = NSLock()
    private var items: [Item?]

    /// The next article no worker has taken yet.
    private var nextIndex = 0

    /// Starts `workers` threads (at least one) on the articles, once the batch `after` (if any)
    /// is done: batches are extracted one after the other, in input order.
    init(articles: [Article], store: any NewsStore, extractor: any FactExtractor, workers: Int, after previous: ExtractionBatch? = nil) {
        self.articles = articles
        self.count = articles.count
        self.items = Array(repeating: nil, count: articles.count)
        guard !articles.isEmpty else { return }
        group.enter()
        // Threads of its own, not Dispatch's pool: a batch waiting for the one before it would
        // block a pool thread, and on a busy pool `concurrentPerform` may then run every article
        // on one thread.
        let count = max(1, min(workers, articles.count))
        Thread.detachNewThread { [self] in
            previous?.wait()
            let workersDone = DispatchGroup()
            for _ in 0..<count {
                workersDone.enter()
                Thread.detachNewThread { [self] in
                    while let index = take() { process(index, store: store, extractor: extractor) }
                    workersDone.leave()
                }
            }
            workersDone.wait()
            group.leave()
        }
    }

    /// The index of an article no worker has taken, or nil when all are taken.
    private func take() -> Int? {
        lock.withLock {
            guard nextIndex < articles.count else { return nil }
            defer { nextIndex += 1 }
            return nextIndex
        }
    }

    /// Checks and extracts one article.
    private func process(_ index: Int, store: any NewsStore, extractor: any FactExtractor) {
        let article = articles[index]
        let item: Item
        do {
            // The hash is only computed for an article that is stored (it reads the whole text).
            if let stored = try store.contentHash(ofArticle: article.id), stored == article.contentHash {
                item = .unchanged(article)
            } else {
                item = .extracted(article, extractor.extract(from: article))
            }
        } catch {
            item = .failed(article, error)
        }
        lock.withLock { items[index] = item }
    }

    /// Blocks until every article of the batch is checked and extracted.
    func wait() { group.wait() }

    /// The articles with what became of them, in input order, handed over: the batch keeps
    /// nothing (so that whoever holds the results last frees them). Call once, after ``wait()``.
    func takeResults() -> [Item] {
        lock.lock()
        defer { lock.unlock() }
        let taken = zip(articles, items).map { $1 ?? .extracted($0, .empty) }
        articles = []
        items = []
        return taken
    }
}
