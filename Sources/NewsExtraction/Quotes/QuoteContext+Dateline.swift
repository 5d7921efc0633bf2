import NewsModel

/// Agency datelines ("FRANKFURT, April 9 - …", "Wien – …") at the start of a reported content.
extension QuoteContext {
    /// Where the words after a dateline start, when `part` opens its sentence with one: a place in
    /// capitals, then (within eight tokens) a dash; nil otherwise.
    func datelineEnd(in part: Range<Int>) -> Int? {
        guard let first = part.first, tokens[first].kind == .word,
            first == sentenceTokens[tokens[first].sentence].lowerBound
        else { return nil }
        // "Hamburg – Die Redaktion …": a place of one or two words, then a dash and a new capital.
        if language == .german, tokens[first].isCapitalized {
            for dash in (first + 1)...(first + 2) where dash + 1 < part.upperBound && Self.isDash(tokens[dash]) {
                guard (first..<dash).allSatisfy({ tokens[$0].kind == .word && tokens[$0].isCapitalized }),
                    tokens[dash].range.start > tokens[dash - 1].range.end, tokens[dash + 1].isCapitalized,
                    wordCount((dash + 1)..<part.upperBound) >= 3
                else { break }
                return dash + 1
            }
        }
        // Cheap first, on the scalars: a lower-case ASCII letter ("The") is no word in capitals.
        let range = tokens[first].range
        for offset in range.start..<range.end where ("a"..."z").contains(document.scalars[offset]) { return nil }
        let written = document.slice(range)
        guard written.count >= 2, written.allSatisfy({ !$0.isLetter || $0.isUppercase }) else { return nil }
        for index in (first + 1)..<min(part.upperBound, first + 9) where Self.isDash(tokens[index]) {
            guard index + 1 < part.upperBound, tokens[index + 1].kind == .word, wordCount((index + 1)..<part.upperBound) >= 3
            else { return nil }
            return index + 1
        }
        return nil
    }
}
