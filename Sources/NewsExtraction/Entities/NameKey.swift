import NewsModel

/// A fast equivalent of ``EntityKey/of(_:)`` for names of Latin letters: lower case, common
/// diacritics removed, "ß" as "ss", only letters and digits, a trailing possessive "s" word and
/// trailing legal forms dropped. Other scripts fall back to ``EntityKey/of(_:)``.
enum NameKey {
    /// ``EntityKey/legalForms`` as a byte-compared set (every legal form is ASCII).
    private static let legalForms = WordSet(EntityKey.legalForms)

    static func of(_ name: String) -> String {
        @inline(__always) func isPlain(_ byte: UInt8) -> Bool { (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) }
        // One pass over the bytes: plain (returned as it is), other ASCII, or not ASCII at all.
        let shape =
            name.utf8.withContiguousStorageIfAvailable { bytes -> ByteShape in
                var shape = ByteShape.plain
                for byte in bytes where !isPlain(byte) {
                    if byte >= 0x80 { return .other }
                    shape = .ascii
                }
                return shape
            } ?? (name.utf8.allSatisfy(isPlain) ? .plain : .other)
        if shape == .plain { return name }
        // The folded words back to back, each followed by one space (a byte no word holds); at
        // most two bytes per input byte ("ß" is two bytes already, "1" plus a space two).
        let capacity = 2 * name.utf8.count + 2
        // ASCII names ("Brennick Automation Inc."), the most common case: each byte is folded
        // through a table, with no scalar decoding and no diacritics to look up.
        if shape == .ascii,
            let key = name.utf8.withContiguousStorageIfAvailable({ utf8 in
                withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { storage -> String in
                    var count = 0
                    var inWord = false
                    for byte in utf8 {
                        let folded = Self.asciiFold[Int(byte)]
                        if folded != 0 {
                            storage[count] = folded
                            count += 1
                            inWord = true
                        } else if inWord {
                            storage[count] = 0x20
                            count += 1
                            inWord = false
                        }
                    }
                    if inWord {
                        storage[count] = 0x20
                        count += 1
                    }
                    return Self.key(words: UnsafeBufferPointer(rebasing: storage[0..<count]))
                }
            })
        {
            return key
        }
        var text = name
        return text.withUTF8 { utf8 in withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { storage -> String in
            var count = 0
            var inWord = false
            // The scalars, decoded from the (valid) UTF-8 bytes.
            var b = 0
            while b < utf8.count {
                let lead = utf8[b]
                var v = UInt32(lead)
                if lead < 0x80 {
                    b += 1
                } else {
                    let (bits, length) = TextNormalizer.leadBits(lead)
                    v = bits
                    for k in 1..<length { v = v << 6 | UInt32(utf8[b + k] & 0x3F) }
                    b += length
                }
                if (v >= 0x61 && v <= 0x7A) || (v >= 0x30 && v <= 0x39) {
                    storage[count] = UInt8(v)
                    count += 1
                    inWord = true
                } else if v >= 0x41 && v <= 0x5A {
                    storage[count] = UInt8(v + 0x20)
                    count += 1
                    inWord = true
                } else if v < 0x80 {
                    if inWord {
                        storage[count] = 0x20
                        count += 1
                        inWord = false
                    }
                } else if let folded = fold(v) {
                    storage[count] = folded.0
                    count += 1
                    if let second = folded.1 {
                        storage[count] = second
                        count += 1
                    }
                    inWord = true
                } else if let scalar = Unicode.Scalar(v), ScalarClass.isLetter(scalar) || scalar.properties.numericType != nil {
                    return EntityKey.of(name)
                } else if inWord {
                    storage[count] = 0x20
                    count += 1
                    inWord = false
                }
            }
            if inWord {
                storage[count] = 0x20
                count += 1
            }
            return Self.key(words: UnsafeBufferPointer(rebasing: storage[0..<count]))
        } }
    }

    /// How a name's bytes look: lower-case ASCII letters and digits only, other ASCII, or not ASCII.
    private enum ByteShape { case plain, ascii, other }

    /// Each ASCII byte folded: lower-case letters and digits as they are, capitals in lower case,
    /// 0 for every other byte (a word break).
    private static let asciiFold: [UInt8] = (0..<128).map { byte -> UInt8 in
        switch byte {
        case 0x61...0x7A, 0x30...0x39: UInt8(byte)
        case 0x41...0x5A: UInt8(byte + 0x20)
        default: 0
        }
    }

    /// The key of folded words (`buffer`: the words back to back, each followed by one space):
    /// a trailing possessive "s" word and trailing legal forms dropped, the spaces removed.
    private static func key(words buffer: UnsafeBufferPointer<UInt8>) -> String {
        // Word ends: `end` is one past the last word's bytes (its space excluded).
        var end = buffer.count - 1
        var start = Self.wordStart(buffer, end: end)
        if start > 0, end - start == 1, buffer[start] == 0x73 {  // a possessive "s" word
            end = start - 1
            start = Self.wordStart(buffer, end: end)
        }
        while start > 0, legalForms.contains(utf8: UnsafeBufferPointer(rebasing: buffer[start..<end])) {
            end = start - 1
            start = Self.wordStart(buffer, end: end)
        }
        // "international" after two or more words (``EntityKey/international``).
        if start > 0, end - start == 13, Self.isInternational(buffer, start), Self.wordStart(buffer, end: start - 1) > 0 {
            end = start - 1
            start = Self.wordStart(buffer, end: end)
            while start > 0, legalForms.contains(utf8: UnsafeBufferPointer(rebasing: buffer[start..<end])) {
                end = start - 1
                start = Self.wordStart(buffer, end: end)
            }
        }
        guard end > 0 else { return "" }
        return String(unsafeUninitializedCapacity: end) { out in
            var written = 0
            for k in 0..<end where buffer[k] != 0x20 {
                out[written] = buffer[k]
                written += 1
            }
            return written
        }
    }

    /// Whether the 13 bytes at `start` spell "international".
    private static func isInternational(_ buffer: UnsafeBufferPointer<UInt8>, _ start: Int) -> Bool {
        var k = 0
        for byte in EntityKey.international.utf8 {
            guard buffer[start + k] == byte else { return false }
            k += 1
        }
        return true
    }

    /// The start of the word that ends at `end` (exclusive; -1 … when there are no words).
    @inline(__always) private static func wordStart(_ buffer: UnsafeBufferPointer<UInt8>, end: Int) -> Int {
        var k = end
        while k > 0, buffer[k - 1] != 0x20 { k -= 1 }
        return k
    }

    private static func fold(_ v: UInt32) -> (UInt8, UInt8?)? {
        switch v {
        case 0xE4, 0xC4, 0xE0, 0xC0, 0xE1, 0xC1, 0xE2, 0xC2, 0xE3, 0xC3, 0xE5, 0xC5: return (0x61, nil)  // a
        case 0xF6, 0xD6, 0xF2, 0xD2, 0xF3, 0xD3, 0xF4, 0xD4, 0xF5, 0xD5: return (0x6F, nil)  // o
        case 0xFC, 0xDC, 0xF9, 0xD9, 0xFA, 0xDA, 0xFB, 0xDB: return (0x75, nil)  // u
        case 0xE8, 0xC8, 0xE9, 0xC9, 0xEA, 0xCA, 0xEB, 0xCB: return (0x65, nil)  // e
        case 0xEC, 0xCC, 0xED, 0xCD, 0xEE, 0xCE, 0xEF, 0xCF: return (0x69, nil)  // i
        case 0xE7, 0xC7: return (0x63, nil)  // c
        case 0xF1, 0xD1: return (0x6E, nil)  // n
        case 0xDF, 0x1E9E: return (0x73, 0x73)  // ss
        case 0xFD, 0xDD, 0xFF: return (0x79, nil)  // y
        default: return nil
        }
    }
}
