import BrowserCore
import NewsModel
import Testing
import TestSupport

@Suite struct ListCursorTests {
    // header, item, item, header, item
    static let selectable = [false, true, true, false, true]

    @Test func movementSkipsHeaders() {
        var cursor = ListCursor()
        cursor.normalize(selectable: Self.selectable, visibleRows: 3)
        #expect(cursor == ListCursor(selected: 1, offset: 0))
        cursor.move(by: 1, selectable: Self.selectable)
        cursor.move(by: 1, selectable: Self.selectable)
        #expect(cursor.selected == 4)
        cursor.move(by: -1, selectable: Self.selectable)
        #expect(cursor.selected == 2)
        cursor.move(by: -100, selectable: Self.selectable)
        #expect(cursor.selected == 1, "the first row is a header, so the first item is chosen")
    }

    @Test func normalizeKeepsTheSelectionVisible() {
        var cursor = ListCursor(selected: 4, offset: 0)
        cursor.normalize(selectable: Self.selectable, visibleRows: 2)
        #expect(cursor == ListCursor(selected: 4, offset: 3))
        cursor.selected = 1
        cursor.normalize(selectable: Self.selectable, visibleRows: 2)
        #expect(cursor == ListCursor(selected: 1, offset: 0), "the header above the first item comes back into view")
        var empty = ListCursor(selected: 7, offset: 3)
        empty.normalize(selectable: [], visibleRows: 5)
        #expect(empty == ListCursor())
    }

    @Test func pagedListAcceptsOnlyTheAwaitedPage() {
        var list = PagedList<Int>()
        let first = list.nextPage(near: 0, margin: 10, pageSize: 2)
        #expect(first == 0)
        let again = list.nextPage(near: 0, margin: 10, pageSize: 2)
        #expect(again == nil, "one load at a time")
        let wrong = list.accept(offset: 2, limit: 2, items: [9, 9], total: nil)
        #expect(!wrong)
        let right = list.accept(offset: 0, limit: 2, items: [1, 2], total: 3)
        #expect(right)
        let second = list.nextPage(near: 0, margin: 10, pageSize: 2)
        #expect(second == 2)
        let last = list.accept(offset: 2, limit: 2, items: [3], total: nil)
        #expect(last)
        #expect(list.isComplete)
        #expect(list.items == [1, 2, 3])
        let none = list.nextPage(near: 2, margin: 10, pageSize: 2)
        #expect(none == nil)
    }
}

@Suite struct EmptyStoreTests {
    @Test(arguments: ScreenFixture.allCases)
    func anEmptyStoreShowsEmptyScreens(_ screen: ScreenFixture) {
        let session = BrowserSession.fixture(rows: 24, columns: 80, store: FakeNewsStore(entries: []))
        screen.drive(session)
        #expect(ResizeTests.problems(session.grid, rows: 24, columns: 80).isEmpty)
        switch screen {
        case .articles, .entities, .deals: #expect(session.screen.contains("Nothing here yet."))
        case .search: #expect(session.screen.contains("No company or person matches."))
        default: break
        }
    }
}
