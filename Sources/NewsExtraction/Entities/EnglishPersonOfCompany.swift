extension EntityScanner {
    /// Whether the words right before the "of" at `of` are a person's name, so that a company name
    /// ending after the "of" must not reach back over it: "analyst Alan Kelmore of Quarvel Securities Inc
    /// said" names a person of a company, not a company "Alan Kelmore of Quarvel Securities Inc".
    /// The person is a known given name, an optional initial ("Alan J. Kelmore") and one surname that
    /// is no ordinary English word, place, role or company word, with no name word before the given
    /// name. "Royal Bank of Canada", "Hunter Helicopter of Nevada Inc" (an ordinary word after the
    /// given name) and "Victor Savings and Loan Association of Tulsa" keep their "of". English only.
    func isPersonBeforeOf(_ of: Int) -> Bool {
        guard !german, of >= 2, tokens[of].lower == "of", sameSentence(of - 2, of) else { return false }
        let surname = of - 1
        var given = surname - 1
        if given >= 2, isInitial(given - 1) { given -= 2 }
        guard given >= 0, sameSentence(given, surname), isSurnameWord(surname),
            tokens[given].isCapitalized, !tokens[given].isAllCaps, EntityLexicons.firstNames.contains(tokens[given].text)
        else { return false }
        // "Chase Manhattan Bank of ...": a name word before the given name makes it part of a longer
        // name; a role or function word does not ("Analyst Alan Kelmore of").
        guard given > 0, sameSentence(given - 1, given), isNameShaped(given - 1) else { return true }
        let before = tokens[given - 1].lower
        return EntityLexicons.isStopword(before) || isRoleOrCue(before)
    }

    /// A capitalised word that can be a surname after a given name: not all capitals, not an ordinary
    /// English word, place, role, cue, legal form or company word ("Leslie" may be both).
    private func isSurnameWord(_ i: Int) -> Bool {
        let token = tokens[i]
        guard token.isCapitalized, !token.isAllCaps, !token.flags.contains(.possessive) else { return false }
        let lower = token.lower
        return !isOrdinary(token.text, lower: lower) && !isPlace(token.text) && !isRoleOrCue(lower)
            && !EntityLexicons.companyWords.contains(lower)
    }
}
