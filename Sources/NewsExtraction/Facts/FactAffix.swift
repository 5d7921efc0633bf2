/// `hasPrefix` and `hasSuffix` for the words and names of the fact rules, on bytes when that gives
/// the `String` answer: when the text is ASCII without a carriage return, each byte is a `Character`
/// of its own and two such `Character`s are equal exactly when their bytes are. A non-ASCII affix
/// then matches only if it holds a scalar canonically equivalent to ASCII (KELVIN SIGN, GREEK
/// QUESTION MARK, GREEK VARIA), which is left to `String`, as is every non-ASCII text.
enum FactAffix {
    /// Whether `text` starts with `prefix` (the answer of `text.hasPrefix(prefix)`).
    static func hasPrefix(_ text: String, _ prefix: String) -> Bool {
        switch kind(text, prefix) {
        case .bytes: return text.utf8.starts(with: prefix.utf8)
        case .never: return false
        case .characters: return text.hasPrefix(prefix)
        }
    }

    /// Whether `text` ends with `suffix` (the answer of `text.hasSuffix(suffix)`).
    static func hasSuffix(_ text: String, _ suffix: String) -> Bool {
        switch kind(text, suffix) {
        case .bytes:
            let bytes = text.utf8
            let tail = suffix.utf8
            guard tail.count <= bytes.count else { return false }
            return bytes.dropFirst(bytes.count - tail.count).elementsEqual(tail)
        case .never: return false
        case .characters: return text.hasSuffix(suffix)
        }
    }

    private enum Kind { case bytes, never, characters }

    /// How to compare: bytes for two plain ASCII texts; `never` for a plain ASCII text and an affix with
    /// a non-ASCII scalar that no ASCII scalar is equivalent to; else by `Character`.
    private static func kind(_ text: String, _ affix: String) -> Kind {
        guard isPlainASCII(text) else { return .characters }
        if isPlainASCII(affix) { return .bytes }
        if affix.utf8.contains(0x0D) { return .characters }
        return affix.unicodeScalars.contains(where: { [0x212A, 0x037E, 0x1FEF].contains($0.value) }) ? .characters : .never
    }

    /// ASCII with no carriage return (which joins a following line feed into one `Character`).
    @inline(__always) private static func isPlainASCII(_ text: String) -> Bool {
        for byte in text.utf8 where byte >= 0x80 || byte == 0x0D { return false }
        return true
    }
}
