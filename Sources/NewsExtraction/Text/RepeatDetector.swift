/// Finds sentences that repeat an earlier one: scraped pages repeat the title as image captions,
/// sometimes numbered ("… übernimmt Tarnberg 1", "… übernimmt Tarnberg 2").
enum RepeatDetector {
    /// For each sentence (given by its token range), the index of the first earlier sentence with
    /// the same key, if any. The key ignores case, spaces and punctuation and a trailing caption
    /// number; sentences with fewer than four words are never repeats. With `utf8` (the text the
    /// tokens index), ASCII words are hashed straight from its bytes.
    static func repeats(_ sentences: [Range<Int>], tokens: [RawToken], lower: [String], utf8: UTF8Text? = nil) -> [Int?] {
        guard let utf8 else {
            return repeats(sentences, tokens: tokens, lowerOf: { lower[$0] }, bytes: nil, offsets: nil)
        }
        // `lower` may be empty: the lower case of non-ASCII words is then made from the bytes.
        let lowerOf: (Int) -> String = { index in
            index < lower.count ? lower[index] : utf8.lowercased(tokens[index].start, tokens[index].end)
        }
        return utf8.bytes.withUnsafeBufferPointer { bytes in
            utf8.offsets.withUnsafeBufferPointer { offsets in
                repeats(sentences, tokens: tokens, lowerOf: lowerOf, bytes: bytes, offsets: offsets)
            }
        }
    }

    /// The work of ``repeats(_:tokens:lower:utf8:)``, over the text's bytes and scalar byte offsets.
    private static func repeats(
        _ sentences: [Range<Int>], tokens: [RawToken], lowerOf: (Int) -> String, bytes: UnsafeBufferPointer<UInt8>?,
        offsets: UnsafeBufferPointer<Int32>?
    ) -> [Int?] {
        var firstIndex: [UInt64: Int] = [:]
        var result: [Int?] = []
        result.reserveCapacity(sentences.count)
        for (index, range) in sentences.enumerated() {
            var last = range.upperBound
            // Drop one trailing caption number (captions carry no final punctuation), then
            // trailing punctuation. (Numbers are ASCII: their length in scalars is their length.)
            if last == range.upperBound, last > range.lowerBound + 4, tokens[last - 1].flags.contains(.number),
                tokens[last - 1].end - tokens[last - 1].start <= 2
            {
                last -= 1
            }
            while last > range.lowerBound, tokens[last - 1].flags.contains(.punctuation) { last -= 1 }
            var words = 0
            var key: UInt64 = 0xcbf2_9ce4_8422_2325
            for t in range.lowerBound..<last where tokens[t].flags.contains(.word) {
                words += 1
                if let bytes, let offsets, let mixed = mixLowercasedASCII(key, bytes, offsets, tokens[t].start, tokens[t].end) {
                    key = mixed
                } else {
                    key = mix(key, lowerOf(t))
                }
            }
            guard words >= 4 else {
                result.append(nil)
                continue
            }
            if let first = firstIndex[key] {
                result.append(first)
            } else {
                firstIndex[key] = index
                result.append(nil)
            }
        }
        return result
    }

    static let prime: UInt64 = 0x100_0000_01b3

    /// Folds a word into a sentence key (FNV-1a): an ASCII word by its bytes, any other by its
    /// `String` hash (which is equal for canonically equivalent spellings), then a separator.
    @inline(__always) static func mix(_ key: UInt64, _ word: String) -> UInt64 {
        var hash = key
        var ascii = true
        for byte in word.utf8 {
            if byte >= 0x80 {
                ascii = false
                break
            }
            hash = (hash ^ UInt64(byte)) &* prime
        }
        if !ascii { hash = (key ^ UInt64(UInt(bitPattern: word.hashValue))) &* prime }
        return (hash ^ 0x100) &* prime
    }
}

extension RepeatDetector {
    /// ``mix(_:_:)`` of the lower case of scalars `start..<end`, read from the text's bytes
    /// (ASCII capitals folded on the fly); nil when they are not all ASCII.
    @inline(__always) static func mixLowercasedASCII(
        _ key: UInt64, _ bytes: UnsafeBufferPointer<UInt8>, _ offsets: UnsafeBufferPointer<Int32>, _ start: Int, _ end: Int
    ) -> UInt64? {
        let from = Int(offsets[start])
        let to = Int(offsets[end])
        guard to - from == end - start else { return nil }
        var hash = key
        for k in from..<to {
            let b = bytes[k]
            hash = (hash ^ UInt64(b >= 0x41 && b <= 0x5A ? b + 0x20 : b)) &* prime
        }
        return (hash ^ 0x100) &* prime
    }
}
