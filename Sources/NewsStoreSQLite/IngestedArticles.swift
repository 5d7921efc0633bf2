import Foundation

/// The content hashes of the articles a bulk ingest into an empty store has committed, so that
/// the ingest's checks "is this article stored, with which content?" need no query.
///
/// Only kept while ``IngestState/deferring`` (which a bulk ingest starts only on a store without
/// articles, and which ends when another connection writes or an article is replaced): the
/// articles stored are then exactly the ones committed here. Answers are a shortcut, never the
/// only check that matters: the writer looks an article up again inside its transaction
/// whenever this cannot tell, and an answer that went stale (another process wrote a moment
/// ago) only costs an extraction that the writer then finds unchanged.
///
/// Read from the extraction threads while the writer adds to it, so every access takes a lock.
final class IngestedArticles: @unchecked Sendable {
    private let lock = NSLock()
    /// Article id to content hash; nil while not tracking.
    private var hashes: [String: String]?

    /// Starts tracking, with no article stored.
    func start() { lock.withLock { hashes = [:] } }

    /// Stops tracking: every lookup answers "cannot tell" until ``start()``.
    func stop() { lock.withLock { hashes = nil } }

    /// Whether lookups can answer.
    var isTracking: Bool { lock.withLock { hashes != nil } }

    /// `.unknown` when not tracking, else the stored content hash of the article (or none).
    func lookup(_ id: String) -> Lookup {
        lock.withLock {
            guard let hashes else { return .unknown }
            return hashes[id].map(Lookup.stored) ?? .absent
        }
    }

    /// Notes articles committed with these content hashes (ignored when not tracking).
    func add(_ committed: [String: String]) {
        guard !committed.isEmpty else { return }
        lock.withLock {
            guard hashes != nil else { return }
            hashes?.merge(committed) { _, new in new }
        }
    }

    /// What ``lookup(_:)`` knows about one article.
    enum Lookup: Equatable {
        /// Not tracking: ask the database.
        case unknown
        /// No article with this id was committed.
        case absent
        /// Committed with this content hash.
        case stored(String)
    }
}
