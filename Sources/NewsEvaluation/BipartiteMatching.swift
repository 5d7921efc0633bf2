/// A maximum one-to-one matching between two lists under a compatibility test (Kuhn's
/// augmenting paths; the lists of one article are small).
public enum BipartiteMatching {
    /// For each left index, the right index it is matched to, or nil; the number of pairs is
    /// as large as possible.
    public static func match(left: Int, right: Int, compatible: (Int, Int) -> Bool) -> [Int?] {
        match(left: left, right: right, preferred: right, compatible: compatible)
    }

    /// A maximum matching that first matches as many of the right indices below `preferred` as
    /// possible, then adds what the other right indices allow without unmatching any of them.
    ///
    /// The scorer puts required gold facts first and optional ones after: a prediction that fits a
    /// required fact and an optional one can then leave the required fact to another prediction
    /// and take the optional one, instead of counting that other prediction as spurious.
    /// (An augmenting path never unmatches a matched right index, so the second phase keeps every
    /// preferred match.)
    public static func match(left: Int, right: Int, preferred: Int, compatible: (Int, Int) -> Bool) -> [Int?] {
        var edges: [[Int]] = Array(repeating: [], count: left)
        for l in 0..<left {
            for r in 0..<right where compatible(l, r) { edges[l].append(r) }
        }
        var rightOwner: [Int?] = Array(repeating: nil, count: right)
        var limit = min(preferred, right)
        func augment(_ l: Int, _ seen: inout [Bool]) -> Bool {
            for r in edges[l] where r < limit && !seen[r] {
                seen[r] = true
                if let owner = rightOwner[r] {
                    if augment(owner, &seen) {
                        rightOwner[r] = l
                        return true
                    }
                } else {
                    rightOwner[r] = l
                    return true
                }
            }
            return false
        }
        for l in 0..<left {
            var seen = Array(repeating: false, count: right)
            _ = augment(l, &seen)
        }
        if limit < right {
            limit = right
            var matchedLeft = Array(repeating: false, count: left)
            for owner in rightOwner { if let owner { matchedLeft[owner] = true } }
            for l in 0..<left where !matchedLeft[l] {
                var seen = Array(repeating: false, count: right)
                _ = augment(l, &seen)
            }
        }
        var result: [Int?] = Array(repeating: nil, count: left)
        for (r, owner) in rightOwner.enumerated() { if let owner { result[owner] = r } }
        return result
    }
}
