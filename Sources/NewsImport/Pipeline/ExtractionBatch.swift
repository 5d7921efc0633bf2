import Dispatch
import Foundation
import NewsModel

/// Articles being checked and extracted in the background, on as many threads as there are cores.
///
/// Created with its articles, it starts at once: each worker first asks the store for the
/// article's stored content hash (an article stored with the same content is not extracted
/// again), then extracts the facts of the others. The thread that writes to the store meanwhile
/// saves the previous batch. ``wait()`` blocks until every article is done and ``results()``
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

    private let articles: [Article]
    private let group = DispatchGroup()
    private let lock = NSLock()
    private var items: [Item?]

    init(articles: [Article], store: any NewsStore, extractor: any FactExtractor) {
        self.articles = articles
        self.items = Array(repeating: nil, count: articles.count)
        guard !articles.isEmpty else { return }
        group.enter()
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            DispatchQueue.concurrentPerform(iterations: articles.count) { index in
                let article = articles[index]
                let item: Item
                do {
                    if try store.contentHash(ofArticle: article.id) == article.contentHash {
                        item = .unchanged(article)
                    } else {
                        item = .extracted(article, extractor.extract(from: article))
                    }
                } catch {
                    item = .failed(article, error)
                }
                lock.lock()
                items[index] = item
                lock.unlock()
            }
            group.leave()
        }
    }

    /// Blocks until every article of the batch is checked and extracted.
    func wait() { group.wait() }

    /// The articles with what became of them, in input order. Call after ``wait()``.
    func results() -> [Item] {
        lock.lock()
        defer { lock.unlock() }
        return zip(articles, items).map { $1 ?? .extracted($0, .empty) }
    }
}
