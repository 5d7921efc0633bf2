import NewsModel

/// '"…," Jane Doe, chief economist at Acme Bank, said.': the speaker's name, an apposition
/// between commas, then the speech verb.
extension QuoteContext {
    /// The speech cue after a name and its apposition at the start of the region after a quote,
    /// if the region reads "Name, apposition, cue …".
    func cueAfterApposition(in region: Range<Int>) -> Int? {
        // The name: one to four capitalised words (or a person mention) up to the first comma.
        var index = region.lowerBound
        var nameWords = 0
        while index < region.upperBound, tokens[index].kind == .word || tokens[index].isPunctuation("-") {
            if tokens[index].kind == .word {
                guard tokens[index].isCapitalized || mention(at: index)?.kind == .person, cue(at: index, limit: index + 1) == nil
                else { return nil }
                nameWords += 1
            }
            index += 1
        }
        guard (1...4).contains(nameWords), index < region.upperBound, tokens[index].isPunctuation(",") else { return nil }
        let opening = index
        // The apposition: words (and inner hyphens, dots, ampersands, brackets) up to the next comma.
        var probe = opening + 1
        var appositionWords = 0
        while probe < region.upperBound && probe - opening <= 16 {
            let token = tokens[probe]
            if token.isPunctuation(",") { break }
            if token.kind == .word {
                appositionWords += 1
                if cue(at: probe, limit: region.upperBound) != nil { return nil }
            } else if token.kind == .quoteMark {
                return nil
            }
            probe += 1
        }
        guard appositionWords >= 1, probe + 1 < region.upperBound, tokens[probe].isPunctuation(",") else { return nil }
        let cueIndex = probe + 1
        guard cue(at: cueIndex, limit: region.upperBound) != nil else { return nil }
        // After the verb only a short tail may follow ("said on Tuesday", "told the group").
        guard wordCount((cueIndex + 1)..<region.upperBound) <= 6 else { return nil }
        return cueIndex
    }
}
