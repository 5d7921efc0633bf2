import NewsModel

/// "Die Brandursache ist nach Angaben der Polizei unklar": a German source phrase ("laut X",
/// "nach Angaben von X", "X zufolge") inside the statement stays in its text. The guide's gold
/// text is the whole clause, verbatim, and the words left and right of a long source phrase
/// alone may hold less than 60% of a short statement ("Die Brandursache ist unklar").
extension QuoteContext {
    /// The parts of a German source-phrase quote as one verbatim stretch when the source stands
    /// between them: the words before it and the words after it, joined over the phrase.
    func germanVerbatimSourceParts(_ parts: [Range<Int>]) -> [Range<Int>] {
        guard language == .german, parts.count == 2, parts[0].upperBound <= parts[1].lowerBound,
            parts[1].lowerBound - parts[0].upperBound <= 24
        else { return parts }
        return [parts[0].lowerBound..<parts[1].upperBound]
    }
}
