import BrowserCore
import NewsModel
import TestSupport
import Testing

@Suite struct TimelineTests {
    @Test func undatedDealsComeLastUnderTheirOwnHeader() {
        let session = BrowserSession.fixture()
        session.send(.character("3"))
        let rows = session.state.dealRows
        guard let header = rows.firstIndex(of: .header("Undated")) else {
            Issue.record("no Undated header")
            return
        }
        let dated = rows[..<header].compactMap { row -> FactDate? in
            if case .deal(let d) = row { return d.date }
            return nil
        }
        #expect(dated.count == header)
        #expect(dated == dated.sorted())
        #expect(
            rows[(header + 1)...].allSatisfy {
                if case .deal(let d) = $0 { return d.date == nil }
                return false
            })
    }

    @Test func kindFilterCycles() {
        var state = BrowserState(rows: 24, columns: 80)
        _ = reduce(&state, .keyPressed(.character("3")))
        let effects = reduce(&state, .keyPressed(.character("f")))
        #expect(
            effects == [.loadDeals(filter: DealFilter(kinds: [.acquisition]), page: PageRequest(offset: 0, limit: 100))]
        )
        let session = BrowserSession.fixture()
        session.press(.character("3"), .character("f"), .character("f"))
        let deals = session.state.deals.list.items
        #expect(!deals.isEmpty)
        #expect(deals.allSatisfy { $0.kind == .stake })
        #expect(session.screen.contains("Deals · stake"))
    }

    @Test func companyFilterShowsOnlyThatCompanysDeals() {
        let session = BrowserSession.fixture()
        session.send(.character("3"))
        #expect(
            session.select {
                if case .deal(let d) = $0 { return d.acquirer?.id == "alibaba" }
                return false
            })
        session.send(.character("c"))
        let deals = session.state.deals.list.items
        #expect(deals.count == 3)
        #expect(deals.allSatisfy { $0.parties.contains { $0.id == "alibaba" } })
        #expect(session.state.breadcrumb == ["Deals of Alibaba Group"])
        session.send(.character("x"))
        #expect(session.state.deals.list.items.count == 7)
    }

    @Test func dOnACompanyPageOpensItsTimeline() {
        let session = BrowserSession.fixture()
        session.openPage(searching: "opensky")
        session.send(.character("d"))
        #expect(session.state.location == .deals)
        #expect(session.state.deals.filter == DealFilter(entity: "opensky"))
        #expect(session.state.deals.list.items.count == 2)
        session.send(.escape)
        #expect(session.state.location == .profile("opensky"))
    }

    @Test func enterOpensTheEvidenceInTheReader() {
        let session = BrowserSession.fixture(rows: 24, columns: 80)
        session.send(.character("3"))
        #expect(
            session.select {
                if case .deal(let d) = $0 { return d.seller?.id == "alibaba" }
                return false
            })
        guard case .deal(let deal)? = session.state.selectedRow else { return }
        session.send(.enter)
        #expect(session.state.location == .reader(articleID: BrowserFixtures.seedID, mark: deal.evidence.range))
        #expect(session.state.readerScroll > 0, "the reader scrolled down to the evidence")
        #expect(session.screen.contains("Jetzt veräußert Alibaba 11 Main"))
    }

    @Test func enterOnAFactInTheReaderMarksItsEvidence() {
        let session = BrowserSession.fixture(rows: 24, columns: 80)
        #expect(
            session.select {
                if case .article(let a) = $0 { return a.id == BrowserFixtures.seedID }
                return false
            })
        session.press(.enter, .tab)
        #expect(
            session.select {
                if case .quote(let q) = $0 { return q.direct }
                return false
            })
        session.send(.enter)
        guard case .quote(let quote)? = session.state.selectedRow else { return }
        #expect(session.state.reader?.mark == quote.evidence.range)
        #expect(session.screen.contains("Übersee"))
    }
}

@Suite struct ListKeyTests {
    @Test func sSortsTheArticles() {
        let session = BrowserSession.fixture()
        let newest = session.state.articles.list.items.map(\.id)
        session.send(.character("s"))
        #expect(session.state.articles.order == .oldestFirst)
        #expect(session.state.status?.text == "Articles sorted by date, oldest first.")
        let oldest = session.state.articles.list.items.compactMap(\.date)
        #expect(oldest == oldest.sorted())
        #expect(session.state.articles.list.items.map(\.id) != newest)
        session.send(.character("s"))
        let titles = session.state.articles.list.items.map(\.title)
        #expect(titles == titles.sorted())
        #expect(session.screen.contains("Articles · by title"))
    }

    @Test func fFiltersEntitiesByKind() {
        var state = BrowserState(rows: 24, columns: 80)
        _ = reduce(&state, .keyPressed(.character("2")))
        #expect(
            reduce(&state, .keyPressed(.character("f")))
                == [.loadEntities(kinds: [.company], page: PageRequest(offset: 0, limit: 100))])
        let session = BrowserSession.fixture()
        session.press(.character("2"), .character("f"), .character("f"))
        #expect(session.state.entities.kindFilter == .person)
        let people = session.state.entities.list.items
        #expect(!people.isEmpty && people.allSatisfy { $0.kind == .person })
        #expect(session.screen.contains("Jack Ma"))
        session.press(.character("f"), .character("f"))
        #expect(session.state.entities.kindFilter == nil)
        #expect(session.state.entities.list.items.contains { $0.kind == .company })
    }

    @Test func helpListsEveryKeyAndAnyKeyClosesIt() {
        let session = BrowserSession.fixture(rows: 40, columns: 120)
        session.send(.character("?"))
        #expect(session.state.showsHelp)
        let screen = session.screen
        for key in [
            "PgUp", "Ctrl-U", "Tab", "Enter", "Backspace", "/", "n  N", "1 2 3 4", "q  Ctrl-C", "L  ]", "mouse",
        ] {
            #expect(screen.contains(key), "help does not mention \(key)")
        }
        session.send(.character("q"))
        #expect(!session.state.showsHelp)
        #expect(!session.isFinished, "q closes the help first")
    }
}

@Suite struct MarkedFactTests {
    @Test func arrivingFromADealSelectsItInTheFactList() {
        let session = BrowserSession.fixture(rows: 24, columns: 80)
        session.send(.character("3"))
        #expect(session.select { if case .deal(let d) = $0 { return d.kind == .stake && d.percent == 37.6 }; return false })
        guard case .deal(let deal)? = session.state.selectedRow else { return }
        session.send(.enter)
        let rows = session.state.readerFactRows
        let index = session.state.readerCursor.selected
        #expect(index < rows.count && rows[index] == .deal(deal))
        #expect(session.state.focus == .primary, "the text keeps the focus")
    }
}
