import NewsModel

extension EntityScanner {
    /// "ein Schiff der Firma „Tamorin hf“", "die Umweltorganisation „Quell Nature Association“": a name in
    /// quotation marks right after a company or organisation cue is a name of that kind, whatever its
    /// words (a foreign legal form in lower case, English words). The quoted run must start with a
    /// capitalised word, hold at most six words and close within the sentence; one of its words must be no
    /// ordinary word, so that a quoted phrase ("das Unternehmen „Zukunft“") stays none.
    mutating func findQuotedCuedNames() {
        let n = tokens.count
        var i = 1
        while i + 2 < n {
            defer { i += 1 }
            guard tokens[i].isQuote, tokens[i - 1].isWord, isFree(i + 1), isNameShaped(i + 1), sameSentence(i - 1, i + 1), !isShouting(i) else { continue }
            let kind: EntityKind
            if EntityLexicons.companyCues.matches(tokens[i - 1].lower) {
                kind = .company
            } else if EntityLexicons.organizationCues.matches(tokens[i - 1].lower) {
                kind = .organization
            } else {
                continue
            }
            var close = i + 1
            while close < n, close - i <= 7, sameSentence(i, close), !tokens[close].isQuote { close += 1 }
            guard close < n, close - i <= 7, tokens[close].isQuote, close > i + 1,
                (i + 1..<close).allSatisfy({ isFree($0) && tokens[$0].isWord }),
                (i + 1..<close).contains(where: { tokens[$0].isAllCaps || !isKnownWord($0) && !EntityLexicons.frequentGerman.contains(tokens[$0].text) && !isGermanCompound(token: $0) })
            else { continue }
            add(span(i + 1, close, kind: kind, strength: 2))
            i = close
        }
    }
}
