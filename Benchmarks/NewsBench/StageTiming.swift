import Foundation
import NewsExtraction
import NewsModel

/// Times the extractor's stages one by one over a corpus, to show where extraction time goes.
/// Mirrors ``RuleBasedExtractor/extract(from:)`` stage for stage (mention mapping left out).
struct StageTiming {
    let preparer = TextPreparer()
    let recognizer = EntityRecognizer()
    let dealExtractor = DealExtractor()
    let quoteExtractor = QuoteExtractor()

    /// Seconds spent per stage, in pipeline order: wall time and the thread's CPU time.
    func measure(_ articles: [Article]) -> [(stage: String, seconds: Double, cpu: Double)] {
        var totals = Array(repeating: Duration.zero, count: 5)
        var cpuTotals = Array(repeating: 0.0, count: 5)
        let clock = ContinuousClock()
        for article in articles {
            var mark = clock.now
            var cpuMark = SpeedCommand.threadCPUSeconds()
            func lap(_ index: Int) {
                let now = clock.now
                let cpuNow = SpeedCommand.threadCPUSeconds()
                totals[index] += now - mark
                cpuTotals[index] += cpuNow - cpuMark
                mark = now
                cpuMark = cpuNow
            }
            let document = preparer.prepare(article)
            lap(0)
            let table = recognizer.recognize(in: document)
            lap(1)
            let deals = dealExtractor.deals(in: document, entities: table)
            lap(2)
            _ = dealExtractor.stakes(in: document, entities: table, deals: deals)
            lap(3)
            _ = quoteExtractor.quotes(in: document, entities: table)
            lap(4)
        }
        let names = [
            "text preparation (TextPreparer)", "entities (EntityRecognizer)", "deals (DealExtractor.deals)",
            "stakes (DealExtractor.stakes)", "quotes (QuoteExtractor)",
        ]
        return names.indices.map { (names[$0], SpeedCommand.double(totals[$0]), cpuTotals[$0]) }
    }
}
