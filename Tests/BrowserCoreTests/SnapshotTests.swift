import BrowserCore
import NewsModel
import TestSupport
import Testing

/// Every screen, reached through keys as a user would.
enum ScreenFixture: String, CaseIterable, Sendable {
    case articles, entities, deals, reader
    case readerFacts = "reader-facts"
    case company
    case companyStakesIn = "company-stakes-in"
    case person, search, help
    case wideChars = "wide-chars"

    /// Drives a fresh session to the screen.
    func drive(_ session: BrowserSession) {
        switch self {
        case .articles: break
        case .entities: session.send(.character("2"))
        case .deals: session.send(.character("3"))
        case .reader:
            session.send(.character("3"))
            session.select {
                if case .deal(let d) = $0 { return d.kind == .stake && d.percent == 37.6 }
                return false
            }
            session.send(.enter)
        case .readerFacts:
            session.select {
                if case .article(let a) = $0 { return a.id == BrowserFixtures.seedID }
                return false
            }
            session.press(.enter, .tab, .down, .down)
        case .company: session.openPage(searching: "alibaba")
        case .companyStakesIn: session.openPage(searching: "opensky")
        case .person: session.openPage(searching: "jack ma")
        case .search:
            session.send(.character("/"))
            session.type("alibba")
        case .help: session.send(.character("?"))
        case .wideChars:
            session.select {
                if case .article(let a) = $0 { return a.id == "sakura-2019" }
                return false
            }
            session.send(.enter)
        }
    }
}

/// Golden screens of every screen at 120x40 and 80x24.
@Suite struct SnapshotTests {
    @Test(arguments: ScreenFixture.allCases)
    func screen(_ screen: ScreenFixture) {
        for (rows, columns) in [(40, 120), (24, 80)] {
            let session = BrowserSession.fixture(rows: rows, columns: columns)
            screen.drive(session)
            SnapshotAssertion.check(session.grid, "\(screen.rawValue)-\(columns)x\(rows)")
        }
    }
}
