import NewsModel

/// English company names whose joiners the legal-form scan would otherwise cut or glue: a bracketed
/// region before the legal form ("Velmara Equity (Pacific) Ltd"), a company word and a noun joined
/// by "and" ("Norway International Trust and Investment Corp"), two words joined by a slash ("Audio/Visual
/// Partners Inc"), and partners before a second "and"
/// ("Tarvick and Omble and Brixel Industries Inc").
extension EntityScanner {
    /// "Velmara Equity (Pacific) Ltd", "Quorra Holdings (Asia) Ltd": name words, one capitalised word
    /// in brackets and the legal form at `form` are one name. Returns the name's first token, or nil.
    func bracketedRegionStart(form: Int) -> Int? {
        guard !german, form >= 4, tokens[form - 1].text == ")", tokens[form - 3].text == "(", sameSentence(form - 4, form),
            tokens[form - 2].isCapitalized, !tokens[form - 2].isAllCaps, isNameShaped(form - 4)
        else { return nil }
        let start = nameStart(before: form - 3)
        guard start < form - 3, (start..<form).allSatisfy({ owner[$0] < 0 || spans[owner[$0]].kind != .person }) else { return nil }
        return start
    }

    /// "Norway International Trust and Investment Corp", "Kestrel Bank and Trust Co": the "and" at `k` joins a
    /// company word and one ordinary noun right before the legal form at `form`, inside one name
    /// (English). "Lynx Bank and Otter Co" (a name after "and") stays two companies.
    func joinsCompanyWordAndNoun(_ k: Int, form: Int) -> Bool {
        guard !german, k >= 1, k + 2 == form, tokens[k].lower == "and" || tokens[k].text == "&",
            tokens[k - 1].isCapitalized, EntityLexicons.companyWords.contains(tokens[k - 1].lower),
            tokens[k + 1].isCapitalized, !tokens[k + 1].isAllCaps, isFree(k + 1),
            EntityLexicons.commonEnglish.contains(tokens[k + 1].lower) || EntityLexicons.companyWords.contains(tokens[k + 1].lower)
        else { return false }
        return true
    }

    /// "Tarvick and Omble and Brixel Industries Inc": of two "and"s before a legal form, the last one
    /// parts two names, the partners' name before it and the company after it (English, free
    /// tokens only). Returns the last "and", or nil.
    func secondAndSplit(_ start: Int, form: Int) -> Int? {
        guard !german, start < form else { return nil }
        let joiners = (start..<form).filter { tokens[$0].lower == "and" }
        guard joiners.count >= 2, let last = joiners.last, last + 1 < form, last - 1 > start,
            isNameShaped(last - 1), isNameShaped(last + 1), (start..<form).allSatisfy({ isFree($0) })
        else { return nil }
        return last
    }

    /// "Audio/Visual Partners": a slash written without spaces between two name words (token `j`)
    /// joins them into one name (English).
    func isSlashJoin(_ j: Int, first: Int) -> Bool {
        guard !german, j > first, j + 1 < tokens.count, tokens[j].text == "/", isNameShaped(j - 1), isNameShaped(j + 1),
            tokens[j - 1].range.end == tokens[j].range.start, tokens[j].range.end == tokens[j + 1].range.start
        else { return false }
        return true
    }
}
