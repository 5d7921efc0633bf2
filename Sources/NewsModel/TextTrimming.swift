/// Trimming of white space at both ends without Foundation's `trimmingCharacters(in:)`, which on
/// Linux copies every string into an `NSString` first (a tenth of the reading time of a corpus).
/// Gives what `trimmingCharacters(in: .whitespaces)` and `(in: .whitespacesAndNewlines)` give.
///
/// ```swift
/// TextTrimming.spacesAndNewlines("\u{A0}Kestrel AG\n") // "Kestrel AG"
/// ```
public enum TextTrimming {
    /// `CharacterSet.whitespaces` as Foundation on Linux defines it: space, tab, U+00A0, U+1680,
    /// U+2000 to U+200B (with the zero width space), U+202F, U+205F and U+3000.
    public static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0x09, 0xA0, 0x1680, 0x2000...0x200B, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }

    /// `CharacterSet.whitespacesAndNewlines`: those and U+000A to U+000D, U+0085, U+2028, U+2029.
    public static func isSpaceOrNewline(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A...0x0D, 0x85, 0x2028, 0x2029: true
        default: isSpace(scalar)
        }
    }

    /// `text` without spaces and tabs at either end.
    public static func spaces(_ text: String) -> String { trim(text, isSpace) }

    /// `text` without white space and line breaks at either end.
    public static func spacesAndNewlines(_ text: String) -> String { trim(text, isSpaceOrNewline) }

    private static func trim(_ text: String, _ drop: (Unicode.Scalar) -> Bool) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.first, let last = scalars.last else { return text }
        if !drop(first) && !drop(last) { return text }
        guard let start = scalars.firstIndex(where: { !drop($0) }) else { return "" }
        let end = scalars.lastIndex(where: { !drop($0) })!
        return String(scalars[start...end])
    }
}
