import NewsModel

/// Party slots of German deal phrases that ``EntityScanner/findGermanOwnershipSlotNames()`` leaves: the
/// subject of a deal verb opening the sentence ("Die Zelvag stockt bei …", "Die Zelvag hat die Übernahme
/// der Y abgeschlossen"), the buyer after "durch" ("die Übernahme der Y durch die Zelvag"), the merger
/// partner ("Die Fusion der Zelvag mit der Y", "schließt sich mit der Zelvag zusammen") and the company after
/// "bei" in a raise ("stockt bei der Zelvag auf 51 Prozent auf").
extension EntityScanner {
    /// Finds capitalised words that no list knows in the slots above and makes them (and every other free use
    /// of the same word in the article) companies.
    mutating func findGermanDealSlotNames() {
        guard german else { return }
        let n = tokens.count
        guard n > 3 else { return }
        var found: [Int] = []
        for i in 1..<n where isFree(i) && tokens[i].isCapitalized {
            let token = tokens[i]
            guard token.isWord, !token.isNumber, !token.isAllCaps, !token.flags.contains(.attached), !token.flags.contains(.hyphenated),
                token.text.utf8.count >= 4, sameSentence(i - 1, i), !isShouting(i)
            else { continue }
            let relaxed: Bool?
            if Self.dealSlotDeterminers.contains(tokens[i - 1].lower) {
                relaxed = dealSlot(i)
            } else if isBareDealPartner(i) {
                relaxed = false
            } else {
                // "Die staatliche Zelvag hat … gekauft": one declined adjective after the opening determiner.
                relaxed = isAdjectiveLedDealSubject(i) ? false : nil
            }
            guard let relaxed, isUnknownDealWord(i, relaxed: relaxed) else { continue }
            // "durch die Hanna Velder": two unknown capitalised words in a row are more likely a person.
            if i + 1 < n, sameSentence(i, i + 1), isFree(i + 1), isNameShaped(i + 1), !isKnownWord(i + 1) { continue }
            found.append(i)
        }
        found += bareDealSubjects()
        guard !found.isEmpty else { return }
        let names = Set(found.map { tokens[$0].text })
        for i in 0..<n where isFree(i) && tokens[i].isCapitalized && names.contains(tokens[i].text) {
            if tokens[i].flags.contains(.attached) || tokens[i].flags.contains(.hyphenated) { continue }
            add(span(i, i + 1, kind: .company, strength: 1))
        }
    }

    /// "die Übernahme der Y durch Zelvag", "der Verkauf der Y an Zelvag": a name without an article after "durch" or
    /// (for a sale) "an", with a deal noun a few words before.
    private func isBareDealPartner(_ i: Int) -> Bool {
        let before = tokens[i - 1].lower
        if before == "durch" { return hasDealNoun(before: i - 1, within: 5) }
        guard before == "an" else { return false }
        var j = i - 2
        while j >= 0, j >= i - 6, sameSentence(j, i) {
            if ["verkauf", "weiterverkauf", "notverkauf"].contains(tokens[j].lower) { return true }
            j -= 1
        }
        return false
    }

    /// "Zelvag kauft …", "Zelvag will den Rivalen Y kaufen", "Zelvag und Morvik fusionieren": unknown words opening
    /// a sentence without an article, as the subject of a deal verb (or both partners of a merger).
    private func bareDealSubjects() -> [Int] {
        var found: [Int] = []
        for i in tokens.indices where isFree(i) && tokens[i].isCapitalized && firstWord[tokens[i].sentence] == i {
            guard isBareNameWord(i) else { continue }
            if isDealSubject(i) {
                found.append(i)
                continue
            }
            // "Zelvag und Morvik fusionieren".
            let other = i + 2, verb = i + 3
            guard verb < tokens.count, sameSentence(i, verb), tokens[i + 1].lower == "und", isFree(other), tokens[other].isCapitalized,
                isBareNameWord(other), Self.mergerVerbs.contains(tokens[verb].lower)
            else { continue }
            found += [i, other]
        }
        return found
    }

    /// A plain capitalised word of four letters or more that no list knows (no compound, acronym or hyphen word).
    private func isBareNameWord(_ i: Int) -> Bool {
        let token = tokens[i]
        guard token.isWord, !token.isNumber, !token.isAllCaps, !token.flags.contains(.attached), !token.flags.contains(.hyphenated),
            token.text.utf8.count >= 4, !isShouting(i)
        else { return false }
        return !isKnownWord(i) && !EntityLexicons.isStopword(token.lower)
    }

    /// Nouns of an offer that "für" and the target follow ("ein Übernahmeangebot für die Zelvag"), lower case.
    static let offerNouns: Set<String> = ["angebot", "übernahmeangebot", "kaufangebot", "gebot", "offerte", "übernahmeofferte", "kaufofferte"]

    /// Finite verbs of a merger of two named partners, lower case.
    static let mergerVerbs: Set<String> = ["fusionieren", "fusionierten", "verschmelzen", "verschmolzen"]

    /// "kauft um 500 Millionen Euro die Y": the index of the object's first word after a price phrase ("um" or "für",
    /// a number, amount and currency words, a determiner) that follows the verb at `verb`, or -1.
    private func pricedObjectStart(after verb: Int) -> Int {
        guard verb >= 0, verb + 3 < tokens.count, ["um", "für"].contains(tokens[verb + 1].lower), tokens[verb + 2].isNumber else { return -1 }
        var k = verb + 3
        while k < tokens.count, k <= verb + 6, sameSentence(verb, k), !Self.dealSlotDeterminers.contains(tokens[k].lower) {
            guard tokens[k].isWord, !tokens[k].isNumber else { return -1 }
            k += 1
        }
        guard k + 1 < tokens.count, k <= verb + 6, sameSentence(verb, k + 1), Self.dealSlotDeterminers.contains(tokens[k].lower) else { return -1 }
        return k + 1
    }

    /// The word before the "um"/"für" of a price phrase that ends with the determiner at `determiner` (within five
    /// words), or -1.
    private func priceStart(before determiner: Int) -> Int {
        var j = determiner - 1
        while j >= 1, j >= determiner - 5, sameSentence(j, determiner) {
            if ["um", "für"].contains(tokens[j].lower) { return j - 1 }
            j -= 1
        }
        return -1
    }

    /// "Die staatliche Zelvag kauft …": the word follows a declined adjective after a determiner that opens
    /// the sentence, and is the subject of a deal verb.
    private func isAdjectiveLedDealSubject(_ i: Int) -> Bool {
        guard i >= 2, firstWord[tokens[i].sentence] == i - 2, ["die", "der", "das"].contains(tokens[i - 2].lower),
            !tokens[i - 1].isCapitalized, isSlotAdjective(i - 1)
        else { return false }
        return isDealSubject(i)
    }

    /// Whether the word at `i` (after a determiner) fills a deal slot; `true` when the slot is strong enough
    /// to take a word with a noun ending ("durch die Solvane"), `false` for a slot that takes only unknown words.
    private func dealSlot(_ i: Int) -> Bool? {
        let determiner = i - 1
        let hasBefore = determiner >= 1 && sameSentence(determiner - 1, i) && tokens[determiner - 1].isWord
        let before = hasBefore ? tokens[determiner - 1].lower : ""
        // "die Übernahme der Y durch die Zelvag", "der Übernahme durch die Zelvag".
        if hasBefore, before == "durch", hasDealNoun(before: determiner - 1, within: 5) { return true }
        // "Die Fusion der Zelvag mit der Y".
        if hasBefore, Self.mergerNouns.contains(before), ["der", "des"].contains(tokens[determiner].lower) { return true }
        // "Fusion der Y mit der Zelvag", "schließt sich mit der Zelvag zusammen".
        if hasBefore, before == "mit", ["der", "dem"].contains(tokens[determiner].lower), isMergerSentence(around: i) { return true }
        // "stockt bei der Zelvag auf 51 Prozent auf".
        if hasBefore, before == "bei", isFollowedByRaiseTarget(i) { return true }
        // "ein Übernahmeangebot für die Zelvag".
        if hasBefore, before == "für", determiner >= 2, sameSentence(determiner - 2, i), Self.offerNouns.contains(tokens[determiner - 2].lower) {
            return true
        }
        // "übernimmt Parvo die Zelvag": the object after an inverted subject that is a name.
        if determiner >= 2, sameSentence(determiner - 2, i), Self.buyingVerbs.contains(tokens[determiner - 2].lower), owner[determiner - 1] >= 0,
            isCompanyLike(spans[owner[determiner - 1]].kind)
        {
            return false
        }
        // "kauft um 500 Millionen Euro die Zelvag".
        let buyer = priceStart(before: determiner)
        if buyer >= 0, Self.buyingVerbs.contains(tokens[buyer].lower), pricedObjectStart(after: buyer) == i { return false }
        // "Die Zelvag stockt …", "Die Zelvag hat die Übernahme der Y abgeschlossen".
        if firstWord[tokens[i].sentence] == determiner, ["die", "der", "das"].contains(tokens[determiner].lower), isDealSubject(i) { return false }
        return nil
    }

    /// A word at `i` that no list knows; in a strong slot a word with a noun ending counts too, unless a
    /// derivational ending ("-ung", "-heit", "-schaft") or a dictionary, cue, role, place or name list says
    /// it is a word.
    private func isUnknownDealWord(_ i: Int, relaxed: Bool) -> Bool {
        if !relaxed { return !isKnownWord(i) }
        let word = tokens[i].text
        let lower = tokens[i].lower
        if isOrdinary(word, lower: lower) || isRoleOrCue(lower) || isPlace(word) { return false }
        if EntityLexicons.firstNames.contains(word) || EntityLexicons.nameParticles.contains(word) || EntityLexicons.frequentGerman.contains(word) {
            return false
        }
        if isGermanCompound(token: i) { return false }
        if Self.derivationalEndings.contains(where: { lower.hasSuffix($0) }) { return false }
        if lower.hasSuffix("s"), EntityLexicons.commonGerman.contains(String(word.dropLast())) { return false }
        return true
    }

    /// A deal noun ("Übernahme", "Kauf") within `within` words before token `k`, in the same sentence.
    private func hasDealNoun(before k: Int, within: Int) -> Bool {
        var j = k - 1
        while j >= 0, j >= k - within, sameSentence(j, k) {
            if Self.dealNouns.contains(tokens[j].lower) || Self.mergerNouns.contains(tokens[j].lower) { return true }
            j -= 1
        }
        return false
    }

    /// A merger noun or verb within eight words on either side of token `i`, in the same sentence.
    private func isMergerSentence(around i: Int) -> Bool {
        var j = max(0, i - 8)
        while j < tokens.count, j <= i + 8 {
            if sameSentence(j, i), Self.mergerWords.contains(tokens[j].lower) { return true }
            j += 1
        }
        return false
    }

    /// "bei der Zelvag auf 51 Prozent (auf)": "auf", a number and a percent word right after the word.
    private func isFollowedByRaiseTarget(_ i: Int) -> Bool {
        guard i + 3 < tokens.count, sameSentence(i, i + 3), tokens[i + 1].lower == "auf", tokens[i + 2].isNumber else { return false }
        let lower = tokens[i + 3].lower
        return lower == "prozent" || lower == "%"
    }

    /// "Die Zelvag kauft …", "Die Zelvag hat die Übernahme … abgeschlossen": a finite verb of a deal right after
    /// the word, and a word of a deal (a deal noun, a stake noun, a participle or particle of buying or merging)
    /// within twelve words after it, or for a verb of buying a determiner and a capitalised object after it.
    private func isDealSubject(_ i: Int) -> Bool {
        let verb = i + 1
        guard verb < tokens.count, sameSentence(i, verb) else { return false }
        let lower = tokens[verb].lower
        guard Self.dealSubjectVerbs.contains(lower) else { return false }
        let buying = Self.buyingVerbs.contains(lower)
        // The price phrase is read once, not per word of the window.
        let pricedObject = buying ? pricedObjectStart(after: verb) : -1
        var k = verb + 1
        while k < tokens.count, k <= verb + 12, sameSentence(i, k) {
            let word = tokens[k].lower
            if Self.dealEvidence.contains(word) || Self.isStakeNoun(word) { return true }
            // "kauft den Konkurrenten Y", "übernimmt die Y", "kauft um 500 Millionen Euro die Y".
            if buying, k == verb + 1 || k == verb + 2 || k == pricedObject, Self.dealSlotDeterminers.contains(tokens[k - 1].lower),
                tokens[k].isCapitalized
            {
                return true
            }
            k += 1
        }
        return false
    }

    /// Determiners before a deal slot word.
    static let dealSlotDeterminers: Set<String> = ["der", "die", "das", "dem", "den"]

    /// Nouns of a merger, lower case.
    static let mergerNouns: Set<String> = ["fusion", "zusammenschluss", "verschmelzung"]

    /// Words of a merger around "mit der Zelvag", lower case.
    static let mergerWords: Set<String> = [
        "fusion", "zusammenschluss", "verschmelzung", "fusioniert", "fusionieren", "fusionierte", "zusammen", "verschmolzen", "verschmilzt",
    ]

    /// Finite verbs after a deal subject ("Die Zelvag stockt …"), lower case.
    static let dealSubjectVerbs: Set<String> = [
        "übernimmt", "übernahm", "kauft", "kaufte", "erwirbt", "erwarb", "schluckt", "schluckte", "stockt", "stockte", "erhöht", "erhöhte",
        "verkauft", "verkaufte", "veräußert", "veräußerte", "trennt", "trennte", "schließt", "fusioniert", "fusionierte", "steigt", "stieg",
        "beteiligt", "bietet", "bot", "legt", "legte", "hat", "hatte", "will", "wollte", "plant", "plante",
        // "Die Zelvag wurde an die Y verkauft", "Zelvag gab die Übernahme der Y bekannt".
        "wurde", "wird", "soll", "gab", "gibt",
    ]

    /// Verbs of buying whose object right after them shows the deal ("kauft den Konkurrenten Y").
    static let buyingVerbs: Set<String> = ["übernimmt", "übernahm", "kauft", "kaufte", "erwirbt", "erwarb", "schluckt", "schluckte"]

    /// Words after a deal subject's verb that show a deal, lower case.
    static let dealEvidence: Set<String> = [
        "übernahme", "übernahmeangebot", "kaufangebot", "angebot", "fusion", "zusammenschluss", "kauf", "verkauf", "einstieg",
        "übernommen", "gekauft", "erworben", "geschluckt", "verkauft", "übernehmen", "kaufen", "erwerben", "verkaufen", "zusammen",
        "tochter", "tochtergesellschaft", "sparte", "konkurrenten", "rivalen", "wettbewerber",
    ]

    /// Endings that only common nouns have, lower case.
    static let derivationalEndings: [String] = [
        "ung", "ungen", "heit", "heiten", "keit", "keiten", "schaft", "schaften", "tion", "tionen", "tät", "ismus", "nis", "nisse",
    ]
}
