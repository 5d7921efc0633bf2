/// How precisely a ``FactDate`` is known.
public enum DatePrecision: String, Sendable, Hashable, Codable, CaseIterable {
    case day, month, year
    /// Roughly known, e.g. "kürzlich" or "recently": the date is an estimate around the stated day.
    case approximate
}

/// A calendar date that may be known only to the month or year, as news often states it.
///
/// `FactDate(year: 2010)` is "2010"; `FactDate(year: 1987, month: 3, day: 2)` is "1987-03-02".
public struct FactDate: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int?
    public var day: Int?
    public var precision: DatePrecision

    /// Creates a date; the precision defaults to the finest part given.
    public init(year: Int, month: Int? = nil, day: Int? = nil, precision: DatePrecision? = nil) {
        self.year = year
        self.month = month
        self.day = month == nil ? nil : day
        self.precision = precision ?? (day != nil && month != nil ? .day : month != nil ? .month : .year)
    }

    /// Parses "YYYY", "YYYY-MM", "YYYY-MM-DD", or an ISO date-time whose date part is one of these.
    public init?(iso: String) {
        let datePart = iso.split(separator: "T", maxSplits: 1).first.map(String.init) ?? iso
        let parts = datePart.split(separator: "-").map { Int($0) }
        guard let first = parts.first, let year = first, (1...9999).contains(year), parts.count <= 3 else {
            return nil
        }
        var month: Int?
        var day: Int?
        if parts.count >= 2 {
            guard let m = parts[1], (1...12).contains(m) else { return nil }
            month = m
        }
        if parts.count == 3 {
            guard let d = parts[2], (1...31).contains(d) else { return nil }
            day = d
        }
        self.init(year: year, month: month, day: day)
    }

    /// "YYYY", "YYYY-MM" or "YYYY-MM-DD", as far as the date is known.
    public var iso: String {
        var text = String(format4(year))
        if let month { text += "-" + format2(month) }
        if let month, month > 0, let day { text += "-" + format2(day) }
        return text
    }

    public var description: String { precision == .approximate ? "~" + iso : iso }

    /// Orders by year, then month, then day; a missing part sorts before any known one.
    public static func < (lhs: FactDate, rhs: FactDate) -> Bool {
        (lhs.year, lhs.month ?? 0, lhs.day ?? 0) < (rhs.year, rhs.month ?? 0, rhs.day ?? 0)
    }
}

private func format2(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
private func format4(_ value: Int) -> String {
    let digits = String(value)
    return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
}
