/// A maximum one-to-one matching between two lists under a compatibility test (Kuhn's
/// augmenting paths; the lists of one article are small).
public enum BipartiteMatching {
    /// For each left index, the right index it is matched to, or nil; the number of pairs is
    /// as large as possible.
    public static func match(left: Int, right: Int, compatible: (Int, Int) -> Bool) -> [Int?] {
        var edges: [[Int]] = Array(repeating: [], count: left)
        for l in 0..<left {
            for r in 0..<right where compatible(l, r) { edges[l].append(r) }
        }
        var rightOwner: [Int?] = Array(repeating: nil, count: right)
        func augment(_ l: Int, _ seen: inout [Bool]) -> Bool {
            for r in edges[l] where !seen[r] {
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
        var result: [Int?] = Array(repeating: nil, count: left)
        for (r, owner) in rightOwner.enumerated() { if let owner { result[owner] = r } }
        return result
    }
}
