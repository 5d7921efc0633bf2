extension EntityScanner {
    /// "Air Deccan", "Air Jamaica", "Air Quorvia": "Air" and a name word (or a place) is an airline's name, in either
    /// language; not "Air Force" or "Air Traffic Control", where an ordinary word follows, nor inside a longer name
    /// ("TAP Air Portugal"). The place's own span, if any, gives way.
    mutating func findAirlineNames() {
        let n = tokens.count
        guard n > 1 else { return }
        // Cheap tests first: a capitalised token of three scalars, then its text.
        for i in 0..<(n - 1) where tokens[i].range.end - tokens[i].range.start == 3 && tokens[i].isCapitalized && tokens[i].text == "Air"
            && isFree(i) && sameSentence(i, i + 1)
        {
            let next = i + 1
            guard isNameShaped(next), !tokens[next].isAllCaps, !tokens[next].flags.contains(.attached), !tokens[i].flags.contains(.hyphenated)
            else { continue }
            // "TAP Air Portugal": "Air" inside a longer name is left to the other rules.
            if i > 0, sameSentence(i - 1, i), tokens[i - 1].isWord, tokens[i - 1].isCapitalized, !EntityLexicons.isStopword(tokens[i - 1].lower) {
                continue
            }
            let word = tokens[next].text
            let lower = tokens[next].lower
            var end = next + 1
            if owner[next] >= 0 {
                // "Air Jamaica", "Air New Zealand": a place of one or more words after "Air".
                let place = owner[next]
                guard spans[place].kind == .place, spans[place].start == next else { continue }
                end = spans[place].end
                spans[place].strength = -1
                for t in spans[place].start..<spans[place].end { owner[t] = -1 }
            } else if EntityLexicons.isStopword(lower) || isRoleOrCue(lower) || isOrdinary(word, lower: lower)
                || EntityLexicons.companyWords.contains(lower) || EntityLexicons.demonyms.contains(word)
            {
                continue
            }
            guard (i..<end).allSatisfy({ isFree($0) }) else { continue }
            add(span(i, end, kind: .company, strength: 2))
        }
    }
}
