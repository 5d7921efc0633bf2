/// A half-open range of Unicode scalar offsets into an article's ``Article/text``.
///
/// Offsets count Unicode scalars (as Python string indices do), so they stay valid whatever
/// normalisation a consumer applies for display.
public struct TextRange: Sendable, Hashable, Codable, Comparable {
    /// The first scalar offset in the range.
    public var start: Int
    /// The offset one past the last scalar in the range.
    public var end: Int

    /// Creates a range; `end` is clamped so that it is never before `start`.
    public init(start: Int, end: Int) {
        self.start = start
        self.end = max(start, end)
    }

    /// The number of scalars covered.
    public var length: Int { end - start }

    /// Whether `other` lies entirely inside this range.
    public func contains(_ other: TextRange) -> Bool { other.start >= start && other.end <= end }

    /// Whether the two ranges share at least one scalar.
    public func overlaps(_ other: TextRange) -> Bool { other.start < end && start < other.end }

    public static func < (lhs: TextRange, rhs: TextRange) -> Bool {
        (lhs.start, lhs.end) < (rhs.start, rhs.end)
    }
}

extension String {
    /// The substring at a scalar-offset range; out-of-bounds parts are cut off.
    public func substring(in range: TextRange) -> String {
        let scalars = unicodeScalars
        let count = scalars.count
        let lower = min(max(0, range.start), count)
        let upper = min(max(lower, range.end), count)
        let from = scalars.index(scalars.startIndex, offsetBy: lower)
        let to = scalars.index(from, offsetBy: upper - lower)
        return String(scalars[from..<to])
    }
}
