@testable import NewsExtraction
import NewsModel
import Testing

/// Absolute dates, and dates relative to the publication date, German and English.
@Suite struct DateReaderTests {
    private func date(_ text: String, anchor: FactDate? = FactDate(year: 2015, month: 6, day: 10)) -> FoundDate? {
        let scalars = Array(text.unicodeScalars)
        let tokens = FactTokenizer.tokens(in: scalars, range: TextRange(start: 0, end: scalars.count))
        return DateReader(lexicon: FactLexicon.shared, anchor: anchor).dates(in: tokens).first
    }

    @Test func absoluteEnglish() {
        #expect(date("on March 2, 1987")?.date == FactDate(year: 1987, month: 3, day: 2))
        #expect(date("in 1985")?.date == FactDate(year: 1985))
        #expect(date("in March 1987")?.date == FactDate(year: 1987, month: 3))
        #expect(date("since 1980")?.isSince == true)
    }

    @Test func absoluteGerman() {
        #expect(date("am 2. März 2010")?.date == FactDate(year: 2010, month: 3, day: 2))
        #expect(date("im Mai 2015")?.date == FactDate(year: 2015, month: 5))
        #expect(date("seit 2010")?.date == FactDate(year: 2010))
        #expect(date("seit 2010")?.isSince == true)
        #expect(date("am 26.02.2010")?.date == FactDate(year: 2010, month: 2, day: 26))
    }

    @Test func dayWithoutYearTakesThePublicationYear() {
        #expect(date("on March 2")?.date == FactDate(year: 2015, month: 3, day: 2))
        #expect(date("on March 2", anchor: nil) == nil)
    }

    @Test func hugeOrNegativeCountsAreNoDates() {
        #expect(date("vor 9223372036854775807 Wochen") == nil)
        #expect(date("vor 2000000000000000000 Monaten") == nil)
        #expect(date("2000000000000000000 years ago") == nil)
        #expect(date("vor -3 Tagen") == nil)
        #expect(date("vor 300 Jahren")?.date == FactDate(year: 1715))
    }

    @Test func relativeGerman() {
        #expect(date("vor einem Jahr")?.date == FactDate(year: 2014))
        #expect(date("letzte Woche")?.date == FactDate(year: 2015, month: 6, day: 3, precision: .approximate))
        #expect(date("kürzlich")?.date.precision == .approximate)
        #expect(date("vor kurzem")?.date == FactDate(year: 2015, month: 6, day: 10, precision: .approximate))
        #expect(date("gestern")?.date == FactDate(year: 2015, month: 6, day: 9))
        #expect(date("am Dienstag")?.date == FactDate(year: 2015, month: 6, day: 9))
    }

    @Test func relativeEnglish() {
        #expect(date("last year")?.date == FactDate(year: 2014))
        #expect(date("yesterday")?.date == FactDate(year: 2015, month: 6, day: 9))
        // 2015-06-10 was a Wednesday: "on Monday" is two days before.
        #expect(date("on Monday")?.date == FactDate(year: 2015, month: 6, day: 8))
        #expect(date("earlier this month")?.date == FactDate(year: 2015, month: 6))
        #expect(date("last month")?.date == FactDate(year: 2015, month: 5))
        #expect(date("two years ago")?.date == FactDate(year: 2013))
    }

    @Test func relativeWithoutPublicationDateIsUndated() {
        for text in ["vor einem Jahr", "kürzlich", "last year", "on Tuesday", "yesterday", "letzte Woche"] {
            #expect(date(text, anchor: nil) == nil, "\(text)")
        }
    }

    @Test func calendarArithmetic() {
        let day = CivilDay(year: 1987, month: 3, day: 1)
        #expect(day.adding(days: -1) == CivilDay(year: 1987, month: 2, day: 28))
        #expect(CivilDay(year: 2024, month: 3, day: 1).adding(days: -1) == CivilDay(year: 2024, month: 2, day: 29))
        #expect(CivilDay(year: 1970, month: 1, day: 1).weekday == 5)
    }
}

/// Vague relative dates are approximate.
@Suite struct DateVagueTests {
    @Test func someMonthsAgoIsApproximate() {
        let scalars = Array("vor einigen Monaten".unicodeScalars)
        let tokens = FactTokenizer.tokens(in: scalars, range: TextRange(start: 0, end: scalars.count))
        let found = DateReader(lexicon: FactLexicon.shared, anchor: FactDate(year: 2017, month: 4, day: 17)).dates(in: tokens).first
        #expect(found?.date.precision == .approximate)
        #expect(found?.date.year == 2017)
        #expect(found?.date.month == 1)
    }
}
