import Foundation
import NewsEvaluation
import NewsModel

/// Quotation detection and attribution on one split of the German Wikinews collection.
struct WikinewsEvaluation {
    let extractor: any FactExtractor
    /// The collection folder (articles.jsonl, quotes.jsonl).
    let folder: URL
    let split: String

    func report() throws {
        let quotesURL = folder.appendingPathComponent("quotes.jsonl")
        guard let data = FileManager.default.contents(atPath: quotesURL.path) else {
            print("\n== Wikinews quotes: skipped, '\(quotesURL.path)' does not exist.")
            return
        }
        let decoder = JSONDecoder()
        var annotations: [String: [WikinewsAnnotation]] = [:]
        for line in data.split(separator: UInt8(ascii: "\n")) {
            let annotation = try decoder.decode(WikinewsAnnotation.self, from: Data(line))
            if annotation.split == split { annotations[annotation.articleID, default: []].append(annotation) }
        }
        let records = try CorpusReader.records(in: folder.appendingPathComponent("articles.jsonl")) {
            annotations[$0] != nil
        }
        let scorer = WikinewsQuoteScorer()
        var total = WikinewsQuoteScorer.Result()
        for record in records {
            let article = record.article
            let predicted = SpanQuote.from(extractor.extract(from: article))
            total = total + scorer.score(text: article.text, annotations: annotations[record.id] ?? [], predicted: predicted)
        }
        print("\n== Wikinews quotes, split '\(split)': \(records.count) articles")
        var table = Report.scoreTable(first: "quotes with a named speaker")
        table.add(Report.row("direct: detection", total.directDetection))
        table.add(Report.row("direct: detection + speaker", total.directAttribution))
        table.add(Report.row("reported: detection", total.reportedDetection))
        table.add(Report.row("reported: detection + speaker", total.reportedAttribution))
        print(table.render())
        print("(reported = Indirect + Reported; see WikinewsQuoteScorer for the matching and speaker rules)")
    }
}
