import NewsModel

extension EntityScanner {
    /// "ein Schiff der Firma „Tamorin hf“", "die Umweltorganisation „Quell Nature Association“": a name in
    /// quotation marks right after a company or organisation cue is a name of that kind, whatever its
    /// words (a foreign legal form in lower case, English words). The quoted run must start with a
    /// capitalised word, hold at most six words and close within the sentence; one of its words must be no
    /// ordinary word, so that a quoted phrase ("das Unternehmen „Zukunft“") stays none. One lower-case word
    /// alone in the marks is a name too ("die Firma „lumato“"), when it is no ordinary word.
    mutating func findQuotedCuedNames() {
        let n = tokens.count
        var i = 1
        while i + 2 < n {
            defer { i += 1 }
            guard tokens[i].isQuote, tokens[i - 1].isWord, isFree(i + 1), sameSentence(i - 1, i + 1), !isShouting(i) else { continue }
            guard isNameShaped(i + 1) || isLowercaseQuotedName(i + 1) || isLowercaseLegalFormName(i + 1) else { continue }
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
                (i + 1..<close).allSatisfy({ isFree($0) && tokens[$0].isWord })
            else { continue }
            // "die Firma „con power ag“": a run that ends in a legal form is a name, even when all its
            // other words are ordinary ones.
            let endsInLegalForm = close - i >= 3 && EntityLexicons.legalForms.contains(tokens[close - 1].lower)
            guard endsInLegalForm
                || (i + 1..<close).contains(where: { tokens[$0].isAllCaps || !isKnownWord($0) && !EntityLexicons.frequentGerman.contains(tokens[$0].text) && !isGermanCompound(token: $0) })
            else { continue }
            add(span(i + 1, close, kind: kind, strength: 2))
            i = close
        }
    }

    /// "der Firma „Tarvel Life Assurance Company“": a known name that opens a quoted name after a
    /// company or organisation cue grows over the capitalised words up to the closing mark; the
    /// quoted full name is the name, the known one only its start. Runs right after the gazetteer.
    mutating func extendKnownQuotedNames() {
        let n = tokens.count
        var i = 1
        while i + 2 < n {
            defer { i += 1 }
            if tokens[i].isQuote, tokens[i - 1].isWord, !isFree(i + 1), sameSentence(i - 1, i + 1) {
                extendKnownQuotedName(openingAt: i)
            }
        }
    }

    private mutating func extendKnownQuotedName(openingAt i: Int) {
        let n = tokens.count
        let index = owner[i + 1]
        guard index >= 0, spans[index].start == i + 1, spans[index].kind == .company || spans[index].kind == .organization,
            EntityLexicons.companyCues.matches(tokens[i - 1].lower) || EntityLexicons.organizationCues.matches(tokens[i - 1].lower)
        else { return }
        var close = spans[index].end
        while close < n, close - i <= 7, sameSentence(i, close), isFree(close), tokens[close].isWord, tokens[close].isCapitalized {
            close += 1
        }
        guard close > spans[index].end, close < n, close - i <= 7, tokens[close].isQuote else { return }
        spans[index].end = close
        spans[index].nameEnd = tokens[close - 1].range.end
        spans[index].canonical = nil
        for t in (i + 1)..<close { owner[t] = index }
    }

    /// "die Firma „lumato“": one lower-case word alone in quotation marks (closed right after it)
    /// that is no function word, no ordinary word of either language and no number; in German text
    /// it must not end like an adjective, verb or noun ("„sicher“", "„wachsen“", "„beliebt“").
    func isLowercaseQuotedName(_ i: Int) -> Bool {
        guard i + 1 < tokens.count, tokens[i + 1].isQuote, tokens[i].isWord, !tokens[i].isNumber,
            !tokens[i].flags.contains(.hyphenated), tokens[i].range.end - tokens[i].range.start >= 3
        else { return false }
        let lower = tokens[i].lower
        guard !EntityLexicons.isStopword(lower), !EntityLexicons.commonEnglish.contains(lower),
            !EntityLexicons.germanNounsLower.contains(lower), !isRoleOrCue(lower)
        else { return false }
        return !german || !(EntityLexicons.hasGermanNounEnding(lower) || Self.germanWordEndings.contains { lower.hasSuffix($0) })
    }

    /// Endings of German adjectives, participles and inflected words.
    static let germanWordEndings = ["lich", "ig", "isch", "bar", "sam", "haft", "los", "er", "es", "em", "t"]

    /// "die Firma „brenlo energy ag“": two to four lower-case words in quotation marks whose last is a
    /// legal form and whose first is no function word.
    func isLowercaseLegalFormName(_ i: Int) -> Bool {
        guard tokens[i].isWord, !EntityLexicons.isStopword(tokens[i].lower) else { return false }
        var close = i + 1
        while close < tokens.count, close - i < 4, tokens[close].isWord, sameSentence(i, close) { close += 1 }
        guard close < tokens.count, close - i >= 2, tokens[close].isQuote else { return false }
        return EntityLexicons.legalForms.contains(tokens[close - 1].text)
    }
}
