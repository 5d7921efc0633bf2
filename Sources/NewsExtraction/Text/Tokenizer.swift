import NewsModel

/// A token before sentences are known: its span and flags.
struct RawToken: Sendable {
    var start: Int
    var end: Int
    var flags: Token.Flags
}

/// Splits normalised text (as scalars) into tokens. Pure scanning, no regular expressions.
///
/// - Words run over letters and digits, over a hyphen between two letters or digits
///   ("Alibaba-Gründer", "US-Marktplatz"), over an apostrophe inside a word ("O'Brien") but not
///   before a final "s" ("Alibaba's" gives "Alibaba" and "'s"), over dots of one-letter
///   abbreviations ("U.S.", "z.B.", "N.V.", final dot included) and over dots inside domain names
///   ("Amazon.com").
/// - Numbers run over digits and over ".", ",", "/", "-" between digits ("3.000", "37,6",
///   "11-5/8"); letters glued to digits make a word ("7Eleven", "3M").
/// - Everything else is one punctuation token per scalar.
enum Tokenizer {
    static func tokenize(_ scalars: [Unicode.Scalar]) -> [RawToken] {
        scalars.withUnsafeBufferPointer { tokenize($0) }
    }

    /// The same over a buffer of scalars (no bounds checks in the scanning loops).
    static func tokenize(_ s: UnsafeBufferPointer<Unicode.Scalar>) -> [RawToken] {
        var tokens: [RawToken] = []
        tokens.reserveCapacity(s.count / 5)
        let n = s.count
        var i = 0
        var sawNewline = false
        var sawSpace = true
        while i < n {
            let c = s[i]
            if ScalarClass.isSpace(c) {
                if ScalarClass.isNewline(c) { sawNewline = true }
                sawSpace = true
                i += 1
                continue
            }
            var flags: Token.Flags = []
            if !sawSpace { flags.insert(.attached) }
            if sawNewline { flags.insert(.afterNewline) }
            sawSpace = false
            sawNewline = false
            let start = i
            if ScalarClass.isAlnum(c) {
                i = scanWord(s, from: i, flags: &flags)
            } else if ScalarClass.isApostrophe(c), i + 1 < n, s[i + 1] == "s" || s[i + 1] == "S",
                i > 0, ScalarClass.isAlnum(s[i - 1]), i + 2 >= n || !ScalarClass.isAlnum(s[i + 2])
            {
                flags.insert(.possessive)
                i += 2
            } else {
                flags.insert(.punctuation)
                if ScalarClass.isQuote(c) { flags.insert(.quote) }
                i += 1
            }
            tokens.append(RawToken(start: start, end: i, flags: flags))
        }
        return tokens
    }

    /// Scans a word or number starting at `start`; returns its end and sets its flags.
    private static func scanWord(_ s: UnsafeBufferPointer<Unicode.Scalar>, from start: Int, flags: inout Token.Flags) -> Int {
        let n = s.count
        var i = start
        var onlyDigits = true  // digits and number separators only
        var letters = 0
        var uppers = 0
        var segmentLength = 0  // letters/digits since the last separator
        var dotted = false  // "U.S."-style abbreviation
        var previousLower = false
        // Set by the ASCII fast path below, merged into `flags` at the end.
        var hasDigit = false
        var innerCapital = false
        flags.insert(.word)
        if ScalarClass.isUpper(s[start]) { flags.insert(.capitalized) }
        while i < n {
            // ASCII letters and digits, the bulk of every word, without the general tests.
            let v = s[i].value
            if v &- 0x61 < 26 {
                // A run of lower-case ASCII letters in one tight loop: each letter counts as below.
                var j = i + 1
                while j < n, s[j].value &- 0x61 < 26 { j += 1 }
                onlyDigits = false
                letters += j - i
                segmentLength += j - i
                previousLower = true
                i = j
                continue
            }
            if v < 0x80 {
                if (v | 0x20) &- 0x61 < 26 {
                    onlyDigits = false
                    letters += 1
                    if v < 0x60 {
                        uppers += 1
                        if previousLower { innerCapital = true }
                        previousLower = false
                    } else {
                        previousLower = true
                    }
                    segmentLength += 1
                    i += 1
                    continue
                }
                if v &- 0x30 < 10 {
                    hasDigit = true
                    segmentLength += 1
                    previousLower = false
                    i += 1
                    continue
                }
                // Any other ASCII scalar but a separator tested below ("-", ".", ",", "/", "'")
                // ends the word (a space, most often).
                if v != 0x2D && v != 0x2E && v != 0x2C && v != 0x2F && v != 0x27 { break }
            }
            let c = s[i]
            if ScalarClass.isDigit(c) {
                flags.insert(.hasDigit)
                segmentLength += 1
                previousLower = false
                i += 1
                continue
            }
            if ScalarClass.isLetter(c) {
                onlyDigits = false
                letters += 1
                if ScalarClass.isUpper(c) {
                    uppers += 1
                    if previousLower { flags.insert(.innerCapital) }
                    previousLower = false
                } else {
                    previousLower = ScalarClass.isLower(c)
                }
                segmentLength += 1
                i += 1
                continue
            }
            // A separator: only continue the word when an alphanumeric follows.
            let next: Unicode.Scalar? = i + 1 < n ? s[i + 1] : nil
            guard let next else { break }
            let previous = s[i - 1]
            switch c {
            case "-", "\u{2011}":
                if ScalarClass.isAlnum(next) && ScalarClass.isAlnum(previous) {
                    if !(onlyDigits && ScalarClass.isDigit(next)) { onlyDigits = false; flags.insert(.hyphenated) }
                    segmentLength = 0
                    previousLower = false
                    i += 1
                    continue
                }
            case ".":
                if onlyDigits && ScalarClass.isDigit(previous) && ScalarClass.isDigit(next) {
                    segmentLength = 0
                    i += 1
                    continue
                }
                if segmentLength == 1 && ScalarClass.isLetter(previous) && ScalarClass.isLetter(next)
                    && (i + 2 >= n || !ScalarClass.isLetter(s[i + 2]))
                {
                    // "U.S", "z.B", "N.V": one-letter segments joined by dots.
                    dotted = true
                    onlyDigits = false
                    segmentLength = 0
                    i += 1
                    continue
                }
                if !dotted && ScalarClass.isLetter(previous) && ScalarClass.isLower(next) && segmentLength >= 2
                    && i + 2 < n && ScalarClass.isLower(s[i + 2])
                {
                    // "Amazon.com", "allinrechner.at".
                    segmentLength = 0
                    i += 1
                    continue
                }
            case ",", "/":
                if onlyDigits && ScalarClass.isDigit(previous) && ScalarClass.isDigit(next) {
                    segmentLength = 0
                    i += 1
                    continue
                }
            case "'", "\u{2019}":
                if ScalarClass.isLetter(previous) && ScalarClass.isLetter(next) {
                    let afterNext: Unicode.Scalar? = i + 2 < n ? s[i + 2] : nil
                    let possessive = (next == "s" || next == "S") && (afterNext.map { !ScalarClass.isAlnum($0) } ?? true)
                    if !possessive {
                        onlyDigits = false
                        i += 1
                        continue
                    }
                }
            default:
                break
            }
            break
        }
        if hasDigit { flags.insert(.hasDigit) }
        if innerCapital { flags.insert(.innerCapital) }
        if dotted, i < n, s[i] == ".", segmentLength == 1 { i += 1 }  // the final dot of "U.S."
        if onlyDigits {
            flags.insert(.number)
        } else if letters > 0 && uppers == letters {
            flags.insert(.allCaps)
        }
        return i
    }
}
