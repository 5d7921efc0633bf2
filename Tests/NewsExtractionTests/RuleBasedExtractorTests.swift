import NewsExtraction
import NewsModel
import Testing

@Suite struct RuleBasedExtractorTests {
    @Test func hasAVersion() {
        #expect(!RuleBasedExtractor().version.isEmpty)
    }
}
