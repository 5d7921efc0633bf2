import NewsModel

/// "Die Sammlung sei unersetzlich, so Kern, doch die große Sammlung wäre bei Y zu holen, so der
/// Direktor": two statements in one German sentence, each with its own "so X".
extension QuoteContext {
    /// Whether a stretch holds ", so X" that names a speaker (not the correlative "so gering").
    func hasSoAttribution(in range: Range<Int>) -> Bool {
        guard language == .german else { return false }
        var probe = range.lowerBound
        while probe + 2 < range.upperBound {
            if tokens[probe].isPunctuation(","), tokens[probe + 1].lower == "so", !isCorrelativeSo(at: probe + 1) {
                return true
            }
            probe += 1
        }
        return false
    }

    /// At a "so X," attribution that ended a statement (`index` is "so"): the token after the
    /// comma that closes the attribution, if the sentence goes on with a second "so Y".
    func statementAfterSoAttribution(at index: Int, end: Int) -> Int? {
        guard language == .german, index < end, tokens[index].lower == "so", !isCorrelativeSo(at: index) else {
            return nil
        }
        var probe = index + 1
        while probe < end && probe - index <= 6 {
            if tokens[probe].isPunctuation(",") {
                return hasSoAttribution(in: probe + 1..<end) ? probe + 1 : nil
            }
            guard tokens[probe].kind == .word || tokens[probe].isPunctuation("-") else { return nil }
            probe += 1
        }
        return nil
    }
}
