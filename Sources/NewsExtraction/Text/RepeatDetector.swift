/// Finds sentences that repeat an earlier one: scraped pages repeat the title as image captions,
/// sometimes numbered ("… übernimmt Tarnberg 1", "… übernimmt Tarnberg 2").
enum RepeatDetector {
    /// For each sentence (given by its token range), the index of the first earlier sentence with
    /// the same key, if any. The key ignores case, spaces and punctuation and a trailing caption
    /// number; sentences with fewer than four words are never repeats.
    static func repeats(_ sentences: [Range<Int>], tokens: [RawToken], lower: [String]) -> [Int?] {
        var firstIndex: [Int: Int] = [:]
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
            var hasher = Hasher()
            for t in range.lowerBound..<last where tokens[t].flags.contains(.word) {
                words += 1
                hasher.combine(lower[t])
            }
            let key = hasher.finalize()
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
}
