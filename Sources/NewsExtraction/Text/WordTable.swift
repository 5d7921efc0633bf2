/// An exact lookup table from words to values, tuned for the ASCII words of news text: an ASCII
/// query is hashed over its UTF-8 bytes (FNV-1a), found by open addressing and confirmed by a byte
/// comparison, so it costs no `Hasher` and no allocation. A query with any other scalar falls back
/// to an ordinary `Dictionary`, which keeps `String`'s equality (canonical equivalence) exactly.
struct WordTable<Value: Sendable>: Sendable {
    /// The table's data, behind one reference: a copy of the table (inside a lexicon, a rule's
    /// context, …) costs one retain.
    private let storage: Storage

    /// A table of the given entries; a later duplicate key replaces an earlier one.
    init(_ entries: [String: Value]) { storage = Storage(entries) }

    /// The same FNV-1a byte hash as `ByteHashSet`, so both kinds of lexicon hash words alike.
    @inline(__always) static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        ByteHashSet.hash(bytes)
    }

    /// The value of a word, if it is in the table.
    @inline(__always) subscript(_ word: String) -> Value? {
        let storage = storage
        if storage.exotic { return storage.fallback[word] }
        let found: Int?? = word.utf8.withContiguousStorageIfAvailable { storage.find($0) }
        switch found {
        case .some(.some(let index)): return index < 0 ? nil : storage.values[index]
        default: return storage.fallback[word]
        }
    }

    /// Whether a word is in the table.
    @inline(__always) func contains(_ word: String) -> Bool { self[word] != nil }

    /// The value of the word of these UTF-8 bytes: ASCII bytes are looked up as they are (no
    /// `String` made); other bytes take the `String` path, so the answer is the same.
    @inline(__always) func value(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Value? {
        let storage = storage
        if !storage.exotic, let index = storage.find(bytes) { return index < 0 ? nil : storage.values[index] }
        return self[String(decoding: bytes, as: UTF8.self)]
    }

    /// Whether the word of these UTF-8 bytes is in the table: ASCII bytes are looked up as they
    /// are (no `String` made); other bytes take the `String` path, so the answer is the same.
    @inline(__always) func contains(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let storage = storage
        if !storage.exotic, let index = storage.find(bytes) { return index >= 0 }
        return contains(String(decoding: bytes, as: UTF8.self))
    }

    /// The immutable data of a table: open-addressed slots and the ASCII keys' bytes in raw
    /// buffers (no bounds checks, no reference counting on lookups).
    private final class Storage: @unchecked Sendable {
        /// Every entry, for the non-ASCII queries.
        let fallback: [String: Value]
        /// Slot -> the upper 32 bits of the entry's hash and its index + 1 in the lower 32 bits
        /// (0 = empty), so that one load both finds the entry and rules out most mismatches; a
        /// power-of-two count.
        let slots: UnsafeMutableBufferPointer<UInt64>
        /// The ASCII entries' bytes, back to back; entry `i` is `arena[starts[i]..<starts[i + 1]]`.
        let arena: UnsafeMutableBufferPointer<UInt8>
        let starts: UnsafeMutableBufferPointer<Int32>
        let values: [Value]
        let mask: Int
        /// Whether an entry holds a scalar canonically equivalent to ASCII (KELVIN SIGN …): then
        /// every query takes the fallback, to stay exact.
        let exotic: Bool

        init(_ entries: [String: Value]) {
            fallback = entries
            var arena: [UInt8] = []
            var starts: [Int32] = [0]
            var values: [Value] = []
            var hashes: [UInt64] = []
            var exotic = false
            for (key, value) in entries {
                if key.utf8.contains(where: { $0 >= 0x80 }) {
                    if key.unicodeScalars.contains(where: { [0x212A, 0x037E, 0x1FEF].contains($0.value) }) { exotic = true }
                    continue
                }
                arena.append(contentsOf: key.utf8)
                starts.append(Int32(arena.count))
                values.append(value)
                var copy = key
                hashes.append(copy.withUTF8 { ByteHashSet.hash($0) })
            }
            var capacity = 16
            while capacity < values.count * 2 { capacity *= 2 }
            let slots = UnsafeMutableBufferPointer<UInt64>.allocate(capacity: capacity)
            slots.initialize(repeating: 0)
            for (index, hash) in hashes.enumerated() {
                var slot = Int(truncatingIfNeeded: hash) & (capacity - 1)
                while slots[slot] != 0 { slot = (slot + 1) & (capacity - 1) }
                slots[slot] = (hash & 0xFFFF_FFFF_0000_0000) | UInt64(index + 1)
            }
            self.slots = slots
            self.arena = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(1, arena.count))
            _ = self.arena.initialize(from: arena)
            self.starts = UnsafeMutableBufferPointer<Int32>.allocate(capacity: starts.count)
            _ = self.starts.initialize(from: starts)
            self.values = values
            self.mask = capacity - 1
            self.exotic = exotic
        }

        deinit {
            slots.deallocate()
            arena.deallocate()
            starts.deallocate()
        }

        /// The entry index of ASCII bytes (-1 when absent), or nil when the bytes are not ASCII.
        @inline(__always) func find(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for byte in bytes {
                if byte >= 0x80 { return nil }
                hash ^= UInt64(byte)
                hash = hash &* 0x100_0000_01b3
            }
            var slot = Int(truncatingIfNeeded: hash) & mask
            let upper = hash & 0xFFFF_FFFF_0000_0000
            while true {
                let packed = slots[slot]
                if packed == 0 { return -1 }
                if packed & 0xFFFF_FFFF_0000_0000 == upper {
                    let entry = Int(packed & 0xFFFF_FFFF) - 1
                    if equal(entry, bytes) { return entry }
                }
                slot = (slot + 1) & mask
            }
        }

        @inline(__always) private func equal(_ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            let start = Int(starts[index])
            guard Int(starts[index + 1]) - start == bytes.count else { return false }
            for k in 0..<bytes.count where arena[start + k] != bytes[k] { return false }
            return true
        }
    }
}

/// A set of words with ``WordTable``'s fast exact lookups.
struct WordSet: Sendable {
    private let table: WordTable<Bool>

    /// A set of the given words.
    init<S: Sequence>(_ words: S) where S.Element == String {
        var entries: [String: Bool] = [:]
        for word in words { entries[word] = true }
        table = WordTable(entries)
    }

    /// Whether the word is in the set.
    @inline(__always) func contains(_ word: String) -> Bool { table[word] != nil }

    /// Whether the word of these UTF-8 bytes is in the set (ASCII bytes looked up without a `String`).
    @inline(__always) func contains(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Bool { table.contains(utf8: bytes) }
}

extension WordSet: ExpressibleByArrayLiteral {
    /// A set of the listed words.
    init(arrayLiteral words: String...) { self.init(words) }
}
