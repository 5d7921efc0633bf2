import NewsModel

/// Where each Unicode scalar of an article's original text starts in its UTF-8 bytes, so that
/// evidence sentences are cut out in O(length) instead of walking the text from its start.
struct OriginalText: Sendable {
    /// Number of scalars of the original text.
    let scalarCount: Int
    /// Byte offset of each scalar plus one past the end; empty when the text is ASCII (offsets are
    /// then the scalar offsets themselves).
    private let starts: [Int32]

    /// Reads the scalar starts of a text's UTF-8 bytes.
    init(utf8 bytes: UnsafeBufferPointer<UInt8>) {
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

    /// The text of scalars `range` of `text` (clamped like ``Swift/String/substring(in:)``);
    /// `text` must be the string these offsets were read from.
    func substring(of text: String, in range: TextRange) -> String {
        let lower = min(max(0, range.start), scalarCount)
        let upper = min(max(lower, range.end), scalarCount)
        let from = starts.isEmpty ? lower : Int(starts[lower])
        let to = starts.isEmpty ? upper : Int(starts[upper])
        let fast = text.utf8.withContiguousStorageIfAvailable { buffer in
            buffer.count >= to ? String(decoding: UnsafeBufferPointer(rebasing: buffer[from..<to]), as: UTF8.self) : nil
        }
        return (fast ?? nil) ?? text.substring(in: range)
    }
}
