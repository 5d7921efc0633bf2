import Synchronization

/// Keeps the rule results of the last documents analysed, so that ``DealExtractor/stakes(in:entities:deals:)``
/// does not run the rules again on the document ``DealExtractor/deals(in:entities:)`` just read.
final class AnalysisCache: Sendable {
    private struct Entry {
        var key: Key
        var result: FactAnalysis.Result
    }

    /// What identifies a document and its entity table.
    struct Key: Hashable, Sendable {
        var articleID: String
        var textLength: Int
        var sentences: Int
        var mentions: Int
        var firstMention: Int
        var lastMention: Int
    }

    private let entries = Mutex<[Entry]>([])
    private let capacity = 8

    /// The cached result for a key, if any.
    func result(for key: Key) -> FactAnalysis.Result? {
        entries.withLock { list in list.first { $0.key == key }?.result }
    }

    /// Remembers a result, forgetting the oldest beyond the capacity.
    func store(_ result: FactAnalysis.Result, for key: Key) {
        entries.withLock { list in
            list.removeAll { $0.key == key }
            list.append(Entry(key: key, result: result))
            if list.count > capacity { list.removeFirst(list.count - capacity) }
        }
    }
}
