import BrowserCore
import NewsModel
import TestSupport
import Testing

@Suite struct BackendSupportTests {
    @Test func changedRunsCoverOnlyWhatChanged() {
        var old = Grid(rows: 2, columns: 6)
        old.write("abcdef", row: 0, column: 0)
        old.write("東京", row: 1, column: 0)
        var new = old
        #expect(new.changedRuns(from: old).isEmpty)
        new.write("X", row: 0, column: 2, style: CellStyle(bold: true))
        new.write("京", row: 1, column: 0)
        let runs = new.changedRuns(from: old)
        #expect(
            runs == [
                CellRun(row: 0, column: 2, style: CellStyle(bold: true), text: "X", width: 1),
                CellRun(row: 1, column: 0, style: .plain, text: "京", width: 2),
            ])
        let full = new.changedRuns(from: nil)
        #expect(full.map(\.text) == ["ab", "X", "def", "京京  "])
        #expect(full.reduce(0) { $0 + $1.width } == 12)
    }

    @Test func everyStyleOfEveryScreenHasAColourPair() {
        for theme in [Theme.dark, .light] {
            let table = ColorPairTable(theme: theme)
            #expect(!table.pairs.isEmpty && table.pairs.count < 256)
            for screen in ScreenFixture.allCases {
                let session = BrowserSession.fixture(rows: 24, columns: 80, theme: theme)
                screen.drive(session)
                for cell in session.grid.cells {
                    let number = table.number(for: cell.style)
                    let colors = theme.colors(for: cell.style)
                    #expect(number == 0 ? colors == .defaults : table.pairs[number - 1] == colors)
                }
            }
        }
        #expect(ColorPairTable(theme: .noColor).pairs.isEmpty)
    }

    @Test func coloursAreReducedForSmallPalettes() {
        let table = ColorPairTable(theme: .dark, colorCount: 8)
        #expect(table.pairs.allSatisfy { (-1..<8).contains($0.foreground) && (-1..<8).contains($0.background) })
        #expect(
            TerminalColors(foreground: 196, background: 21).downsampled(to: 8)
                == TerminalColors(foreground: 1, background: 4))
        #expect(
            TerminalColors(foreground: 231, background: -1).downsampled(to: 16)
                == TerminalColors(foreground: 15, background: -1))
    }

    @Test func clickingASearchResultOpensIt() {
        let session = BrowserSession.fixture(rows: 24, columns: 80)
        session.send(.character("/"))
        session.type("k")
        guard let box = SearchOverlay.frame(session.state) else {
            Issue.record("no search box at 80x24")
            return
        }
        let second = session.state.search.results[1]
        // Row inside the box: border, prompt, then results.
        session.send(.mouseClick(row: box.row + 3, column: box.column + 4))
        #expect(session.state.location == .profile(second.id))
    }

    /// The end-to-end scenario of the issue, without a terminal.
    @Test func openSkyStakeAlibabaQuoteAndBack() {
        let session = BrowserSession.fixture(rows: 40, columns: 120)
        session.send(.character("/"))
        session.type("opensky")
        session.send(.enter)
        #expect(session.screen.contains("← Alibaba Group 37.6%"))
        session.send(.enter)
        #expect(session.state.location == .profile("alibaba"))
        #expect(session.screen.contains("Jack Ma: “Wir wollen 40 Prozent"))
        session.press(.escape, .escape)
        #expect(session.state.location == .articles)
        session.send(.character("q"))
        #expect(session.isFinished)
    }
}
