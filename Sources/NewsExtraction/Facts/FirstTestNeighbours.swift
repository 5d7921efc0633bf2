/// Words that pass a sentence's first test only with a word near them, read from the tokens in place: "pay" with
/// a "for" after it ("will pay 4 bln dlrs for X"), "holding" with "in" right after it ("its holding in X is 12
/// pct"), "deal" with a verb of closing or agreeing near it ("expects the X deal to close"), "interest" and
/// "share" right after a percent ("its 14 pct interest in X") and "shareholders" before a list verb ("X's
/// shareholders include A"). Alone, each is too frequent a word to open the analysis of a sentence.
enum FirstTestNeighbours {
    /// The words that need a neighbour (English; no German form is among them).
    static let words: Set<String> = [
        "pay", "pays", "paid", "paying", "holding", "holdings", "deal", "interest", "interests", "share", "shareholders", "stockholders",
    ]

    /// The percent words before "interest" and "share".
    private static let percentWords: WordSet = ["pct", "percent", "%"]
    /// The verbs after "shareholders" that start a list of them.
    private static let listVerbs: WordSet = ["are", "include", "includes", "included"]

    /// Verbs of closing, completing or agreeing near "deal".
    private static let dealVerbs: WordSet = [
        "close", "closes", "closed", "closing", "complete", "completes", "completed", "completing", "finalized", "finalised",
        "agreed", "signed", "sealed", "approved", "announced",
    ]

    /// How far from the word its neighbour may stand.
    private static let reach = 6

    /// Whether the word at `index` has the neighbour it needs.
    static func confirm(_ tokens: ArraySlice<Token>, at index: Int) -> Bool {
        let word = tokens[index].lower
        let end = min(tokens.endIndex, index + 1 + reach)
        switch word.utf8.first {
        case UInt8(ascii: "p"):
            return (index + 1..<end).contains { tokens[$0].lower == "for" }
        case UInt8(ascii: "h"):
            return index + 1 < tokens.endIndex && tokens[index + 1].lower == "in"
        case UInt8(ascii: "i"):
            return index > tokens.startIndex && percentWords.contains(tokens[index - 1].lower)
        case UInt8(ascii: "s"):
            if word == "share" { return index > tokens.startIndex && percentWords.contains(tokens[index - 1].lower) }
            return index + 1 < tokens.endIndex && listVerbs.contains(tokens[index + 1].lower)
        case UInt8(ascii: "d"):
            let start = max(tokens.startIndex, index - reach)
            return (start..<end).contains { $0 != index && dealVerbs.contains(tokens[$0].lower) }
        default:
            return false
        }
    }
}
