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

    /// Seconds spent per stage, in pipeline order.
    func measure(_ articles: [Article]) -> [(stage: String, seconds: Double)] {
        var totals = Array(repeating: Duration.zero, count: 5)
        let clock = ContinuousClock()
        for article in articles {
            var mark = clock.now
            func lap(_ index: Int) {
                let now = clock.now
                totals[index] += now - mark
                mark = now
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
        return zip(names, totals).map { ($0, SpeedCommand.double($1)) }
    }
}
