import BrowserCore
import NewsModel
import TestSupport
import Testing

@Suite struct ThemeTests {
    @Test func environmentChoosesTheTheme() {
        #expect(Theme.fromEnvironment([:]) == .dark)
        #expect(Theme.fromEnvironment(["NO_COLOR": "1"]) == .noColor)
        #expect(Theme.fromEnvironment(["NO_COLOR": ""]) == .dark, "an empty NO_COLOR does not count")
        #expect(Theme.fromEnvironment(["NEWSBROWSE_THEME": "light"]) == .light)
        #expect(Theme.fromEnvironment(["NEWSBROWSE_THEME": "light", "NO_COLOR": "x"]) == .noColor)
    }

    @Test func everyRoleHasTerminalColourNumbers() {
        for theme in [Theme.dark, .light] {
            #expect(theme.usesColor)
            for role in ColorRole.allCases {
                let colors = theme.colors(for: role)
                #expect((-1...255).contains(colors.foreground) && (-1...255).contains(colors.background))
            }
            #expect(theme.colors(for: .selection) != .defaults)
        }
        for role in ColorRole.allCases { #expect(Theme.noColor.colors(for: role) == .defaults) }
        let style = CellStyle(foreground: .company, background: .selection)
        #expect(Theme.dark.colors(for: style) == TerminalColors(foreground: 117, background: 24))
    }

    @Test(arguments: ScreenFixture.allCases)
    func noColorUsesOnlyBoldAndReverse(_ screen: ScreenFixture) {
        let session = BrowserSession.fixture(rows: 24, columns: 80, theme: .noColor)
        screen.drive(session)
        let grid = session.grid
        for cell in grid.cells {
            #expect(
                cell.style.foreground == .normal && cell.style.background == nil && !cell.style.dim
                    && !cell.style.underline)
        }
        // Selection and status bar are still visible through reverse video.
        #expect(grid.cells.contains { $0.style.reverse })
    }

    @Test func colourThemesColourMentionsByKind() {
        let session = BrowserSession.fixture(rows: 40, columns: 120, theme: .dark)
        #expect(
            session.select {
                if case .article(let a) = $0 { return a.id == BrowserFixtures.seedID }
                return false
            })
        session.send(.enter)
        let grid = session.grid
        #expect(grid.cells.contains { $0.style.foreground == .company && $0.style.bold })
        #expect(grid.cells.contains { $0.style.foreground == .person && $0.style.bold })
    }
}
