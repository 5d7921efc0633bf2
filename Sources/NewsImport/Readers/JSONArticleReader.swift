import Dispatch
import Foundation
import NewsModel

/// Reads JSON Lines (one article object per line) and JSON files (one article object, or an
/// array of them). A bad line or element is reported with its number; the others are read.
struct JSONArticleReader {
    let options: ImportOptions

    /// Reads JSON Lines: every non-blank line one object.
    func readLines(_ data: Data, file: String, baseID: String) -> FileReadResult {
        var all = FileReadResult()
        readLines(data, file: file, baseID: baseID, linesPerPart: Int.max) { part, _ in
            all.articles += part.articles
            all.errors += part.errors
        }
        return all
    }

    /// Reads JSON Lines in parts of `linesPerPart` non-blank lines, handing each part in line
    /// order to `part` with the number of bytes read up to its end, so that the caller can work
    /// on the first articles while the rest is read. The lines of a part are parsed on all
    /// cores; articles and errors keep the order of the lines. A file without any non-blank
    /// line gives one part with the error that it is empty.
    func readLines(
        _ data: Data, file: String, baseID: String, linesPerPart: Int, part: (FileReadResult, Int) throws -> Void
    ) rethrows {
        // The non-blank lines, found on the raw bytes (Data's own indexing is much slower).
        let lines = data.withUnsafeBytes { bytes in
            var lines: [(number: Int, range: Range<Data.Index>)] = []
            var lineNumber = 0
            var start = 0
            while start < bytes.count {
                lineNumber += 1
                var end = start
                var blank = true
                while end < bytes.count, bytes[end] != 0x0A {
                    if blank, bytes[end] != 0x20, bytes[end] != 0x09, bytes[end] != 0x0D { blank = false }
                    end += 1
                }
                if !blank { lines.append((lineNumber, data.startIndex + start..<data.startIndex + end)) }
                start = end + 1
            }
            return lines
        }
        guard !lines.isEmpty else {
            try part(FileReadResult(errors: [ImportError(file: file, reason: .empty)]), data.count)
            return
        }
        var first = 0
        while first < lines.count {
            let last = lines.count - first > linesPerPart ? first + linesPerPart : lines.count
            let result = parseLines(lines[first..<last], data: data, file: file, baseID: baseID)
            let bytesRead = lines[last - 1].range.upperBound - data.startIndex
            try part(result, last == lines.count ? data.count : bytesRead)
            first = last
        }
    }

    /// The articles and errors of some lines, parsed on all cores when there are many.
    private func parseLines(
        _ lines: ArraySlice<(number: Int, range: Range<Data.Index>)>, data: Data, file: String, baseID: String
    ) -> FileReadResult {
        let lines = Array(lines)
        let outcomes = UnsafeMutableBufferPointer<Result<Article, ImportError>>.allocate(capacity: lines.count)
        defer { outcomes.deallocate() }
        nonisolated(unsafe) let shared = outcomes
        let chunk = 64
        let chunks = (lines.count + chunk - 1) / chunk
        let readChunk: @Sendable (Int) -> Void = { [self, lines] index in
            for line in index * chunk..<min(lines.count, (index + 1) * chunk) {
                (shared.baseAddress! + line).initialize(
                    to: read(line: data[lines[line].range], number: lines[line].number, file: file, baseID: baseID))
            }
        }
        if chunks > 4 {
            DispatchQueue.concurrentPerform(iterations: chunks, execute: readChunk)
        } else {
            for index in 0..<chunks { readChunk(index) }
        }
        var result = FileReadResult()
        for outcome in outcomes {
            switch outcome {
            case .success(let article): result.articles.append(article)
            case .failure(let error): result.errors.append(error)
            }
        }
        _ = outcomes.deinitialize()
        return result
    }

    /// The article on one non-blank line, or the error that names the line.
    private func read(line: Data, number: Int, file: String, baseID: String) -> Result<Article, ImportError> {
        if line.count > options.maximumBytes {
            return .failure(
                ImportError(file: file, reason: .invalidRecord(
                    line: number,
                    detail: "the line is too large: \(ImportError.megabytes(line.count)), the limit is \(ImportError.megabytes(options.maximumBytes))")))
        }
        switch parse(Data(line)) {
        case .failure(let problem):
            return .failure(ImportError(file: file, reason: .invalidJSONLine(line: number, detail: problem.detail)))
        case .success(let object):
            switch ArticleRecord(options: options).article(from: object, fallbackID: "\(baseID)-\(number)", origin: file) {
            case .success(let article): return .success(article)
            case .failure(let problem):
                return .failure(ImportError(file: file, reason: .invalidRecord(line: number, detail: problem.detail)))
            }
        }
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
