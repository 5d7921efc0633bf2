import Foundation
import NewsModel

/// One line of a corpus `articles.jsonl`.
struct CorpusRecord: Decodable {
    let id: String
    let title: String?
    let text: String
    let date: String?
    let source: String?
    let language: Language
    let topics: [String]?

    /// The record as an ``Article``: paragraphs split at "\n\n" so that ``Article/text`` is the
    /// record's text exactly (offsets stay valid).
    var article: Article {
        Article(
            id: id, title: title ?? "", paragraphs: text.components(separatedBy: "\n\n"), date: date,
            language: language, source: source, topics: topics ?? [])
    }
}

/// Reads corpus files.
enum CorpusReader {
    /// Decodes every line of a JSON Lines file; `keep` filters by id before the text is kept.
    static func records(in url: URL, keep: (String) -> Bool = { _ in true }) throws -> [CorpusRecord] {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw BenchError("Unable to read the corpus file '\(url.path)'.")
        }
        let decoder = JSONDecoder()
        var records: [CorpusRecord] = []
        var lineNumber = 0
        for line in data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: true) {
            lineNumber += 1
            if let id = leadingID(line), !keep(id) { continue }
            do {
                let record = try decoder.decode(CorpusRecord.self, from: Data(line))
                if keep(record.id) { records.append(record) }
            } catch {
                throw BenchError("Line \(lineNumber) of '\(url.path)' is not a corpus record: \(error).")
            }
        }
        return records
    }

    /// The id of a line that starts with `{"id": "`, read without decoding the line (the corpus
    /// files are written that way); nil for any other layout.
    static func leadingID(_ line: Data.SubSequence) -> String? {
        let prefix = Array(#"{"id": ""#.utf8)
        guard line.count > prefix.count, line.starts(with: prefix) else { return nil }
        let start = line.index(line.startIndex, offsetBy: prefix.count)
        guard let end = line[start...].firstIndex(where: { $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }),
            line[end] == UInt8(ascii: "\"")
        else { return nil }
        return String(decoding: line[start..<end], as: UTF8.self)
    }

    /// The articles with the given ids, from every `*/articles.jsonl` under `corpus`.
    static func articles(withIDs ids: Set<String>, corpus: URL) throws -> [String: Article] {
        var found: [String: Article] = [:]
        let folders = (try? FileManager.default.contentsOfDirectory(atPath: corpus.path)) ?? []
        for folder in folders.sorted() {
            let file = corpus.appendingPathComponent(folder).appendingPathComponent("articles.jsonl")
            guard FileManager.default.fileExists(atPath: file.path) else { continue }
            for record in try records(in: file, keep: { ids.contains($0) && found[$0] == nil }) {
                found[record.id] = record.article
            }
        }
        return found
    }

    /// An article in the plain-text layout of `shared/seeds`: the first line is the title, then
    /// a blank line, then paragraphs separated by blank lines.
    static func plainTextArticle(at url: URL, language: Language) throws -> Article {
        guard let data = FileManager.default.contents(atPath: url.path), let text = String(data: data, encoding: .utf8)
        else { throw BenchError("Unable to read the article file '\(url.path)'.") }
        var lines = text.replacingOccurrences(of: "\r\n", with: "\n").components(separatedBy: "\n")
        let title = lines.isEmpty ? "" : lines.removeFirst()
        let paragraphs = lines.joined(separator: "\n").components(separatedBy: "\n\n")
            .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
        return Article(
            id: url.deletingPathExtension().lastPathComponent, title: title, paragraphs: paragraphs, language: language)
    }
}
