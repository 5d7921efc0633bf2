/// Splits text into a title and paragraphs the way the seed files are laid out: the first
/// non-blank line is the title, and paragraphs are separated by blank lines.
///
/// Line endings (CRLF, CR) become "\n"; everything else stays as it is, including
/// non-breaking spaces and soft hyphens, and single line breaks inside a paragraph.
enum PlainTextParser {
    /// The title and paragraphs of a plain-text article; nil title when the text is blank.
    static func parse(_ text: String) -> (title: String?, paragraphs: [String]) {
        let lines = normalizedLines(text)
        guard let titleIndex = lines.firstIndex(where: { !isBlank($0) }) else { return (nil, []) }
        return (String(lines[titleIndex]), paragraphs(of: lines[(titleIndex + 1)...]))
    }

    /// Paragraphs of a body: runs of non-blank lines, each run joined with "\n".
    static func paragraphs(of text: String) -> [String] {
        paragraphs(of: normalizedLines(text)[...])
    }

    /// Paragraphs of an article body given as one string field (JSON "text", news-please
    /// "maintext"): split at blank lines when there are any, else at every line break.
    static func bodyParagraphs(_ text: String) -> [String] {
        let normalized = normalizeLineEndings(text)
        if normalized.contains("\n\n") { return paragraphs(of: normalizedLines(normalized)[...]) }
        return normalized.split(separator: "\n").filter { !isBlank($0) }.map(String.init)
    }

    private static func paragraphs(of lines: ArraySlice<Substring>) -> [String] {
        var result: [String] = []
        var current: [Substring] = []
        for line in lines {
            if isBlank(line) {
                if !current.isEmpty { result.append(current.joined(separator: "\n")) }
                current.removeAll()
            } else {
                current.append(line)
            }
        }
        if !current.isEmpty { result.append(current.joined(separator: "\n")) }
        return result
    }

    /// "\r\n" and lone "\r" as "\n".
    static func normalizeLineEndings(_ text: String) -> String {
        guard text.utf8.contains(13) else { return text }
        return text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
    }

    private static func normalizedLines(_ text: String) -> [Substring] {
        normalizeLineEndings(text).split(separator: "\n", omittingEmptySubsequences: false)
    }

    /// A line holding nothing but spaces and tabs (any Unicode space separator).
    static func isBlank(_ line: Substring) -> Bool {
        line.unicodeScalars.allSatisfy { $0.properties.isWhitespace }
    }
}
