/// Decodes HTML character references: named ones common in news (`&amp;`, `&nbsp;`, `&auml;`,
/// `&bdquo;` …) and numeric ones (`&#8364;`, `&#x20AC;`). Unknown names stay as written.
enum HTMLEntities {
    /// `text` with its character references replaced.
    static func decode(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var output = ""
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            guard character == "&", let semicolon = text[index...].prefix(12).firstIndex(of: ";") else {
                output.append(character)
                index = text.index(after: index)
                continue
            }
            let name = text[text.index(after: index)..<semicolon]
            if let scalar = scalar(for: name) {
                output.unicodeScalars.append(scalar)
                index = text.index(after: semicolon)
            } else {
                output.append(character)
                index = text.index(after: index)
            }
        }
        return output
    }

    private static func scalar(for name: Substring) -> Unicode.Scalar? {
        if name.hasPrefix("#x") || name.hasPrefix("#X") {
            return UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init)
        }
        if name.hasPrefix("#") { return UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init) }
        return named[String(name)].flatMap(Unicode.Scalar.init)
    }

    private static let named: [String: UInt32] = [
        "amp": 0x26, "lt": 0x3C, "gt": 0x3E, "quot": 0x22, "apos": 0x27, "nbsp": 0xA0, "shy": 0xAD,
        "ndash": 0x2013, "mdash": 0x2014, "lsquo": 0x2018, "rsquo": 0x2019, "sbquo": 0x201A, "ldquo": 0x201C,
        "rdquo": 0x201D, "bdquo": 0x201E, "laquo": 0xAB, "raquo": 0xBB, "lsaquo": 0x2039, "rsaquo": 0x203A,
        "hellip": 0x2026, "euro": 0x20AC, "pound": 0xA3, "yen": 0xA5, "cent": 0xA2, "copy": 0xA9, "reg": 0xAE,
        "trade": 0x2122, "deg": 0xB0, "sect": 0xA7, "middot": 0xB7, "bull": 0x2022, "times": 0xD7,
        "auml": 0xE4, "ouml": 0xF6, "uuml": 0xFC, "Auml": 0xC4, "Ouml": 0xD6, "Uuml": 0xDC, "szlig": 0xDF,
        "eacute": 0xE9, "egrave": 0xE8, "agrave": 0xE0, "aacute": 0xE1, "ccedil": 0xE7, "Eacute": 0xC9,
        "ntilde": 0xF1, "oacute": 0xF3, "iacute": 0xED, "uacute": 0xFA, "ecirc": 0xEA, "ocirc": 0xF4,
        "thinsp": 0x2009, "ensp": 0x2002, "emsp": 0x2003, "zwnj": 0x200C, "zwj": 0x200D,
    ]
}
