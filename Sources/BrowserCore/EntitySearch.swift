import NewsModel

/// Typo-tolerant company and person search on top of the store's prefix search.
///
/// The store matches prefixes case- and diacritics-insensitively. When it finds nothing for a
/// query, shorter and shorter prefixes of the query are tried (down to ``minimumPrefix``
/// characters), and the candidates are ranked by edit distance to the query, so that
/// "globxe" finds a company named "Globex" through the prefix "glob".
public enum EntitySearch {
    /// The shortest prefix tried when the full query finds nothing.
    public static let minimumPrefix = 2
    /// The largest edit distance (per ten query characters, at least 2) a fuzzy result may have.
    public static let maximumDistance = 2

    /// Searches with `lookup` (the store's prefix search) and returns at most `limit` results.
    public static func search(
        _ query: String, limit: Int = 50, lookup: (String, Int) throws -> [EntitySummary]
    ) rethrows -> [EntitySummary] {
        let trimmed = String(query.drop(while: { $0 == " " }).reversed().drop(while: { $0 == " " }).reversed())
        guard !trimmed.isEmpty else { return [] }
        let exact = try lookup(trimmed, limit)
        if !exact.isEmpty { return exact }
        let folded = EntityKey.fold(trimmed)
        let allowed = max(maximumDistance, folded.count / 5)
        var candidates: [EntityID: (EntitySummary, Int)] = [:]
        var length = trimmed.count - 1
        while length >= minimumPrefix {
            let prefix = String(trimmed.prefix(length))
            for summary in try lookup(prefix, limit * 4) {
                let distance = self.distance(query: folded, name: summary.name)
                guard distance <= allowed else { continue }
                if let known = candidates[summary.id], known.1 <= distance { continue }
                candidates[summary.id] = (summary, distance)
            }
            if !candidates.isEmpty { break }
            length -= 1
        }
        return candidates.values.sorted { lhs, rhs in
            if lhs.1 != rhs.1 { return lhs.1 < rhs.1 }
            if lhs.0.articleCount != rhs.0.articleCount { return lhs.0.articleCount > rhs.0.articleCount }
            return lhs.0.name < rhs.0.name
        }.prefix(limit).map(\.0)
    }

    /// How far a (folded) query is from a name: the smallest edit distance between the query and
    /// the name, or a prefix of the name or of one of its words about as long as the query.
    public static func distance(query: String, name: String) -> Int {
        let target = Array(query)
        var best = Int.max
        let words = EntityKey.words(of: name)
        let forms = [words.joined(separator: " "), words.joined()] + words
        for form in forms {
            let chars = Array(form)
            let low = max(0, target.count - 2)
            let high = min(chars.count, target.count + 2)
            guard low <= high else {
                best = min(best, editDistance(target, chars))
                continue
            }
            for length in low...high {
                best = min(best, editDistance(target, Array(chars.prefix(length))))
            }
        }
        return best
    }

    /// The Levenshtein distance (insertions, deletions, substitutions, and swaps of neighbours).
    public static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var before = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { value = min(value, before[j - 2] + 1) }
                current[j] = value
            }
            before = previous
            previous = current
        }
        return previous[b.count]
    }
}
