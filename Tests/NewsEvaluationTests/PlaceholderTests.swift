import NewsEvaluation
import Testing

@Suite struct NewsEvaluationPlaceholderTests {
    @Test func moduleLoads() { #expect(String(describing: NewsEvaluationInfo.self) == "NewsEvaluationInfo") }
}
