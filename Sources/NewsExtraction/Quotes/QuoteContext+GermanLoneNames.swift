import NewsModel

/// German speakers named by one word: a given name alone ("…, sagt Farid"), one word of a person
/// named before ("sagte Park" after "Park Jiwon"), and a surname after a person noun ("Sein
/// Regierungskollege Quastmeyer betonte").
extension QuoteContext {
    /// The person of the table whose name holds the lone word at `index`, when exactly one does:
    /// "sagte Park" after the article named "Park Jiwon" (a family name first, which the entity
    /// stage does not link). Only a capitalised word right at a verb of saying.
    func personNamedByLoneWord(at index: Int, anchor: Int) -> EntityID? {
        guard language == .german, index == anchor + 1 || index == anchor - 1,
            anchor >= 0, anchor < tokens.count, Self.personCues.contains(tokens[anchor].lower),
            tokens[index].kind == .word, tokens[index].isCapitalized, mention(at: index) == nil
        else { return nil }
        let written = document.slice(tokens[index].range)
        guard written.count >= 2 else { return nil }
        let holders = peopleWithNameWord(written)
        return holders.count == 1 ? holders[0] : nil
    }

    /// The people of the table with `word` as one word of their name.
    func peopleWithNameWord(_ word: String) -> [EntityID] {
        table.entities.compactMap { entity in
            guard entity.kind == .person else { return nil }
            return entity.name.split(separator: " ").contains(where: { $0 == word }) ? entity.id : nil
        }
    }

    /// Whether a lone given name at a cue names a person of its own ("sagt Farid"): no person of
    /// the table carries that given name, so it stands for no one named in full.
    func isLoneGivenNameSpeaker(_ written: String) -> Bool {
        language == .german && EntityLexicons.firstNames.contains(written) && peopleWithNameWord(written).isEmpty
    }

    /// "Regierungskollege Quastmeyer", "Kanzleramtsminister Quastmeyer": a German person noun
    /// before one capitalised word that is no ordinary word. Returns the surname's range.
    func surnameAfterPersonNoun(in range: Range<Int>) -> Range<Int>? {
        guard language == .german, range.count == 2 else { return nil }
        let noun = tokens[range.lowerBound]
        let surname = range.upperBound - 1
        guard noun.kind == .word, noun.isCapitalized, isGermanPersonNoun(noun.lower),
            isUnmarkedNameWord(at: surname),
            !Self.isOrdinaryWord(document.slice(tokens[surname].range), lower: tokens[surname].lower)
        else { return nil }
        return surname..<range.upperBound
    }

    /// Whether a lower-case German word names a person by office, role or membership
    /// ("minister", "regierungskollege", "parteifreund"). Not any word ending like a person noun:
    /// "Brüsseler" and "Wiener" end in "-er" as well.
    func isGermanPersonNoun(_ lower: String) -> Bool {
        isGermanRoleNoun(lower) || Self.colleagueNouns.contains(where: { lower.hasSuffix($0) })
            || Self.memberNouns.contains(where: { lower.count > $0.count + 2 && lower.hasSuffix($0) })
    }

    /// Tails of German nouns for a colleague or ally ("Regierungskollege", "Parteifreundin").
    static let colleagueNouns = ["kollege", "kollegin", "freund", "freundin", "genosse", "genossin"]
}
