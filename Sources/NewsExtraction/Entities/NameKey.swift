import NewsModel

/// A fast equivalent of ``EntityKey/of(_:)`` for names of Latin letters: lower case, common
/// diacritics removed, "ß" as "ss", only letters and digits, a trailing possessive "s" word and
/// trailing legal forms dropped. Other scripts fall back to ``EntityKey/of(_:)``.
enum NameKey {
    static func of(_ name: String) -> String {
        var plain = true
        for byte in name.utf8 where !((byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39)) {
            plain = false
            break
        }
        if plain { return name }
        var words: [[UInt8]] = []
        var current: [UInt8] = []
        for scalar in name.unicodeScalars {
            let v = scalar.value
            if (v >= 0x61 && v <= 0x7A) || (v >= 0x30 && v <= 0x39) {
                current.append(UInt8(v))
            } else if v >= 0x41 && v <= 0x5A {
                current.append(UInt8(v + 0x20))
            } else if v < 0x80 {
                if !current.isEmpty { words.append(current); current = [] }
            } else if let folded = fold(v) {
                current.append(contentsOf: folded.utf8)
            } else if ScalarClass.isLetter(scalar) || scalar.properties.numericType != nil {
                return EntityKey.of(name)
            } else if !current.isEmpty {
                words.append(current)
                current = []
            }
        }
        if !current.isEmpty { words.append(current) }
        if words.count > 1, words.last == [0x73] { words.removeLast() }
        while words.count > 1, let last = words.last, EntityKey.legalForms.contains(String(decoding: last, as: UTF8.self)) {
            words.removeLast()
        }
        var key = ""
        for word in words { key += String(decoding: word, as: UTF8.self) }
        return key
    }

    private static func fold(_ v: UInt32) -> String? {
        switch v {
        case 0xE4, 0xC4, 0xE0, 0xC0, 0xE1, 0xC1, 0xE2, 0xC2, 0xE3, 0xC3, 0xE5, 0xC5: return "a"
        case 0xF6, 0xD6, 0xF2, 0xD2, 0xF3, 0xD3, 0xF4, 0xD4, 0xF5, 0xD5: return "o"
        case 0xFC, 0xDC, 0xF9, 0xD9, 0xFA, 0xDA, 0xFB, 0xDB: return "u"
        case 0xE8, 0xC8, 0xE9, 0xC9, 0xEA, 0xCA, 0xEB, 0xCB: return "e"
        case 0xEC, 0xCC, 0xED, 0xCD, 0xEE, 0xCE, 0xEF, 0xCF: return "i"
        case 0xE7, 0xC7: return "c"
        case 0xF1, 0xD1: return "n"
        case 0xDF, 0x1E9E: return "ss"
        case 0xFD, 0xDD, 0xFF: return "y"
        default: return nil
        }
    }
}

