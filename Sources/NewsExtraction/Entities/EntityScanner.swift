import NewsModel

/// The working state of entity recognition on one document: its tokens and the spans found so far.
/// The rule families live in extensions (`+Companies`, `+People`, `+Aliases`, `+Table`).
struct EntityScanner {
    let document: Document
    let tokens: [Token]
    let german: Bool
    /// For each token, the span that owns it (or -1).
    var owner: [Int]
    var spans: [EntitySpan] = []
    /// The rule family now running, recorded in each span it adds (for diagnostics).
    var rule: StaticString = ""
    /// For each sentence, whether it is written in capitals (a wire-service headline).
    let shouting: [Bool]
    /// For each sentence, the index of its first word token.
    let firstWord: [Int]

    init(document: Document) {
        self.document = document
        self.tokens = document.tokens
        self.german = document.language == .german
        self.owner = Array(repeating: -1, count: document.tokens.count)
        var shouting: [Bool] = []
        var firstWord: [Int] = []
        shouting.reserveCapacity(document.sentences.count)
        firstWord.reserveCapacity(document.sentences.count)
        for sentence in document.sentences {
            var words = 0
            var caps = 0
            var first = -1
            for t in sentence.tokenRange where document.tokens[t].isWord {
                if first < 0 { first = t }
                if document.tokens[t].isNumber { continue }
                words += 1
                if document.tokens[t].isAllCaps { caps += 1 }
            }
            shouting.append(words >= 3 && caps * 5 >= words * 4)
            firstWord.append(first)
        }
        self.shouting = shouting
        self.firstWord = firstWord
    }

    // MARK: - Token helpers

    @inline(__always) func text(_ i: Int) -> String { tokens[i].text }
    @inline(__always) func lower(_ i: Int) -> String { tokens[i].lower }
    @inline(__always) func isFree(_ i: Int) -> Bool { owner[i] < 0 }
    @inline(__always) func sameSentence(_ a: Int, _ b: Int) -> Bool { tokens[a].sentence == tokens[b].sentence }
    @inline(__always) func isShouting(_ i: Int) -> Bool { shouting[tokens[i].sentence] }

    /// The part of a hyphen compound before its last hyphen ("Alibaba" of "Alibaba-Gründer").
    @inline(__always) func head(_ i: Int) -> String? {
        guard tokens[i].flags.contains(.hyphenated) else { return nil }
        return Self.head(of: tokens[i])
    }

    /// The part of a token before its last hyphen, when it is a hyphen compound.
    @inline(__always) static func head(of token: Token) -> String? {
        guard token.flags.contains(.hyphenated) else { return nil }
        let t = token.text
        guard let dash = lastHyphen(t) else { return nil }
        return String(t[..<dash])
    }

    /// The index of the last "-" character: found on the UTF-8 bytes when its neighbours are
    /// ASCII (then it is a character of its own); otherwise by characters, as `lastIndex(of:)`.
    static func lastHyphen(_ t: String) -> String.Index? {
        let utf8 = t.utf8
        guard let dash = utf8.lastIndex(of: UInt8(ascii: "-")) else { return nil }
        let after = utf8.index(after: dash)
        if (dash == utf8.startIndex || utf8[utf8.index(before: dash)] < 0x80), after == utf8.endIndex || utf8[after] < 0x80 {
            return dash
        }
        return t.lastIndex(of: "-")
    }

    /// The last part of a hyphen compound, lower case ("gründer").
    func tail(_ i: Int) -> String? {
        guard tokens[i].flags.contains(.hyphenated) else { return nil }
        let t = tokens[i].lower
        guard let dash = Self.lastHyphen(t) else { return nil }
        return String(t[t.index(after: dash)...])
    }

    /// Whether the token is the first word of its sentence (after opening quotes or brackets).
    func isSentenceInitial(_ i: Int) -> Bool { firstWord[tokens[i].sentence] >= i }

    /// A word that can be part of a name: capitalised, with an inner capital ("eBay"), or
    /// letters glued to digits with a capital ("7Eleven").
    @inline(__always) func isNameShaped(_ i: Int) -> Bool {
        let f = tokens[i].flags
        guard f.contains(.word), !f.contains(.number) else { return false }
        return f.contains(.capitalized) || f.contains(.innerCapital)
    }

    /// An ordinary word: a function word, a capitalised German common noun, or (lower-cased) an
    /// ordinary English word.
    func isOrdinary(_ word: String, lower: String) -> Bool {
        if EntityLexicons.isStopword(lower) { return true }
        // The word list of the article's language first: the other, large list is then rarely read.
        if german {
            if EntityLexicons.commonGerman.contains(word) || EntityLexicons.commonEnglish.contains(lower) { return true }
        } else if EntityLexicons.commonEnglish.contains(lower) || EntityLexicons.commonGerman.contains(word) {
            return true
        }
        return EntityLexicons.demonyms.contains(word) || TextLexicons.months.contains(lower)
    }

    /// Whether a word is a known place.
    func isPlace(_ word: String) -> Bool {
        EntityLexicons.gazetteer.singleTokenPlaces.contains(word)
    }

    /// Whether a lower-case word is a role or a company/organisation cue word.
    func isRoleOrCue(_ lower: String) -> Bool {
        EntityLexicons.roles.matches(lower) || EntityLexicons.companyCues.matches(lower)
            || EntityLexicons.organizationCues.matches(lower) || EntityLexicons.legalForms.contains(lower)
    }

    /// A short pure number ("11") right before token `i`, in the same sentence.
    func numberBefore(_ i: Int) -> Int? {
        guard i > 0, sameSentence(i - 1, i), tokens[i - 1].isNumber, !tokens[i].flags.contains(.attached),
            tokens[i - 1].text.unicodeScalars.count <= 3
        else { return nil }
        return i - 1
    }

    // MARK: - Spans

    /// Adds a span if none of its tokens is taken; returns its index.
    @discardableResult
    mutating func add(_ span: EntitySpan) -> Int? {
        guard span.start < span.end, span.end <= tokens.count else { return nil }
        for t in span.start..<span.end where owner[t] >= 0 { return nil }
        let index = spans.count
        var span = span
        span.rule = rule
        spans.append(span)
        for t in span.start..<span.end { owner[t] = index }
        return index
    }

    /// A span over whole tokens `start..<end`.
    func span(_ start: Int, _ end: Int, kind: EntityKind, strength: Int) -> EntitySpan {
        EntitySpan(
            start: start, end: end, kind: kind, nameStart: tokens[start].range.start,
            nameEnd: tokens[end - 1].range.end, strength: strength)
    }

    /// A span whose last token counts only with its compound head ("Alibaba" of "Alibaba-Ableger").
    func headSpan(_ start: Int, _ end: Int, kind: EntityKind, strength: Int) -> EntitySpan {
        var result = span(start, end, kind: kind, strength: strength)
        if let head = head(end - 1) {
            result.nameEnd = tokens[end - 1].range.start + head.unicodeScalars.count
            result.role = tail(end - 1).flatMap { EntityLexicons.roles.matches($0) ? tokenTail(end - 1) : nil }
            result.derived = true
        }
        return result
    }

    /// The last part of a compound as written ("Gründer").
    func tokenTail(_ i: Int) -> String? {
        let t = tokens[i].text
        guard let dash = Self.lastHyphen(t) else { return nil }
        return String(t[t.index(after: dash)...])
    }

    /// The name text of a span.
    func name(of span: EntitySpan) -> String {
        document.slice(TextRange(start: span.nameStart, end: span.nameEnd))
    }
}
