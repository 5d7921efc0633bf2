import NewsModel

/// A stretch of text between a pair of quotation marks.
struct QuoteMarkSpan: Sendable {
    /// The token index of the opening mark.
    var open: Int
    /// The token index of the closing mark, or nil when the quote runs to the end of its paragraph.
    var close: Int?
    /// The token indices strictly inside the marks.
    var content: Range<Int>
    /// The normalised range of the words inside the marks.
    var contentRange: TextRange
}

/// Pairs quotation marks: „…“ „…” „…" (German), “…” "…" ‘…’ (English), »…« «…» and ‚…‘.
///
/// A mark opens when it stands before a word (after a space, a bracket or the start), and closes
/// the quote it fits. Quotes do not run across paragraphs: an unclosed quote ends with its
/// paragraph (multi-paragraph quotes open every paragraph again).
enum QuoteMarkScanner {
    private enum Style { case low, english, straight, guillemetRight, guillemetLeft, singleLow, singleEnglish, rightDouble }

    /// The quote spans of a token list.
    static func spans(tokens: [QuoteToken], document: Document) -> [QuoteMarkSpan] {
        var spans: [QuoteMarkSpan] = []
        var openIndex: Int?
        var openStyle: Style = .low
        var openParagraph = -1
        let scalars = document.scalars
        let sentences = document.sentences

        let paragraphOfSentence = sentences.map(\.paragraph)
        func paragraph(_ index: Int) -> Int {
            let sentence = tokens[index].sentence
            return sentence < paragraphOfSentence.count ? paragraphOfSentence[sentence] : 0
        }
        func spaceBefore(_ token: QuoteToken) -> Bool {
            let at = token.range.start
            guard at > 0 else { return true }
            let previous = scalars[at - 1]
            return previous.properties.isWhitespace || previous == "(" || previous == "[" || previous == "—"
                || previous == "–" || previous == "-" || previous == "/" || previous == ":"
                || QuoteTokenizer.isQuoteMark(previous)
        }
        func spaceAfter(_ token: QuoteToken) -> Bool {
            let at = token.range.end
            guard at < scalars.count else { return true }
            return scalars[at].properties.isWhitespace
        }
        func openingStyle(_ token: QuoteToken) -> Style? {
            switch token.first.value {
            case 0x201E: return .low
            case 0x201A: return spaceAfter(token) ? nil : .singleLow
            case 0x201C: return spaceAfter(token) ? nil : .english
            case 0x22: return spaceBefore(token) && !spaceAfter(token) ? .straight : nil
            case 0xBB: return spaceBefore(token) && !spaceAfter(token) ? .guillemetRight : nil
            case 0xAB: return spaceBefore(token) && !spaceAfter(token) ? .guillemetLeft : nil
            case 0x2018: return spaceBefore(token) && !spaceAfter(token) ? .singleEnglish : nil
            case 0x201D: return spaceBefore(token) && !spaceAfter(token) ? .rightDouble : nil
            default: return nil
            }
        }
        func closes(_ token: QuoteToken, _ style: Style) -> Bool {
            let value = token.first.value
            switch style {
            case .low: return value == 0x201C || value == 0x201D || (value == 0x22 && !spaceBefore(token))
            case .english: return value == 0x201D || (value == 0x201C && !spaceBefore(token)) || value == 0x22
            case .straight: return value == 0x22 || value == 0x201D
            case .guillemetRight: return value == 0xAB
            case .guillemetLeft: return value == 0xBB
            case .singleLow: return value == 0x2018 || value == 0x2019
            case .singleEnglish: return value == 0x2019 && !spaceBefore(token) && (spaceAfter(token) || !isLetterAfter(token))
            case .rightDouble: return value == 0x201D
            }
        }
        func isLetterAfter(_ token: QuoteToken) -> Bool {
            let at = token.range.end
            return at < scalars.count && scalars[at].properties.isAlphabetic
        }
        func opensAfterSentenceEnd(_ token: QuoteToken) -> Bool {
            var at = token.range.start - 1
            guard at > 0, scalars[at].properties.isWhitespace, isLetterAfter(token) else { return false }
            while at > 0, scalars[at].properties.isWhitespace { at -= 1 }
            let previous = scalars[at]
            return previous == "." || previous == "!" || previous == "?" || previous == "\u{2026}"
        }
        func finish(_ open: Int, close: Int?, end: Int) {
            let content = (open + 1)..<end
            guard !content.isEmpty else { return }
            spans.append(
                QuoteMarkSpan(
                    open: open, close: close, content: content,
                    contentRange: TextRange(start: tokens[open + 1].range.start, end: tokens[end - 1].range.end)))
        }

        for index in tokens.indices {
            if let open = openIndex, paragraph(index) != openParagraph {
                finish(open, close: nil, end: index)
                openIndex = nil
            }
            guard tokens[index].kind == .quoteMark else { continue }
            let token = tokens[index]
            if let open = openIndex {
                // '… consume. "France can't …' (paragraph break lost): a straight mark after a
                // sentence end and a space, before a letter, opens the next quote.
                if token.first.value == 0x22, openStyle == .straight || openStyle == .english, opensAfterSentenceEnd(token) {
                    finish(open, close: nil, end: index)
                    openIndex = index
                    openStyle = .straight
                    openParagraph = paragraph(index)
                    continue
                }
                if closes(token, openStyle) {
                    finish(open, close: index, end: index)
                    openIndex = nil
                }
                continue
            }
            if let style = openingStyle(token) {
                openIndex = index
                openStyle = style
                openParagraph = paragraph(index)
            }
        }
        if let open = openIndex { finish(open, close: nil, end: tokens.count) }
        return spans
    }
}
