import Foundation
import NewsModel
import TestSupport

typealias InMemoryNewsStoreForTests = InMemoryNewsStore

/// An extractor that records which articles it saw and finds one fact per article.
final class CountingExtractor: FactExtractor, @unchecked Sendable {
    private let lock = NSLock()
    private var seen: [String] = []

    var version: String { "counting" }

    /// The ids extracted so far, sorted.
    var extractedIDs: [String] {
        lock.lock()
        defer { lock.unlock() }
        return seen.sorted()
    }

    func extract(from article: Article) -> ArticleFacts {
        lock.lock()
        seen.append(article.id)
        lock.unlock()
        let entity = Entity(id: "e-\(article.id)", name: "Firma \(article.id)", kind: .company)
        let sentence = article.paragraphs.first ?? ""
        let evidence = Evidence(articleID: article.id, sentence: sentence, range: TextRange(start: 0, end: sentence.unicodeScalars.count))
        return ArticleFacts(
            entities: [entity],
            quotes: [Quote(speaker: EntityRef(id: entity.id, name: entity.name), text: sentence, direct: false, range: evidence.range, evidence: evidence)])
    }
}
