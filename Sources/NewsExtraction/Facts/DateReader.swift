import NewsModel

/// A date expression found in a sentence.
struct FoundDate: Sendable, Hashable {
    var date: FactDate
    /// The tokens it spans.
    var tokens: Range<Int>
    /// Whether it states a start ("seit 2010", "since 1985").
    var isSince: Bool
}

/// Reads absolute dates ("March 2, 1987", "2. März 2010", "im Mai 2015", "in 1985", "seit 2010") and
/// dates relative to the publication date ("vor einem Jahr", "letzte Woche", "kürzlich", "last year",
/// "on Tuesday", "yesterday", "earlier this month"). Without a publication date, relative expressions
/// give no date: nothing is invented.
struct DateReader: Sendable {
    let lexicon: FactLexicon
    /// The publication date, the anchor for relative expressions.
    let anchor: FactDate?

    /// Every date expression in the tokens, left to right.
    func dates(in tokens: [FactToken]) -> [FoundDate] {
        var result: [FoundDate] = []
        var index = 0
        while index < tokens.count {
            if let found = date(at: index, in: tokens) {
                result.append(found)
                index = max(found.tokens.upperBound, index + 1)
            } else {
                index += 1
            }
        }
        return result
    }

    /// The date expression that starts at a token, if any.
    func date(at index: Int, in tokens: [FactToken]) -> FoundDate? {
        let word = tokens[index].lower
        guard tokens[index].startsWithDigit || Self.starters.contains(word) || lexicon.months[word] != nil
            || lexicon.weekdays[word] != nil
        else { return nil }
        let since = ["seit", "since"].contains(word)
        // Prepositions that only introduce the expression.
        if Self.prepositions.contains(word), index + 1 < tokens.count,
            var found = date(at: index + 1, in: tokens)
        {
            found.tokens = index..<found.tokens.upperBound
            found.isSince = since
            return found
        }
        if let found = absolute(at: index, in: tokens) { return found }
        return relative(at: index, in: tokens)
    }

    // MARK: Absolute dates

    private func absolute(at index: Int, in tokens: [FactToken]) -> FoundDate? {
        let token = tokens[index]
        // German: "2. März 2010", "2. März".
        if token.startsWithDigit, let day = Int(token.text), (1...31).contains(day), index + 2 < tokens.count,
            tokens[index + 1].text == ".", let month = lexicon.months[tokens[index + 2].lower]
        {
            var end = index + 3
            let year = yearToken(tokens, end).map { value -> Int in end += 1; return value } ?? anchor?.year
            guard let year else { return nil }
            return FoundDate(date: FactDate(year: year, month: month, day: day), tokens: index..<end, isSince: false)
        }
        // "26.02.2010".
        if token.startsWithDigit, token.text.contains(".") {
            let parts = token.text.split(separator: ".").compactMap { Int($0) }
            if parts.count == 3, (1...31).contains(parts[0]), (1...12).contains(parts[1]), (1900...2100).contains(parts[2]) {
                return FoundDate(date: FactDate(year: parts[2], month: parts[1], day: parts[0]), tokens: index..<(index + 1), isSince: false)
            }
        }
        // English: "March 2, 1987", "March 2", "March 1987"; German: "Mai 2015".
        if let month = lexicon.months[token.lower.hasSuffix(".") ? String(token.lower.dropLast()) : token.lower] {
            var end = index + 1
            if end < tokens.count, tokens[end].text == ".", token.text.count <= 4 { end += 1 }
            if let year = yearToken(tokens, end) {
                return FoundDate(date: FactDate(year: year, month: month), tokens: index..<(end + 1), isSince: false)
            }
            if end < tokens.count, let day = Int(tokens[end].text), (1...31).contains(day) {
                end += 1
                var year = anchor?.year
                if end + 1 < tokens.count, tokens[end].text == ",", let stated = yearToken(tokens, end + 1) {
                    year = stated
                    end += 2
                }
                guard let year else { return nil }
                return FoundDate(date: FactDate(year: year, month: month, day: day), tokens: index..<end, isSince: false)
            }
            return nil
        }
        // A year alone after a preposition ("in 1985", "seit 2010") is handled by the caller's recursion;
        // a bare year counts only when a preposition or "year" word stands before it.
        if let year = yearToken(tokens, index), (index > 0 && Self.yearCues.contains(tokens[index - 1].lower)) || isDealWord(tokens, index + 1) {
            return FoundDate(date: FactDate(year: year), tokens: index..<(index + 1), isSince: false)
        }
        return nil
    }

    /// Words that can begin a date expression (besides digits, months and weekdays).
    private static let starters: WordSet = [
        "in", "im", "seit", "since", "on", "am", "from", "ab", "kürzlich", "jüngst", "recently", "neulich", "unlängst",
        "vor", "gestern", "yesterday", "heute", "today", "letzte", "letzten", "letztes", "vergangene", "vergangenen",
        "vergangenes", "last", "vorige", "vorigen", "voriges", "earlier", "later", "this", "dieses", "diesem", "diesen",
        "anfang", "ende", "mitte", "one", "two", "three", "a",
    ]

    private static let notAfterYear: WordSet = ["%", "pct", "prozent", "percent", "dlrs", "euro", "mln", "shares"]

    private static let prepositions: WordSet = ["in", "im", "seit", "since", "on", "am", "from", "ab"]

    private static let yearCues: WordSet = [
        "in", "im", "seit", "since", "jahr", "year", "of", "bis", "until", "ab", "from", "fiscal", "anfang", "ende", "mitte",
        "wurde", "wurden", "hat", "hatte", "ist", "war", "was", "were", "had",
    ]

    /// "2010 übernahm X …", "the 1999 merger": a year right before a deal verb or noun dates that deal.
    private func isDealWord(_ tokens: [FactToken], _ index: Int) -> Bool {
        guard index < tokens.count else { return false }
        let word = tokens[index].lower
        let mask = lexicon.english.mask(word) | lexicon.german.mask(word)
        return mask & Self.dealWordMask != 0
    }

    private static let dealWordMask: UInt32 = [FactWordClass.buy, .sell, .merge, .takeovernoun, .salenoun, .mergernoun, .entry]
        .reduce(0) { $0 | $1.bit }

    private func yearToken(_ tokens: [FactToken], _ index: Int) -> Int? {
        guard index < tokens.count, tokens[index].text.count == 4, let year = Int(tokens[index].text),
            (1900...2100).contains(year)
        else { return nil }
        if index + 1 < tokens.count, Self.notAfterYear.contains(tokens[index + 1].lower) {
            return nil
        }
        return year
    }

    // MARK: Relative dates

    private func relative(at index: Int, in tokens: [FactToken]) -> FoundDate? {
        func word(_ offset: Int) -> String { index + offset < tokens.count ? tokens[index + offset].lower : "" }
        let first = word(0)
        var span = 1
        var resolved: FactDate?
        var matched = true
        switch first {
        case "kürzlich", "jüngst", "recently", "neulich", "unlängst":
            resolved = approximate(daysBefore: 0)
        case "vor" where word(1) == "kurzem":
            span = 2
            resolved = approximate(daysBefore: 0)
        case "vor" where Self.approximators.contains(word(1)) && index + 2 < tokens.count:
            // "vor gut zwei Jahren", "vor rund einem Jahr": the same as without the hedge, approximately.
            var shifted = Array(tokens[index..<min(tokens.count, index + 4)])
            shifted.remove(at: 1)
            guard var found = relative(at: 0, in: shifted) else { return nil }
            found.tokens = index..<(index + found.tokens.count + 1)
            found.date.precision = found.date.precision == .day || found.date.precision == .month ? found.date.precision : .approximate
            return found
        case "vor":
            // "vor einem Jahr", "vor zwei Monaten", "vor drei Wochen", "vor 10 Tagen", "vor einigen Monaten".
            if ["einigen", "mehreren", "wenigen"].contains(word(1)) {
                span = 3
                switch word(2) {
                case "jahren": resolved = yearsBefore(2).map { FactDate(year: $0.year, precision: .approximate) }
                case "monaten": resolved = approximate(daysBefore: 90)
                case "wochen": resolved = approximate(daysBefore: 21)
                case "tagen": resolved = approximate(daysBefore: 3)
                default: return nil
                }
                break
            }
            guard let count = count(word(1)) else { return nil }
            span = 3
            switch word(2) {
            case "jahr", "jahren": resolved = yearsBefore(count)
            case "monat", "monaten": resolved = monthsBefore(count)
            case "woche", "wochen": resolved = approximate(daysBefore: 7 * count)
            case "tag", "tagen": resolved = dayBefore(count)
            default: return nil
            }
        case "gestern", "yesterday":
            resolved = dayBefore(1)
        case "heute", "today":
            resolved = dayBefore(0)
        case "letzte", "letzten", "letztes", "vergangene", "vergangenen", "vergangenes", "last", "vorige", "vorigen", "voriges":
            span = 2
            switch word(1) {
            case "woche", "week": resolved = approximate(daysBefore: 7)
            case "monat", "month": resolved = monthsBefore(1)
            case "jahr", "jahres", "year": resolved = yearsBefore(1)
            default:
                if let weekday = lexicon.weekdays[word(1)] { resolved = weekdayBefore(weekday) } else { return nil }
            }
        case "earlier", "later":
            guard word(1) == "this" else { return nil }
            span = 3
            switch word(2) {
            case "month": resolved = monthsBefore(0)
            case "year": resolved = yearsBefore(0)
            case "week": resolved = approximate(daysBefore: 0)
            default: return nil
            }
        case "this", "dieses", "diesem", "diesen":
            span = 2
            switch word(1) {
            case "month", "monat": resolved = monthsBefore(0)
            case "year", "jahr": resolved = yearsBefore(0)
            default: return nil
            }
        case "anfang", "ende", "mitte":
            guard ["des", "dieses"].contains(word(1)) else { return nil }
            span = 3
            switch word(2) {
            case "monats": resolved = monthsBefore(0)
            case "jahres": resolved = yearsBefore(0)
            default: return nil
            }
        case "one", "two", "three", "a":
            // "a year ago", "two weeks ago".
            guard let count = count(first), word(2) == "ago" else { return nil }
            span = 3
            switch word(1) {
            case "year", "years": resolved = yearsBefore(count)
            case "month", "months": resolved = monthsBefore(count)
            case "week", "weeks": resolved = approximate(daysBefore: 7 * count)
            case "day", "days": resolved = dayBefore(count)
            default: return nil
            }
        default:
            if let weekday = lexicon.weekdays[first] {
                resolved = weekdayBefore(weekday)
            } else {
                matched = false
            }
        }
        guard matched, let resolved else { return nil }
        return FoundDate(date: resolved, tokens: index..<(index + span), isSince: false)
    }

    /// Hedges between "vor" and a count ("vor gut zwei Jahren").
    private static let approximators: WordSet = ["gut", "rund", "etwa", "knapp", "fast", "über", "mehr", "ungefähr", "zirka", "circa"]

    /// The largest count a relative date may have ("vor 500 Jahren"); larger numbers in untrusted
    /// text are no dates and would overflow the day and month arithmetic.
    private static let largestCount = 5_000

    private func count(_ word: String) -> Int? {
        if let number = Int(word) { return (0...Self.largestCount).contains(number) ? number : nil }
        switch word {
        case "a", "an", "one", "ein", "einem", "einer", "einen": return 1
        case "two", "zwei": return 2
        case "three", "drei": return 3
        case "four", "vier": return 4
        case "five", "fünf": return 5
        case "six", "sechs": return 6
        case "ten", "zehn": return 10
        default: return nil
        }
    }

    private var anchorDay: CivilDay? {
        guard let anchor, let month = anchor.month, let day = anchor.day else { return nil }
        return CivilDay(year: anchor.year, month: month, day: day)
    }

    private func approximate(daysBefore count: Int) -> FactDate? {
        guard let day = anchorDay?.adding(days: -count) else {
            return anchor.map { FactDate(year: $0.year, month: $0.month, precision: .approximate) }
        }
        return FactDate(year: day.year, month: day.month, day: day.day, precision: .approximate)
    }

    private func dayBefore(_ count: Int) -> FactDate? {
        guard let day = anchorDay?.adding(days: -count) else { return nil }
        return FactDate(year: day.year, month: day.month, day: day.day)
    }

    private func weekdayBefore(_ weekday: Int) -> FactDate? {
        guard let today = anchorDay else { return nil }
        var back = today.weekday - weekday
        if back < 0 { back += 7 }
        let day = today.adding(days: -back)
        return FactDate(year: day.year, month: day.month, day: day.day)
    }

    private func monthsBefore(_ count: Int) -> FactDate? {
        guard let anchor else { return nil }
        guard let month = anchor.month else { return FactDate(year: anchor.year, precision: .approximate) }
        let total = anchor.year * 12 + (month - 1) - count
        return FactDate(year: total / 12, month: total % 12 + 1)
    }

    private func yearsBefore(_ count: Int) -> FactDate? {
        guard let anchor else { return nil }
        return FactDate(year: anchor.year - count)
    }
}
