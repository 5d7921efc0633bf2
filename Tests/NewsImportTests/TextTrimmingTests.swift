import Foundation
import NewsModel
import Testing

/// The pure-Swift trimming gives exactly what Foundation's `trimmingCharacters(in:)` gives.
@Suite struct TextTrimmingTests {
    static let samples: [String] = [
        "", " ", "\t", "\n", "plain", "  both ends  ", "\tTab\t", "\r\nWindows\r\n", "\u{00A0}NBSP\u{00A0}",
        "\u{3000}Ideographic\u{3000}", "\u{2028}line\u{2029}", "\u{0085}next\u{0085}", "\u{200B}zero width\u{200B}",
        "\u{FEFF}bom", " inner  spaces stay ", "\u{000B}vertical\u{000C}", "é ", " Übernahme\n\n", "\u{1F600} ",
        "\n \t\u{00A0}\u{2003}", "x\u{2009}", "\u{180E}mongolian", "Straße\u{202F}",
    ] + (0...0x3100).compactMap { Unicode.Scalar($0) }.map { "\($0)a\($0)" }

    @Test func spacesAsFoundationTrimsThem() {
        for sample in Self.samples {
            #expect(TextTrimming.spaces(sample) == sample.trimmingCharacters(in: .whitespaces), "\(sample.unicodeScalars.map(\.value))")
        }
    }

    @Test func spacesAndNewlinesAsFoundationTrimsThem() {
        for sample in Self.samples {
            #expect(
                TextTrimming.spacesAndNewlines(sample) == sample.trimmingCharacters(in: .whitespacesAndNewlines),
                "\(sample.unicodeScalars.map(\.value))")
        }
    }
}
