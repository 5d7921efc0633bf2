import Foundation
import NewsModel

/// How model values that have no single SQLite type are stored: dates with their precision, JSON
/// lists, and the sort key of the deal timeline.
enum StoredFormats {
    /// The stored text of a date ("1987-03", "2010"), or nil.
    static func dateText(_ date: FactDate?) -> String? { date?.iso }

    /// The stored precision of a date, or nil.
    static func precisionText(_ date: FactDate?) -> String? { date?.precision.rawValue }

    /// The date read back from its text and precision columns.
    static func date(_ text: String?, precision: String?) -> FactDate? {
        guard let text, var date = FactDate(iso: text) else { return nil }
        if let precision, let value = DatePrecision(rawValue: precision) { date.precision = value }
        return date
    }

    /// The key that orders the deal timeline as ``DealTimeline`` does: "YYYY-MM-DD" with missing
    /// parts as "00" (so they sort first), and "~" (after every date) for undated deals.
    static func timelineKey(_ date: FactDate?) -> String {
        guard let date else { return "~" }
        return pad(date.year, 4) + "-" + pad(date.month ?? 0, 2) + "-" + pad(date.day ?? 0, 2)
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    /// A JSON array of strings. Runs of bytes that need no escape are copied whole.
    static func json(_ strings: [String]) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(strings.reduce(2) { $0 + $1.utf8.count + 3 } + 16)
        bytes.append(UInt8(ascii: "["))
        for (index, string) in strings.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            bytes.append(UInt8(ascii: "\""))
            var string = string
            string.withUTF8 { utf8 in
                var runStart = 0
                for position in 0..<utf8.count {
                    let byte = utf8[position]
                    guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
                    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<position]))
                    appendEscaped(byte, to: &bytes)
                    runStart = position + 1
                }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...]))
            }
            bytes.append(UInt8(ascii: "\""))
        }
        bytes.append(UInt8(ascii: "]"))
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The JSON escape of a quote, a backslash or a control character.
    private static func appendEscaped(_ byte: UInt8, to bytes: inout [UInt8]) {
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"): bytes += [UInt8(ascii: "\\"), byte]
        case 0x0A: bytes += Array("\\n".utf8)
        case 0x0D: bytes += Array("\\r".utf8)
        case 0x09: bytes += Array("\\t".utf8)
        default:
            let hex = Array("0123456789abcdef".utf8)
            bytes += Array("\\u00".utf8) + [hex[Int(byte >> 4)], hex[Int(byte & 0xF)]]
        }
    }

    /// The strings of a JSON array; empty when the text is nil or not such an array.
    static func strings(_ json: String?) -> [String] {
        guard let json else { return [] }
        if let strings = JSONStringArray.decode(json) { return strings }
        return (try? JSONDecoder().decode([String].self, from: Data(json.utf8))) ?? []
    }

    /// Further evidence as JSON with sorted keys (the same bytes in every run), or nil when
    /// there is none.
    static func json(_ evidence: [Evidence]) -> String? {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        guard !evidence.isEmpty, let data = try? encoder.encode(evidence) else { return nil }
        return String(decoding: data, as: UTF8.self)
    }

    /// Further evidence read back from JSON.
    static func evidence(_ json: String?) -> [Evidence] {
        guard let json else { return [] }
        return (try? JSONDecoder().decode([Evidence].self, from: Data(json.utf8))) ?? []
    }
}
