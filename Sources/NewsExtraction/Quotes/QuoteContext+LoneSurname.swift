import NewsModel

/// German speakers the entity stage missed, named by surname alone ("…, sagte Quirlbauer",
/// "Quirlbauer sagte, …"), the test of a lone name word at a cue that English shares ("Prem said"),
/// and the genitive of a company noun ("in der Mitteilung des Konzerns").
extension QuoteContext {
    /// A lone capitalised word right after (or right before) a German verb of saying that is no
    /// ordinary word, no known name and no company word: a surname. Returns its token range.
    func loneSurname(at index: Int, anchor: Int, upper: Int) -> Range<Int>? {
        guard language == .german, index == anchor + 1 || index == anchor - 1,
            anchor >= 0, anchor < tokens.count, Self.personCues.contains(tokens[anchor].lower)
        else { return nil }
        guard isLoneNameWord(at: index, anchor: anchor) else { return nil }
        let token = tokens[index]
        let written = document.slice(token.range)
        // A given name alone speaks when no one of that given name was named in full ("sagt Farid").
        guard !Self.mediaWords.contains(token.lower),
            !EntityLexicons.firstNames.contains(written) || isLoneGivenNameSpeaker(written),
            !Self.companyEndings.contains(where: { token.lower.hasSuffix($0) })
        else { return nil }
        return index..<(index + 1)
    }

    /// Whether the word at `index` stands alone at the cue: capitalised, in no mention or
    /// quotation, no capitalised word on its far side, no article before it, and no ordinary
    /// word, title, nationality or acronym.
    func isLoneNameWord(at index: Int, anchor: Int) -> Bool {
        let token = tokens[index]
        guard token.kind == .word, token.isCapitalized, spanAt[index] == nil, mention(at: index) == nil,
            table.mention(at: token.range.start) == nil
        else { return false }
        let far = index > anchor ? index + 1 : index - 1
        // "Sein Regierungskollege Quastmeyer betonte": a German person noun before the name is no
        // part of it.
        if far >= 0 && far < tokens.count && tokens[far].kind == .word && tokens[far].isCapitalized
            && tokens[far].sentence == token.sentence && !(far < index && isGermanPersonNoun(tokens[far].lower))
        {
            return false
        }
        if index > 0 && Self.determiners.contains(tokens[index - 1].lower) { return false }
        let written = document.slice(token.range)
        return written.count >= 3 && !written.allSatisfy({ $0.isUppercase || $0 == "-" })
            && !Self.isOrdinaryWord(written, lower: token.lower) && !Self.nameTitles.contains(token.lower)
            && !EntityLexicons.demonyms.contains(written)
    }

    /// Verbs of saying that people, rarely companies, use ("sagte X", "so X").
    static let personCues: Set<String> = [
        "sagte", "sagt", "so", "meinte", "meint", "betonte", "betont", "ergänzte", "ergänzt", "fügte", "erklärte",
        "kritisierte", "warnte", "räumte",
    ]

    /// Endings of German company and place names ("Quirlwerk", "Nordbank", "Quellstadt").
    static let companyEndings = [
        "werk", "werke", "bank", "tech", "soft", "group", "gruppe", "bau", "energie", "pharma", "chemie", "stadt",
        "dorf", "burg", "berg", "haus", "verband", "amt", "ministerium",
    ]

    /// The lower-case word at `index`, or its base when it is a German genitive after "des" or
    /// "eines" ("Konzerns" -> "konzern", "Unternehmens" -> "unternehmen").
    func germanGenitiveBase(at index: Int) -> String {
        let word = tokens[index].lower
        guard language == .german, index > 0, tokens[index - 1].lower == "des" || tokens[index - 1].lower == "eines",
            word.hasSuffix("s"), !Self.companyNouns.contains(word)
        else { return word }
        let base = String(word.dropLast())
        if Self.companyNouns.contains(base) { return base }
        if base.hasSuffix("e"), Self.companyNouns.contains(String(base.dropLast())) { return String(base.dropLast()) }
        return word
    }
}
