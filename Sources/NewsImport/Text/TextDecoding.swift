import Foundation

/// Turns the bytes of a file into text: UTF-8 (with or without BOM), UTF-16 with a BOM, then
/// Windows-1252, then Latin-1. Line endings are left as they are.
enum TextDecoding {
    /// The decoded text, or why the bytes are not text.
    static func decode(_ data: Data) -> Result<String, ImportError.Reason> {
        if data.isEmpty { return .failure(.empty) }
        let bytes = [UInt8](data.prefix(3))
        if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
            guard let text = String(data: data, encoding: .utf16) else { return .failure(.notText) }
            return .success(text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text)
        }
        if containsNUL(data) { return .failure(.binary) }
        var body = data
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { body = data.dropFirst(3) }
        if let text = String(data: body, encoding: .utf8) { return .success(text) }
        if let text = windows1252(body), plausible(text) { return .success(text) }
        let latin1 = String(String.UnicodeScalarView(body.map { Unicode.Scalar($0) }))
        if plausible(latin1) { return .success(latin1) }
        return .failure(.notText)
    }

    /// Whether the bytes contain a NUL byte.
    static func containsNUL(_ data: Data) -> Bool {
        data.withUnsafeBytes { raw in
            guard let base = raw.baseAddress, raw.count > 0 else { return false }
            return memchr(base, 0, raw.count) != nil
        }
    }

    /// Decodes Windows-1252; nil when a byte is undefined in it (0x81, 0x8D, 0x8F, 0x90, 0x9D).
    static func windows1252(_ data: Data) -> String? {
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(data.count)
        for byte in data {
            if (0x80...0x9F).contains(byte) {
                let value = cp1252High[Int(byte - 0x80)]
                guard value != 0, let scalar = Unicode.Scalar(value) else { return nil }
                scalars.append(scalar)
            } else {
                scalars.append(Unicode.Scalar(byte))
            }
        }
        return String(scalars)
    }

    /// Text is plausible when control characters (other than tab, line feed, carriage return and
    /// form feed) make up less than one in a hundred characters.
    static func plausible(_ text: String) -> Bool {
        var controls = 0
        var total = 0
        for scalar in text.unicodeScalars {
            total += 1
            let value = scalar.value
            if (value < 0x20 && ![0x09, 0x0A, 0x0C, 0x0D].contains(value)) || (0x7F...0x9F).contains(value) {
                controls += 1
            }
        }
        return controls * 100 < max(total, 1)
    }

    /// Windows-1252 bytes 0x80–0x9F; 0 where the code page defines nothing.
    private static let cp1252High: [UInt32] = [
        0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
        0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
    ]
}
