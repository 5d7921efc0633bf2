extension EntityScanner {
    /// "its Engine Parts Division", "its Salt Lake City Division", "Kelmar Corp's Quarvel Division": up to four
    /// capitalised words and "Division" after a possessive ("its", "their", a name in "'s") are the name of a
    /// company's unit; not "First Division" of a league, which no possessive opens. A place among the words gives
    /// way. English only.
    mutating func findPossessedDivisionNames() {
        guard !german else { return }
        let n = tokens.count
        // Cheap tests first: a capitalised token of eight scalars, then its text.
        for end in 1..<max(1, n) where tokens[end].range.end - tokens[end].range.start == 8 && tokens[end].isCapitalized
            && tokens[end].text == "Division" && isFree(end)
        {
            var start = end
            while start - 1 >= 0, end - start < 4, sameSentence(start - 1, end), isNameShaped(start - 1), !tokens[start - 1].isAllCaps,
                !EntityLexicons.isStopword(tokens[start - 1].lower)
            {
                start -= 1
            }
            guard start < end, start >= 1, isPossessiveOpener(start - 1) else { continue }
            // A place inside the name ("Salt Lake City") gives way; any other span keeps its words.
            let owners = Set((start..<end).map { owner[$0] }.filter { $0 >= 0 })
            guard owners.allSatisfy({ spans[$0].kind == .place && spans[$0].start >= start && spans[$0].end <= end }) else { continue }
            for place in owners {
                spans[place].strength = -1
                for t in spans[place].start..<spans[place].end { owner[t] = -1 }
            }
            add(span(start, end + 1, kind: .company, strength: 2))
        }
    }

    /// Whether token `i` makes what follows someone's own: "its", "their" or a possessive "'s" glued to a name.
    private func isPossessiveOpener(_ i: Int) -> Bool {
        let lower = tokens[i].lower
        if lower == "its" || lower == "their" { return true }
        return lower == "'s" || lower == "’s" || tokens[i].text.hasSuffix("'s") || tokens[i].text.hasSuffix("’s")
    }
}
