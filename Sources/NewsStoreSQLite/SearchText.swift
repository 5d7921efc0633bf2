import Foundation
import NewsModel

/// How text is folded for the FTS5 indexes and how user queries become FTS5 patterns.
///
/// SQLite's `unicode61` tokenizer removes diacritics but keeps "ß", so both the indexed text and
/// the query are folded with ``EntityKey/fold(_:)`` first: "Straße" is indexed as "strasse", and
/// "STRASSE", "straße" and "Strasse" all find it.
enum SearchText {
    /// ``EntityKey/fold(_:)``, faster: ASCII is lower-cased byte by byte and Latin letters,
    /// punctuation and currency signs are folded through a table made with ``EntityKey/fold(_:)``
    /// itself; any other text (Greek, Cyrillic, CJK, combining marks…) goes to ``EntityKey/fold(_:)``.
    static func fold(_ text: String) -> String {
        var text = text
        let ascii = text.withUTF8 { utf8 -> String? in
            var upper = false
            for byte in utf8 {
                if byte >= 0x80 { return nil }
                if byte &- 0x41 < 26 { upper = true }
            }
            guard upper else { return nil }
            return String(unsafeUninitializedCapacity: utf8.count) { buffer in
                for (index, byte) in utf8.enumerated() { buffer[index] = byte &- 0x41 < 26 ? byte | 0x20 : byte }
                return utf8.count
            }
        }
        if let ascii { return ascii }
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text }  // ASCII without capitals
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 8)
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                bytes.append(UInt8(value) | (0x41...0x5A ~= value ? 0x20 : 0))
            } else if let folded = foldTable[value] {
                bytes.append(contentsOf: folded)
            } else {
                return EntityKey.fold(text)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// A text as folded words in UTF-8, each run of separators (ASCII characters other than letters
    /// and digits, Latin-1 signs, general punctuation) turned into one space, with a space at both
    /// ends: "Kestrel's offer – „good“" is " kestrel s offer good ". A name's words joined the same
    /// way stand in it exactly when the text contains them as whole words.
    static func wordBytes(_ text: String) -> [UInt8] {
        let folded = Array(fold(text).utf8)
        var bytes: [UInt8] = [0x20]
        bytes.reserveCapacity(folded.count + 2)
        var index = 0
        func separator() { if bytes.last != 0x20 { bytes.append(0x20) } }
        while index < folded.count {
            let byte = folded[index]
            if byte < 0x80 {
                if (0x30...0x39).contains(byte) || (0x61...0x7A).contains(byte) {
                    bytes.append(byte)
                } else {
                    separator()
                }
                index += 1
            } else if byte == 0xC2, index + 1 < folded.count {  // U+0080–U+00BF: signs and spaces
                separator()
                index += 2
            } else if byte == 0xE2, index + 2 < folded.count, folded[index + 1] == 0x80 || folded[index + 1] == 0x81 {
                separator()  // U+2000–U+207F: general punctuation
                index += 3
            } else {
                bytes.append(byte)
                index += 1
            }
        }
        separator()
        return bytes
    }

    /// Whether `needle` occurs in `haystack`.
    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty, needle.count <= haystack.count else { return needle.isEmpty }
        let first = needle[0]
        var start = 0
        while start <= haystack.count - needle.count {
            if haystack[start] == first, haystack[start..<start + needle.count].elementsEqual(needle) { return true }
            start += 1
        }
        return false
    }

    /// The UTF-8 of ``EntityKey/fold(_:)`` for each scalar of Latin-1, Latin Extended-A/B, general
    /// punctuation and currency signs.
    private static let foldTable: [UInt32: [UInt8]] = {
        var table: [UInt32: [UInt8]] = [:]
        for range in [0xA0...0x24F, 0x2000...0x206F, 0x20A0...0x20CF] as [ClosedRange<UInt32>] {
            for value in range {
                guard let scalar = Unicode.Scalar(value) else { continue }
                table[value] = Array(EntityKey.fold(String(Character(scalar))).utf8)
            }
        }
        return table
    }()

    /// The folded copy of a text that goes into an FTS5 column.
    static func indexed(_ text: String) -> String { fold(text) }

    /// A name as the entity index holds it: folded words separated by single spaces
    /// ("Müller & Söhne AG" is "muller sohne ag").
    static func name(_ name: String) -> String { NameInfo(name).searchForm }

    /// The separator between aliases in the entity index's `aliases` column (U+001F, which the
    /// tokenizer treats as a separator), also put before the first alias.
    static let aliasSeparator = "\u{1F}"

    /// The `aliases` column of the entity index: each folded alias after a separator.
    static func aliases(_ aliases: [String]) -> String {
        aliases.map { aliasSeparator + name($0) }.joined()
    }

    /// The FTS5 pattern for a user query: every word must occur as a word prefix, in any column.
    /// Nil when the query holds no letters or digits. Quotes and operators in the query are plain
    /// text: only letters and digits reach the pattern, each inside a quoted string.
    ///
    /// `pattern(for: "Über* \"see")` is `"uber"* "see"*`.
    static func pattern(for query: String) -> String? {
        let words = NameInfo(query).words
        guard !words.isEmpty else { return nil }
        return words.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"*" }
            .joined(separator: " ")
    }
}
