import NewsModel

/// Longer shapes of a statement after a colon: a long first clause that opens with its speaker
/// and cue ("Der Gutachter kritisierte den Vertrag ebenso wie … in scharfer Form: …"), and a
/// statement in the Konjunktiv that ends in a quoted phrase ("…: Der Vertrag beschränke den
/// Wettbewerb und die Regierung betreibe eine „zu enge Auslegung“.").
extension QuoteContext {
    /// The most tokens a clause before a colon may have when its speaker and cue open the sentence.
    static let longOpeningClauseLimit = 26

    /// The sentence start, when the clause before `colon` runs from the sentence start without a
    /// clause boundary, at most `longOpeningClauseLimit` tokens, and holds a speech cue within its
    /// first five tokens (a subject of one to four words and the verb).
    func openingAttributionClause(before colon: Int, sentence: Int) -> Int? {
        let start = sentenceTokens[sentence].lowerBound
        guard colon - start < Self.longOpeningClauseLimit, colon - start > 5 else { return nil }
        for index in start..<colon {
            let token = tokens[index]
            if spanAt[index] != nil || token.isPunctuation(",") || token.isPunctuation(";")
                || token.isPunctuation("–") || token.isPunctuation("-") || token.kind == .quoteMark
            {
                return nil
            }
        }
        for index in (start + 1)..<(start + 5) where cue(at: index, limit: colon) != nil { return start }
        return nil
    }

    /// Whether the quoted phrase whose content starts at `index` ends the sentence (only closing
    /// marks and punctuation after it, before `end`) and follows a German Konjunktiv form in the
    /// statement that starts at `statement`: then it is part of that reported statement.
    func isClosingQuotedPhrase(at index: Int, statement: Int, end: Int) -> Bool {
        guard language == .german, let number = spanAt[index], let close = spans[number].close else { return false }
        for after in (close + 1)..<max(close + 1, end) where tokens[after].kind == .word { return false }
        guard index - statement >= 3 else { return false }
        for word in statement..<index where isKonjunktivForm(at: word) { return true }
        return false
    }
}
