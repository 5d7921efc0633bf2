import Testing

@testable import NewsImport

/// ISO dates pass unchanged (decided on the bytes when they are plain); everything else is
/// trimmed, converted or refused as before.
@Suite struct DateNormalizerTests {
    @Test func plainISODatesPassAndNearMissesTakeTheSlowWay() {
        let expected: [(String, String?)] = [
            ("1987-02-26T15:01:01", "1987-02-26T15:01:01"),
            ("1987-02-26", "1987-02-26"),
            (" 1987-02-26 ", "1987-02-26"),
            ("1987-02-26 15:01:01", "1987-02-26T15:01:01"),
            ("1987-02-26T25:00:00", "1987-02-26"),
            ("1987-02-26T15:61:00", "1987-02-26"),
            ("1987-13-01", nil),
            ("1987-00-10", nil),
            ("1987-02-32", nil),
            ("0000-01-01", nil),
            ("1987-2-261", nil),
            ("2003-12-13T18:30:02Z", "2003-12-13T18:30:02"),
            ("Tue, 10 Jun 2003 04:00:00 GMT", "2003-06-10T04:00:00"),
            ("", nil),
        ]
        for (raw, date) in expected {
            #expect(DateNormalizer.normalize(raw) == date, "\(raw.debugDescription)")
        }
    }
}
