import Foundation
import NewsEvaluation
import NewsModel

/// Loads gold files (`<article id>.json`) from folders.
enum GoldLoader {
    /// Every `*.json` file of `folder`, decoded, sorted by article id. A missing folder is empty.
    static func load(_ folder: URL) throws -> [GoldArticle] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return [] }
        let decoder = JSONDecoder()
        return try names.filter { $0.hasSuffix(".json") }.sorted().map { name in
            let url = folder.appendingPathComponent(name)
            guard let data = FileManager.default.contents(atPath: url.path) else {
                throw BenchError("Unable to read the gold file '\(url.path)'.")
            }
            do {
                return try decoder.decode(GoldArticle.self, from: data)
            } catch {
                throw BenchError("The gold file '\(url.path)' does not have the annotation guide's shape: \(error).")
            }
        }
    }

    /// The gold set under `root`: the files of its per-language subfolders (`de/`, `en/`), in that order.
    /// Other subfolders (`seed/`, `heldout/`) are not part of the set.
    static func loadSet(_ root: URL) throws -> [GoldArticle] {
        try Language.allCases.flatMap { try load(root.appendingPathComponent($0.rawValue)) }
    }
}
