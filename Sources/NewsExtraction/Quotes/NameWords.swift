/// The lower-case words of a name and its lower-case initials, for matching a name the recognizer
/// missed against the names of the table: words are the runs of letters and digits
/// (`Character.isLetter` / `isNumber`). ASCII names are split on their bytes; other names take the
/// `Character` path, so both give the same result.
enum NameWords {
    /// The words of `name`, lower case, and the first letter or digit of each word, lower case.
    static func split(_ name: String) -> (words: [String], initials: String) {
        var ascii = true
        for byte in name.utf8 where byte >= 0x80 {
            ascii = false
            break
        }
        guard ascii else {
            let parts = name.split { !$0.isLetter && !$0.isNumber }
            return (parts.map { $0.lowercased() }, String(parts.compactMap(\.first)).lowercased())
        }
        var words: [String] = []
        var initials: [UInt8] = []
        let bytes = Array(name.utf8)
        var start = -1
        for position in 0...bytes.count {
            let isWordByte = position < bytes.count && isAlphanumeric(bytes[position])
            if isWordByte {
                if start < 0 {
                    start = position
                    initials.append(lower(bytes[position]))
                }
            } else if start >= 0 {
                words.append(String(decoding: bytes[start..<position].map(lower), as: UTF8.self))
                start = -1
            }
        }
        return (words, String(decoding: initials, as: UTF8.self))
    }

    /// `name.split { $0 == " " || $0 == "-" }`: ASCII names are split on their bytes, others by
    /// `Character`, with the same result.
    static func spaceOrHyphenParts(_ name: String) -> [Substring] {
        var ascii = true
        for byte in name.utf8 where byte >= 0x80 {
            ascii = false
            break
        }
        guard ascii else { return name.split(whereSeparator: { $0 == " " || $0 == "-" }) }
        var parts: [Substring] = []
        let utf8 = name.utf8
        var start: String.Index?
        var index = utf8.startIndex
        while index < utf8.endIndex {
            let byte = utf8[index]
            if byte == 0x20 || byte == 0x2D {
                if let first = start { parts.append(name[first..<index]) }
                start = nil
            } else if start == nil {
                start = index
            }
            index = utf8.index(after: index)
        }
        if let first = start { parts.append(name[first..<utf8.endIndex]) }
        return parts
    }

    @inline(__always) private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A)
    }

    @inline(__always) private static func lower(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
    }
}
