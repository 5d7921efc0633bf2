import BrowserCore
import NewsModel
import TestSupport
import Testing

@Suite struct SearchTests {
    @Test func everyTypedCharacterSearchesAgain() {
        var state = BrowserState(rows: 24, columns: 80)
        _ = reduce(&state, .started)
        #expect(reduce(&state, .keyPressed(.character("/"))) == [])
        #expect(state.search.isActive)
        #expect(reduce(&state, .keyPressed(.character("o"))) == [.searchEntities(query: "o")])
        #expect(reduce(&state, .keyPressed(.character("p"))) == [.searchEntities(query: "op")])
        #expect(reduce(&state, .keyPressed(.backspace)) == [.searchEntities(query: "o")])
        #expect(
            reduce(&state, .keyPressed(.character("q"))) == [.searchEntities(query: "oq")], "q types, it does not quit")
        #expect(!state.isQuitting)
    }

    @Test func staleResultsAreIgnored() {
        var state = BrowserState(rows: 24, columns: 80)
        _ = reduce(&state, .keyPressed(.character("/")))
        _ = reduce(&state, .keyPressed(.character("o")))
        _ = reduce(&state, .keyPressed(.character("p")))
        let summary = EntitySummary(
            id: "x", name: "X", kind: .company, articleCount: 1, dealCount: 0, stakeCount: 0, quoteCount: 0)
        _ = reduce(&state, .searchResultsLoaded(query: "o", results: [summary]))
        #expect(state.search.results.isEmpty)
        _ = reduce(&state, .searchResultsLoaded(query: "op", results: [summary]))
        #expect(state.search.results == [summary])
    }

    @Test func typosAreForgiven() throws {
        let store = FakeNewsStore()
        let results = try EntitySearch.search("alibba") { try store.searchEntities($0, limit: $1) }
        #expect(results.first?.name == "Alibaba Group")
        #expect(store.calls.contains("searchEntities(alibba)"))
        #expect(store.calls.contains("searchEntities(alib)"))
        let swapped = try EntitySearch.search("opnesky") { try store.searchEntities($0, limit: $1) }
        #expect(swapped.first?.id == "opensky")
        let nothing = try EntitySearch.search("zzzzzz") { try store.searchEntities($0, limit: $1) }
        #expect(nothing.isEmpty)
    }

    @Test func editDistanceCountsEditsAndSwaps() {
        #expect(EntitySearch.editDistance(Array("alibba"), Array("alibaba")) == 1)
        #expect(EntitySearch.editDistance(Array("opnesky"), Array("opensky")) == 1)
        #expect(EntitySearch.editDistance(Array("kitten"), Array("sitting")) == 3)
        #expect(EntitySearch.editDistance([], Array("abc")) == 3)
        #expect(EntitySearch.distance(query: "alibba", name: "Alibaba Group") == 1)
        #expect(EntitySearch.distance(query: "jack", name: "Jack Ma") == 0)
    }

    @Test func enterOpensTheResultAndCaseDoesNotMatter() {
        let session = BrowserSession.fixture()
        session.send(.character("/"))
        session.type("OPENSKY")
        #expect(session.state.search.results.map(\.id) == ["opensky"])
        session.send(.enter)
        #expect(!session.state.search.isActive)
        #expect(session.state.location == .profile("opensky"))
        #expect(session.screen.contains("Alibaba Group 37.6%"))
    }

    @Test func typoInThePromptStillFindsTheCompany() {
        let session = BrowserSession.fixture()
        session.send(.character("/"))
        session.type("alibba")
        #expect(session.screen.contains("Alibaba Group · company"))
        session.send(.enter)
        #expect(session.state.location == .profile("alibaba"))
    }

    @Test func nAndCapitalNWalkThroughTheMatches() {
        let session = BrowserSession.fixture()
        session.send(.character("/"))
        session.type("k")
        let results = session.state.search.results.map(\.id)
        #expect(results.count >= 2)
        session.send(.enter)
        #expect(session.state.location == .profile(results[0]))
        session.send(.character("n"))
        #expect(session.state.location == .profile(results[1]))
        #expect(session.state.status?.text.hasPrefix("Match 2 of \(results.count)") == true)
        session.send(.character("N"))
        #expect(session.state.location == .profile(results[0]))
        session.send(.character("N"))
        #expect(session.state.location == .profile(results[results.count - 1]), "N wraps around")
    }

    @Test func escapeClosesThePromptWithoutMoving() {
        let session = BrowserSession.fixture()
        session.send(.character("/"))
        session.type("ali")
        session.send(.escape)
        #expect(!session.state.search.isActive)
        #expect(session.state.location == .articles)
        session.press(.character("/"), .backspace)
        #expect(!session.state.search.isActive, "Backspace on an empty prompt closes it")
    }

    @Test func noMatchSaysSo() {
        let session = BrowserSession.fixture()
        session.send(.character("/"))
        session.type("zzzz")
        #expect(session.screen.contains("No company or person matches."))
        session.send(.enter)
        #expect(session.state.status == StatusMessage("No company or person matches 'zzzz'.", isError: true))
        #expect(session.state.location == .articles)
    }

    @Test func theCursorRestsInThePrompt() {
        let session = BrowserSession.fixture()
        session.send(.character("/"))
        session.type("ope")
        let grid = session.grid
        guard let cursor = grid.cursor else {
            Issue.record("no cursor")
            return
        }
        let line = grid.lines[cursor.row]
        #expect(line.contains("/ope"))
        #expect(grid[cursor.row, cursor.column - 1].character == "e")
    }
}
