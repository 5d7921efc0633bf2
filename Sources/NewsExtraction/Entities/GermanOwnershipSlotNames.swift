import NewsModel

extension EntityScanner {
    /// In German text, a capitalised word that no dictionary, gazetteer or name list knows is a
    /// company when it fills a party slot of an ownership or deal phrase, even when the article
    /// names it once and without a cue word:
    /// "30 Prozent an (der) Zelvag", "die Mehrheit an Zelvag", "an Zelvag beteiligt",
    /// "Aktien/Anteile/Tochter/Großaktionär der Zelvag", "im Besitz der Zelvag",
    /// "gehört (zu 51 Prozent) der Zelvag", "übernimmt/kauft/erwirbt (die) Zelvag",
    /// "hat die Zelvag übernommen", "Zelvag hält 20 Prozent"; also after a declined adjective ("an der
    /// insolventen Zelvag") and for acronyms ("an der KTV beteiligt", not "Prozent des BIP").
    /// Every other free use of the same word in the article is the same company.
    /// Runs after the person and surname rules (a surname of a named person stays a person).
    mutating func findGermanOwnershipSlotNames() {
        guard german else { return }
        let n = tokens.count
        guard n > 2 else { return }
        findGermanTownWorksNames()
        var found: [Int] = []
        for i in 0..<n where isFree(i) && tokens[i].isCapitalized {
            // Cheap checks on the token first: a plain capitalised word of two letters or more.
            let token = tokens[i]
            guard token.isWord, !token.isNumber, !token.flags.contains(.attached),
                token.isAllCaps ? isSlotAcronymShape(i) : token.text.utf8.count >= 3, !isShouting(i)
            else { continue }
            if token.flags.contains(.hyphenated) {
                // "an der Voralp-Bahn": an unknown word before a company head.
                guard isSlotHyphenName(i), isOwnershipSlot(i) else { continue }
                found.append(i)
                continue
            }
            guard isOwnershipSlot(i) || isListedOrFrontedHolder(i, end: i + 1) || isAppositionUnitName(i), !isKnownWord(i) || isSlotCompoundName(i), !isSlotWordTaken(i) else { continue }
            if token.isAllCaps, isPercentGenitive(before: i) { continue }
            // "an Hanna Velder": two unknown capitalised words in a row are more likely a person.
            if i + 1 < n, sameSentence(i, i + 1), isFree(i + 1), isNameShaped(i + 1), !isKnownWord(i + 1) { continue }
            found.append(i)
        }
        guard !found.isEmpty else { return }
        let names = Set(found.map { tokens[$0].text })
        for i in 0..<n where isFree(i) && tokens[i].isCapitalized && names.contains(tokens[i].text) {
            if tokens[i].flags.contains(.attached) || tokens[i].flags.contains(.hyphenated) && !isSlotHyphenName(i) { continue }
            add(span(i, i + 1, kind: .company, strength: 1))
        }
    }

    /// "an der KTV beteiligt", "die Mehrheit an der ÖBV": an acronym of two to five capital letters
    /// (no digit, no "-") fills a slot like an unknown word.
    private func isSlotAcronymShape(_ i: Int) -> Bool {
        let scalars = tokens[i].text.unicodeScalars
        return scalars.count >= 2 && scalars.count <= 5 && scalars.allSatisfy { $0.properties.isUppercase }
    }

    /// "30 Prozent des BIP", "Prozent der EU": after a percent and a genitive article an acronym is
    /// a measure or a population, not a company whose shares are counted.
    private func isPercentGenitive(before i: Int) -> Bool {
        guard i >= 2, sameSentence(i - 2, i), ["der", "des"].contains(tokens[i - 1].lower) else { return false }
        let lower = tokens[i - 2].lower
        return lower == "prozent" || lower == "%" || lower == "mehrheit"
    }

    /// Whether a word right after token `i` joins it to a longer phrase that other rules judge
    /// ("Zelvag-Aktie" is hyphenated already; "Zelvag ,"): here only the word's own next token
    /// being a role or given name ("der Zelvag Chef") blocks it.
    private func isSlotWordTaken(_ i: Int) -> Bool {
        let next = i + 1
        guard next < tokens.count, sameSentence(i, next), tokens[next].isWord else { return false }
        return EntityLexicons.roles.matches(tokens[next].lower)
    }

    /// Whether token `i` stands in a party slot of a German ownership or deal phrase.
    func isOwnershipSlot(_ i: Int) -> Bool {
        var j = i - 1
        guard j >= 0, sameSentence(j, i), tokens[j].isWord else { return isSubjectSlot(i) }
        var determiner = false
        // "an der insolventen Zelvag": one declined adjective between the determiner and the name.
        if isSlotAdjective(j), j >= 1, sameSentence(j - 1, i), Self.slotDeterminers.contains(tokens[j - 1].lower) {
            j -= 1
        }
        if Self.slotDeterminers.contains(tokens[j].lower) {
            determiner = true
            j -= 1
            // "Die Zelvag gehört der Y": a determiner opens the sentence.
            guard j >= 0, sameSentence(j, i), tokens[j].isWord else { return isSubjectSlot(i) }
        }
        let lower = tokens[j].lower
        // "30 Prozent an (der) Zelvag", "an Zelvag beteiligt".
        if lower == "an" {
            if isFollowedByHoldingParticiple(i) || isFrontedHoldingCompany(an: j, name: i) { return true }
            var k = j - 1
            while k >= 0, k >= j - 3, sameSentence(k, i), tokens[k].isWord {
                if Self.isStakeNoun(tokens[k].lower) { return true }
                k -= 1
            }
            return false
        }
        // "Aktien der Zelvag", "Großaktionär der Zelvag", "im Besitz der Zelvag", "Eigentümerin der Zelvag".
        if determiner, ["der", "des"].contains(tokens[j + 1].lower), Self.isStakeNoun(lower) || Self.isOwnerNoun(lower)
            || lower.hasSuffix("aktionär") || lower.hasSuffix("aktionäre") || lower.hasSuffix("aktionären") || Self.amongHolderNouns.contains(lower)
        {
            return true
        }
        // "übernimmt (die) Zelvag", "kauft Zelvag".
        if Self.takeoverVerbs.contains(lower) { return true }
        // "steigt bei der Zelvag ein", "hat sich bei der Zelvag eingekauft".
        if lower == "bei", !(i + 1 < tokens.count && tokens[i + 1].isCapitalized), isFollowedByEntryParticle(i) { return true }
        // "gehört (zu 51 Prozent) der Zelvag", "gehört zur Zelvag".
        if determiner, Self.belongingDeterminers.contains(tokens[j + 1].lower) {
            var k = j
            while k >= 0, k >= j - 4, sameSentence(k, i), tokens[k].isWord {
                if Self.belongingVerbs.contains(tokens[k].lower) { return true }
                if !(tokens[k].isNumber || Self.belongingFillers.contains(tokens[k].lower)) { break }
                k -= 1
            }
        }
        // "hat die Zelvag übernommen".
        if determiner, i + 1 < tokens.count, sameSentence(i, i + 1), Self.takeoverParticiples.contains(tokens[i + 1].lower) {
            return true
        }
        return isSubjectSlot(i)
    }

    /// A declined adjective before a slot word: in lower case ("insolventen", "börsennotierten",
    /// "defizitäre": five letters or more, ending in "-e" or "-en", no function word), or a town's adjective
    /// ("Wiener", "Hamburger": a known place with "-er").
    func isSlotAdjective(_ j: Int) -> Bool {
        let token = tokens[j]
        guard token.isWord, !token.isNumber, !token.isAllCaps, !token.flags.contains(.hyphenated) else { return false }
        let lower = token.lower
        if token.isCapitalized {
            return lower.hasSuffix("er") && token.text.unicodeScalars.count >= 5 && isPlace(String(token.text.dropLast(2)))
        }
        return lower.utf8.count >= 5 && (lower.hasSuffix("en") || lower.hasSuffix("e")) && !EntityLexicons.isStopword(lower)
    }

    /// A noun of an owner or owned company before "der X": ``ownerNouns`` and their feminine forms
    /// ("Mehrheitseigentümerin", "Gesellschafterin").
    static func isOwnerNoun(_ lower: String) -> Bool {
        if ownerNouns.contains(lower) { return true }
        return lower.hasSuffix("in") && lower.utf8.count > 8 && ownerNouns.contains(String(lower.dropLast(2)))
    }

    /// "Zelvag hält 20 Prozent", "Zelvag übernimmt die Mehrheit": the word right before a
    /// holding or buying verb that a stake noun follows within three words.
    private func isSubjectSlot(_ i: Int) -> Bool {
        let verb = i + 1
        guard verb < tokens.count, sameSentence(i, verb) else { return false }
        let lower = tokens[verb].lower
        // "Zelvag gehört (zu 51 Prozent) der Y" when the owner after it is a name, not "zur Liste".
        if Self.belongingVerbs.contains(lower) { return isNamedOwner(after: verb) }
        // "Die Zelvag wird vom Finanzinvestor Y übernommen".
        if Self.passiveAuxiliaries.contains(lower) { return isPassiveTakeover(after: verb) }
        let copula = lower == "ist" || lower == "war"
        guard copula || Self.holdingVerbs.contains(lower) else { return false }
        // "Zelvag hält 20 Prozent"; "Zelvag ist zu 51 Prozent im Besitz der Y", "Zelvag ist mit 10 Prozent an Y beteiligt".
        var k = verb + 1
        while k < tokens.count, k <= verb + (copula ? 6 : 4), sameSentence(i, k) {
            if tokens[k].isWord {
                let word = tokens[k].lower
                if copula ? (Self.isOwnerNoun(word) || word == "beteiligt") : Self.isStakeNoun(word) { return true }
            }
            k += 1
        }
        return false
    }

    /// "gehört (zu 51 Prozent) der Trolma Holding": past fillers and numbers, a determiner of the owner and
    /// a name: a span of a company or organisation, or a capitalised word that no list knows.
    private func isNamedOwner(after verb: Int) -> Bool {
        var k = verb + 1
        while k < tokens.count, k <= verb + 4, sameSentence(verb, k), tokens[k].isNumber || Self.belongingFillers.contains(tokens[k].lower)
            && !Self.belongingDeterminers.contains(tokens[k].lower)
        {
            k += 1
        }
        guard k + 1 < tokens.count, sameSentence(verb, k + 1), Self.belongingDeterminers.contains(tokens[k].lower),
            isNameShaped(k + 1)
        else { return false }
        if owner[k + 1] >= 0 { return isCompanyLike(spans[owner[k + 1]].kind) }
        // "gehört der Republik Moorland", "gehört der Familie Brenzler", "gehört dem Bund": public owners
        // are named only after this rule has run.
        if isPublicOwnerWord(k + 1) { return true }
        return !isKnownWord(k + 1)
    }

    /// "an Zelvag beteiligt": the participle of holding right after the word.
    private func isFollowedByHoldingParticiple(_ i: Int) -> Bool {
        let next = i + 1
        guard next < tokens.count, sameSentence(i, next) else { return false }
        return ["beteiligt", "beteiligen", "beteiligte"].contains(tokens[next].lower)
    }

    /// A noun of holding a part of a company, lower case ("prozent", "anteile", "mehrheit",
    /// "aktienpaket", "minderheitsbeteiligung").
    static func isStakeNoun(_ lower: String) -> Bool {
        if stakeNouns.contains(lower) { return true }
        return lower.hasSuffix("beteiligung") || lower.hasSuffix("anteil") || lower.hasSuffix("anteile")
            || lower.hasSuffix("anteilen") || lower.hasSuffix("aktienpaket")
    }

    /// Nouns of a stake or its holding, lower case.
    static let stakeNouns: Set<String> = [
        "prozent", "%", "aktien", "mehrheit", "kontrolle", "sperrminorität", "stimmrechte", "stimmrechten",
        "beteiligung", "anteil", "anteile", "anteilen",
    ]

    /// Nouns after which "der X" names the owner or the owned company, lower case.
    static let ownerNouns: Set<String> = [
        "besitz", "eigentum", "eigentümer", "miteigentümer", "tochter", "tochtergesellschaft", "tochterfirma",
        "mutter", "muttergesellschaft", "mutterkonzern", "übernahme", "kauf", "verkauf", "komplettübernahme",
        "mehrheitsübernahme", "eigner", "mehrheitseigner", "haupteigner", "alleineigentümer",
        // Owners named by their share of the company ("Mehrheitsgesellschafter der Zelvag").
        "gesellschafter", "mehrheitsgesellschafter", "hauptgesellschafter", "alleingesellschafter", "mehrheitseigentümer",
        "haupteigentümer", "anteilseigner", "hauptanteilseigner",
    ]

    /// Finite verbs of buying a company, lower case ("übernimmt Zelvag").
    static let takeoverVerbs: Set<String> = [
        "übernimmt", "übernahm", "übernehmen", "kauft", "kaufte", "erwirbt", "erwarb", "schluckt", "schluckte",
    ]

    /// Participles that end a perfect clause of buying ("hat die Zelvag übernommen").
    static let takeoverParticiples: Set<String> = ["übernommen", "gekauft", "erworben", "geschluckt"]

    /// Verbs of holding or buying before a stake noun ("Zelvag hält 20 Prozent").
    static let holdingVerbs: Set<String> = [
        "hält", "hielt", "halten", "besitzt", "besaß", "kontrolliert", "übernimmt", "übernahm", "kauft", "kaufte",
        "erwirbt", "erwarb", "stockt", "stockte",
        // Changes of a held stake ("Zelvag reduziert ihren Anteil an …", "die Stadt Talburg verkauft ihre Anteile").
        "hat", "hatte", "verkauft", "verkaufte", "reduziert", "reduzierte", "erhöht", "erhöhte", "verringert", "verringerte", "senkt", "senkte",
    ]

    /// Dative plurals of holders before "der X" ("Zu den Eigentümern der Zelvag zählt …"); "-aktionären" by its ending.
    static let amongHolderNouns: Set<String> = ["eigentümern", "miteigentümern", "anteilseignern", "eignern", "gesellschaftern", "mitgesellschaftern"]

    /// Determiners that may stand between a slot word and its name.
    static let slotDeterminers: Set<String> = ["der", "die", "das", "dem", "den", "des", "zur", "zum"]

    /// Determiners of the owner after "gehört" ("gehört der X", "gehört zur X").
    static let belongingDeterminers: Set<String> = ["der", "dem", "zur", "zum"]

    /// Verbs of belonging ("gehört der X").
    static let belongingVerbs: Set<String> = ["gehört", "gehören", "gehörte", "gehörten"]

    /// Words between "gehört" and the owner ("zu 51 Prozent", "mehrheitlich", "vollständig").
    static let belongingFillers: Set<String> = [
        "zu", "prozent", "mehrheitlich", "vollständig", "komplett", "ganz", "nun", "jetzt", "seit", "bereits", "der", "dem",
        "zur", "zum", "mittlerweile", "inzwischen",
    ]
}
