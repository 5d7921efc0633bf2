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

extension EntityScanner {
    /// English names after a German cue word that begin with an English word the cue rule takes
    /// for an ordinary word: "die Firma One Tarvo", "das Start-up Open Quellwerk" (found as
    /// "Open" alone). The opener and the capitalised words after it, up to four, that are no
    /// German function or common word, are the name.
    mutating func findCuedEnglishNames() {
        guard german else { return }
        let n = tokens.count
        for i in 1..<max(1, n - 1) where tokens[i].isCapitalized && tokens[i + 1].isCapitalized && tokens[i - 1].isCapitalized {
            // Cheap checks first: three capitalised words in a row, a short middle one, then the set.
            guard tokens[i].text.utf8.count <= 7, Self.englishOpeners.contains(tokens[i].text), tokens[i - 1].isWord, sameSentence(i - 1, i + 1), isNameShaped(i + 1), isFree(i + 1),
                !tokens[i + 1].flags.contains(.attached), !isShouting(i),
                let kind = EntityLexicons.kind(ofCue: tokens[i - 1].lower)
            else { continue }
            var end = i + 1
            while end < n, end - i <= 4, sameSentence(i, end), isFree(end), isNameShaped(end),
                !tokens[end].flags.contains(.attached), !isOrdinaryGerman(tokens[end].text),
                !EntityLexicons.firstNames.contains(tokens[end].text) || end > i + 1
            {
                end += 1
            }
            guard end > i + 1 else { continue }
            // "Open" alone, taken by the cue rule, gives way to the whole name.
            if owner[i] >= 0 {
                let index = owner[i]
                guard spans[index].start == i, spans[index].end == i + 1, spans[index].canonical == nil else { continue }
                spans[index].strength = -1
                owner[i] = -1
            }
            add(span(i, end, kind: kind, strength: 2))
        }
    }

    /// English words that open company names and that German cue rules take for ordinary words,
    /// as written.
    static let englishOpeners: Set<String> = [
        "One", "Open", "Here", "My", "Our", "Your", "Smart", "Blue", "Red", "Green", "Big", "Next", "Easy", "Just",
        "Go", "Get", "Social", "Mobile", "Digital", "Global", "United", "New", "First", "True", "Pure", "Bright",
    ]
}
