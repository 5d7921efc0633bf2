import Foundation
import NewsModel

/// Reads one file into articles, choosing the format by extension (`.txt`, `.jsonl`/`.ndjson`,
/// `.json`, `.xml`/`.rss`/`.atom`) or, for other names, by the first character of the content.
///
/// ```swift
/// let result = ArticleReader().read(path: "news/000_01e16cab228ac14f.txt")
/// result.articles.first?.id  // "000_01e16cab228ac14f"
/// ```
public struct ArticleReader: Sendable {
    /// The formats newsbrowse reads.
    public enum Format: String, Sendable, CaseIterable {
        case plainText, jsonLines, json, feed
    }

    public var options: ImportOptions

    /// Creates a reader with the given options.
    public init(options: ImportOptions = ImportOptions()) {
        self.options = options
    }

    /// Reads the file at `path`; `displayName` (default: the path) names it in errors.
    public func read(path: String, displayName: String? = nil) -> FileReadResult {
        var all = FileReadResult()
        read(path: path, displayName: displayName, linesPerPart: Int.max) { part, _ in
            all.articles += part.articles
            all.errors += part.errors
        }
        return all
    }

    /// Reads the file at `path` in parts, so that a caller can work on the first articles of a
    /// large file while the rest is read: a JSON Lines file gives a part for every
    /// `linesPerPart` non-blank lines, any other file one part. `part` gets each part in order,
    /// with the bytes of the file read up to its end. The parts together are what
    /// ``read(path:displayName:)`` returns.
    public func read(
        path: String, displayName: String? = nil, linesPerPart: Int, part: (FileReadResult, Int) throws -> Void
    ) rethrows {
        let whole = try readWhole(path: path, displayName: displayName) { data, name, baseID in
            try JSONArticleReader(options: options).readLines(
                data, file: name, baseID: baseID, linesPerPart: max(1, linesPerPart), part: part)
        }
        if let whole { try part(whole.result, whole.size) }
    }

    /// Reads the file at `path` into one result, except a JSON Lines file, which it hands to
    /// `lines` (returning nil).
    private func readWhole(
        path: String, displayName: String?, lines: (Data, String, String) throws -> Void
    ) rethrows -> (result: FileReadResult, size: Int)? {
        let name = displayName ?? path
        let url = URL(fileURLWithPath: path)
        var size = 0
        let fail = { (reason: ImportError.Reason) in
            (result: FileReadResult(errors: [ImportError(file: name, reason: reason)]), size: size)
        }
        let format = Self.format(ofName: url.lastPathComponent)
        do {
            let attributes = try FileManager.default.attributesOfItem(atPath: path)
            size = (attributes[.size] as? NSNumber)?.intValue ?? 0
        } catch {
            return fail(.unreadable(Self.reason(error, path: path)))
        }
        if format != .jsonLines, size > options.maximumBytes {
            return fail(.tooLarge(bytes: size, limit: options.maximumBytes))
        }
        let data: Data
        do {
            data = try Data(contentsOf: url, options: .mappedIfSafe)
        } catch {
            return fail(.unreadable(Self.reason(error, path: path)))
        }
        if data.isEmpty || data.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            return fail(.empty)
        }
        let baseID = url.deletingPathExtension().lastPathComponent
        switch format ?? Self.sniff(data) {
        case .jsonLines:
            if TextDecoding.containsNUL(data) { return fail(.binary) }
            try lines(data, name, baseID)
            return nil
        case .json:
            if TextDecoding.containsNUL(data), !Self.hasUTF16BOM(data) { return fail(.binary) }
            return (JSONArticleReader(options: options).readDocument(data, file: name, baseID: baseID), size)
        case .feed:
            if TextDecoding.containsNUL(data), !Self.hasUTF16BOM(data) { return fail(.binary) }
            return (FeedReader(options: options).read(data, file: name), size)
        case .plainText:
            switch TextDecoding.decode(data) {
            case .failure(let reason): return fail(reason)
            case .success(let text): return (readText(text, id: baseID, file: name), size)
            }
        }
    }

    /// Reads plain text already decoded: first line the title, then paragraphs.
    public func readText(_ text: String, id: String, file: String) -> FileReadResult {
        let (title, paragraphs) = PlainTextParser.parse(text)
        guard let title else { return FileReadResult(errors: [ImportError(file: file, reason: .empty)]) }
        let language: Language
        switch options.language {
        case .fixed(let fixed): language = fixed
        case .auto: language = LanguageGuesser.guess(title + "\n" + paragraphs.prefix(3).joined(separator: "\n"))
        }
        let article = Article(
            id: id, title: title, paragraphs: paragraphs, date: options.defaultDate, language: language, origin: file)
        return FileReadResult(articles: [article])
    }

    /// The format a file name implies, or nil when only the content can tell.
    public static func format(ofName name: String) -> Format? {
        switch (name as NSString).pathExtension.lowercased() {
        case "txt", "text": .plainText
        case "jsonl", "ndjson": .jsonLines
        case "json": .json
        case "xml", "rss", "atom": .feed
        default: nil
        }
    }

    /// `<` means a feed, `{` or `[` JSON, anything else text.
    static func sniff(_ data: Data) -> Format {
        var bytes = data.prefix(64).drop(while: { [0x20, 0x09, 0x0A, 0x0D].contains($0) })
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        switch bytes.first {
        case UInt8(ascii: "<"): return .feed
        case UInt8(ascii: "{"), UInt8(ascii: "["): return .json
        default: return .plainText
        }
    }

    private static func hasUTF16BOM(_ data: Data) -> Bool {
        data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF])
    }

    /// A short reason from a file-system error: "no such file", "permission denied", "is a folder".
    static func reason(_ error: Error, path: String) -> String {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue { return "it is a folder" }
        if !FileManager.default.fileExists(atPath: path) { return "no such file or folder" }
        if !FileManager.default.isReadableFile(atPath: path) { return "permission denied" }
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain,
            let message = strerror(Int32(underlying.code))
        {
            return String(cString: message).lowercased()
        }
        return nsError.localizedDescription
    }
}
