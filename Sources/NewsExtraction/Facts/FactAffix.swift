/// `hasPrefix` and `hasSuffix` for the words and names of the fact rules, on bytes when that gives
/// the `String` answer: when both texts are ASCII without a carriage return, each byte is a
/// `Character` of its own and two such `Character`s are equal exactly when their bytes are. Any
/// other text is left to `String`.
enum FactAffix {
    /// Whether `text` starts with `prefix` (the answer of `text.hasPrefix(prefix)`).
    static func hasPrefix(_ text: String, _ prefix: String) -> Bool {
        plainASCIIAnswer(text, prefix, atEnd: false) ?? text.hasPrefix(prefix)
    }

    /// Whether `text` ends with `suffix` (the answer of `text.hasSuffix(suffix)`).
    static func hasSuffix(_ text: String, _ suffix: String) -> Bool {
        plainASCIIAnswer(text, suffix, atEnd: true) ?? text.hasSuffix(suffix)
    }

    /// Whether `affix` stands at the start (or, with `atEnd`, the end) of `text`, compared byte by
    /// byte; nil when either text is not plain ASCII (then `String` must answer).
    @inline(__always)
    private static func plainASCIIAnswer(_ text: String, _ affix: String, atEnd: Bool) -> Bool? {
        var text = text
        var affix = affix
        return text.withUTF8 { whole in
            affix.withUTF8 { part in
                guard isPlainASCII(whole), isPlainASCII(part) else { return nil }
                guard part.count <= whole.count else { return false }
                let start = atEnd ? whole.count - part.count : 0
                for offset in 0..<part.count where whole[start + offset] != part[offset] { return false }
                return true
            }
        }
    }

    /// Whether a text is ASCII with no carriage return (which joins a following line feed into one
    /// `Character`).
    static func isPlainASCII(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { isPlainASCII($0) }
    }

    @inline(__always) private static func isPlainASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for byte in bytes where byte >= 0x80 || byte == 0x0D { return false }
        return true
    }
}
