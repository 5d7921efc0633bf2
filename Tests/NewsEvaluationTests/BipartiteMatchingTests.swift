import NewsEvaluation
import Testing

@Suite struct BipartiteMatchingTests {
    @Test func findsAMaximumMatching() {
        // left 0 fits right 0 and 1, left 1 fits right 0 only.
        let edges: Set<[Int]> = [[0, 0], [0, 1], [1, 0]]
        let result = BipartiteMatching.match(left: 2, right: 2) { edges.contains([$0, $1]) }
        #expect(result == [1, 0])
    }

    @Test func leavesUnmatchableSidesAlone() {
        #expect(BipartiteMatching.match(left: 2, right: 0) { _, _ in true } == [nil, nil])
        #expect(BipartiteMatching.match(left: 3, right: 1) { _, _ in true }.compactMap { $0 } == [0])
    }
}
