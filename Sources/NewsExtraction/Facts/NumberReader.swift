import NewsModel

/// Reads numbers, percents and amounts of money, German and English, from sentence tokens:
/// "37,6%", "37.6 pct", "51 pct-owned", "3.000", "2,5 Millionen", "1,2 Mrd. Euro", "1.5 billion dlrs",
/// "$3.3bn", "£600m", "481.42m yuan", "11-5/8 dlrs a share".
struct NumberReader: Sendable {
    let lexicon: FactLexicon
    let language: Language

    /// Every quantity in the tokens, left to right, not overlapping.
    func quantities(in tokens: [FactToken]) -> [Quantity] {
        var result: [Quantity] = []
        var index = 0
        while index < tokens.count {
            // Most tokens cannot start a quantity: tested on their first byte and length, without hashing.
            guard Self.mayStartQuantity(tokens, at: index) else {
                index += 1
                continue
            }
            if let quantity = quantity(at: index, in: tokens) {
                result.append(quantity)
                index = max(quantity.tokens.upperBound, index + 1)
            } else {
                index += 1
            }
        }
        return result
    }

    /// The quantity that starts at a token, if any.
    func quantity(at index: Int, in tokens: [FactToken]) -> Quantity? {
        let token = tokens[index]
        guard token.startsWithDigit || Self.currencySymbols.contains(token.lower) || Self.numberWords[token.lower] != nil else {
            return wordPercentCompound(at: index, in: tokens)
        }
        // Currency before the number: "$3.3bn", "£ 600m", "USD 5 mln", "EUR 1,2 Mrd".
        if let code = currencyBefore(at: index, in: tokens), index + 1 < tokens.count,
            tokens[index + 1].startsWithDigit, let number = parse(tokens[index + 1].lower)
        {
            var value = number.value * number.scale
            var end = index + 2
            if number.scale == 1, end < tokens.count, let scale = scale(of: tokens, at: &end) { value *= scale }
            var quantity = Quantity(kind: .money(Money(amount: value, currency: code)), value: value, tokens: index..<end)
            quantity.perShare = isPerShare(after: end, in: tokens)
            return quantity
        }
        guard token.startsWithDigit else { return wordPercent(at: index, in: tokens) }
        // Compounds: "51-prozentige", "51-pct", "51%-Anteil".
        if let dash = NumberScan.firstHyphen(in: token.lower) {
            let head = String(token.lower[..<dash])
            let tail = token.lower[token.lower.index(after: dash)...]
            if tail.hasPrefix("prozent") || tail.hasPrefix("pct") || tail.hasPrefix("percent"), let number = parse(head) {
                return Quantity(kind: .percent, value: number.value, tokens: index..<(index + 1), ownedCompound: tail.hasSuffix("owned"))
            }
        }
        guard let number = parse(token.lower) else { return nil }
        var value = number.value * number.scale
        var end = index + 1
        // Percent: "37,6 %", "37.6 pct", "51 pct-owned", "12 Prozent", "5 per cent".
        if end < tokens.count {
            let next = tokens[end].lower
            if next == "%" || next == "pct" || next == "percent" || next == "prozent" || next == "pct." {
                // "8.50 pct March 1987/99 stock", "9-1/4 pct notes": the interest rate of a bond is no share.
                if isCouponRate(after: end + 1, in: tokens) { return nil }
                var quantity = Quantity(kind: .percent, value: number.value, tokens: index..<(end + 1))
                if end + 2 < tokens.count, tokens[end + 1].text == "-", tokens[end + 2].lower == "owned" {
                    quantity.ownedCompound = true
                    quantity.tokens = index..<(end + 3)
                }
                return quantity
            }
            if next.hasPrefix("pct-") || next.hasPrefix("percent-") || next.hasPrefix("prozent-") || next.hasPrefix("%-") {
                return Quantity(kind: .percent, value: number.value, tokens: index..<(end + 1), ownedCompound: next.hasSuffix("owned"))
            }
            if next == "per", end + 1 < tokens.count, tokens[end + 1].lower == "cent" {
                return Quantity(kind: .percent, value: number.value, tokens: index..<(end + 2))
            }
        }
        // Money: "120 mln dlrs", "1,2 Mrd. Euro", "481.42m yuan", "11-5/8 dlrs a share".
        if number.scale == 1, let scale = scale(of: tokens, at: &end) { value *= scale }
        if let (code, after) = currencyAfter(at: end, in: tokens) {
            var quantity = Quantity(kind: .money(Money(amount: value, currency: code)), value: value, tokens: index..<after)
            quantity.perShare = isPerShare(after: after, in: tokens)
            return quantity
        }
        return Quantity(kind: .plain, value: value, tokens: index..<end)
    }

    /// Whether the tokens from `index` name a bond that a percent before them is the interest rate of (English):
    /// a bond word ("notes", "debentures") or a month before a year ("March 1987/99").
    private func isCouponRate(after index: Int, in tokens: [FactToken]) -> Bool {
        guard language == .english, index < tokens.count else { return false }
        let word = tokens[index].lower
        if Self.bondWords.contains(word) { return true }
        return index + 1 < tokens.count && TextLexicons.months.contains(word) && tokens[index + 1].startsWithDigit
    }

    /// Words for bonds after an interest rate ("7.5 pct notes due 1992").
    private static let bondWords: WordSet = [
        "bond", "bonds", "note", "notes", "debenture", "debentures", "eurobond", "eurobonds", "coupon", "gilt", "gilts",
        "treasury", "convertible", "subordinated", "senior", "guaranteed",
    ]

    /// Parses one number token: German or English separators, fractions ("11-5/8") and a glued
    /// scale suffix ("3.3bn", "600m"). Returns the value and the scale factor of the suffix.
    func parse(_ text: String) -> (value: Double, scale: Double)? {
        var digits = Substring(text)
        var scale = 1.0
        if let firstLetter = NumberScan.firstLetter(in: text) {
            let suffix = String(text[firstLetter...])
            guard let factor = lexicon.scales[suffix] else { return nil }
            scale = factor
            digits = text[..<firstLetter]
        }
        guard NumberScan.startsWithNumber(digits) else { return nil }
        // Fractions: "11-5/8", "5/8".
        if NumberScan.mayContain(0x2F, digits), digits.contains("/") {
            let whole = digits.split(separator: "-")
            var total = 0.0
            for part in whole {
                let fraction = part.split(separator: "/")
                if fraction.count == 2, let top = Double(fraction[0]), let bottom = Double(fraction[1]), bottom != 0 {
                    total += top / bottom
                } else if let integer = Double(part) {
                    total += integer
                } else {
                    return nil
                }
            }
            return (total, scale)
        }
        guard !(NumberScan.mayContain(0x2D, digits) && digits.contains("-")) else { return nil }
        return plainNumber(digits).map { ($0, scale) }
    }

    private func plainNumber(_ text: Substring) -> Double? {
        if let ascii = NumberScan.plainNumber(text, german: language == .german) { return ascii }
        let lastDot = text.lastIndex(of: ".")
        let lastComma = text.lastIndex(of: ",")
        var decimalSeparator: Character?
        if let lastDot, let lastComma {
            decimalSeparator = lastDot > lastComma ? "." : ","
        } else if let separator = lastDot ?? lastComma {
            let mark = text[separator]
            let after = text.distance(from: separator, to: text.endIndex) - 1
            let count = text.filter { $0 == mark }.count
            let thousands: Character = language == .german ? "." : ","
            if count > 1 {
                decimalSeparator = nil
            } else if mark == thousands {
                decimalSeparator = after == 3 ? nil : mark
            } else {
                decimalSeparator = mark
            }
        }
        var cleaned = ""
        for character in text {
            if character.isNumber {
                cleaned.append(character)
            } else if character == decimalSeparator {
                cleaned.append(".")
            }
        }
        return Double(cleaned)
    }

    /// A scale word at `end` ("mln", "Mrd.", "Millionen"), advancing past it.
    private func scale(of tokens: [FactToken], at end: inout Int) -> Double? {
        guard end < tokens.count else { return nil }
        let word = tokens[end].lower
        if language == .german, word == "billion" || word == "billionen" {
            end += 1
            skipDot(tokens, &end)
            return 1e12
        }
        guard let factor = lexicon.scales[word], word.count > 1 || tokens[end].text == "m" else { return nil }
        end += 1
        skipDot(tokens, &end)
        return factor
    }

    private func skipDot(_ tokens: [FactToken], _ end: inout Int) {
        if end < tokens.count, tokens[end].text == ".", end + 1 < tokens.count, !isSentenceStart(tokens[end + 1]) {
            end += 1
        }
    }

    private func isSentenceStart(_ token: FactToken) -> Bool { false }

    /// A currency written after the amount, possibly with a qualifier ("Swiss francs", "U.S. dlrs").
    private func currencyAfter(at start: Int, in tokens: [FactToken]) -> (String, Int)? {
        var index = start
        var qualifier: String?
        while index < tokens.count, index < start + 6 {
            let word = tokens[index].lower
            switch word {
            case "swiss": qualifier = "CHF"
            case "french": qualifier = "FRF"
            case "belgian": qualifier = "BEF"
            case "canadian": qualifier = "CAD"
            case "australian": qualifier = "AUD"
            case "hong", "kong": qualifier = "HKD"
            case "new", "zealand": qualifier = qualifier ?? "NZD"
            case "u.s", "us", "u", "s", ".": qualifier = qualifier ?? "USD"
            default:
                if let code = lexicon.currencies[word] {
                    var resolved = code
                    if let qualifier, code == "USD" || code == "CHF" { resolved = qualifier }
                    return (resolved, index + 1)
                }
                return nil
            }
            index += 1
        }
        return nil
    }

    /// A currency written before the amount: "$", "£", "€", "US$", "USD", "EUR".
    private func currencyBefore(at index: Int, in tokens: [FactToken]) -> String? {
        let word = tokens[index].lower
        guard Self.currencySymbols.contains(word) else { return nil }
        if word == "$", index > 0 {
            switch tokens[index - 1].lower {
            case "c": return "CAD"
            case "a": return "AUD"
            case "hk": return "HKD"
            default: break
            }
        }
        return lexicon.currencies[word]
    }

    /// "a share", "per share", "a shr", "each", "je Aktie", "pro Aktie" right after an amount.
    private func isPerShare(after index: Int, in tokens: [FactToken]) -> Bool {
        guard index < tokens.count else { return false }
        let first = tokens[index].lower
        if first == "each" { return true }
        guard index + 1 < tokens.count else { return false }
        let second = tokens[index + 1].lower
        if ["a", "per", "je", "pro"].contains(first), ["share", "shr", "aktie", "shares", "unit"].contains(second) { return true }
        return false
    }

    /// "zwei Prozent", "two pct", "half of": a percent written in words.
    private func wordPercent(at index: Int, in tokens: [FactToken]) -> Quantity? {
        guard index + 1 < tokens.count, let value = Self.numberWords[tokens[index].lower] else { return nil }
        let next = tokens[index + 1].lower
        guard next == "pct" || next == "percent" || next == "prozent" || next == "%" else { return nil }
        return Quantity(kind: .percent, value: value, tokens: index..<(index + 2))
    }

    /// "zehnprozentige", "fünfzigprozentigen": a percent compound written with a number word.
    private func wordPercentCompound(at index: Int, in tokens: [FactToken]) -> Quantity? {
        let word = tokens[index].lower
        guard word.utf8.count > 10, NumberScan.mayContainPercentStem(word), let range = word.firstRange(of: "prozentig"), let value = Self.numberWords[String(word[..<range.lowerBound])] else { return nil }
        return Quantity(kind: .percent, value: value, tokens: index..<(index + 1))
    }

    /// Whether ``quantity(at:in:)`` can find anything at a token: it starts with a digit, its first byte
    /// and length are those of a currency symbol or number word, or it is long enough for a percent
    /// compound ("zehnprozentige") and its bytes hold "prozentig" (no currency symbol or number word is
    /// longer than 10 bytes, so only the compound is possible then). A shorter word must be one of them. A
    /// `false` here is exactly a `nil` there.
    /// The token's fields are read in place (a copied token retains both its strings).
    @inline(__always) private static func mayStartQuantity(_ tokens: [FactToken], at index: Int) -> Bool {
        if tokens[index].startsWithDigit { return true }
        let lower = tokens[index].lower
        let utf8 = lower.utf8
        let count = utf8.count
        if count > 10 { return NumberScan.mayContainPercentStem(lower) }
        guard let first = utf8.first else { return false }
        // The byte table rules out most words; the rest ("the", "an", …) are looked up once.
        return quantityFirstBytes[Int(first)] & (1 << UInt16(count)) != 0 && quantityWords.contains(lower)
    }

    /// The currency symbols and number words: a word of at most 10 bytes can start a quantity only if it is one.
    private static let quantityWords = WordSet(currencySymbolList + Array(numberWordValues.keys))

    private static let currencySymbolList = [
        "$", "£", "€", "¥", "usd", "eur", "gbp", "chf", "jpy", "dm", "sfr", "us$", "c$", "a$", "hk$",
    ]

    private static let currencySymbols = WordSet(currencySymbolList)

    private static let numberWordValues: [String: Double] = [
        "ein": 1, "einem": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9,
        "zehn": 10, "zwanzig": 20, "fünfzig": 50, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
        "seven": 7, "eight": 8, "nine": 9, "ten": 10, "twenty": 20, "fifty": 50,
    ]

    private static let numberWords = WordTable<Double>(numberWordValues)

    /// For each first byte of a currency symbol or number word, the bit set of their UTF-8 lengths.
    private static let quantityFirstBytes: [UInt16] = {
        var table = [UInt16](repeating: 0, count: 256)
        for word in currencySymbolList + Array(numberWordValues.keys) {
            precondition(word.utf8.count <= 10, "Quantity word '\(word)' is longer than the prefilter allows.")
            if let first = word.utf8.first { table[Int(first)] |= 1 << UInt16(word.utf8.count) }
        }
        return table
    }()
}
