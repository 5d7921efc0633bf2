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
    ///
    /// Works on the UTF-8 bytes: a paragraph of several lines is the stretch of text from its
    /// first line to its last (the lines were joined by single line feeds), so no line is copied
    /// on its own.
    static func bodyParagraphs(_ text: String) -> [String] {
        var normalized = normalizeLineEndings(text)
        let blankLineBreak = containsBlankLineBreak(normalized)
        return normalized.withUTF8 { bytes in
            var result: [String] = []
            var paragraphStart: Int?
            var paragraphEnd = 0
            var start = 0
            while start <= bytes.count {
                var end = start
                while end < bytes.count, bytes[end] != 0x0A { end += 1 }
                if isBlank(UnsafeBufferPointer(rebasing: bytes[start..<end])) {
                    if let first = paragraphStart {
                        result.append(String(decoding: bytes[first..<paragraphEnd], as: UTF8.self))
                        paragraphStart = nil
                    }
                } else if blankLineBreak {
                    if paragraphStart == nil { paragraphStart = start }
                    paragraphEnd = end
                } else {
                    result.append(String(decoding: bytes[start..<end], as: UTF8.self))
                }
                start = end + 1
            }
            if let first = paragraphStart { result.append(String(decoding: bytes[first..<paragraphEnd], as: UTF8.self)) }
            return result
        }
    }

    /// ``isBlank(_:)`` for the UTF-8 bytes of a line without line feeds: ASCII is decided byte by
    /// byte, a line with other characters goes to ``isBlank(_:)``.
    private static func isBlank(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        for byte in line {
            if byte == 0x20 || (0x09...0x0D).contains(byte) { continue }
            if byte < 0x80 { return false }
            return isBlank(Substring(String(decoding: line, as: UTF8.self)))
        }
        return true
    }

    /// Whether the text holds "\n\n" (two line breaks in a row).
    private static func containsBlankLineBreak(_ text: String) -> Bool {
        var previous: UInt8 = 0
        for byte in text.utf8 {
            if byte == 0x0A && previous == 0x0A { return true }
            previous = byte
        }
        return false
    }

    /// The lines of text whose line endings are "\n", split on the UTF-8 bytes. A line feed is
    /// always a character of its own once "\r\n" is gone, so these are the lines that
    /// splitting the characters at "\n" gives, found without grapheme breaking.
    static func lines(of text: String) -> [Substring] {
        text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).map { Substring($0) }
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
        lines(of: normalizeLineEndings(text))
    }

    /// A line holding nothing but spaces and tabs (any Unicode space separator).
    static func isBlank(_ line: Substring) -> Bool {
        line.unicodeScalars.allSatisfy { $0.properties.isWhitespace }
    }
}
