/// Normalises article text scalar by scalar and keeps, for every output scalar, its offset in the
/// original text.
///
/// Non-breaking, narrow and other typographic spaces and tabs become a space; soft hyphens,
/// zero-width characters and carriage returns are removed; hyphen and dash variants (‐ ‑ ‒ – — −)
/// become "-"; an apostrophe "’" inside a word becomes "'". Quotation marks are kept as they are.
enum TextNormalizer {
    /// The normalised scalars and the original offset of each (plus one entry past the end).
    static func normalize(_ original: String.UnicodeScalarView) -> (scalars: [Unicode.Scalar], offsets: [Int]) {
        let input = Array(original)
        var scalars: [Unicode.Scalar] = []
        var offsets: [Int] = []
        scalars.reserveCapacity(input.count)
        offsets.reserveCapacity(input.count + 1)
        let n = input.count
        for i in 0..<n {
            let c = input[i]
            let v = c.value
            if v < 0x80 && v != 0x09 && v != 0x0D {
                scalars.append(c)
                offsets.append(i)
                continue
            }
            var out: Unicode.Scalar? = c
            switch v {
            case 0x09, 0xA0, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: out = " "
            case 0x0D, 0xAD, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF: out = nil
            case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212: out = "-"
            case 0x2019:
                if i > 0, i + 1 < n, ScalarClass.isLetter(input[i - 1]), ScalarClass.isLetter(input[i + 1]) { out = "'" }
            case 0x2028, 0x2029, 0x85: out = "\n"
            default: break
            }
            if let out {
                scalars.append(out)
                offsets.append(i)
            }
        }
        offsets.append(n)
        return (scalars, offsets)
    }
}
