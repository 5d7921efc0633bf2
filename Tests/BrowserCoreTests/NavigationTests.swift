import BrowserCore
import NewsModel
import TestSupport
import Testing

@Suite struct NavigationTests {
    /// A state on the article list with the fixture summaries loaded.
    static func loadedState(rows: Int = 24, columns: Int = 80) throws -> BrowserState {
        var state = BrowserState(rows: rows, columns: columns)
        let effects = reduce(&state, .started)
        let page = PageRequest(offset: 0, limit: BrowserState.pageSize)
        #expect(effects == [.loadArticles(order: .newestFirst, page: page)])
        let items = try FakeNewsStore().articles(order: .newestFirst, page: page)
        _ = reduce(&state, .articlesPageLoaded(order: .newestFirst, page: page, items: items, total: items.count))
        return state
    }

    @Test func startAsksForTheFirstPageOnly() throws {
        var state = BrowserState(rows: 24, columns: 80)
        let effects = reduce(&state, .started)
        #expect(effects == [.loadArticles(order: .newestFirst, page: PageRequest(offset: 0, limit: 100))])
        #expect(state.articles.list.pendingOffset == 0)
        // The same load is not asked for twice while it is in flight.
        #expect(reduce(&state, .keyPressed(.down)) == [])
    }

    @Test func enterOnAnArticleOpensTheReaderAndPushesHistory() throws {
        var state = try Self.loadedState()
        _ = reduce(&state, .keyPressed(.down))
        let selected = state.articles.list.items[1]
        var expected = state
        let effects = reduce(&state, .keyPressed(.enter))
        #expect(effects == [.loadArticle(id: selected.id)])
        expected.back = [
            Visit(
                location: .articles, title: "Articles",
                position: ViewPosition(cursor: ListCursor(selected: 1, offset: 0)))
        ]
        expected.location = .reader(articleID: selected.id, mark: nil)
        expected.reader = ReaderState(articleID: selected.id, mark: nil)
        #expect(state == expected)
    }

    @Test func backAndForwardWalkTheHistoryLikeABrowser() {
        let session = BrowserSession.fixture()
        session.send(.enter)
        guard case .reader(let first, _) = session.state.location else {
            Issue.record("Enter did not open the reader")
            return
        }
        session.send(.escape)
        #expect(session.state.location == .articles)
        #expect(session.state.forward.count == 1)
        session.send(.character("]"))
        #expect(session.state.location == .reader(articleID: first, mark: nil))
        session.send(.backspace)
        session.send(.character("2"))
        #expect(session.state.location == .entities)
        #expect(session.state.forward.isEmpty, "a new page clears forward history")
        session.press(.character("h"), .character("h"))
        #expect(session.state.location == .articles)
        session.send(.escape)
        #expect(session.state.status?.text == "There is no earlier page.")
        session.press(.character("L"))
        #expect(session.state.location == .entities)
    }

    @Test func backRestoresTheSelectionOfTheList() {
        let session = BrowserSession.fixture()
        session.send(.character("2"))
        session.press(.down, .down, .down)
        let selected = session.state.entities.cursor.selected
        session.send(.enter)
        #expect(session.state.location != .entities)
        session.send(.escape)
        #expect(session.state.location == .entities)
        #expect(session.state.entities.cursor.selected == selected)
    }

    @Test func numberKeysSwitchScreensAndLoadThemOnce() {
        var state = BrowserState(rows: 24, columns: 80)
        _ = reduce(&state, .started)
        #expect(
            reduce(&state, .keyPressed(.character("2")))
                == [.loadEntities(kinds: [.company, .person, .organization], page: PageRequest(offset: 0, limit: 100))])
        #expect(
            reduce(&state, .keyPressed(.character("3"))) == [
                .loadDeals(filter: DealFilter(), page: PageRequest(offset: 0, limit: 100))
            ])
        #expect(reduce(&state, .keyPressed(.character("2"))) == [], "the entity page is already in flight")
        #expect(reduce(&state, .keyPressed(.character("4"))) == [])
        #expect(state.status?.text == "No article has been opened yet: press Enter on an article.")
    }

    @Test func aStakeJumpsToTheOtherCompany() {
        let session = BrowserSession.fixture()
        session.openPage(searching: "alibaba")
        #expect(session.state.location == .profile("alibaba"))
        let found = session.select {
            if case .stake(let s, let held) = $0 { return held && s.company.id == "opensky" }
            return false
        }
        #expect(found)
        session.send(.enter)
        #expect(session.state.location == .profile("opensky"))
        #expect(session.screen.contains("← Alibaba Group 37.6%"))
        // From the stake others hold in OpenSky, Enter goes to the holder.
        #expect(
            session.select {
                if case .stake(_, let held) = $0 { return !held }
                return false
            })
        session.send(.enter)
        #expect(session.state.location == .profile("alibaba"))
        #expect(session.state.back.map(\.location) == [.articles, .profile("alibaba"), .profile("opensky")])
    }

    @Test func aQuoteOpensTheArticleAtTheQuote() throws {
        let session = BrowserSession.fixture()
        session.openPage(searching: "alibaba")
        let found = session.select {
            if case .quote(let q) = $0 { return q.direct }
            return false
        }
        #expect(found)
        guard case .quote(let quote)? = session.state.selectedRow else { return }
        session.send(.enter)
        #expect(session.state.location == .reader(articleID: BrowserFixtures.seedID, mark: quote.evidence.range))
        let grid = session.grid
        // The marked sentence is on screen and drawn in the mark style.
        let markStyle = Styles(.dark).mark
        let rows = (0..<grid.rows).filter { row in (0..<grid.columns).contains { grid[row, $0].style == markStyle } }
        #expect(!rows.isEmpty)
        #expect(rows.contains { grid.lines[$0].contains("Wir wollen") || grid.lines[$0].contains("Übersee") })
    }

    @Test func tabMovesTheFocusAndNarrowScreensShowOnePane() {
        let session = BrowserSession.fixture(rows: 24, columns: 80)
        #expect(Layout(for: session.state).secondary == nil)
        session.send(.tab)
        #expect(session.state.focus == .secondary)
        #expect(Layout(for: session.state).primary == nil)
        #expect(session.screen.contains("Enter opens the article."))
        session.send(.backTab)
        #expect(session.state.focus == .primary)
        let wide = BrowserSession.fixture(rows: 40, columns: 120)
        #expect(Layout(for: wide.state).primary != nil && Layout(for: wide.state).secondary != nil)
    }

    @Test func movementKeysStayInsideTheList() {
        let session = BrowserSession.fixture()
        let count = session.state.articles.list.items.count
        session.send(.character("G"))
        #expect(session.state.articles.cursor.selected == count - 1)
        session.send(.down)
        #expect(session.state.articles.cursor.selected == count - 1)
        session.send(.home)
        #expect(session.state.articles.cursor.selected == 0)
        session.send(.control("d"))
        #expect(session.state.articles.cursor.selected > 0)
        session.press(.control("u"), .up, .character("k"))
        #expect(session.state.articles.cursor.selected == 0)
        session.press(.pageDown)
        #expect(session.state.articles.cursor.selected == count - 1)
    }

    @Test func listsLoadPageByPage() {
        let store = FakeNewsStore.large(count: 20_000)
        let session = BrowserSession.fixture(store: store)
        #expect(store.calls == ["articles(newestFirst,0,100)", "articleCount"])
        #expect(session.state.articles.list.items.count == 100)
        #expect(session.screen.contains("1/20007"))
        session.send(.character("G"))
        #expect(store.calls.last == "articles(newestFirst,100,100)")
        #expect(session.state.articles.list.items.count == 200)
    }

    @Test func mouseClickSelectsARowAndTheWheelScrolls() {
        let session = BrowserSession.fixture()
        // Row 0 tabs, row 1 border, row 2 column header, row 3 the first article.
        session.send(.mouseClick(row: 5, column: 10))
        #expect(session.state.articles.cursor.selected == 2)
        session.send(.mouseWheelDown(row: 5, column: 10))
        #expect(session.state.articles.cursor.selected == 5)
        session.send(.mouseWheelUp(row: 5, column: 10))
        #expect(session.state.articles.cursor.selected == 2)
    }

    @Test func breadcrumbShowsWhereTheUserIs() {
        let session = BrowserSession.fixture()
        session.send(.character("2"))
        #expect(
            session.select {
                if case .entity(let e) = $0 { return e.id == "alibaba" }
                return false
            })
        session.send(.enter)
        #expect(session.state.breadcrumb == ["Entities", "Alibaba Group", "Stakes held"])
        #expect(session.grid.lines.last?.hasPrefix(" Entities › Alibaba Group › Stakes held") == true)
    }

    @Test func quitEndsTheSession() {
        let session = BrowserSession.fixture()
        #expect(!session.isFinished)
        session.send(.character("q"))
        #expect(session.isFinished)
    }
}

@Suite struct KeyNormalizationTests {
    @Test func terminalControlCharactersBecomeNamedKeys() {
        #expect(KeyEvent.character("\u{7F}").normalized == .backspace)
        #expect(KeyEvent.character("\u{08}").normalized == .backspace)
        #expect(KeyEvent.character("\r").normalized == .enter)
        #expect(KeyEvent.character("\t").normalized == .tab)
        #expect(KeyEvent.character("\u{1B}").normalized == .escape)
        #expect(KeyEvent.character("\u{04}").normalized == .control("d"))
        #expect(KeyEvent.control("D").normalized == .control("d"))
        #expect(KeyEvent.control("i").normalized == .tab)
        #expect(KeyEvent.character("a").normalized == .character("a"))
        #expect(KeyEvent.down.normalized == .down)
    }

    @Test func rawDeleteEditsTheSearchPrompt() {
        let session = BrowserSession.fixture()
        session.send(.character("/"))
        session.type("opx")
        session.send(.character("\u{7F}"))
        #expect(session.state.search.query == "op")
        session.send(.control("o"))
        #expect(session.state.search.isActive, "Ctrl-O does nothing inside the prompt")
    }

    @Test func aPersonLinksToTheOrganisation() {
        let session = BrowserSession.fixture()
        session.openPage(searching: "reyes")
        #expect(session.state.location == .profile("reyes"))
        #expect(
            session.select {
                if case .link = $0 { return true }
                return false
            })
        session.send(.enter)
        #expect(session.state.location == .profile("11main"))
        session.send(.control("o"))
        #expect(session.state.location == .profile("reyes"))
    }

    @Test func historyIsBounded() {
        let session = BrowserSession.fixture()
        for _ in 0..<130 {
            session.press(.character("2"), .character("3"))
        }
        #expect(session.state.back.count == BrowserState.historyLimit)
    }
}

@Suite struct HistoryRestoreTests {
    @Test func readerScrollIsRestoredAfterVisitingAnotherArticle() {
        let session = BrowserSession.fixture(rows: 24, columns: 80)
        #expect(
            session.select {
                if case .article(let a) = $0 { return a.id == BrowserFixtures.seedID }
                return false
            })
        session.send(.enter)
        session.press(.down, .down, .down, .down, .down)
        #expect(session.state.readerScroll == 5)
        // Through the fact list to Alibaba's page, then to another article of Alibaba's.
        session.send(.tab)
        #expect(
            session.select {
                if case .mentioned(let e) = $0 { return e.id == "alibaba" }
                return false
            })
        session.send(.enter)
        #expect(session.state.location == .profile("alibaba"))
        #expect(
            session.select {
                if case .article(let a) = $0 { return a.id == "auctiva-2010" }
                return false
            })
        session.send(.enter)
        #expect(session.state.reader?.articleID == "auctiva-2010")
        session.press(.escape, .escape)
        #expect(session.state.location == .reader(articleID: BrowserFixtures.seedID, mark: nil))
        #expect(session.state.readerScroll == 5)
        #expect(session.state.focus == .secondary)
        session.press(.character("]"), .character("]"))
        #expect(session.state.reader?.articleID == "auctiva-2010")
    }
}

@Suite struct PreviewTests {
    @Test func wideListsPreviewTheSelectedRow() {
        var state = BrowserState(rows: 40, columns: 120)
        _ = reduce(&state, .started)
        let page = PageRequest(offset: 0, limit: 100)
        let items = (try? FakeNewsStore().articles(order: .newestFirst, page: page)) ?? []
        let effects = reduce(
            &state, .articlesPageLoaded(order: .newestFirst, page: page, items: items, total: items.count))
        #expect(effects == [.loadArticle(id: items[0].id)])
        #expect(reduce(&state, .keyPressed(.down)) == [.loadArticle(id: items[1].id)])
        // Narrow terminals show no detail pane, so nothing is previewed.
        _ = reduce(&state, .resized(rows: 24, columns: 80))
        #expect(reduce(&state, .keyPressed(.down)) == [])
    }

    @Test func previewShowsFactsAndTheReaderReusesIt() {
        let store = FakeNewsStore()
        let session = BrowserSession.fixture(rows: 40, columns: 120, store: store)
        #expect(
            session.select {
                if case .article(let a) = $0 { return a.id == BrowserFixtures.seedID }
                return false
            })
        #expect(session.screen.contains("Deals (2)"))
        #expect(session.screen.contains("Quotes (4)"))
        session.send(.enter)
        #expect(session.state.reader?.isLoaded == true)
        #expect(store.calls.filter { $0 == "article(\(BrowserFixtures.seedID))" }.count == 1)
        session.press(.character("2"))
        #expect(session.screen.contains("Stakes held (2)"))
    }
}
