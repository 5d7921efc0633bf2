/// Where each Unicode scalar of a text starts in its UTF-8 bytes, so that a stretch given in
/// scalar offsets (``TextRange``) is found in O(1) instead of walking the text from its start:
/// the extractor cuts evidence sentences with it, the store compares and restores quote texts.
public struct ScalarOffsets: Sendable {
    /// Number of scalars of the text.
    public let scalarCount: Int
    /// Byte offset of each scalar plus one past the end; empty when the text is ASCII (offsets are
    /// then the scalar offsets themselves).
    private let starts: [Int32]

    /// Reads the scalar starts of a text's UTF-8 bytes.
    public init(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        var ascii = true
        for byte in bytes where byte >= 0x80 {
            ascii = false
            break
        }
        if ascii {
            scalarCount = bytes.count
            starts = []
            return
        }
        var starts: [Int32] = []
        starts.reserveCapacity(bytes.count + 1)
        for (offset, byte) in bytes.enumerated() where byte & 0xC0 != 0x80 { starts.append(Int32(offset)) }
        scalarCount = starts.count
        starts.append(Int32(bytes.count))
        self.starts = starts
    }

    /// Reads the scalar starts of a text.
    public init(_ text: String) {
        var text = text
        self = text.withUTF8 { ScalarOffsets(utf8: $0) }
    }

    /// The byte range of scalars [start, end), or nil when the range does not lie inside the text.
    public func byteRange(start: Int, end: Int) -> Range<Int>? {
        guard 0 <= start, start <= end, end <= scalarCount else { return nil }
        return starts.isEmpty ? start..<end : Int(starts[start])..<Int(starts[end])
    }

    /// The text of scalars `range` of `text` (clamped like ``Swift/String/substring(in:)``);
    /// `text` must be the string these offsets were read from.
    public func substring(of text: String, in range: TextRange) -> String {
        let lower = min(max(0, range.start), scalarCount)
        let upper = min(max(lower, range.end), scalarCount)
        let bytes = byteRange(start: lower, end: upper) ?? 0..<0
        let fast = text.utf8.withContiguousStorageIfAvailable { buffer in
            buffer.count >= bytes.upperBound
                ? String(decoding: UnsafeBufferPointer(rebasing: buffer[bytes]), as: UTF8.self) : nil
        }
        return (fast ?? nil) ?? text.substring(in: range)
    }
}
