import NewsModel

extension EntityScanner {
    /// Words after a short form that show it is the subject of a statement ("Progressive said").
    private static let englishStatementVerbs: WordSet = ["said", "says", "told", "added", "announced", "agreed", "reported"]

    /// English short forms that are ordinary words: "Progressive" for "Progressive Enterprises Ltd",
    /// "Continental" for "Continental Airlines Inc". The leading-word rule of ``offerShortForms(_:)``
    /// leaves such first words out, since they would make every "Progressive" a mention; these count
    /// only where the word stands alone as a name (``standsAloneAsName(_:)``).
    ///
    /// Only names with a legal form offer one, and only first words that are no function word,
    /// place, demonym, given name, role, cue or company word, with four letters or more. Returns
    /// name key -> group key for the keys `byKey` does not know yet; a key two groups offer is
    /// left out.
    func ordinaryLeadShortForms(_ byKey: [String: String]) -> [String: String] {
        guard !german else { return [:] }
        var result: [String: String] = [:]
        var ambiguous: [String] = []
        // Spans are read in place: `for span in spans` copies every span.
        for index in spans.indices
        where spans[index].kind == .company && !spans[index].derived && spans[index].end - spans[index].start >= 2
            && isLegalForm(spans[index].end - 1)
        {
            let t = spans[index].start
            let token = tokens[t]
            guard token.isWord, token.isCapitalized, !token.isAllCaps, !token.isNumber, !token.flags.contains(.hyphenated),
                token.text.unicodeScalars.count >= 4,
                isOrdinary(token.text, lower: token.lower), !EntityLexicons.isStopword(token.lower),
                !isPlace(token.text), !EntityLexicons.demonyms.contains(token.text), !EntityLexicons.firstNames.contains(token.text),
                !isRoleOrCue(token.lower), !EntityLexicons.companyWords.contains(token.lower)
            else { continue }
            let key = NameKey.of(token.lower)
            guard !key.isEmpty, byKey[key] == nil else { continue }
            if let existing = result[key], existing != spans[index].key {
                ambiguous.append(key)
            } else {
                result[key] = spans[index].key
            }
        }
        for key in ambiguous { result[key] = nil }
        return result
    }

    /// Whether the one-word mention at token `i` stands alone as a name: not its sentence's first
    /// word, after a lower-case word or a comma ("a stake in Progressive", "bid for Progressive"),
    /// and before the sentence's end, punctuation, a function word or a statement verb
    /// ("Progressive to 52 pct", "Progressive said"). "The Progressive movement" and "Progressive
    /// Enterprises" do not stand alone.
    func standsAloneAsName(_ i: Int) -> Bool {
        guard i > 0, sameSentence(i - 1, i), !isSentenceInitial(i) else { return false }
        let before = tokens[i - 1]
        guard (before.isWord && !before.isCapitalized && !before.isNumber) || before.text == "," else { return false }
        guard i + 1 < tokens.count, sameSentence(i, i + 1) else { return true }
        let after = tokens[i + 1]
        if after.isPunctuation { return after.text != "-" && after.text != "&" }
        guard after.isWord, !after.isCapitalized else { return false }
        return EntityLexicons.isStopword(after.lower) || Self.englishStatementVerbs.contains(after.lower)
    }
}
