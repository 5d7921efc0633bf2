/// Byte-level shortcuts for ``NumberReader``: the same answers as its `Character` code for ASCII
/// tokens (every number token of the corpora), without walking grapheme clusters or calling
/// Foundation's substring search. Non-ASCII text is left to the `Character` code.
enum NumberScan {
    /// The index of the first letter of an ASCII text, `nil` when it has none; for other text, the
    /// first `Character` that is a letter (the general rule).
    static func firstLetter(in text: String) -> String.Index? {
        var ascii = true
        for byte in text.utf8 where byte >= 0x80 {
            ascii = false
            break
        }
        guard ascii else { return text.firstIndex(where: { $0.isLetter }) }
        return text.utf8.firstIndex { ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A }
    }

    /// The index of the first "-" in a word: on the bytes when the word is ASCII (where a "-" byte is
    /// always a `Character` of its own), else by `Character`, so the answer is that of `firstIndex(of:)`.
    static func firstHyphen(in word: String) -> String.Index? {
        guard isASCII(word) else { return word.firstIndex(of: "-") }
        return word.utf8.firstIndex(of: 0x2D)
    }

    /// The index of the last "-" in a word, the same way as ``firstHyphen(in:)`` (`lastIndex(of:)`).
    static func lastHyphen(in word: String) -> String.Index? {
        guard isASCII(word) else { return word.lastIndex(of: "-") }
        return word.utf8.lastIndex(of: 0x2D)
    }

    /// Whether every byte of a text is ASCII.
    @inline(__always) static func isASCII(_ text: String) -> Bool {
        for byte in text.utf8 where byte >= 0x80 { return false }
        return true
    }

    /// Whether a text starts with a number `Character`: for an ASCII first byte, whether it is a digit
    /// (no other ASCII scalar is numeric, and the first scalar decides `isNumber`); else `Character.isNumber`.
    static func startsWithNumber(_ text: Substring) -> Bool {
        guard let byte = text.utf8.first else { return false }
        if byte < 0x80 { return byte >= 0x30 && byte <= 0x39 }
        return text.first?.isNumber == true
    }

    /// Whether the text may contain the ASCII mark `byte`: false only when the byte is absent, in
    /// which case no search for that mark can succeed (no other scalar is equivalent to it).
    @inline(__always) static func mayContain(_ byte: UInt8, _ text: Substring) -> Bool {
        text.utf8.contains(byte)
    }

    /// Whether a word may contain "prozentig": false only when its bytes do not hold it.
    static func mayContainPercentStem(_ word: String) -> Bool {
        let found: Bool? = word.utf8.withContiguousStorageIfAvailable { bytes in
            let stem = percentStem
            guard bytes.count >= stem.count else { return false }
            for start in 0...(bytes.count - stem.count) where bytes[start] == stem[0] {
                var match = true
                for k in 1..<stem.count where bytes[start + k] != stem[k] {
                    match = false
                    break
                }
                if match { return true }
            }
            return false
        }
        return found ?? true
    }

    private static let percentStem: [UInt8] = Array("prozentig".utf8)

    /// ``NumberReader``'s plain-number rule on the bytes of an ASCII text: the last of "." and ","
    /// is the decimal mark when both occur; a single mark is a thousands separator when it is the
    /// language's ("." German, "," English) and three digits follow; a repeated mark is never
    /// decimal. Returns `.none` for non-ASCII text, else the parsed value (or `nil`).
    static func plainNumber(_ text: Substring, german: Bool) -> Double?? {
        var lastDot = -1
        var lastComma = -1
        var dots = 0
        var commas = 0
        var count = 0
        for byte in text.utf8 {
            if byte >= 0x80 || byte == 0x0D { return .none }  // non-ASCII, or a CR that may join a LF
            if byte == 0x2E {
                lastDot = count
                dots += 1
            } else if byte == 0x2C {
                lastComma = count
                commas += 1
            }
            count += 1
        }
        var decimal: UInt8 = 0  // 0: none
        if lastDot >= 0, lastComma >= 0 {
            decimal = lastDot > lastComma ? 0x2E : 0x2C
        } else if lastDot >= 0 || lastComma >= 0 {
            let mark: UInt8 = lastDot >= 0 ? 0x2E : 0x2C
            let position = lastDot >= 0 ? lastDot : lastComma
            let after = count - position - 1
            let marks = mark == 0x2E ? dots : commas
            let thousands: UInt8 = german ? 0x2E : 0x2C
            if marks > 1 {
                decimal = 0
            } else if mark == thousands {
                decimal = after == 3 ? 0 : mark
            } else {
                decimal = mark
            }
        }
        // Digits only, with no decimal mark in effect: read as an integer. Up to 15 digits the value is
        // below 2^53, where `Double(String)` gives the same (exactly represented) number.
        if decimal == 0, count - dots - commas <= 15 {
            var value: Int64 = 0
            var digits = 0
            for byte in text.utf8 where byte >= 0x30 && byte <= 0x39 {
                value = value * 10 + Int64(byte - 0x30)
                digits += 1
            }
            if digits == count - dots - commas { return .some(digits == 0 ? nil : Double(value)) }
        }
        var cleaned = ""
        cleaned.reserveCapacity(count)
        for byte in text.utf8 {
            if byte >= 0x30 && byte <= 0x39 {
                cleaned.unicodeScalars.append(Unicode.Scalar(byte))
            } else if decimal != 0 && byte == decimal {
                cleaned.unicodeScalars.append(".")
            }
        }
        return .some(Double(cleaned))
    }
}
