import Foundation
import Testing

@testable import NewsImport

/// Paragraph splitting on UTF-8 bytes gives what splitting the characters gave.
@Suite struct BodyParagraphTests {
    /// The character-based splitting used before, as the reference.
    private static func reference(_ text: String) -> [String] {
        let normalized = PlainTextParser.normalizeLineEndings(text)
        if normalized.contains("\n\n") {
            var result: [String] = []
            var current: [Substring] = []
            for line in normalized.split(separator: "\n", omittingEmptySubsequences: false) {
                if PlainTextParser.isBlank(line) {
                    if !current.isEmpty { result.append(current.joined(separator: "\n")) }
                    current.removeAll()
                } else {
                    current.append(line)
                }
            }
            if !current.isEmpty { result.append(current.joined(separator: "\n")) }
            return result
        }
        return normalized.split(separator: "\n").filter { !PlainTextParser.isBlank($0) }.map(String.init)
    }

    @Test func splitsAsTheCharacterBasedReference() {
        let samples = [
            "", "\n", "\n\n", "one", "one\ntwo", "one\n\ntwo", "one\r\n\r\ntwo\rthree", " \n\t\n", "a\n \nb",
            "Übernahme\n\u{301}Akzent\n\nweiter", "x\n\u{200D}y", "\u{1F1E9}\u{1F1EA}\n\n\u{1F600}", "a\n\u{00A0}\nb\n",
            "end with break\n\n", "\n\nstart", "lines\nwithout\nblank\n", "a\u{2028}b\n\nc", "e\u{301}\n\ne\u{301}",
            "a\n\u{0B}\u{0C}\nb", "a\n\u{00A0}x\n\nb", "\u{3000}\n\nz", "a\n\t \n\nb\nc\n \n", "only\n\u{2003}\nlines",
            "zwei\n\nAbsätze\nmit\nZeilen\n\n\n\ndrei",
        ]
        for sample in samples {
            #expect(PlainTextParser.bodyParagraphs(sample) == Self.reference(sample), "\(sample.debugDescription)")
        }
    }
}
