import NewsModel

/// More positions of a German holder before or after its holding verb, for the public-owner rules
/// (``findGermanPublicHolders()``, ``findGermanStateOwners()``) and the ownership-slot rule: the first of
/// coordinated holders ("Die Stadt Talburg und das Land Y halten je 50 Prozent an X") and a holder after a
/// fronted company ("An der X hält die Stadt Talburg 20 Prozent", "An der Zelvag ist Y mit 30 Prozent beteiligt").
extension EntityScanner {
    /// Plural verbs of holding after coordinated holders.
    static let pluralHoldingVerbs: Set<String> = ["halten", "hielten", "besitzen", "besaßen", "kontrollieren", "kontrollierten"]

    /// Verbs after a fronted "An der X" whose subject holds X.
    static let frontedHoldingVerbs: Set<String> = ["hält", "hielt", "halten", "hielten", "ist", "war", "sind", "waren"]

    /// Whether the holder whose name is tokens `word..<end` is coordinated before a plural holding verb or stands
    /// right after the verb of a sentence that opens with "An".
    func isListedOrFrontedHolder(_ word: Int, end: Int) -> Bool {
        isCoordinatedHolder(end: end) || isFrontedHolder(word, end: end) || isEntryOrPossessionSubject(end: end) || isAfterOwnerCopula(word)
    }

    /// Endings of nouns of a holder before "der X" at the head of a sentence whose copula names it.
    private static let holderNounEndings: [String] = ["aktionär", "eigentümer", "eigner", "gesellschafter"]

    /// "Mehrheitseigentümer der X ist seit 2019 die Familie Y", "Ankeraktionär der X ist mit 25 Prozent die Stadt Y":
    /// the holder (token `word`) after an article, at most three plain words and a copula right after "<holder
    /// noun> der/des X" (X one or two words).
    private func isAfterOwnerCopula(_ word: Int) -> Bool {
        guard word >= 5, ["der", "die", "das"].contains(tokens[word - 1].lower) else { return false }
        var copula = word - 2
        while copula >= word - 5, copula >= 3, sameSentence(copula, word), !tokens[copula].isPunctuation {
            let lower = tokens[copula].lower
            if ["ist", "war", "bleibt", "blieb"].contains(lower) {
                for genitive in [copula - 2, copula - 3] where genitive >= 1 && sameSentence(genitive - 1, word) {
                    guard ["der", "des"].contains(tokens[genitive].lower) else { continue }
                    let noun = tokens[genitive - 1].lower
                    if Self.holderNounEndings.contains(where: { noun.hasSuffix($0) }) { return true }
                }
                return false
            }
            copula -= 1
        }
        return false
    }

    /// "Die Zelvag steigt bei der Y ein", "Die Zelvag ist bei der Y eingestiegen", "Die Zelvag befindet sich (mehrheitlich)
    /// im Besitz der Y": the name right before a verb of entering with "bei" and its particle, or before "befindet
    /// sich … im Besitz/Eigentum".
    private func isEntryOrPossessionSubject(end: Int) -> Bool {
        guard end + 2 < tokens.count, sameSentence(end - 1, end + 2) else { return false }
        let verb = tokens[end].lower
        if ["steigt", "stieg", "ist", "war"].contains(verb) {
            return tokens[end + 1].lower == "bei" && isFollowedByEntryParticle(end + 1)
        }
        // "Die Zelvag sicherte sich 51 Prozent der Y".
        if ["sichert", "sicherte"].contains(verb) { return tokens[end + 1].lower == "sich" && isStakeNounAfter(end + 1, within: 4) }
        guard ["befindet", "befand"].contains(verb), tokens[end + 1].lower == "sich" else { return false }
        var k = end + 2
        while k + 1 < tokens.count, k <= end + 4, sameSentence(end, k + 1) {
            if tokens[k].lower == "im" { return ["besitz", "eigentum", "mehrheitsbesitz", "alleinbesitz"].contains(tokens[k + 1].lower) }
            k += 1
        }
        return false
    }

    /// "… und (das) Land Y halten (je) 50 Prozent", "… sowie die Y sind mit je 50 Prozent beteiligt": after the
    /// name, "und" or "sowie", up to five capitalised words or articles, and a plural verb of holding.
    private func isCoordinatedHolder(end: Int) -> Bool {
        guard end < tokens.count, ["und", "sowie"].contains(tokens[end].lower) else { return false }
        var k = end + 1
        while k < tokens.count, k <= end + 6, sameSentence(end, k), tokens[k].isWord {
            let lower = tokens[k].lower
            if lower == "sind" || lower == "waren" { return k > end + 1 && isParticipationAfter(k, within: 8) }
            if Self.pluralHoldingVerbs.contains(lower) { return k > end + 1 && isStakeNounAfter(k, within: 4) }
            guard tokens[k].isCapitalized || ["der", "die", "das"].contains(lower) else { return false }
            k += 1
        }
        return false
    }

    /// "An der X hält die Stadt Y 20 Prozent", "An der X ist die Familie Y mit 30 Prozent beteiligt": an article
    /// and a holding verb or copula right before the holder, and "An" opening the sentence a few words before.
    private func isFrontedHolder(_ word: Int, end: Int) -> Bool {
        guard word >= 4, ["der", "die", "das"].contains(tokens[word - 1].lower), sameSentence(word - 2, word) else { return false }
        let verb = word - 2
        let lower = tokens[verb].lower
        guard Self.frontedHoldingVerbs.contains(lower), opensWithFrontedName(before: verb) else { return false }
        if ["ist", "war", "sind", "waren"].contains(lower) { return isParticipationAfter(end - 1, within: 7) }
        return isStakeNounAfter(end - 1, within: 4)
    }

    /// Whether the sentence opens with "An" at most eight tokens before `verb` ("An der insolventen X hält …").
    func opensWithAn(before verb: Int) -> Bool {
        var k = verb - 1
        while k >= 0, k >= verb - 8, sameSentence(k, verb) {
            if k == 0 || !sameSentence(k - 1, k) { return tokens[k].lower == "an" }
            k -= 1
        }
        return false
    }

    /// Whether the sentence opens with "An der" and a company's name right before `verb`: an article, at most one
    /// lower-case adjective, then capitalised words only ("An der insolventen Zelvag AG hält …"), no genitive
    /// ("An der Ausschreibung der Zelvag ist …" names no held company).
    func opensWithFrontedName(before verb: Int) -> Bool {
        guard opensWithAn(before: verb) else { return false }
        var k = verb - 1
        while k > 0, sameSentence(k - 1, verb) { k -= 1 }
        // k is the opening "An"; then an article and the name.
        guard k + 2 < verb, ["der", "die", "das", "dem"].contains(tokens[k + 1].lower) else { return false }
        var j = k + 2
        if tokens[j].isWord, !tokens[j].isCapitalized, j + 1 < verb { j += 1 }
        while j < verb {
            guard tokens[j].isWord, tokens[j].isCapitalized, !["der", "des", "die", "das", "dem"].contains(tokens[j].lower) else { return false }
            j += 1
        }
        return true
    }

    /// A stake noun ("Prozent", "Anteil") within `within` tokens after `k`, in its sentence.
    func isStakeNounAfter(_ k: Int, within: Int) -> Bool {
        var j = k + 1
        while j < tokens.count, j <= k + within, sameSentence(k, j) {
            if tokens[j].isWord, Self.isStakeNoun(tokens[j].lower) { return true }
            j += 1
        }
        return false
    }

    /// "beteiligt" within `within` tokens after `k`, before any comma.
    func isParticipationAfter(_ k: Int, within: Int) -> Bool {
        var j = k + 1
        while j < tokens.count, j <= k + within, sameSentence(k, j), tokens[j].text != "," {
            if tokens[j].lower == "beteiligt" { return true }
            j += 1
        }
        return false
    }
}

extension EntityScanner {
    /// "An der Zelvag hält die Y 20 Prozent", "An der Zelvag ist die Y mit 30 Prozent beteiligt": the sentence
    /// opens with "an" (token `an`), the name (token `name`) is right before a holding verb or copula, and a
    /// stake noun or "beteiligt" follows.
    func isFrontedHoldingCompany(an: Int, name: Int) -> Bool {
        guard an == 0 || !sameSentence(an - 1, an), name + 1 < tokens.count, sameSentence(name, name + 1) else { return false }
        let verb = tokens[name + 1].lower
        guard Self.frontedHoldingVerbs.contains(verb) else { return false }
        if ["ist", "war", "sind", "waren"].contains(verb) { return isParticipationAfter(name + 1, within: 8) }
        return isStakeNounAfter(name + 1, within: 7)
    }
}

extension EntityScanner {
    /// Nouns of a unit in an apposition after its name ("Die Zelvag, eine Tochter der Y, …").
    static let appositionUnitNouns: Set<String> = [
        "tochter", "tochtergesellschaft", "tochterfirma", "tochterunternehmen", "konzerntochter", "beteiligungsgesellschaft",
    ]

    /// "Die Zelvag, eine (hundertprozentige) Tochter der Y, …": the name right before a comma, an indefinite
    /// article, at most one lower-case adjective and a unit noun with "der" or "des" after it.
    func isAppositionUnitName(_ i: Int) -> Bool {
        guard i + 4 < tokens.count, tokens[i + 1].text == ",", sameSentence(i, i + 4), ["eine", "ein"].contains(tokens[i + 2].lower) else { return false }
        var noun = i + 3
        if tokens[noun].isWord, !tokens[noun].isCapitalized { noun += 1 }
        guard noun + 1 < tokens.count, sameSentence(i, noun + 1), Self.appositionUnitNouns.contains(tokens[noun].lower) else { return false }
        return ["der", "des"].contains(tokens[noun + 1].lower)
    }
}
