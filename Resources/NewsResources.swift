import Foundation

/// The data files that ship with newsbrowse: the demo corpus and the extraction lexicons.
public enum NewsResources {
    /// The folder of the demo corpus (plain-text and JSON Lines articles).
    public static var demoCorpusURL: URL {
        Bundle.module.resourceURL!.appendingPathComponent("Demo", isDirectory: true)
    }

    /// The folder of lexicons and gazetteers used by the extractor.
    public static var lexiconsURL: URL {
        Bundle.module.resourceURL!.appendingPathComponent("Lexicons", isDirectory: true)
    }

    /// The lines of a lexicon file, without blank lines and `#` comments, trimmed.
    /// Returns an empty list (never crashes) when the file is missing.
    public static func lexicon(_ name: String) -> [String] {
        let url = lexiconsURL.appendingPathComponent(name)
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        return text.split(whereSeparator: \.isNewline).compactMap { line in
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            return trimmed.isEmpty || trimmed.hasPrefix("#") ? nil : trimmed
        }
    }
}
