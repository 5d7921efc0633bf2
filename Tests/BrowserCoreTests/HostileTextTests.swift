import BrowserCore
import NewsModel
import TestSupport
import Testing

/// An article full of escape sequences must not put a single control character in the grid.
@Suite struct HostileTextTests {
    static func store() -> FakeNewsStore {
        FakeNewsStore(entries: BrowserFixtures.corpus + [BrowserFixtures.hostileEntry()])
    }

    static func controlCells(_ grid: Grid) -> [String] {
        var found: [String] = []
        for row in 0..<grid.rows {
            for column in 0..<grid.columns {
                for scalar in grid[row, column].character.unicodeScalars {
                    let v = scalar.value
                    if v < 0x20 || (0x7F...0x9F).contains(v) || (0x202A...0x202E).contains(v)
                        || (0x2066...0x2069).contains(v)
                    {
                        found.append("\(row),\(column): U+\(String(v, radix: 16))")
                    }
                }
            }
        }
        return found
    }

    /// Every screen that can show the hostile article or its entities.
    static let visits: [(name: String, keys: [KeyEvent], mustShow: String)] = [
        ("articles", [], "Evil"),
        ("article detail", [.tab], "Evil"),
        ("reader", [.enter], "Evil"),
        ("reader facts", [.enter, .tab, .down, .down, .down], "Victim"),
        ("entities", [.character("2")], "Evil"),
        ("deals", [.character("3")], "Evil"),
        ("search", [.character("/"), .character("e"), .character("v"), .character("i")], "Evil"),
        ("company", [.character("/"), .character("e"), .character("v"), .character("i"), .enter], "Evil"),
        (
            "person", [.character("/"), .character("b"), .character("o"), .character("s"), .character("s"), .enter],
            "Boss"
        ),
        ("deal detail", [.character("3"), .down, .down, .down, .down, .down], "Victim"),
        ("company detail", [.character("/"), .character("e"), .character("v"), .character("i"), .enter, .tab], "Evil"),
        (
            "quote in reader",
            [
                .character("/"), .character("b"), .character("o"), .character("s"), .character("s"), .enter, .down,
                .down, .down, .enter,
            ], "win"
        ),
    ]

    @Test(arguments: 0..<12)
    func noControlCharacterReachesTheGrid(_ index: Int) {
        let visit = Self.visits[index]
        for (rows, columns, theme) in [(40, 120, Theme.dark), (24, 80, Theme.noColor), (6, 20, Theme.light)] {
            let session = BrowserSession(store: Self.store(), rows: rows, columns: columns, theme: theme)
            // The hostile article is dated 2020: second newest, so move down to it first.
            session.send(.down)
            for key in visit.keys { session.send(key) }
            let grid = session.grid
            #expect(
                Self.controlCells(grid).isEmpty,
                "\(visit.name) at \(columns)x\(rows): \(Self.controlCells(grid).prefix(5))")
            if rows >= 24 {
                #expect(session.screen.contains(visit.mustShow), "\(visit.name) does not show the hostile text")
                #expect(!session.screen.contains("52;c"), "OSC 52 payload must be dropped whole")
                #expect(!session.screen.contains("pwned"), "OSC title must be dropped whole")
            }
        }
    }

    @Test func hostileIDsInMessagesAreSanitised() {
        let store = Self.store()
        store.fail("profile")
        let session = BrowserSession(store: store, rows: 24, columns: 80)
        session.send(.down)
        session.press(.character("/"), .character("e"), .character("v"), .enter)
        #expect(session.state.status?.isError == true)
        #expect(Self.controlCells(session.grid).isEmpty)
    }

    @Test func previewsOfHostileRowsAreClean() {
        let session = BrowserSession(store: Self.store(), rows: 40, columns: 120)
        #expect(
            session.select {
                if case .article(let a) = $0 { return a.title.hasPrefix("Evil") }
                return false
            })
        #expect(session.screen.contains("Victim"))
        #expect(Self.controlCells(session.grid).isEmpty)
        session.send(.character("2"))
        #expect(
            session.select {
                if case .entity(let e) = $0 { return e.id == "evil" }
                return false
            })
        #expect(session.screen.contains("Stakes held (1)"))
        #expect(Self.controlCells(session.grid).isEmpty)
    }
}
