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

    /// The lines of a lexicon file, without blank lines and `#` comments, trimmed of spaces and tabs.
    /// Lines end at `\n`, `\r`, vertical tab or form feed; non-ASCII text is kept exactly. With
    /// `lowercased`, each line is lower-cased (ASCII lines byte by byte, others by `String.lowercased()`).
    /// Returns an empty list (never crashes) when the file is missing or not UTF-8.
    public static func lexicon(_ name: String, lowercased: Bool = false) -> [String] {
        let url = lexiconsURL.appendingPathComponent(name)
        guard var text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        return text.withUTF8 { lexiconLines($0, lowercased: lowercased) }
    }

    /// The lexicon lines of UTF-8 text (see ``lexicon(_:lowercased:)``): split, trimmed and filtered
    /// on the bytes, one string made per kept line.
    public static func lexiconLines(_ bytes: UnsafeBufferPointer<UInt8>, lowercased: Bool = false) -> [String] {
        var lines: [String] = []
        var lower: [UInt8] = []
        var index = 0
        let count = bytes.count
        while index < count {
            var end = index
            while end < count, !isLineBreak(bytes[end]) { end += 1 }
            var start = index
            var stop = end
            index = end + 1
            while start < stop, isBlank(bytes[start]) { start += 1 }
            while stop > start, isBlank(bytes[stop - 1]) { stop -= 1 }
            guard start < stop, bytes[start] != UInt8(ascii: "#") else { continue }
            let line = UnsafeBufferPointer(rebasing: bytes[start..<stop])
            guard lowercased else {
                lines.append(String(decoding: line, as: UTF8.self))
                continue
            }
            if let folded = foldLatin1(line, into: &lower) {
                lines.append(folded)
            } else {
                lines.append(String(decoding: line, as: UTF8.self).lowercased())
            }
        }
        return lines
    }

    /// The line lower-cased byte by byte when it holds only ASCII and Latin-1 letters (two bytes
    /// `C3 xx`), whose lower case is the same width ("Ä" `C3 84` -> "ä" `C3 A4`); nil for any other
    /// text, which `String.lowercased()` handles.
    private static func foldLatin1(_ line: UnsafeBufferPointer<UInt8>, into lower: inout [UInt8]) -> String? {
        lower.removeAll(keepingCapacity: true)
        var index = 0
        while index < line.count {
            let byte = line[index]
            if byte < 0x80 {
                lower.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
                index += 1
                continue
            }
            guard byte == 0xC3, index + 1 < line.count else { return nil }
            let next = line[index + 1]
            guard next >= 0x80, next <= 0xBF else { return nil }
            lower.append(0xC3)
            // U+00C0...U+00DE except U+00D7 (multiplication sign) lower-case to 0x20 above.
            lower.append(next <= 0x9E && next != 0x97 ? next + 0x20 : next)
            index += 2
        }
        return String(decoding: lower, as: UTF8.self)
    }

    private static func isLineBreak(_ byte: UInt8) -> Bool { byte >= 0x0A && byte <= 0x0D }

    private static func isBlank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }
}
