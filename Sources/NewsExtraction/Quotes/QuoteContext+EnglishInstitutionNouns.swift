import NewsModel

/// English institutions named again by their head noun ("the Bank of Marlovia … the central bank
/// said", "the Ministry of Trade … the ministry said", "the Marlovian Trade Department … the department
/// said", "Tarvel Partners … the partnership said").
extension QuoteContext {
    /// Head nouns of institutions that an English article names again without their name.
    static let englishInstitutionNouns: WordSet = [
        "bank", "ministry", "department", "agency", "commission", "exchange", "authority", "board", "office", "fund",
        "council", "court", "bureau", "institute", "federation", "association", "union", "treasury", "reserve",
        "partnership",
    ]

    /// The name words an institution noun finds: "the partnership" is also "Tarvel Partners".
    static func englishInstitutionNameWords(of noun: String) -> [String] {
        noun == "partnership" ? ["partnership", "partners"] : [noun]
    }

    /// "the Marlovian central bank said", "the finance ministry said": an institution noun after
    /// "the" (with at most three modifiers between, no name among them) stands for the last
    /// organisation or company named before whose name holds that noun as a word.
    func englishInstitutionNounSpeaker(at index: Int, upper: Int) -> SpeakerGuess? {
        guard language == .english, index > 0, index < tokens.count else { return nil }
        let token = tokens[index]
        guard token.kind == .word, Self.englishInstitutionNouns.contains(token.lower), mention(at: index) == nil
        else { return nil }
        // "the bank's chairman": the noun is a possessor, not the speaker.
        if index + 1 < tokens.count, tokens[index + 1].lower == "'s" || tokens[index + 1].lower == "’s" { return nil }
        // "the ministry of X": a new institution with its own attribute.
        if index + 1 < tokens.count, Self.attributeOpeners.contains(tokens[index + 1].lower) { return nil }
        var probe = index - 1
        while probe >= 0, index - probe <= 4, tokens[probe].kind == .word, tokens[probe].lower != "the",
            mention(at: probe) == nil || mention(at: probe)?.kind == .place
        {
            probe -= 1
        }
        guard probe >= 0, index - probe <= 4, tokens[probe].lower == "the" else { return nil }
        let nameWords = Self.englishInstitutionNameWords(of: token.lower)
        let table = self.table
        // "X, the country's largest bank": a company described by the noun counts too, when the noun
        // and its modifiers are lower case ("the bank", "the central bank"; not "the Qatar news
        // agency" or "the Swedish Central Bank", which name an institution of their own).
        let isPlainNoun = ((probe + 1)...index).allSatisfy { !tokens[$0].isCapitalized }
        let described = isPlainNoun ? englishEntitiesDescribed(as: token.lower, before: tokens[probe].range.start) : []
        let found = lastMention(before: tokens[probe].range.start) { mention in
            guard mention.kind == .company || mention.kind == .organization,
                let name = table.entity(mention.entity)?.name
            else { return false }
            return described.contains(mention.entity) || name.split(separator: " ").contains { nameWords.contains($0.lowercased()) }
        }
        return found.map { SpeakerGuess(entity: $0.entity) }
    }
}
