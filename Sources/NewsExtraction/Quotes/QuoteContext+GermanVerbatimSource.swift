import NewsModel

/// "Die Brandursache ist nach Angaben der Polizei unklar": a German source phrase ("laut X",
/// "nach Angaben von X", "X zufolge") inside a short statement stays in its text. The guide's
/// gold text is the whole clause, verbatim; the words left and right of the phrase suffice while
/// they hold 60% of it ("Die Firma plant den Abbau von 300 Stellen"), but not when the phrase is
/// long against them, nor when the phrase took words of the statement ("Das soll laut X die
/// Sicherheit unterlaufen" read as "Das soll unterlaufen").
extension QuoteContext {
    /// The parts of a German source-phrase quote as one verbatim stretch when the source stands
    /// between them with no comma, and has more than two words for every three words of the parts.
    func germanVerbatimSourceParts(_ parts: [Range<Int>]) -> [Range<Int>] {
        guard language == .german, parts.count == 2, parts[0].upperBound <= parts[1].lowerBound,
            parts[1].lowerBound - parts[0].upperBound <= 24
        else { return parts }
        let gap = parts[0].upperBound..<parts[1].lowerBound
        // "nach Ansicht des X, Jana Doe, gegen …": a source in commas stays out.
        guard !gap.contains(where: { tokens[$0].isPunctuation(",") }),
            wordCount(gap) * 3 > (wordCount(parts[0]) + wordCount(parts[1])) * 2
        else { return parts }
        return [parts[0].lowerBound..<parts[1].upperBound]
    }
}
