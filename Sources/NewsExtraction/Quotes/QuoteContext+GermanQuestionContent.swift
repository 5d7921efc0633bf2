import NewsModel

/// "STANDARD: Glauben Sie, dass Kunst die Welt verändern kann?", "fragt die Partei, ob X nun
/// zustimmen werde?": a German clause that ends the sentence with a question mark after a
/// comma is what a question asks, not what anyone stated.
extension QuoteContext {
    /// Whether a German reported candidate's content opens after a comma (or with "dass"/"ob")
    /// and runs to a question mark that ends the sentence.
    func isGermanQuestionContent(_ candidate: QuoteCandidate) -> Bool {
        guard language == .german, !candidate.direct, let first = candidate.parts.first,
            let last = candidate.parts.last, first.lowerBound > 0, last.upperBound < tokens.count,
            tokens[last.upperBound].isPunctuation("?")
        else { return false }
        let opener = tokens[first.lowerBound].lower
        return tokens[first.lowerBound - 1].isPunctuation(",") || opener == "dass" || opener == "ob"
    }
}
