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

    @Test func preferredRightIndicesKeepTheirMatchesWhileOthersAreAdded() {
        // Right 0 is preferred (a required fact), right 1 is not (an optional one). Left 0 fits both,
        // left 1 fits right 0 only: left 0 must move to right 1 so that left 1 takes right 0.
        let edges: Set<[Int]> = [[0, 0], [0, 1], [1, 0]]
        #expect(BipartiteMatching.match(left: 2, right: 2, preferred: 1) { edges.contains([$0, $1]) } == [1, 0])
        // Left 0 fits the preferred right 0 and the other right 1, left 1 fits right 1 only: right 0
        // stays matched although a matching of the same size could give it up.
        let others: Set<[Int]> = [[0, 0], [0, 1], [1, 1]]
        #expect(BipartiteMatching.match(left: 2, right: 2, preferred: 1) { others.contains([$0, $1]) } == [0, 1])
        // With nothing preferred, the first phase matches nothing and the second finds the maximum.
        #expect(BipartiteMatching.match(left: 2, right: 2, preferred: 0) { edges.contains([$0, $1]) }.compactMap { $0 }.count == 2)
    }
}
