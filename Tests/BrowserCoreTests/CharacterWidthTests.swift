import BrowserCore
import NewsModel
import Testing

@Suite struct CharacterWidthTests {
    @Test func widthsOfCommonCharacters() {
        #expect(CharacterWidth.of("a") == 1)
        #expect(CharacterWidth.of("ü") == 1)
        #expect(CharacterWidth.of("ß") == 1)
        #expect(CharacterWidth.of("“") == 1)
        #expect(CharacterWidth.of("„") == 1)
        #expect(CharacterWidth.of("…") == 1)
        #expect(CharacterWidth.of("€") == 1)
        #expect(CharacterWidth.of("漢") == 2)
        #expect(CharacterWidth.of("サ") == 2)
        #expect(CharacterWidth.of("한") == 2)
        #expect(CharacterWidth.of("🚀") == 2)
        #expect(CharacterWidth.of("👍🏽") == 2)
        #expect(CharacterWidth.of("❤️") == 2)
        #expect(CharacterWidth.of("e\u{301}") == 1)
        #expect(CharacterWidth.of(Character("\u{301}")) == 0)
        #expect(CharacterWidth.of(Character("\u{200B}")) == 0)
        #expect(CharacterWidth.of(Character("\u{1B}")) == 0)
        #expect(CharacterWidth.width(of: "Übernahme 東京") == 14)
    }

    @Test func truncationRespectsWidths() {
        #expect(CharacterWidth.truncated("Übernahme", to: 5) == "Über…")
        #expect(CharacterWidth.truncated("東京東京", to: 5) == "東京…")
        #expect(CharacterWidth.truncated("東京東京", to: 4) == "東…")
        #expect(CharacterWidth.truncated("kurz", to: 4) == "kurz")
        #expect(CharacterWidth.truncated("kurz", to: 0) == "")
        #expect(CharacterWidth.padded("東", to: 4) == "東  ")
        #expect(CharacterWidth.padded("42", to: 4, alignRight: true) == "  42")
    }

    @Test func gridWritesWideCharactersAsTwoCells() {
        var grid = Grid(rows: 1, columns: 5)
        let used = grid.write("a東b", row: 0, column: 0)
        #expect(used == 4)
        #expect(grid[0, 1].width == 2 && grid[0, 2].width == 0)
        #expect(grid.lines == ["a東b "])
        // A wide character that does not fit at the edge becomes a space.
        var edge = Grid(rows: 1, columns: 3)
        edge.write("ab東", row: 0, column: 0)
        #expect(edge.lines == ["ab "])
        // Overwriting half of a wide character blanks the other half.
        grid[0, 2] = Cell(character: "x")
        #expect(grid.lines == ["a xb "])
        grid.write("東", row: 0, column: 2)
        grid[0, 2] = Cell(character: "y")
        #expect(grid.lines == ["a y  "])
        #expect(grid[0, 3].width == 1)
    }

    @Test func boxesUseLineDrawingCharacters() {
        var grid = Grid(rows: 3, columns: 6)
        grid.drawBox(Rect(row: 0, column: 0, height: 3, width: 6), title: "Ab")
        #expect(grid.lines == ["┌ Ab ┐", "│    │", "└────┘"])
        var tiny = Grid(rows: 1, columns: 1)
        tiny.drawBox(Rect(row: 0, column: 0, height: 1, width: 1))
        #expect(tiny.lines == [" "])
    }

    @Test func columnsAreDroppedByPriorityWhenNarrow() {
        let columns: [TableColumn] = [
            .fixed("Date", 10, priority: 5), .fixed("Lang", 4, priority: 1),
            .flexible("Title", minimum: 10, priority: 9),
        ]
        #expect(TableColumn.layout(columns, width: 40).map(\.index) == [0, 1, 2])
        #expect(TableColumn.layout(columns, width: 40).last?.width == 24)
        #expect(TableColumn.layout(columns, width: 22).map(\.index) == [0, 2])
        #expect(TableColumn.layout(columns, width: 5).map(\.index) == [2])
    }
}
