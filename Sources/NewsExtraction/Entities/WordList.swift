/// A lexicon of lower-case words and word suffixes ("-konzern"), and of phrases of several words.
/// Suffix checks work on UTF-8 bytes, indexed by the last two bytes, so a lookup costs a hash and
/// a few byte comparisons.
struct WordList: Sendable {
    /// Whole words and phrases (words separated by one space).
    let words: WordSet
    /// Suffixes as UTF-8 bytes, in buckets by their last two bytes (``bucket(_:_:)``: a flat
    /// array, no hashing; a bucket may hold other endings too, which never compare equal).
    private let suffixBuckets: [[[UInt8]]]
    /// The most words any phrase has.
    let maxWords: Int
    /// The last words of the phrases of several words.
    let phraseEnds: WordSet
    /// The first words of all entries (single words and phrases).
    let starts: WordSet

    init(lines: [String]) {
        var words = Set<String>()
        var byEnd: [UInt16: [[UInt8]]] = [:]
        var maxWords = 1
        var phraseEnds = Set<String>()
        var starts = Set<String>()
        for line in lines {
            let lower = line.lowercased()
            if lower.hasPrefix("-") {
                let bytes = Array(lower.utf8.dropFirst())
                guard bytes.count >= 2 else { continue }
                byEnd[Self.end(bytes[bytes.count - 2], bytes[bytes.count - 1]), default: []].append(bytes)
            } else {
                words.insert(lower)
                let parts = lower.split(separator: " ")
                maxWords = max(maxWords, parts.count)
                if parts.count > 1, let last = parts.last { phraseEnds.insert(String(last)) }
                if let first = parts.first { starts.insert(String(first)) }
            }
        }
        self.words = WordSet(words)
        var buckets = [[[UInt8]]](repeating: [], count: Self.bucketCount)
        for (_, suffixes) in byEnd {
            for suffix in suffixes { buckets[Self.bucket(suffix[suffix.count - 2], suffix[suffix.count - 1])].append(suffix) }
        }
        self.suffixBuckets = buckets
        self.maxWords = maxWords
        self.phraseEnds = WordSet(phraseEnds)
        self.starts = WordSet(starts)
    }

    @inline(__always) private static func end(_ a: UInt8, _ b: UInt8) -> UInt16 { UInt16(a) << 8 | UInt16(b) }

    private static let bucketCount = 4096

    /// The bucket of a suffix or word ending in bytes `a`, `b`.
    @inline(__always) private static func bucket(_ a: UInt8, _ b: UInt8) -> Int {
        Int(end(a, b) &* 0x9E37) >> 4 & (bucketCount - 1)
    }

    /// Whether a lower-case word is in the list, whole or (for compounds of at least three more
    /// letters) by a suffix. Hyphen compounds are matched by their last part too.
    func matches(_ lower: String) -> Bool {
        if words.contains(lower) { return true }
        var copy = lower
        return copy.withUTF8 { bytes -> Bool in
            var dash = -1
            for index in stride(from: bytes.count - 1, through: 0, by: -1) where bytes[index] == 0x2D {
                dash = index
                break
            }
            if dash >= 0 {
                let tail = UnsafeBufferPointer(rebasing: bytes[(dash + 1)...])
                if words.contains(String(decoding: tail, as: UTF8.self)) { return true }
                return matchesSuffix(tail)
            }
            return matchesSuffix(bytes)
        }
    }

    /// Whether a lower-case word ends in a suffix of the list with at least three bytes before it.
    func matchesSuffix(_ lower: String) -> Bool {
        var copy = lower
        return copy.withUTF8 { matchesSuffix($0) }
    }

    private func matchesSuffix(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = bytes.count
        guard n >= 5 else { return false }
        let candidates = suffixBuckets[Self.bucket(bytes[n - 2], bytes[n - 1])]
        for suffix in candidates where n >= suffix.count + 3 {
            var equal = true
            let offset = n - suffix.count
            for k in 0..<suffix.count where bytes[offset + k] != suffix[k] {
                equal = false
                break
            }
            if equal { return true }
        }
        return false
    }
}
