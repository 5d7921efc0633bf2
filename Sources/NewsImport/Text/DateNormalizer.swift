import Foundation
import NewsModel

/// Brings the dates sources give into the ISO form ``Article/date`` holds: "2017-01-02T10:00:00"
/// or "2017-01-02". The wall-clock time is kept as the source states it; a zone is dropped.
enum DateNormalizer {
    /// ISO dates pass unchanged; "2017-01-02 10:00:00" (news-please), RFC 3339 with a zone
    /// ("2003-12-13T18:30:02Z") and RFC 822 ("Tue, 10 Jun 2003 04:00:00 GMT") are converted.
    /// Returns nil for anything unreadable.
    static func normalize(_ raw: String) -> String? {
        if isPlainISOBytes(raw) { return raw }
        let text = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        if text.isEmpty { return nil }
        if isPlainISO(text) { return text }
        let utf8 = Array(text.utf8)
        if utf8.count >= 19, FactDate(iso: String(text.prefix(10))) != nil,
            utf8[10] == UInt8(ascii: " ") || utf8[10] == UInt8(ascii: "T"), isTime(text.dropFirst(11).prefix(8))
        {
            return String(text.prefix(10)) + "T" + String(text.dropFirst(11).prefix(8))
        }
        if utf8.count >= 10, FactDate(iso: String(text.prefix(10))) != nil { return String(text.prefix(10)) }
        return rfc822(text)
    }

    /// ``isPlainISO(_:)`` decided on the UTF-8 bytes, for the common case: "YYYY-MM-DD" or
    /// "YYYY-MM-DDTHH:MM:SS" with digits only where digits belong and the values in range
    /// (year 1–9999, month 1–12, day 1–31, hour < 24, minute < 60, second < 61). False sends
    /// the text the slow way, which decides the rest.
    private static func isPlainISOBytes(_ text: String) -> Bool {
        let utf8 = text.utf8
        guard utf8.count == 10 || utf8.count == 19 else { return false }
        var digits: [Int] = []
        digits.reserveCapacity(6)
        var value = 0
        var index = 0
        for byte in utf8 {
            let separator: UInt8? = switch index {
            case 4, 7: UInt8(ascii: "-")
            case 10: UInt8(ascii: "T")
            case 13, 16: UInt8(ascii: ":")
            default: nil
            }
            if let separator {
                guard byte == separator else { return false }
                digits.append(value)
                value = 0
            } else {
                guard byte >= 0x30, byte <= 0x39 else { return false }
                value = value * 10 + Int(byte - 0x30)
            }
            index += 1
        }
        digits.append(value)
        guard (1...9999).contains(digits[0]), (1...12).contains(digits[1]), (1...31).contains(digits[2]) else {
            return false
        }
        return digits.count == 3 || (digits[3] < 24 && digits[4] < 60 && digits[5] < 61)
    }

    /// "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM:SS" exactly.
    private static func isPlainISO(_ text: String) -> Bool {
        let count = text.utf8.count
        if count == 10 { return FactDate(iso: text)?.day != nil }
        if count == 19, text.dropFirst(10).first == "T" {
            return FactDate(iso: String(text.prefix(10)))?.day != nil && isTime(text.dropFirst(11))
        }
        return false
    }

    private static func isTime(_ text: Substring) -> Bool {
        let parts = text.split(separator: ":")
        guard parts.count == 3, parts.allSatisfy({ $0.count == 2 }) else { return false }
        let numbers = parts.compactMap { Int($0) }
        return numbers.count == 3 && numbers[0] < 24 && numbers[1] < 60 && numbers[2] < 61
    }

    /// "Tue, 10 Jun 2003 04:00:00 GMT", "10 Jun 2003 04:00 +0200", "10 Jun 2003".
    private static func rfc822(_ text: String) -> String? {
        var words = text.split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
        if let first = words.first, first.first?.isLetter == true { words.removeFirst() }
        guard words.count >= 3, let day = Int(words[0]), (1...31).contains(day),
            let month = months[String(words[1].prefix(3)).lowercased()], var year = Int(words[2])
        else { return nil }
        if year < 100 { year += year < 50 ? 2000 : 1900 }
        let date = FactDate(year: year, month: month, day: day).iso
        guard words.count >= 4 else { return date }
        let clock = words[3].split(separator: ":").compactMap { Int($0) }
        guard clock.count >= 2, clock[0] < 24, clock[1] < 60 else { return date }
        let seconds = clock.count > 2 ? clock[2] : 0
        return date + "T" + [clock[0], clock[1], seconds].map { $0 < 10 ? "0\($0)" : "\($0)" }.joined(separator: ":")
    }

    private static let months: [String: Int] = [
        "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "oct": 10,
        "nov": 11, "dec": 12, "mär": 3, "mai": 5, "okt": 10, "dez": 12,
    ]
}
