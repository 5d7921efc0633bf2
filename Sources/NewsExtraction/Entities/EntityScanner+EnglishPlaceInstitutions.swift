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
            var kind = EntityKind.organization
            // "Reserve Bank of …", "National Bank of …": a capitalised qualifier before "Bank". Another
            // ordinary word before it names a commercial bank ("Union Bank of Tarrovia", "Export-Import
            // Bank of Marlovia"); other names ("Quarvel Bank of Brisbane") are left to the company-word rule.
            if i > 0, sameSentence(i - 1, i), isNameShaped(i - 1), !EntityLexicons.isStopword(tokens[i - 1].lower) {
                guard lower == "bank", isFree(i - 1) else { continue }
                if !Self.bankQualifiers.contains(tokens[i - 1].lower) {
                    guard isBankNameOpener(i - 1) else { continue }
                    kind = .company
                }
                start = i - 1
            }
            freePlaceName(placeStart, end)
            guard let index = add(span(start, end, kind: kind, strength: 2)) else { continue }
            i = spans[index].end - 1
        }
    }

    /// Whether the word at `j`, right before "Bank of <place>", opens a commercial bank's name
    /// ("Union", "Export-Import"): a capitalised ordinary word or compound after no other name word,
    /// not a sentence adverb, function, role, legal-form, place, demonym, month or weekday word (a cue
    /// word may open it: "Union"). Other names before "Bank" are left to the company-word rule.
    func isBankNameOpener(_ j: Int) -> Bool {
        let token = tokens[j]
        let lower = token.lower
        guard token.isCapitalized, !token.isAllCaps, !isSentenceInitial(j) || !Self.sentenceAdverbs.contains(lower) && !lower.hasSuffix("ly"),
            !EntityLexicons.roles.matches(lower), !EntityLexicons.legalForms.contains(lower), !isPlace(token.text),
            !EntityLexicons.demonyms.contains(token.text), !TextLexicons.months.contains(lower), !Self.isWeekday(lower)
        else { return false }
        // "Federal Home Loan Bank of …": a longer name is left to the company-word rule.
        if j > 0, sameSentence(j - 1, j), isNameShaped(j - 1), !EntityLexicons.isStopword(tokens[j - 1].lower) { return false }
        if token.flags.contains(.hyphenated) {
            return token.text.split(separator: "-").allSatisfy { $0.first?.isUppercase == true }
        }
        return isOrdinary(token.text, lower: lower)
    }

    /// Whether the gazetteer match `i..<i+length` is a known "Bank of <place>" ("Bank of Canada") right
    /// after a word that opens a longer bank name: a bank qualifier ("National Bank of Canada") or
    /// ``isBankNameOpener(_:)`` ("Continental Bank of Canada"), free or a one-word known name. English only.
    func isKnownBankInLongerName(_ i: Int, _ length: Int) -> Bool {
        guard !german, length >= 3, i > 0, tokens[i].lower == "bank", tokens[i + 1].lower == "of", sameSentence(i - 1, i),
            isNameShaped(i - 1)
        else { return false }
        if owner[i - 1] >= 0 {
            let span = spans[owner[i - 1]]
            guard span.start == i - 1, span.end == i, span.kind == .company else { return false }
        }
        return Self.bankQualifiers.contains(tokens[i - 1].lower) || isBankNameOpener(i - 1)
    }

    /// Drops a one-word known name ending right before token `end` ("Continental" before "Bank of
    /// Canada"): it opens a longer name.
    mutating func releaseOneWordKnownName(endingAt end: Int) {
        guard end > 0, owner[end - 1] >= 0 else { return }
        let index = owner[end - 1]
        spans[index].strength = -1
        owner[end - 1] = -1
    }

    /// Adverbs that open sentences before a bank's name ("Yesterday Bank of …"), not part of it.
    static let sentenceAdverbs: Set<String> = [
        "yesterday", "today", "tomorrow", "meanwhile", "earlier", "later", "also", "now", "then", "still", "however", "last", "next",
        "first", "separately", "instead", "thus", "hence",
    ]

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
