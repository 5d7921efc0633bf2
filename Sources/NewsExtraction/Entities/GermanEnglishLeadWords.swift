import NewsModel

extension EntityScanner {
    /// English names in German text that begin with an English adjective the other rules leave
    /// out, as an ordinary word: "der International Talcrest Association" was found as "Talcrest
    /// Association"; the span grows back over "International" (and "The", "Global", "United" …).
    /// Only names found by a rule (no gazetteer name), only when the word before is capitalised
    /// and free, in the same sentence.
    mutating func extendNamesOverEnglishLeadWords() {
        guard german else { return }
        for index in spans.indices where spans[index].start > 0 && spans[index].strength >= 0 {
            let start = spans[index].start
            let before = start - 1
            // Cheap checks first: a capitalised free word of the list right before the span.
            guard tokens[before].isCapitalized, isFree(before), Self.englishLeadWords.contains(tokens[before].text),
                isCompanyLike(spans[index].kind), spans[index].canonical == nil, sameSentence(before, start),
                !tokens[start].flags.contains(.attached), tokens[start].isCapitalized
            else { continue }
            var first = before
            // "The International …": a leading "The" goes with it.
            if first > 0, tokens[first - 1].text == "The", isFree(first - 1), sameSentence(first - 1, start) { first -= 1 }
            for t in first..<start { owner[t] = index }
            spans[index].start = first
            spans[index].nameStart = tokens[first].range.start
        }
    }

    /// Capitalised English words that begin names of bodies and companies, as written ("General"
    /// is left out: before a name it is mostly the military rank).
    static let englishLeadWords: Set<String> = [
        "International", "National", "Global", "World", "European", "American", "United", "Royal",
        "Federal", "Central", "Digital", "Open", "First", "New", "The",
    ]
}
