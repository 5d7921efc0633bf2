import NewsModel

/// Agency datelines ("FRANKFURT, April 9 - …") at the start of a reported content.
extension QuoteContext {
    /// Where the words after a dateline start, when `part` opens its sentence with one: a place in
    /// capitals, then (within eight tokens) a dash; nil otherwise.
    func datelineEnd(in part: Range<Int>) -> Int? {
        guard let first = part.first, tokens[first].kind == .word,
            first == sentenceTokens[tokens[first].sentence].lowerBound
        else { return nil }
        let written = document.slice(tokens[first].range)
        guard written.count >= 2, written.allSatisfy({ !$0.isLetter || $0.isUppercase }) else { return nil }
        for index in (first + 1)..<min(part.upperBound, first + 9) where Self.isDash(tokens[index]) {
            guard index + 1 < part.upperBound, tokens[index + 1].kind == .word, wordCount((index + 1)..<part.upperBound) >= 3
            else { return nil }
            return index + 1
        }
        return nil
    }
}
