import NewsModel

/// A German statement split by its "so X" attribution: "Die Kelmar AG, so Vossberg, werde das Werk
/// schließen.", "Dennoch, so Vossberg, habe die Firma richtig gehandelt." The words before the
/// attribution are the fronted part of the statement (a subject, an adverb) and hold no verb; the
/// subjunctive finite verb follows right after the attribution's closing comma.
extension QuoteContext {
    /// Whether the short stretch `before` (", so X," after it) and the words from `restStart` form
    /// one statement: at most five words before, and a Konjunktiv form opens the rest.
    func isGermanStatementSplitBySo(before: Range<Int>, restStart: Int, end: Int) -> Bool {
        guard language == .german, restStart + 2 < end, restStart > 0, tokens[restStart - 1].isPunctuation(","),
            !before.isEmpty, wordCount(before) < 6
        else { return false }
        return isKonjunktivForm(at: restStart)
    }
}
