import NewsModel

/// More slot shapes and name shapes for ``EntityScanner/findGermanOwnershipSlotNames()``: names that read
/// like compounds of a masculine or neuter noun ("an der Brenntaler"), unknown words before a company head
/// ("an der Voralp-Bahn"), passive subjects ("Die Zelvag wird von Y übernommen"), "steigt bei der Zelvag
/// ein", and public owners after "gehört".
extension EntityScanner {
    /// "an der Brenntaler", "Hauptaktionär der Bergmatt": after a feminine "der" (dative after "an", genitive
    /// after an owner noun) a word that lists know only as a compound whose last noun is not feminine
    /// ("Taler", "Korn", "Matt") cannot be a common noun, so it is a name. Words with a noun ending, plurals
    /// in "-s" and feminine heads ("Landesbank", "Konzernmutter") stay out; so do genitive plurals
    /// ("Prozent der Studienteilnehmer", "Aktionär der Stadtwerker"): in the genitive a head in "-er" may be plural.
    /// As the subject, "Die Stallmoor gehört zu 100 Prozent der Y": "die" opening the sentence and a verb in the
    /// singular after the word tell the same (a plural would take "gehören").
    func isSlotCompoundName(_ i: Int) -> Bool {
        guard i >= 1, !tokens[i].isAllCaps else { return false }
        let determiner = tokens[i - 1].lower
        if determiner == "die" {
            guard i == 1 || !sameSentence(i - 2, i), i + 1 < tokens.count, sameSentence(i, i + 1),
                Self.singularSubjectVerbs.contains(tokens[i + 1].lower)
            else { return false }
        } else {
            guard determiner == "der", i >= 2 else { return false }
            let dative = tokens[i - 2].lower == "an"
            if !dative && (tokens[i].lower.hasSuffix("er") || Self.isStakeNoun(tokens[i - 2].lower)) { return false }
        }
        let word = tokens[i].text
        let lower = tokens[i].lower
        if isOrdinary(word, lower: lower) || isRoleOrCue(lower) || isPlace(word) { return false }
        if EntityLexicons.firstNames.contains(word) || EntityLexicons.frequentGerman.contains(word) { return false }
        if EntityLexicons.hasGermanNounEnding(lower) || lower.hasSuffix("s") || lower.hasSuffix("in") { return false }
        guard let head = compoundHead(lower) else { return false }
        return !Self.feminineHeads.contains(head)
    }

    /// The longest known noun (four bytes or more) that ends a word after at least three bytes.
    private func compoundHead(_ word: String) -> String? {
        var lower = word
        let split: Int? = lower.withUTF8 { bytes -> Int? in
            let n = bytes.count
            guard n >= 7 else { return nil }
            for split in 3...(n - 4) where bytes[split] & 0xC0 != 0x80 {
                if EntityLexicons.germanNounsLower.contains(bytes: UnsafeBufferPointer(rebasing: bytes[split...])) { return split }
            }
            return nil
        }
        guard let split else { return nil }
        return String(decoding: Array(word.utf8)[split...], as: UTF8.self)
    }

    /// Verbs in the singular after a subject slot word ("Die Stallmoor gehört …").
    static let singularSubjectVerbs: Set<String> = [
        "gehört", "gehörte", "hält", "hielt", "besitzt", "kontrolliert", "übernimmt", "übernahm", "kauft", "kaufte", "erwirbt",
        "erwarb", "stockt", "stockte", "verkauft", "verkaufte", "reduziert", "reduzierte", "erhöht", "erhöhte", "wird", "wurde",
        "ist", "war", "hat", "hatte",
    ]

    /// Feminine nouns without a feminine ending that end compounds of common nouns, lower case.
    static let feminineHeads: Set<String> = [
        "bank", "bahn", "post", "tochter", "mutter", "firma", "holding", "stadt", "welt", "hand", "kraft", "burg", "zeit",
        "anstalt", "nacht", "fahrt", "luft", "macht", "kunst", "kost", "last", "angst", "wand", "art", "flut", "glut",
        "brut", "wut", "saat", "tat", "naht", "spur", "uhr", "tür", "kür", "zahl", "wahl", "qual", "form", "norm",
        "farm", "mark", "haut", "braut", "maut", "rast", "frist", "gunst", "list", "pflicht", "schicht", "sicht",
        "schlacht", "tracht", "pacht", "fracht", "wacht", "kunft", "zunft", "sucht", "flucht", "frucht", "bucht",
        "schrift", "gift", "hilfe", "front", "fabrik", "flotte", "gruppe", "sparte", "marke", "kette", "kasse", "börse",
    ]

    /// "an der Voralp-Bahn", "die Mehrheit an der Selden-Bau": a hyphen compound whose first part is a word no
    /// list knows and whose last part is a usual head of a company's name.
    func isSlotHyphenName(_ i: Int) -> Bool {
        let text = tokens[i].text
        guard let dash = text.firstIndex(of: "-"), let last = text.lastIndex(of: "-") else { return false }
        let first = String(text[..<dash])
        let tail = text[text.index(after: last)...].lowercased()
        guard Self.companyNameHeads.contains(tail), first.unicodeScalars.count >= 3,
            first.unicodeScalars.first?.properties.isUppercase == true, first.unicodeScalars.dropFirst().allSatisfy({ $0.properties.isLowercase })
        else { return false }
        let lowerFirst = first.lowercased()
        if isOrdinary(first, lower: lowerFirst) || isRoleOrCue(lowerFirst) || isPlace(first) || EntityLexicons.firstNames.contains(first) {
            return false
        }
        return !EntityLexicons.frequentGerman.contains(first) && !EntityLexicons.hasGermanNounEnding(lowerFirst) && !isGermanCompound(lower: lowerFirst)
    }

    /// Last parts of a hyphen compound that name a company ("Voralp-Bahn", "Selden-Bau"), lower case.
    static let companyNameHeads: Set<String> = [
        "bahn", "bahnen", "bau", "werke", "werk", "energie", "bräu", "brauerei", "papier", "stahl", "chemie", "pharma",
        "versicherung", "bank", "air", "airlines", "telekom", "medien", "invest", "immobilien", "bergbahnen", "seilbahnen",
    ]

    /// "bei der Zelvag ein", "bei Zelvag eingestiegen", "bei der Zelvag eingekauft": a particle or participle of
    /// entering within a few words after the slot word, in the same clause; "ein" only at the clause's end ("steigt
    /// bei der Zelvag ein und …"), not as an article ("bei X handelt es sich um ein Treffen").
    func isFollowedByEntryParticle(_ i: Int) -> Bool {
        var k = i + 1
        while k < tokens.count, k <= i + 6, sameSentence(i, k), tokens[k].isWord {
            let lower = tokens[k].lower
            if lower == "ein" {
                let next = k + 1
                return next >= tokens.count || !sameSentence(k, next) || !tokens[next].isWord || tokens[next].lower == "und"
            }
            if Self.entryWords.contains(lower) { return true }
            k += 1
        }
        return false
    }

    /// Particles and participles of entering a company, lower case.
    static let entryWords: Set<String> = ["eingestiegen", "einsteigen", "einzusteigen", "eingekauft", "einkaufen", "einzukaufen"]

    /// Auxiliaries of a passive takeover ("wird … übernommen").
    static let passiveAuxiliaries: Set<String> = ["wird", "wurde", "werde", "würde"]

    /// "wird vom Finanzinvestor Y übernommen", "wurde 2019 von der Y gekauft": "von", "vom" or "durch" and then a
    /// participle of buying within ten words, in the same clause.
    func isPassiveTakeover(after verb: Int) -> Bool {
        var agent = false
        var k = verb + 1
        while k < tokens.count, k <= verb + 10, sameSentence(verb, k), tokens[k].text != "," {
            let lower = tokens[k].lower
            if lower == "von" || lower == "vom" || lower == "durch" { agent = true }
            if Self.takeoverParticiples.contains(lower) { return agent }
            k += 1
        }
        return false
    }

    /// "der Republik Moorland", "der Familie Brenzler", "dem Bund": a word of a public owner (with a
    /// capitalised name after it, except for "Bund").
    func isPublicOwnerWord(_ k: Int) -> Bool {
        let lower = tokens[k].lower
        if lower == "bund" { return true }
        guard Self.ownerStateWords.contains(lower) || Self.holderStateWords.contains(lower) || Self.familyWords.contains(lower) else {
            return false
        }
        return k + 1 < tokens.count && sameSentence(k, k + 1) && tokens[k + 1].isCapitalized
    }

    /// "die Familie Brenzler mit 35 Prozent", "die Stadt Talburg mit 8 Prozent": "mit", a number and a percent
    /// word right after a holder's name ending before token `end`.
    func isFollowedByPercentShare(_ end: Int) -> Bool {
        guard end + 2 < tokens.count, sameSentence(end, end + 2), tokens[end].lower == "mit", tokens[end + 1].isNumber else { return false }
        let lower = tokens[end + 2].lower
        return lower == "prozent" || lower == "%"
    }
}
