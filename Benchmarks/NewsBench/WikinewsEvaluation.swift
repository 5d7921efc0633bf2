import Foundation
import NewsEvaluation
import NewsModel

/// Quotation detection and attribution on one split of the German Wikinews collection.
struct WikinewsEvaluation {
    let extractor: any FactExtractor
    /// The collection folder (articles.jsonl, quotes.jsonl).
    let folder: URL
    /// One split, or several separated by commas ("train,dev").
    let split: String
    /// Print missed, spurious and misattributed quotes per article.
    var verbose = false

    func report() throws {
        let quotesURL = folder.appendingPathComponent("quotes.jsonl")
        guard let data = FileManager.default.contents(atPath: quotesURL.path) else {
            print("\n== Wikinews quotes: skipped, '\(quotesURL.path)' does not exist.")
            return
        }
        let decoder = JSONDecoder()
        let splits = Set(split.split(separator: ",").map { String($0) })
        var annotations: [String: [WikinewsAnnotation]] = [:]
        for line in data.split(separator: UInt8(ascii: "\n")) {
            let annotation = try decoder.decode(WikinewsAnnotation.self, from: Data(line))
            if splits.contains(annotation.split) { annotations[annotation.articleID, default: []].append(annotation) }
        }
        let records = try CorpusReader.records(in: folder.appendingPathComponent("articles.jsonl")) {
            annotations[$0] != nil
        }
        let scorer = WikinewsQuoteScorer()
        var total = WikinewsQuoteScorer.Result()
        for record in records {
            let article = record.article
            let predicted = SpanQuote.from(extractor.extract(from: article))
            let result = scorer.score(text: article.text, annotations: annotations[record.id] ?? [], predicted: predicted)
            if verbose { printDetails(result, article: article) }
            total = total + result
        }
        print("\n== Wikinews quotes, split(s) '\(split)': \(records.count) articles")
        var table = Report.scoreTable(first: "quotes with a named speaker")
        table.add(Report.row("direct: detection", total.directDetection))
        table.add(Report.row("direct: detection + speaker", total.directAttribution))
        table.add(Report.row("reported: detection", total.reportedDetection))
        table.add(Report.row("reported: detection + speaker", total.reportedAttribution))
        print(table.render())
        print("(reported = Indirect + Reported; see WikinewsQuoteScorer for the matching and speaker rules)")
    }

    private func printDetails(_ result: WikinewsQuoteScorer.Result, article: Article) {
        guard !(result.missed.isEmpty && result.spurious.isEmpty && result.misattributed.isEmpty) else { return }
        let text = article.text
        func kind(_ direct: Bool) -> String { direct ? "direct" : "reported" }
        func short(_ value: String) -> String { value.count > 90 ? String(value.prefix(87)) + "..." : value }
        print("-- \(article.id) (Wikinews)")
        for annotation in result.missed {
            print("  missed   \(kind(annotation.isDirect)) [\(annotation.speaker)]: \(short(annotation.quote))")
        }
        for quote in result.spurious {
            let speaker = quote.speakerNames.first ?? quote.speakerDescriptions.first ?? "-"
            print("  spurious \(kind(quote.direct)) [\(speaker)]: \(short(text.substring(in: quote.range)))")
        }
        for item in result.misattributed {
            let speaker = item.predicted.speakerNames.first ?? item.predicted.speakerDescriptions.first ?? "-"
            print("  speaker  \(kind(item.gold.isDirect)): gold [\(item.gold.speaker)], predicted [\(speaker)]: \(short(item.gold.quote))")
        }
    }
}
