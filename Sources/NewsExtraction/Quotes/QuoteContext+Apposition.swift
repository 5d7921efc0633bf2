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

extension QuoteContext {
    /// "der Sprecher von Präsident X, Paul Kern", "a spokesman for President X, John Doe": when a
    /// speaker phrase with a role word ends in ", <person>", the tokens of that person's name.
    func appositionName(in range: Range<Int>) -> Range<Int>? {
        guard let comma = range.last(where: { tokens[$0].isPunctuation(",") }), comma + 1 < range.upperBound,
            let person = mention(at: comma + 1), person.kind == .person
        else { return nil }
        // The name runs to the end of the range.
        for index in (comma + 1)..<range.upperBound where tokens[index].kind == .word {
            guard mention(at: index)?.entity == person.entity else { return nil }
        }
        let hasRole = (range.lowerBound..<comma).contains {
            tokens[$0].kind == .word && (lexicon.roleWord(in: tokens[$0].lower) != nil || germanRoleCompound(tokens[$0].lower) != nil)
        }
        return hasRole ? (comma + 1)..<range.upperBound : nil
    }

    /// Whether an English verb is a passive after an empty "it" ("It is also believed that …",
    /// "it was understood"): no speaker.
    func isImpersonalPassive(verb index: Int, from lower: Int) -> Bool {
        guard language == .english else { return false }
        var probe = index - 1
        var sawAuxiliary = false
        while probe >= lower && index - probe <= 4 && tokens[probe].kind == .word {
            let word = tokens[probe].lower
            if ["is", "was", "are", "were", "been", "be"].contains(word) {
                sawAuxiliary = true
            } else if word == "it" {
                return sawAuxiliary
            } else if !["also", "widely", "now", "generally", "has", "had", "not", "still"].contains(word) {
                return false
            }
            probe -= 1
        }
        return false
    }
}
