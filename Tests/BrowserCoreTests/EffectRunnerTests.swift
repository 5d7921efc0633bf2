import BrowserCore
import NewsModel
import TestSupport
import Testing

@Suite struct EffectRunnerTests {
    @Test func errorsBecomeAStatusMessageNeverACrash() {
        let store = FakeNewsStore()
        store.fail("profile")
        let runner = EffectRunner(store: store)
        let actions = runner.run(.loadProfile(entityID: "alibaba"))
        #expect(
            actions == [
                .loadFailed(
                    .loadProfile(entityID: "alibaba"),
                    message: "Unable to load the page of 'alibaba': The fake store was told to fail in 'profile'.")
            ])
        let session = BrowserSession.fixture(store: store)
        session.openPage(searching: "alibaba")
        #expect(session.state.status?.isError == true)
        #expect(session.grid.lines.last?.contains("Unable to load the page of 'alibaba'") == true)
        #expect(session.screen.contains("This page could not be loaded."))
    }

    @Test func aFailingListStopsAskingForPages() {
        let store = FakeNewsStore()
        store.fail("articles")
        let session = BrowserSession.fixture(store: store)
        #expect(
            session.state.status?.text
                == "Unable to load the article list: The fake store was told to fail in 'articles'.")
        session.press(.down, .end, .pageDown)
        #expect(store.calls.filter { $0.hasPrefix("articles(") }.count == 1)
    }

    @Test func totalsAreCountedWithTheFirstPageOnly() {
        let store = FakeNewsStore()
        let runner = EffectRunner(store: store)
        let first = runner.run(.loadDeals(filter: DealFilter(), page: PageRequest(offset: 0, limit: 2)))
        let second = runner.run(.loadDeals(filter: DealFilter(), page: PageRequest(offset: 2, limit: 2)))
        guard case .dealsPageLoaded(_, _, let items, let total)? = first.first,
            case .dealsPageLoaded(_, _, let more, let noTotal)? = second.first
        else {
            Issue.record("unexpected actions \(first) \(second)")
            return
        }
        #expect(items.count == 2 && more.count == 2)
        #expect(total == 7)
        #expect(noTotal == nil)
        #expect(store.calls.filter { $0 == "dealCount" }.count == 1)
    }

    @Test func missingArticleSaysSo() {
        let runner = EffectRunner(store: FakeNewsStore())
        #expect(runner.run(.loadArticle(id: "nope")) == [.articleLoaded(id: "nope", article: nil, facts: .empty)])
        var state = BrowserState(rows: 24, columns: 80)
        _ = reduce(&state, .keyPressed(.character("3")))
        state.location = .reader(articleID: "nope", mark: nil)
        state.reader = ReaderState(articleID: "nope", mark: nil)
        _ = reduce(&state, .articleLoaded(id: "nope", article: nil, facts: .empty))
        #expect(state.status == StatusMessage("The article 'nope' was not found.", isError: true))
    }
}
