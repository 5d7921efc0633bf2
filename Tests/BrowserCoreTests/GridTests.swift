import BrowserCore
import Testing

@Suite struct GridTests {
    @Test func outOfBoundsWritesAreIgnored() {
        var grid = Grid(rows: 2, columns: 3)
        grid[5, 5] = Cell(character: "x")
        grid[1, 2] = Cell(character: "y")
        #expect(grid.lines == ["   ", "  y"])
    }
}
