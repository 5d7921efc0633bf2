import NewsModel

/// A short German quote of capitalised nouns and function words ("„Vielfalt ist Programm in
/// Rumänien“") reads like a name, but a speech verb right after its closing comma ("“, erklärte X")
/// makes it a statement.
extension QuoteContext {
    /// Whether the quote opens its sentence (or follows a punctuation mark) and its closing mark is
    /// followed by a comma and a strong speech cue. A name inside a phrase ("der Chefredakteur der
    /// „Abendpost“, bekräftigt …") has a word before it.
    func isGermanStatementBeforeCue(_ span: QuoteMarkSpan) -> Bool {
        guard language == .german, let close = span.close, close + 2 < tokens.count,
            span.open == 0 || !isWord(at: span.open - 1) || tokens[span.open - 1].sentence != tokens[span.open].sentence,
            tokens[close + 1].isPunctuation(","), tokens[close + 2].sentence == tokens[close].sentence,
            let found = cue(at: close + 2, limit: min(tokens.count, close + 12))
        else { return false }
        return !found.cue.isWeak
    }
}
