import Foundation
import NewsExtraction
import NewsModel
import Testing
import TestSupport

/// Runs the extractor over the train and dev articles of the German Wikinews quotation corpus and
/// writes its quotes as JSON Lines, for `Scripts/quote-dev-eval.py` to score.
///
/// Off by default; `QUOTE_DEV_EVAL=<output.jsonl>` turns it on (`Scripts/quote-dev-eval.sh`).
/// Only the train and dev splits are ever read: the test split is for the benchmark.
@Suite struct QuoteDevEvalTests {
    static var output: String? { ProcessInfo.processInfo.environment["QUOTE_DEV_EVAL"] }

    @Test(.enabled(if: QuoteDevEvalTests.output != nil)) func writePredictions() throws {
        let folder = Fixtures.sharedFolder.appendingPathComponent("corpus/wikinews-de-quotes")
        var splits: [String: String] = [:]
        let quoteLines = try String(contentsOf: folder.appendingPathComponent("quotes.jsonl"), encoding: .utf8)
        for line in quoteLines.split(separator: "\n") {
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            if let id = object?["article_id"] as? String, let split = object?["split"] as? String {
                splits[id] = split
            }
        }
        let extractor = RuleBasedExtractor()
        let preparer = TextPreparer()
        let recognizer = EntityRecognizer()
        let quoteExtractor = QuoteExtractor()
        var quoteSeconds = 0.0
        var out = ""
        var seconds = 0.0
        var characters = 0
        let articleLines = try String(contentsOf: folder.appendingPathComponent("articles.jsonl"), encoding: .utf8)
        for line in articleLines.split(separator: "\n") {
            guard let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                let id = object["id"] as? String, let text = object["text"] as? String,
                let split = splits[id], split == "train" || split == "dev"
            else { continue }
            let article = Article(
                id: id, title: object["title"] as? String ?? "", paragraphs: text.components(separatedBy: "\n\n"),
                date: object["date"] as? String, language: .german)
            let clock = Date()
            let facts = extractor.extract(from: article)
            seconds += Date().timeIntervalSince(clock)
            // The quote stage alone, on a prepared document and entity table.
            let document = preparer.prepare(article)
            let table = recognizer.recognize(in: document)
            let quoteClock = Date()
            _ = quoteExtractor.quotes(in: document, entities: table)
            quoteSeconds += Date().timeIntervalSince(quoteClock)
            characters += text.utf8.count
            let quotes: [[String: Any]] = facts.quotes.map { quote in
                [
                    "text": quote.text, "direct": quote.direct, "speaker": quote.speaker?.name ?? NSNull(),
                    "description": quote.speakerDescription ?? NSNull(), "start": quote.range.start,
                    "end": quote.range.end, "role": quote.role ?? NSNull(),
                    "organization": quote.organization?.name ?? NSNull(),
                ]
            }
            let persons = facts.entities.filter { $0.kind == .person }.map(\.name)
            let record: [String: Any] = ["article_id": id, "split": split, "quotes": quotes, "persons": persons]
            let data = try JSONSerialization.data(withJSONObject: record, options: [.sortedKeys])
            out += String(decoding: data, as: UTF8.self) + "\n"
        }
        try out.write(toFile: Self.output!, atomically: true, encoding: .utf8)
        let rate = Double(characters) / 1_000_000 / max(seconds, 1e-9)
        let quoteRate = Double(characters) / 1_000_000 / max(quoteSeconds, 1e-9)
        print("quote-dev-eval: \(characters) bytes; whole pipeline \(seconds) s (\(rate) MB/s); quotes alone \(quoteSeconds) s (\(quoteRate) MB/s)")
    }
}
