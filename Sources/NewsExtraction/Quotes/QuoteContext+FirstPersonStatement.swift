import NewsModel

/// German speech in the first person without quotation marks (as in agency copy): "Wir haben
/// hart gekämpft, sagte er in Brüssel, aber jetzt werden die anderen zahlen." The attribution
/// stands inside the statement; the rest after a coordinator goes on with it.
extension QuoteContext {
    /// Whether a German statement in the first person goes on after its attribution: the content
    /// before holds a first-person word and the token at `next` is a coordinator that opens the
    /// rest ("aber", "doch", "und", "denn", "sondern").
    func firstPersonStatementGoesOn(content: Range<Int>, next: Int) -> Bool {
        guard language == .german, next < tokens.count, tokens[next].kind == .word,
            Self.statementCoordinators.contains(tokens[next].lower)
        else { return false }
        return hasFirstPersonWord(content)
    }

    /// Whether a range holds a German first-person pronoun outside quotation marks.
    func hasFirstPersonWord(_ range: Range<Int>) -> Bool {
        guard language == .german else { return false }
        for index in range where tokens[index].kind == .word && spanAt[index] == nil {
            if Self.firstPersonWordsDE.contains(tokens[index].lower) { return true }
        }
        return false
    }

    /// Coordinators that continue a statement after its attribution.
    static let statementCoordinators: WordSet = ["aber", "doch", "und", "denn", "sondern", "jedoch"]

    /// German first-person pronouns and possessives.
    static let firstPersonWordsDE: WordSet = [
        "ich", "wir", "mir", "mich", "uns", "unser", "unsere", "unseren", "unserem", "unserer", "mein", "meine",
        "meinen", "meinem", "meiner",
    ]
}
