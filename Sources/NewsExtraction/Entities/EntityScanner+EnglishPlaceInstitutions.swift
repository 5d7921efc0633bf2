import NewsModel

extension EntityScanner {
    /// English institutions named by a head word and a place: a bank "of" a place ("the Bank of
    /// Marlovia", "Reserve Bank of Verland", "Bank of New Tarrow") and a national statistics office
    /// ("Statistics Verland"). The place is part of the name, not an entity of its own. The place is a
    /// known place or one capitalised word that no word list knows ("Statistics Show" is no name).
    mutating func findEnglishPlaceInstitutions() {
        guard !german else { return }
        let n = tokens.count
        var i = 0
        while i + 1 < n {
            defer { i += 1 }
            // The length first: most capitalised words are neither "Bank" nor "Statistics".
            let length = tokens[i].range.end - tokens[i].range.start
            guard length == 4 || length == 10, tokens[i].isCapitalized, !tokens[i].isAllCaps, isFree(i), sameSentence(i, i + 1)
            else { continue }
            let lower = tokens[i].lower
            guard lower == "bank" || lower == "statistics", !isShouting(i) else { continue }
            let placeStart = lower == "bank" ? i + 2 : i + 1
            guard placeStart < n, sameSentence(i, placeStart), lower == "statistics" || tokens[i + 1].lower == "of",
                let end = institutionPlaceEnd(at: placeStart)
            else { continue }
            var start = i
            // "Reserve Bank of …", "National Bank of …": a capitalised qualifier before "Bank". Another name
            // before it ("Quarvel Bank of Brisbane") is left to the company-word rule.
            if i > 0, sameSentence(i - 1, i), isNameShaped(i - 1), !EntityLexicons.isStopword(tokens[i - 1].lower) {
                guard lower == "bank", isFree(i - 1), Self.bankQualifiers.contains(tokens[i - 1].lower) else { continue }
                start = i - 1
            }
            freePlaceName(placeStart, end)
            guard let index = add(span(start, end, kind: .organization, strength: 2)) else { continue }
            i = spans[index].end - 1
        }
    }

    /// Capitalised words that open a bank's name before "Bank of" ("Reserve Bank of …").
    static let bankQualifiers: Set<String> = ["reserve", "national", "central", "state", "people's", "peoples", "commercial"]

    /// The end of the place name starting at token `j`: a known place's span (of any length) that
    /// starts there, or one free capitalised word that is no ordinary word, role, company word or
    /// acronym; nil otherwise.
    private func institutionPlaceEnd(at j: Int) -> Int? {
        if owner[j] >= 0 {
            let span = spans[owner[j]]
            guard span.kind == .place, span.start == j else { return nil }
            return span.end
        }
        guard isNameShaped(j), !tokens[j].isAllCaps, !tokens[j].flags.contains(.hyphenated),
            !isOrdinary(tokens[j].text, lower: tokens[j].lower), !isRoleOrCue(tokens[j].lower),
            !EntityLexicons.companyWords.contains(tokens[j].lower)
        else { return nil }
        // "Bank of Marlovia Ltd": a longer name is left to the legal-form rules.
        if j + 1 < tokens.count, sameSentence(j, j + 1), isNameShaped(j + 1) { return nil }
        return j + 1
    }

    /// Drops the place span over `start..<end`, if there is one: the place became part of a name.
    private mutating func freePlaceName(_ start: Int, _ end: Int) {
        guard owner[start] >= 0 else { return }
        let index = owner[start]
        spans[index].strength = -1
        for t in start..<end { owner[t] = -1 }
    }
}
