/// A lexicon of lower-case words and word suffixes ("-konzern"), and of phrases of several words.
struct WordList: Sendable {
    /// Whole words and phrases (words separated by one space).
    let words: Set<String>
    /// Suffixes that compounds may end in, longest first.
    let suffixes: [String]
    /// The most words any phrase has.
    let maxWords: Int

    init(lines: [String]) {
        var words = Set<String>()
        var suffixes: [String] = []
        var maxWords = 1
        for line in lines {
            let lower = line.lowercased()
            if lower.hasPrefix("-") {
                suffixes.append(String(lower.dropFirst()))
            } else {
                words.insert(lower)
                maxWords = max(maxWords, lower.split(separator: " ").count)
            }
        }
        self.words = words
        self.suffixes = suffixes.sorted { $0.count > $1.count }
        self.maxWords = maxWords
    }

    /// Whether a lower-case word is in the list, whole or (for compounds of at least three more
    /// letters) by a suffix. Hyphen compounds are matched by their last part too.
    func matches(_ lower: String) -> Bool {
        if words.contains(lower) { return true }
        if let dash = lower.lastIndex(of: "-") {
            let tail = String(lower[lower.index(after: dash)...])
            if words.contains(tail) { return true }
            return matchesSuffix(tail)
        }
        return matchesSuffix(lower)
    }

    /// The suffix a word ends in, if at least three letters stand before it.
    func matchesSuffix(_ lower: String) -> Bool {
        for suffix in suffixes where lower.count >= suffix.count + 3 && lower.hasSuffix(suffix) { return true }
        return false
    }
}
