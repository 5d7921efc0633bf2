/// A fast reader of the JSON arrays of strings that ``StoredFormats/json(_:)-([String])`` writes
/// (paragraphs, topics): `["…","…"]` without spaces, with the escapes `\"`, `\\`, `\/`, `\b`,
/// `\f`, `\n`, `\r`, `\t` and `\uXXXX` (surrogate pairs included). Anything else gives nil, and the
/// caller decodes with `JSONDecoder` (the same strings, slower).
enum JSONStringArray {
    /// The strings of `json`, or nil when it is not in the compact form above.
    static func decode(_ json: String) -> [String]? {
        var json = json
        return json.withUTF8 { bytes -> [String]? in
            var index = 0
            func next() -> UInt8? {
                guard index < bytes.count else { return nil }
                defer { index += 1 }
                return bytes[index]
            }
            guard next() == UInt8(ascii: "[") else { return nil }
            var strings: [String] = []
            if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
                return index + 1 == bytes.count ? [] : nil
            }
            while true {
                guard next() == UInt8(ascii: "\""), let string = readString(bytes, &index) else { return nil }
                strings.append(string)
                switch next() {
                case UInt8(ascii: ","): continue
                case UInt8(ascii: "]"): return index == bytes.count ? strings : nil
                default: return nil
                }
            }
        }
    }

    /// Reads a string body after its opening quote, up to and past the closing quote.
    private static func readString(_ bytes: UnsafeBufferPointer<UInt8>, _ index: inout Int) -> String? {
        var out: [UInt8] = []
        var runStart = index
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                if out.isEmpty {
                    defer { index += 1 }
                    return String(decoding: UnsafeBufferPointer(rebasing: bytes[runStart..<index]), as: UTF8.self)
                }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                index += 1
                return String(decoding: out, as: UTF8.self)
            }
            if byte < 0x20 { return nil }
            guard byte == UInt8(ascii: "\\") else {
                index += 1
                continue
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
            index += 1
            guard index < bytes.count else { return nil }
            let escape = bytes[index]
            index += 1
            switch escape {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(escape)
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "u"):
                guard var unit = hex4(bytes, &index) else { return nil }
                var value = UInt32(unit)
                if 0xD800..<0xDC00 ~= unit {
                    // A high surrogate must be followed by an escaped low one.
                    guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u")
                    else { return nil }
                    index += 2
                    guard let low = hex4(bytes, &index), 0xDC00..<0xE000 ~= low else { return nil }
                    value = 0x10000 + ((UInt32(unit) - 0xD800) << 10) + (UInt32(low) - 0xDC00)
                    unit = 0
                } else if 0xDC00..<0xE000 ~= unit {
                    return nil
                }
                guard let scalar = Unicode.Scalar(value) else { return nil }
                out.append(contentsOf: String(Character(scalar)).utf8)
            default: return nil
            }
            runStart = index
        }
        return nil
    }

    /// Four hex digits as a UTF-16 code unit.
    private static func hex4(_ bytes: UnsafeBufferPointer<UInt8>, _ index: inout Int) -> UInt16? {
        guard index + 4 <= bytes.count else { return nil }
        var value: UInt16 = 0
        for _ in 0..<4 {
            let byte = bytes[index]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: return nil
            }
            value = value << 4 | UInt16(digit)
            index += 1
        }
        return value
    }
}
