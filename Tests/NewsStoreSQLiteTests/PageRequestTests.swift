import NewsModel
import Testing

@Suite struct PageRequestTests {
    @Test func clampsNegativeValues() {
        #expect(PageRequest(offset: -3, limit: -1) == PageRequest(offset: 0, limit: 0))
    }
}
