import NewsModel

extension EntityScanner {
    /// German names that another rule found cut, grown to their full form:
    /// - "Österreichische Bundes- und Talbeteiligungen GmbH": a company or organisation whose
    ///   first word is the second half of a coordinated compound ("Bundes- und …") takes the first
    ///   half, "und", and capitalised name adjectives before them.
    /// - "Addiko Bank Vastrovo": a known bank of two words or more ending in a company word, followed
    ///   by a capitalised word that is no German (nor German compound), English, given or place
    ///   name, is a unit with a name of its own.
    mutating func extendGermanCutNames() {
        guard german else { return }
        extendNamesOverTruncatedCompounds()
        extendKnownNamesOverForeignWords()
    }

    private mutating func extendNamesOverTruncatedCompounds() {
        for index in spans.indices where spans[index].strength >= 0 && isCompanyLike(spans[index].kind) {
            let s = spans[index].start
            guard s >= 3, spans[index].canonical == nil, tokens[s - 1].lower == "und", tokens[s - 2].text == "-",
                tokens[s - 2].flags.contains(.attached), tokens[s - 3].isCapitalized, tokens[s - 3].isWord,
                !tokens[s - 3].isAllCaps, sameSentence(s - 3, s), isFree(s - 3), isFree(s - 2), isFree(s - 1)
            else { continue }
            var start = s - 3
            while start > 0, sameSentence(start - 1, start), isFree(start - 1), isNameAdjective(start - 1) { start -= 1 }
            for t in start..<s { owner[t] = index }
            spans[index].start = start
            spans[index].nameStart = tokens[start].range.start
        }
    }

    private mutating func extendKnownNamesOverForeignWords() {
        for index in spans.indices where spans[index].strength >= 0 && spans[index].kind == .company {
            let span = spans[index]
            let next = span.end
            guard span.canonical != nil, !span.derived, span.end - span.start >= 2, next < tokens.count,
                sameSentence(span.start, next), EntityLexicons.companyWords.contains(tokens[next - 1].lower),
                isForeignNameWord(next)
            else { continue }
            // "… Bank Vastro Tamar Yldiz": a further name after the word makes it a person's start.
            if next + 1 < tokens.count, sameSentence(next, next + 1), tokens[next + 1].isCapitalized, !tokens[next + 1].isPunctuation {
                continue
            }
            // The word may have been read as a name of its own ("Vastrovo"): it joins the known name.
            releasePlaceSpan(at: next)
            guard isFree(next) else { continue }
            owner[next] = index
            spans[index].end = next + 1
            spans[index].nameEnd = tokens[next].range.end
            spans[index].canonical = nil
        }
    }

    /// Whether token `i` is a capitalised word no list knows: not German, English, a given name,
    /// a place, a role or cue, nor the start of a known name.
    private func isForeignNameWord(_ i: Int) -> Bool {
        let token = tokens[i]
        guard token.isCapitalized, token.isWord, !token.isAllCaps, !token.hasDigit, !token.flags.contains(.hyphenated),
            !token.flags.contains(.attached), !token.flags.contains(.innerCapital), token.text.unicodeScalars.count >= 3,
            !isGermanCompound(token: i)
        else { return false }
        let word = token.text
        return !isOrdinary(word, lower: token.lower) && !EntityLexicons.frequentGerman.contains(word)
            && !EntityLexicons.firstNames.contains(word) && !isPlace(word) && !isRoleOrCue(token.lower)
            && EntityLexicons.gazetteer.byFirstToken[word] == nil
    }
}
