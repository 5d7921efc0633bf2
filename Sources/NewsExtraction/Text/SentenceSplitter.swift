/// Finds sentence boundaries in a token stream.
///
/// A line break always ends a sentence. ".", "!", "?" and "…" end one when the next token (after any
/// closing quotation marks and brackets glued to the mark) can start a sentence: a capital, a
/// digit, an opening quotation mark. So "„…“, sagte X" stays one sentence. After a title
/// abbreviation ("Dr.", "Prof.", "St.", "Nr.") or an initial ("J. Smith") a sentence never ends;
/// after other abbreviations ("Inc.", "Mio.", "z.B.", "U.S.") and after numbers (German ordinals,
/// "am 3. März") only before a capitalised function word ("Die", "The").
enum SentenceSplitter {
    /// The token ranges of the sentences.
    static func split(_ s: [Unicode.Scalar], tokens: [RawToken], lower: [String]? = nil) -> [Range<Int>] {
        split(s, tokens: tokens, lowerOf: { index in lower?[index] ?? lowercase(s, tokens[index]) })
    }

    /// The same, reading the lower case of the few tokens it needs from the text's bytes.
    static func split(_ s: [Unicode.Scalar], tokens: [RawToken], utf8: UTF8Text) -> [Range<Int>] {
        split(s, tokens: tokens, lowerOf: { index in utf8.lowercased(tokens[index].start, tokens[index].end) })
    }

    /// The token ranges of the sentences; `lowerOf` gives a token's lower-case text.
    private static func split(_ s: [Unicode.Scalar], tokens: [RawToken], lowerOf: (Int) -> String) -> [Range<Int>] {
        var sentences: [Range<Int>] = []
        let n = tokens.count
        var start = 0
        var i = 0
        while i < n {
            let token = tokens[i]
            if i > start && token.flags.contains(.afterNewline) {
                sentences.append(start..<i)
                start = i
            }
            // Most tokens cannot end a sentence: skip them before the call (endKind's first tests).
            guard mayEnd(s, token), let kind = endKind(s, tokens, i, lowerOf), !isInsideTicker(s, tokens, i) else {
                i += 1
                continue
            }
            // Swallow further terminal marks and glued closing quotes/brackets.
            var end = i + 1
            while end < n, tokens[end].flags.contains(.attached), tokens[end].flags.contains(.punctuation),
                isCloser(s[tokens[end].start]) || isTerminal(s[tokens[end].start])
            {
                end += 1
            }
            if end >= n {
                i = end
                break
            }
            let next = tokens[end]
            if !next.flags.contains(.afterNewline) && shouldSplit(kind, s, tokens, next: end, lowerOf) {
                sentences.append(start..<end)
                start = end
            }
            i = end
        }
        if start < n { sentences.append(start..<n) }
        return sentences
    }

    enum EndKind { case plain, abbreviation, title, number }

    /// Whether token `i` stands inside a short angle-bracket code such as Reuters' tickers
    /// ("<BAEL.L>", "<NCPA.S>"): a dot there ends no sentence.
    private static func isInsideTicker(_ s: [Unicode.Scalar], _ tokens: [RawToken], _ i: Int) -> Bool {
        var opened = false
        for back in stride(from: i - 1, through: max(0, i - 4), by: -1) {
            let c = s[tokens[back].start]
            if c == ">" { return false }
            if c == "<" {
                opened = true
                break
            }
        }
        guard opened else { return false }
        for ahead in (i + 1)..<min(tokens.count, i + 5) {
            let c = s[tokens[ahead].start]
            if c == "<" || tokens[ahead].flags.contains(.afterNewline) { return false }
            if c == ">" { return true }
        }
        return false
    }

    /// Whether a token may end a sentence at all: a dotted abbreviation with its final dot inside
    /// ("U.S.") or a terminal mark. ``endKind(_:_:_:_:)`` is nil for every other token.
    @inline(__always) private static func mayEnd(_ s: [Unicode.Scalar], _ token: RawToken) -> Bool {
        if token.flags.contains(.word) { return token.end - token.start >= 3 && s[token.end - 1] == "." }
        return token.flags.contains(.punctuation) && isTerminal(s[token.start])
    }

    /// Whether token `i` may end a sentence, and of what kind.
    private static func endKind(_ s: [Unicode.Scalar], _ tokens: [RawToken], _ i: Int, _ lowerOf: (Int) -> String) -> EndKind? {
        let token = tokens[i]
        let first = s[token.start]
        if token.flags.contains(.word) {
            // A dotted abbreviation with its final dot inside ("U.S.").
            guard token.end - token.start >= 3, s[token.end - 1] == "." else { return nil }
            return .abbreviation
        }
        guard token.flags.contains(.punctuation), isTerminal(first) else { return nil }
        guard first == ".", i > 0, token.flags.contains(.attached) else { return .plain }
        if i + 1 < tokens.count, s[tokens[i + 1].start] == ".", tokens[i + 1].flags.contains(.attached) {
            return .plain  // an ellipsis "..."
        }
        let previous = tokens[i - 1]
        guard previous.flags.contains(.word) else { return .plain }
        if previous.flags.contains(.number) { return isYear(s, previous) ? .plain : .number }
        let length = previous.end - previous.start
        if length == 1 && previous.flags.contains(.capitalized) { return .title }  // an initial
        let lower = lowerOf(i - 1)
        if TextLexicons.titleAbbreviations.contains(lower) { return .title }
        if TextLexicons.abbreviations.contains(lower) { return .abbreviation }
        return .plain
    }

    private static func shouldSplit(
        _ kind: EndKind, _ s: [Unicode.Scalar], _ tokens: [RawToken], next: Int, _ lowerOf: (Int) -> String
    ) -> Bool {
        let token = tokens[next]
        let first = s[token.start]
        let starts =
            token.flags.contains(.capitalized) || ScalarClass.isDigit(first)
            || ScalarClass.isQuote(first) || first == "(" || first == "-"
        switch kind {
        case .title:
            return false
        case .plain:
            return starts
        case .abbreviation, .number:
            // 'beyond 2009. "The cost …': an opening quote after the stop starts a sentence.
            if ScalarClass.isQuote(first), token.end < s.count, s[token.end].properties.isAlphabetic { return true }
            guard token.flags.contains(.capitalized) else { return false }
            let lower = lowerOf(next)
            if kind == .number && TextLexicons.months.contains(lower) { return false }
            return TextLexicons.stopwordVotes[lower] != nil
        }
    }

    /// Whether a number token is a year ("2007"): "im Jahr 2007. X sagte" ends there, as a year
    /// is no German ordinal.
    private static func isYear(_ s: [Unicode.Scalar], _ token: RawToken) -> Bool {
        guard token.end - token.start == 4 else { return false }
        let a = s[token.start], b = s[token.start + 1]
        guard (a == "1" && b == "9") || (a == "2" && b == "0") else { return false }
        return s[(token.start + 2)..<token.end].allSatisfy { ScalarClass.isDigit($0) }
    }

    @inline(__always) static func isTerminal(_ c: Unicode.Scalar) -> Bool {
        c == "." || c == "!" || c == "?" || c == "\u{2026}"
    }

    @inline(__always) static func isCloser(_ c: Unicode.Scalar) -> Bool {
        c == ")" || c == "]" || c == "\"" || c == "'" || c == "\u{201C}" || c == "\u{201D}" || c == "\u{2019}"
            || c == "\u{2018}" || c == "\u{AB}" || c == "\u{BB}" || c == "\u{203A}" || c == "\u{2039}"
    }

    static func lowercase(_ s: [Unicode.Scalar], _ token: RawToken) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: s[token.start..<token.end])
        return String(view).lowercased()
    }
}
