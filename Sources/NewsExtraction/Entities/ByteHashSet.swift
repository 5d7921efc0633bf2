/// A set of words stored as 64-bit FNV-1a hashes of their UTF-8 bytes: lookups hash raw bytes
/// (no Unicode normalisation, no allocation), which makes large lexicons of German words with
/// umlauts cheap to query. False positives need a 64-bit collision and are negligible.
struct ByteHashSet: Sendable {
    private let hashes: Set<UInt64>

    init<S: Sequence>(_ words: S) where S.Element == String {
        var hashes = Set<UInt64>()
        for word in words {
            var copy = word
            hashes.insert(copy.withUTF8 { Self.hash($0) })
        }
        self.hashes = hashes
    }

    /// The number of words.
    var count: Int { hashes.count }

    @inline(__always) static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        return hash
    }

    /// Whether the word is in the set.
    func contains(_ word: String) -> Bool {
        var copy = word
        return copy.withUTF8 { hashes.contains(Self.hash($0)) }
    }

    /// Whether the word given as UTF-8 bytes is in the set.
    func contains(bytes: UnsafeBufferPointer<UInt8>) -> Bool { hashes.contains(Self.hash(bytes)) }
}
