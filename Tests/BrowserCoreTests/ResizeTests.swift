import BrowserCore
import NewsModel
import TestSupport
import Testing

@Suite struct ResizeTests {
    static let tinySizes: [(rows: Int, columns: Int)] = [
        (0, 0), (1, 1), (6, 20), (2, 3), (3, 200), (100, 5), (24, 80), (1, 0), (0, 7),
    ]

    /// Problems of a grid: wrong size, cursor outside, half wide characters.
    static func problems(_ grid: Grid, rows: Int, columns: Int) -> [String] {
        var problems: [String] = []
        if grid.rows != rows || grid.columns != columns || grid.cells.count != rows * columns {
            problems.append("grid is \(grid.columns)x\(grid.rows), expected \(columns)x\(rows)")
        }
        if let cursor = grid.cursor,
            cursor.row < 0 || cursor.row >= max(1, rows) || cursor.column < 0 || cursor.column > columns
        {
            problems.append("cursor \(cursor) outside \(columns)x\(rows)")
        }
        for row in 0..<grid.rows {
            for column in 0..<grid.columns {
                let width = grid[row, column].width
                if width == 2, column + 1 >= columns || grid[row, column + 1].width != 0 {
                    problems.append("wide character at \(row),\(column) without its right half")
                }
                if width == 0, column == 0 || grid[row, column - 1].width != 2 {
                    problems.append("continuation cell at \(row),\(column) without a wide character")
                }
            }
        }
        return problems
    }

    static func checkInvariants(
        _ grid: Grid, rows: Int, columns: Int, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let found = problems(grid, rows: rows, columns: columns)
        #expect(found.isEmpty, "\(found.prefix(3))", sourceLocation: sourceLocation)
    }

    @Test(arguments: ScreenFixture.allCases)
    func tinySizesDoNotCrash(_ screen: ScreenFixture) {
        for size in Self.tinySizes {
            let session = BrowserSession.fixture(rows: size.rows, columns: size.columns)
            screen.drive(session)
            Self.checkInvariants(session.grid, rows: size.rows, columns: size.columns)
            // Keys keep working at that size.
            session.press(.down, .pageDown, .tab, .end, .up, .enter, .escape)
            Self.checkInvariants(session.grid, rows: size.rows, columns: size.columns)
        }
    }

    @Test(arguments: ScreenFixture.allCases)
    func resizeStorm(_ screen: ScreenFixture) {
        let session = BrowserSession.fixture(rows: 40, columns: 120)
        screen.drive(session)
        var seed: UInt64 = 0x9E37_79B9_7F4A_7C15 &+ UInt64(screen.rawValue.count)
        func next(_ bound: Int) -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((seed >> 33) % UInt64(bound))
        }
        let keys: [KeyEvent] = [.down, .up, .tab, .pageDown, .character("j"), .character("k"), .end, .home]
        for _ in 0..<120 {
            let rows = next(60)
            let columns = next(200)
            session.resize(rows: rows, columns: columns)
            if next(4) == 0 { session.send(keys[next(keys.count)]) }
            Self.checkInvariants(session.grid, rows: rows, columns: columns)
        }
        session.resize(rows: 24, columns: 80)
        let grid = session.grid
        Self.checkInvariants(grid, rows: 24, columns: 80)
        #expect(grid.lines[23].hasPrefix(" "), "the status bar is drawn again after the storm")
    }

    @Test func twentyBySixStillShowsArticles() {
        let session = BrowserSession.fixture(rows: 6, columns: 20)
        let lines = session.grid.lines
        #expect(lines.contains { $0.contains("Nordwind") })
        session.send(.down)
        #expect(session.grid.cursor != nil)
    }

    @Test func resizingKeepsTheSelectionVisible() {
        let session = BrowserSession.fixture(rows: 40, columns: 120)
        session.send(.character("2"))
        session.send(.end)
        let selected = session.state.entities.cursor.selected
        session.resize(rows: 8, columns: 60)
        let cursor = session.state.entities.cursor
        #expect(cursor.selected == selected)
        #expect(
            cursor.offset <= selected
                && selected < cursor.offset
                    + Layout.visibleRows(in: Layout(for: session.state).primary, tableHeader: true)
        )
        #expect(
            session.screen.contains("Stadt Kiel") || session.screen.contains("Vendio")
                || session.screen.contains(session.state.entities.list.items[selected].name.prefix(5)))
    }

    @Test func readerRewrapsOnResize() {
        let session = BrowserSession.fixture(rows: 40, columns: 120)
        #expect(
            session.select {
                if case .article(let a) = $0 { return a.id == BrowserFixtures.seedID }
                return false
            })
        session.send(.enter)
        let wide = session.state.reader?.lines.count ?? 0
        session.resize(rows: 40, columns: 50)
        let narrow = session.state.reader?.lines.count ?? 0
        #expect(narrow > wide)
        #expect(session.state.reader?.lines.allSatisfy { CharacterWidth.width(of: $0.text) <= 48 } == true)
    }
}
