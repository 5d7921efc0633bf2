extension EntityScanner {
    /// "rival Grey Global", "consortium Tube Lines", "analyst at Capital Economics": after a company cue, two or more
    /// capitalised ordinary words mid-sentence are a name in English, which capitalises names only. The end of the
    /// run (before a stopword, role, place, month, weekday, nationality, given name or share class), or nil when fewer
    /// than two such words follow, the first is a title ("Mr Gold") or the cue is capitalised itself ("London Interbank
    /// Offered Rate"). English only.
    func englishOrdinaryWordsName(from i: Int) -> Int? {
        // A lower-case cue word of its own ("rival", not the "-bank" of "London Interbank Offered Rate").
        guard !german, i > 0, !tokens[i - 1].isCapitalized, !Self.personTitles.contains(tokens[i].lower) else { return nil }
        var end = i
        while end < tokens.count, end - i < 4, sameSentence(i, end), isFree(end), isNameShaped(end), !tokens[end].isAllCaps,
            !tokens[end].flags.contains(.hyphenated)
        {
            let word = tokens[end].text
            let lower = tokens[end].lower
            if EntityLexicons.isStopword(lower) || isRoleOrCue(lower) || isPlace(word) || TextLexicons.months.contains(lower)
                || Self.weekdays.contains(lower) || EntityLexicons.demonyms.contains(word) || EntityLexicons.firstNames.contains(word)
                || isShareClass(at: end)
            {
                break
            }
            end += 1
        }
        return end - i >= 2 ? end : nil
    }
}
