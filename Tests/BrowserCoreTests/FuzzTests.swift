import BrowserCore
import NewsModel
import TestSupport
import Testing

/// Random keys, clicks and sizes on the hostile corpus: nothing may crash, every grid keeps
/// its invariants and holds no control character.
@Suite struct FuzzTests {
    struct Generator {
        var seed: UInt64
        mutating func next(_ bound: Int) -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((seed >> 33) % UInt64(max(1, bound)))
        }
    }

    static let keys: [KeyEvent] = [
        .up, .down, .left, .right, .pageUp, .pageDown, .home, .end, .enter, .escape, .backspace, .tab, .backTab,
        .delete, .function(1), .control("d"), .control("u"), .control("o"), .control("f"), .control("b"),
        .character("j"), .character("k"), .character("h"), .character("l"), .character("g"), .character("G"),
        .character("1"), .character("2"), .character("3"), .character("4"), .character("/"), .character("n"),
        .character("N"), .character("?"), .character("]"), .character("["), .character("s"), .character("f"),
        .character("c"), .character("x"), .character("d"), .character("a"), .character("e"), .character("ü"),
        .character("東"), .character(" "), .character("\u{7F}"), .character("\u{1B}"), .character("L"), .character("H"),
    ]

    @Test(arguments: [UInt64(1), 2, 3, 4])
    func randomSessions(_ seed: UInt64) {
        var random = Generator(seed: seed)
        let store = FakeNewsStore(entries: BrowserFixtures.corpus + [BrowserFixtures.hostileEntry()])
        var rows = 24
        var columns = 80
        let session = BrowserSession(
            store: store, rows: rows, columns: columns, theme: [Theme.dark, .light, .noColor][Int(seed % 3)])
        for step in 0..<200 {
            switch random.next(20) {
            case 0:
                rows = random.next(50)
                columns = random.next(160)
                session.resize(rows: rows, columns: columns)
            case 1:
                session.send(.mouseClick(row: random.next(rows + 2), column: random.next(columns + 2)))
            case 2:
                session.send(
                    random.next(2) == 0
                        ? .mouseWheelDown(row: random.next(rows + 1), column: random.next(columns + 1))
                        : .mouseWheelUp(row: random.next(rows + 1), column: random.next(columns + 1)))
            default:
                let key = Self.keys[random.next(Self.keys.count)]
                if key == .character("q") { continue }
                session.send(key)
            }
            if session.isFinished { break }
            let grid = session.grid
            let problems = ResizeTests.problems(grid, rows: rows, columns: columns)
            let controls = HostileTextTests.controlCells(grid)
            if !problems.isEmpty || !controls.isEmpty {
                Issue.record("step \(step) at \(columns)x\(rows): \(problems.prefix(3)) \(controls.prefix(3))")
                return
            }
        }
    }
}
