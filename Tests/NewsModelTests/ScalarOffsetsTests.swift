import NewsModel
import Testing

/// Scalar offsets mapped to UTF-8 bytes agree with walking the scalars.
@Suite struct ScalarOffsetsTests {
    @Test func byteRangesOfMultiByteScalars() {
        let offsets = ScalarOffsets("a🚢é\n\nb")
        #expect(offsets.scalarCount == 6)
        #expect(offsets.byteRange(start: 1, end: 3) == 1..<7)
        #expect(offsets.byteRange(start: 6, end: 6) == 10..<10)
        #expect(offsets.byteRange(start: 4, end: 7) == nil)
        #expect(offsets.byteRange(start: -1, end: 0) == nil)
    }

    @Test func asciiTextUsesTheScalarOffsetsAsByteOffsets() {
        let offsets = ScalarOffsets("plain text")
        #expect(offsets.scalarCount == 10)
        #expect(offsets.byteRange(start: 6, end: 10) == 6..<10)
    }

    @Test func substringsAgreeWithTheScalarWalk() {
        let text = "Übernahme: „Zervalo“ kauft 37,6 % — e\u{301}ndlich 🚢."
        let offsets = ScalarOffsets(text)
        let count = text.unicodeScalars.count
        for start in stride(from: -2, through: count + 2, by: 3) {
            for end in stride(from: start, through: count + 3, by: 4) {
                let range = TextRange(start: start, end: end)
                #expect(offsets.substring(of: text, in: range) == text.substring(in: range), "\(start)..<\(end)")
            }
        }
    }
}
