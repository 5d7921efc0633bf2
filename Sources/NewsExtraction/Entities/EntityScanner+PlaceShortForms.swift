import NewsModel

extension EntityScanner {
    /// First words that make the leading words of a name a place of their own ("West Virginia",
    /// "New Nortex"): such leading words never stand for the company.
    static let placeOpeningWords: WordSet = [
        "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "new", "upper",
        "lower", "greater", "great", "mount", "lake", "port", "fort", "san", "santa", "saint", "st", "el", "la", "los",
        "las", "le", "middle", "mid", "northeast", "northwest", "southeast", "southwest",
    ]

    /// "Union Nortex Petroleum Corp" … "Union Nortex said": the leading words of a longer company
    /// name that hold a known place stand for the company when the text writes them again, and the
    /// place found there gives way (it would otherwise read "Nortex" as the place). Not when the
    /// leading words open with a place or a place-forming word ("West Virginia", "New Nortex") or
    /// are a known place as a whole; the name without its legal form may open with a place ("Ohio
    /// Mattress's" after "Ohio Mattress Co"). English only. Returns the short forms added to `byKey`.
    mutating func linkPlaceShortForms(_ byKey: inout [String: String]) -> [String] {
        guard !german, spans.contains(where: { $0.kind == .place }) else { return [] }
        var forms: [(words: [String], group: String)] = []
        // Spans are read in place up to the length test: `for span in spans` copies every span.
        for index in spans.indices where (spans[index].kind == .company || spans[index].kind == .organization) && !spans[index].derived {
            guard spans[index].end - spans[index].start >= 3 else { continue }
            let span = spans[index]
            let count = span.end - span.start
            // The name without its legal forms ("Ohio Mattress" of "Ohio Mattress Co") may open with a place.
            var bare = span.end
            while bare - span.start > 2, isLegalForm(bare - 1) { bare -= 1 }
            for length in 2...min(3, count - 1) {
                let words = span.start..<(span.start + length)
                let whole = words.upperBound == bare && bare < span.end
                guard isPlaceShortForm(words, whole: whole), whole || !isLegalForm(words.upperBound), isNameShaped(words.upperBound)
                else { continue }
                let texts = words.map { tokens[$0].text }
                if !forms.contains(where: { $0.words == texts }) { forms.append((texts, span.key)) }
            }
        }
        guard !forms.isEmpty else { return [] }
        var added: [String] = []
        var released = false
        for form in forms {
            let key = form.words.map { NameKey.of($0.lowercased()) }.joined()
            if let existing = byKey[key], existing != form.group, !existing.hasPrefix("place:") { continue }
            var matches: [Range<Int>] = []
            var i = 0
            while i + form.words.count <= tokens.count {
                defer { i += 1 }
                let range = i..<(i + form.words.count)
                guard sameSentence(range.lowerBound, range.upperBound - 1),
                    range.allSatisfy({ tokens[$0].text == form.words[$0 - i] })
                else { continue }
                let places = range.filter { owner[$0] >= 0 }
                guard !places.isEmpty,
                    places.allSatisfy({ spans[owner[$0]].kind == .place && spans[owner[$0]].end - spans[owner[$0]].start == 1 })
                else { continue }
                matches.append(range)
            }
            // "CHICAGO, March 6 - Chicago Quarrow Corp": a place written on its own elsewhere stays the place.
            guard !matches.isEmpty, !isPlaceWrittenAlone(form.words, outside: matches) else { continue }
            for range in matches {
                for t in range where owner[t] >= 0 { spans[owner[t]].strength = -1 }
            }
            released = true
            if byKey[key] != form.group {
                byKey[key] = form.group
                added.append(key)
            }
        }
        if released { removeDropped() }
        return added
    }

    /// Whether tokens `words` are leading words that may stand for their company: capitalised
    /// words, the first neither a place nor a place-forming word, a later one a known place, and
    /// the words together no known place. When they are the `whole` name but its legal form
    /// ("Ohio Mattress" of "Ohio Mattress Co"), the first may be the place, the last must not.
    func isPlaceShortForm(_ words: Range<Int>, whole: Bool) -> Bool {
        guard words.allSatisfy({ isNameShaped($0) && !tokens[$0].isAllCaps && !EntityLexicons.isStopword(tokens[$0].lower) })
        else { return false }
        let first = words.lowerBound
        if Self.placeOpeningWords.contains(tokens[first].lower) || EntityLexicons.demonyms.contains(tokens[first].text) {
            return false
        }
        if whole {
            // The whole name but its legal form: a place anywhere in it, the last word no place.
            guard words.contains(where: { isPlace(tokens[$0].text) }), !isPlace(tokens[words.upperBound - 1].text) else { return false }
        } else {
            guard !isPlace(tokens[first].text), words.dropFirst().contains(where: { isPlace(tokens[$0].text) }) else { return false }
        }
        let texts = words.map { tokens[$0].text }
        if let entries = EntityLexicons.gazetteer.byFirstToken[texts[0]], entries.contains(where: { $0.tokens == texts }) {
            return false
        }
        return true
    }

    /// Whether a place among `words` occurs in the article (in any case) outside the ranges `matches`
    /// and outside spans that are no place.
    func isPlaceWrittenAlone(_ words: [String], outside matches: [Range<Int>]) -> Bool {
        let places = Set(words.filter { isPlace($0) }.map { $0.lowercased() })
        for t in tokens.indices where places.contains(tokens[t].lower) {
            if matches.contains(where: { $0.contains(t) }) { continue }
            if owner[t] >= 0, spans[owner[t]].kind != .place { continue }
            return true
        }
        return false
    }
}
