import Foundation
import NewsModel

/// The words of a text with their Unicode-scalar ranges: runs of letters and digits.
public struct WordSpans: Sendable {
    /// Each word's range, in text order.
    public let ranges: [TextRange]

    /// Splits `text` into words.
    public init(_ text: String) {
        var ranges: [TextRange] = []
        var start: Int?
        var offset = 0
        for scalar in text.unicodeScalars {
            if CharacterSet.alphanumerics.contains(scalar) {
                if start == nil { start = offset }
            } else if let begun = start {
                ranges.append(TextRange(start: begun, end: offset))
                start = nil
            }
            offset += 1
        }
        if let begun = start { ranges.append(TextRange(start: begun, end: offset)) }
        self.ranges = ranges
    }

    /// The indices of the words lying inside any of `spans` (a word counts when its middle does).
    public func words(inside spans: [TextRange]) -> [Int] {
        ranges.indices.filter { index in
            let middle = (ranges[index].start + ranges[index].end - 1) / 2
            return spans.contains { middle >= $0.start && middle < $0.end }
        }
    }
}
