/// Finds sentences that repeat an earlier one: scraped pages repeat the title as image captions,
/// sometimes numbered ("… übernimmt Tarnberg 1", "… übernimmt Tarnberg 2").
enum RepeatDetector {
    /// For each sentence (given by its token range), the index of the first earlier sentence with
    /// the same key, if any. The key ignores case, spaces and punctuation and a trailing caption
    /// number; sentences with fewer than four words are never repeats.
    static func repeats(_ sentences: [Range<Int>], tokens: [RawToken], lower: [String]) -> [Int?] {
        var firstIndex: [UInt64: Int] = [:]
        var result: [Int?] = []
        result.reserveCapacity(sentences.count)
        for (index, range) in sentences.enumerated() {
            var last = range.upperBound
            // Drop one trailing caption number (captions carry no final punctuation), then
            // trailing punctuation.
            if last == range.upperBound, last > range.lowerBound + 4, tokens[last - 1].flags.contains(.number),
                lower[last - 1].count <= 2
            {
                last -= 1
            }
            while last > range.lowerBound, tokens[last - 1].flags.contains(.punctuation) { last -= 1 }
            var words = 0
            var key: UInt64 = 0xcbf2_9ce4_8422_2325
            for t in range.lowerBound..<last where tokens[t].flags.contains(.word) {
                words += 1
                key = mix(key, lower[t])
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

    /// Folds a word into a sentence key (FNV-1a): an ASCII word by its bytes, any other by its
    /// `String` hash (which is equal for canonically equivalent spellings), then a separator.
    @inline(__always) private static func mix(_ key: UInt64, _ word: String) -> UInt64 {
        let prime: UInt64 = 0x100_0000_01b3
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
