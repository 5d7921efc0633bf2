import NewsModel

/// Splits the text of a sentence into ``FactToken``s without regular expressions.
enum FactTokenizer {
    /// The tokens of a range of a document's normalised scalars.
    static func tokens(in scalars: [Unicode.Scalar], range: TextRange) -> [FactToken] {
        var result: [FactToken] = []
        result.reserveCapacity(max(4, range.length / 5))
        // The scalars are read in place, without bounds checks or copies.
        scalars.withUnsafeBufferPointer { buffer in
            var index = max(0, range.start)
            let end = min(range.end, buffer.count)
            while index < end {
                let scalar = buffer[index]
                if isSpace(scalar) {
                    index += 1
                    continue
                }
                if isWordScalar(scalar) {
                    let start = index
                    index += 1
                    while index < end {
                        let current = buffer[index]
                        if isWordScalar(current) {
                            index += 1
                            continue
                        }
                        // Inner connectors: a hyphen, apostrophe, dot, comma or slash between word characters.
                        if index + 1 < end, isWordScalar(buffer[index + 1]), isConnector(current, previous: buffer[index - 1], next: buffer[index + 1]) {
                            index += 2
                            continue
                        }
                        break
                    }
                    result.append(make(buffer, start, index))
                } else {
                    result.append(make(buffer, index, index + 1))
                    index += 1
                }
            }
        }
        return result
    }

    private static func make(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ start: Int, _ end: Int) -> FactToken {
        var ascii = true
        var hasCapital = false
        for position in start..<end {
            let value = scalars[position].value
            if value >= 0x80 {
                ascii = false
                break
            }
            if value >= 65 && value <= 90 { hasCapital = true }
        }
        guard ascii else { return makeUnicode(scalars, start, end) }
        // ASCII: the strings are written byte by byte (no scalar views, no re-encoding).
        let count = end - start
        let text = String(unsafeUninitializedCapacity: count) { buffer in
            for k in 0..<count { buffer[k] = UInt8(truncatingIfNeeded: scalars[start + k].value) }
            return count
        }
        let lower =
            hasCapital
            ? String(unsafeUninitializedCapacity: count) { buffer in
                for k in 0..<count {
                    let byte = UInt8(truncatingIfNeeded: scalars[start + k].value)
                    buffer[k] = byte >= 65 && byte <= 90 ? byte + 32 : byte
                }
                return count
            } : text
        let first = scalars[start]
        return FactToken(
            text: text, lower: lower, range: TextRange(start: start, end: end),
            startsWithDigit: first.value >= 48 && first.value <= 57,
            isPunctuation: count == 1 && !isWordScalar(first))
    }

    private static func makeUnicode(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ start: Int, _ end: Int) -> FactToken {
        var text = String.UnicodeScalarView()
        var lower = String.UnicodeScalarView()
        for position in start..<end {
            let scalar = scalars[position]
            text.append(scalar)
            lower.append(lowercase(scalar))
        }
        let first = scalars[start]
        return FactToken(
            text: String(text), lower: String(lower), range: TextRange(start: start, end: end),
            startsWithDigit: first.value >= 48 && first.value <= 57,
            isPunctuation: end - start == 1 && !isWordScalar(first))
    }

    /// Folds ASCII and Latin-1 capitals; other scalars are kept.
    static func lowercase(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        let value = scalar.value
        if (65...90).contains(value) || ((0xC0...0xDE).contains(value) && value != 0xD7) {
            return Unicode.Scalar(value + 32) ?? scalar
        }
        if value < 0x80 { return scalar }
        if scalar.properties.isUppercase, let lower = scalar.properties.lowercaseMapping.unicodeScalars.first {
            return lower
        }
        return scalar
    }

    @inline(__always) static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return value == 32 || (value &- 9) < 5 }
        switch value {
        case 0xA0, 0x2000...0x200B, 0x202F, 0x3000: return true
        default: return false
        }
    }

    @inline(__always) static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 {
            // Digits, then ASCII letters of either case.
            return (value &- 48) < 10 || ((value | 0x20) &- 97) < 26
        }
        return isWordScalarSlow(scalar)
    }

    private static func isWordScalarSlow(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    @inline(__always) private static func isConnector(_ scalar: Unicode.Scalar, previous: Unicode.Scalar, next: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x2D, 0x2010, 0x2011, 0x27, 0x2019, 0x26: return true  // - ‐ ‑ ' ’ &
        case 0x2E, 0x2C, 0x2F:  // . , / only between digits
            return isDigit(previous) && isDigit(next)
        default: return false
        }
    }

    @inline(__always) private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { (48...57).contains(scalar.value) }
}
