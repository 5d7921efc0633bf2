import Foundation
import NewsModel

/// Reads JSON Lines (one article object per line) and JSON files (one article object, or an
/// array of them). A bad line or element is reported with its number; the others are read.
struct JSONArticleReader {
    let options: ImportOptions

    /// Reads JSON Lines: every non-blank line one object.
    func readLines(_ data: Data, file: String, baseID: String) -> FileReadResult {
        var result = FileReadResult()
        let record = ArticleRecord(options: options)
        var lineNumber = 0
        var start = data.startIndex
        while start < data.endIndex {
            lineNumber += 1
            let end = data[start...].firstIndex(of: 0x0A) ?? data.endIndex
            let line = data[start..<end]
            start = end < data.endIndex ? data.index(after: end) : end
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            if line.count > options.maximumBytes {
                result.errors.append(
                    ImportError(file: file, reason: .invalidRecord(
                        line: lineNumber,
                        detail: "the line is too large: \(ImportError.megabytes(line.count)), the limit is \(ImportError.megabytes(options.maximumBytes))")))
                continue
            }
            switch parse(Data(line)) {
            case .failure(let problem):
                result.errors.append(
                    ImportError(file: file, reason: .invalidJSONLine(line: lineNumber, detail: problem.detail)))
            case .success(let object):
                switch record.article(from: object, fallbackID: "\(baseID)-\(lineNumber)", origin: file) {
                case .success(let article): result.articles.append(article)
                case .failure(let problem):
                    result.errors.append(
                        ImportError(file: file, reason: .invalidRecord(line: lineNumber, detail: problem.detail)))
                }
            }
        }
        if result.articles.isEmpty && result.errors.isEmpty {
            result.errors.append(ImportError(file: file, reason: .empty))
        }
        return result
    }

    /// Reads a JSON file: an object is one article, an array holds articles. Falls back to JSON
    /// Lines when the whole is not JSON but its lines are.
    func readDocument(_ data: Data, file: String, baseID: String) -> FileReadResult {
        let object: Any
        switch parse(data) {
        case .success(let parsed): object = parsed
        case .failure(let problem):
            if looksLikeLines(data) { return readLines(data, file: file, baseID: baseID) }
            return FileReadResult(errors: [ImportError(file: file, reason: .invalidJSON(detail: problem.detail))])
        }
        let record = ArticleRecord(options: options)
        if let array = object as? [Any] {
            var result = FileReadResult()
            for (offset, element) in array.enumerated() {
                switch record.article(from: element, fallbackID: "\(baseID)-\(offset + 1)", origin: file) {
                case .success(let article): result.articles.append(article)
                case .failure(let problem):
                    result.errors.append(
                        ImportError(file: file, reason: .invalidItem(index: offset + 1, detail: problem.detail)))
                }
            }
            if array.isEmpty { result.errors.append(ImportError(file: file, reason: .noArticles(detail: "an empty array"))) }
            return result
        }
        switch record.article(from: object, fallbackID: baseID, origin: file) {
        case .success(let article): return FileReadResult(articles: [article])
        case .failure(let problem):
            return FileReadResult(errors: [ImportError(file: file, reason: .noArticles(detail: problem.detail))])
        }
    }

    /// The parsed JSON value, or the reason it is not JSON. Bytes that are not UTF-8 are read
    /// as Windows-1252 or Latin-1 first.
    private func parse(_ data: Data) -> Result<Any, ReadProblem> {
        if let object = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) {
            return .success(object)
        }
        if String(data: data, encoding: .utf8) == nil, case .success(let text) = TextDecoding.decode(data),
            let object = try? JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
        {
            return .success(object)
        }
        return .failure(ReadProblem(JSONSyntaxCheck.problem(in: [UInt8](data))))
    }

    /// More than one non-blank line, each starting with "{".
    private func looksLikeLines(_ data: Data) -> Bool {
        let lines = data.split(separator: 0x0A).filter { !$0.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D } }
        return lines.count > 1 && lines.allSatisfy { line in line.first(where: { $0 != 0x20 && $0 != 0x09 }) == UInt8(ascii: "{") }
    }
}
