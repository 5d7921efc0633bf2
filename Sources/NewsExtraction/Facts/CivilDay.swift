/// Proleptic Gregorian calendar arithmetic on day numbers (days since 1970-01-01), without Foundation.
struct CivilDay: Sendable, Hashable {
    var year: Int
    var month: Int
    var day: Int

    /// The day number (days since 1970-01-01).
    var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let m = month > 2 ? month - 3 : month + 9
        let dayOfYear = (153 * m + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// The date of a day number.
    init(dayNumber: Int) {
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        day = dayOfYear - (153 * mp + 2) / 5 + 1
        month = mp < 10 ? mp + 3 : mp - 9
        year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    }

    /// 1 = Sunday … 7 = Saturday.
    var weekday: Int {
        let value = (dayNumber + 4) % 7  // 1970-01-01 was a Thursday (4 counting Sunday as 0)
        return (value < 0 ? value + 7 : value) + 1
    }

    /// The day `count` days later (earlier when negative).
    func adding(days count: Int) -> CivilDay { CivilDay(dayNumber: dayNumber + count) }
}
