/// Normalises article text scalar by scalar and keeps, for every output scalar, its offset in the
/// original text.
///
/// Non-breaking, narrow and other typographic spaces and tabs become a space; soft hyphens,
/// zero-width characters and carriage returns are removed; hyphen and dash variants (‐ ‑ ‒ – — −)
/// become "-"; an apostrophe "’" inside a word becomes "'". Quotation marks are kept as they are.
enum TextNormalizer {
    /// The value bits of a UTF-8 lead byte (0x80 or above) and the length of its sequence.
    @inline(__always) static func leadBits(_ lead: UInt8) -> (value: UInt32, length: Int) {
        if lead < 0xE0 { return (UInt32(lead & 0x1F), 2) }
        if lead < 0xF0 { return (UInt32(lead & 0x0F), 3) }
        return (UInt32(lead & 0x07), 4)
    }

    /// Whether the scalar starting at byte `b` is a letter.
    fileprivate static func nextIsLetter(_ bytes: UnsafeBufferPointer<UInt8>, _ b: Int) -> Bool {
        let lead = bytes[b]
        if lead < 0x80 { return (lead >= 0x41 && lead <= 0x5A) || (lead >= 0x61 && lead <= 0x7A) }
        var (value, length) = leadBits(lead)
        for k in 1..<length where b + k < bytes.count { value = value << 6 | UInt32(bytes[b + k] & 0x3F) }
        return Unicode.Scalar(value).map(ScalarClass.isLetter) ?? false
    }
}

extension TextNormalizer {
    /// Everything the preparer needs from one pass over the original UTF-8 bytes.
    struct Output {
        /// The normalised scalars.
        var scalars: [Unicode.Scalar]
        /// The original scalar offset of each normalised scalar, plus one entry past the end.
        var offsets: [Int]
        /// The normalised text as UTF-8 with the byte offset of each scalar.
        var text: UTF8Text
        /// The scalar offsets where paragraphs start: 0 and the end of every run of two or more
        /// line breaks.
        var paragraphStarts: [Int]
    }

    /// Normalisation, the UTF-8 text with its scalar offsets, and the paragraph starts in one pass
    /// writing straight into the arrays; nil for bytes that are not valid UTF-8 (never the case for
    /// a `String`'s bytes, the only input).
    static func normalizeAll(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Output? {
        let n = bytes.count
        var writer: Writer?
        var offsets: [Int] = []
        var textBytes: [UInt8] = []
        var textOffsets: [Int32] = []
        let scalars = [Unicode.Scalar](unsafeUninitializedCapacity: n) { outScalars, scalarsWritten in
            offsets = [Int](unsafeUninitializedCapacity: n + 1) { outOffsets, offsetsWritten in
                textBytes = [UInt8](unsafeUninitializedCapacity: n + 1) { outBytes, bytesWritten in
                    textOffsets = [Int32](unsafeUninitializedCapacity: n + 1) { outTextOffsets, textOffsetsWritten in
                        var w = Writer(
                            scalars: outScalars, offsets: outOffsets, bytes: outBytes, textOffsets: outTextOffsets)
                        w.run(bytes)
                        textOffsetsWritten = w.count + 1
                        writer = w
                    }
                    bytesWritten = writer?.byteCount ?? 0
                }
                offsetsWritten = (writer?.count ?? 0) + 1
            }
            scalarsWritten = writer?.count ?? 0
        }
        guard let writer, writer.valid else { return nil }
        return Output(
            scalars: scalars, offsets: offsets, text: UTF8Text(bytes: textBytes, offsets: textOffsets),
            paragraphStarts: writer.paragraphStarts)
    }

    /// The one pass of ``normalizeAll(utf8:)``, writing into buffers of at least the input's size
    /// (plus one for the offsets): normalisation never makes a text longer.
    private struct Writer {
        let scalars: UnsafeMutableBufferPointer<Unicode.Scalar>
        let offsets: UnsafeMutableBufferPointer<Int>
        let bytes: UnsafeMutableBufferPointer<UInt8>
        let textOffsets: UnsafeMutableBufferPointer<Int32>
        /// Normalised scalars written.
        var count = 0
        /// Normalised UTF-8 bytes written.
        var byteCount = 0
        var valid = true
        var paragraphStarts = [0]
        /// Line breaks just written in a row.
        var newlines = 0

        init(
            scalars: UnsafeMutableBufferPointer<Unicode.Scalar>, offsets: UnsafeMutableBufferPointer<Int>,
            bytes: UnsafeMutableBufferPointer<UInt8>, textOffsets: UnsafeMutableBufferPointer<Int32>
        ) {
            self.scalars = scalars
            self.offsets = offsets
            self.bytes = bytes
            self.textOffsets = textOffsets
        }

        @inline(__always) mutating func startScalar(_ isNewline: Bool) {
            if isNewline {
                newlines += 1
            } else {
                if newlines >= 2 { paragraphStarts.append(count) }
                newlines = 0
            }
        }

        @inline(__always) mutating func emitASCII(_ byte: UInt8, original: Int) {
            startScalar(byte == 0x0A)
            scalars[count] = Unicode.Scalar(byte)
            offsets[count] = original
            textOffsets[count] = Int32(byteCount)
            bytes[byteCount] = byte
            byteCount += 1
            count += 1
        }

        mutating func run(_ input: UnsafeBufferPointer<UInt8>) {
            let n = input.count
            // The output buffers in locals, so that the ASCII loop keeps them in registers.
            let outScalars = scalars
            let outOffsets = offsets
            let outTextOffsets = textOffsets
            let outBytes = bytes
            var b = 0
            var i = 0  // scalar offset in the original
            var previousIsLetter = false
            while b < n {
                let lead = input[b]
                if lead < 0x80 {
                    // A run of ASCII bytes with the counters in locals: a tab becomes a space, a
                    // carriage return is dropped, everything else is copied.
                    var written = count
                    var writtenBytes = byteCount
                    var breaks = newlines
                    var k = b
                    var original = i
                    while k < n {
                        let byte = input[k]
                        if byte >= 0x80 { break }
                        k += 1
                        original += 1
                        if byte == 0x0D { continue }
                        let out: UInt8 = byte == 0x09 ? 0x20 : byte
                        if out == 0x0A {
                            breaks += 1
                        } else {
                            if breaks >= 2 { paragraphStarts.append(written) }
                            breaks = 0
                        }
                        outScalars[written] = Unicode.Scalar(out)
                        outOffsets[written] = original - 1
                        outTextOffsets[written] = Int32(writtenBytes)
                        outBytes[writtenBytes] = out
                        writtenBytes += 1
                        written += 1
                        guard out != 0x0A else { continue }
                        // After a byte that is no line break (`breaks` is 0 now), printable ASCII
                        // is copied with no other test: no tab, carriage return or line break.
                        while k < n {
                            let next = input[k]
                            guard next >= 0x20, next < 0x80 else { break }
                            outScalars[written] = Unicode.Scalar(next)
                            outOffsets[written] = original
                            outTextOffsets[written] = Int32(writtenBytes)
                            outBytes[writtenBytes] = next
                            k += 1
                            original += 1
                            writtenBytes += 1
                            written += 1
                        }
                    }
                    let last = input[k - 1]
                    previousIsLetter = (last >= 0x41 && last <= 0x5A) || (last >= 0x61 && last <= 0x7A)
                    count = written
                    byteCount = writtenBytes
                    newlines = breaks
                    b = k
                    i = original
                    continue
                }
                var (value, length) = TextNormalizer.leadBits(lead)
                guard lead >= 0xC0, b + length <= n else {
                    valid = false
                    break
                }
                for k in 1..<length { value = value << 6 | UInt32(input[b + k] & 0x3F) }
                guard let scalar = Unicode.Scalar(value) else {
                    valid = false
                    break
                }
                let start = b
                b += length
                switch value {
                case 0xA0, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: emitASCII(0x20, original: i)
                case 0xAD, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF: break
                case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212: emitASCII(0x2D, original: i)
                case 0x2028, 0x2029, 0x85: emitASCII(0x0A, original: i)
                default:
                    if value == 0x2019, previousIsLetter, b < n, TextNormalizer.nextIsLetter(input, b) {
                        emitASCII(0x27, original: i)
                    } else {
                        // Kept as it is: its bytes are copied.
                        startScalar(false)
                        scalars[count] = scalar
                        offsets[count] = i
                        textOffsets[count] = Int32(byteCount)
                        for k in start..<b {
                            bytes[byteCount] = input[k]
                            byteCount += 1
                        }
                        count += 1
                    }
                }
                previousIsLetter = ScalarClass.isLetter(scalar)
                i += 1
            }
            if newlines >= 2 { paragraphStarts.append(count) }
            offsets[count] = i
            textOffsets[count] = Int32(byteCount)
        }
    }
}
