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
    /// are a known place as a whole. English only. Returns the short forms added to `byKey`.
    mutating func linkPlaceShortForms(_ byKey: inout [String: String]) -> [String] {
        guard !german, spans.contains(where: { $0.kind == .place }) else { return [] }
        var forms: [(words: [String], group: String)] = []
        for span in spans where (span.kind == .company || span.kind == .organization) && !span.derived {
            let count = span.end - span.start
            guard count >= 3 else { continue }
            for length in 2...min(3, count - 1) {
                let words = span.start..<(span.start + length)
                guard isPlaceShortForm(words), !isLegalForm(words.upperBound), isNameShaped(words.upperBound) else { continue }
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
            var found = false
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
                for t in places { spans[owner[t]].strength = -1 }
                found = true
            }
            guard found else { continue }
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
    /// the words together no known place.
    func isPlaceShortForm(_ words: Range<Int>) -> Bool {
        guard words.allSatisfy({ isNameShaped($0) && !tokens[$0].isAllCaps && !EntityLexicons.isStopword(tokens[$0].lower) })
        else { return false }
        let first = words.lowerBound
        if isPlace(tokens[first].text) || Self.placeOpeningWords.contains(tokens[first].lower) { return false }
        if EntityLexicons.demonyms.contains(tokens[first].text) { return false }
        guard words.dropFirst().contains(where: { isPlace(tokens[$0].text) }) else { return false }
        let texts = words.map { tokens[$0].text }
        if let entries = EntityLexicons.gazetteer.byFirstToken[texts[0]], entries.contains(where: { $0.tokens == texts }) {
            return false
        }
        return true
    }
}
