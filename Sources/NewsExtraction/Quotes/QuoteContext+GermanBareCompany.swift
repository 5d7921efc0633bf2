import NewsModel

/// German companies named bare after an article at a speech cue, which the entity stage missed
/// because no legal form or company cue stands with them: "Die Velkaro teilte mit, …", "teilte
/// die Velkaro mit", "hieß es bei der Velkaro", "nach Angaben der Velkaro". Business news writes a
/// company so ("die Velkaro" for "die Velkaro AG"): one capitalised word that no word list knows
/// (no ordinary word or compound of one, no noun ending, given name, place or acronym) after a
/// feminine "die", or after "der" that follows a preposition or a noun (dative or genitive: "der"
/// opening a sentence is a masculine subject, "Der Quellbote").
extension QuoteContext {
    /// The one-token name at `index`, or after a noun and "der" there ("Angaben der X",
    /// "Mitteilung der X"), if it is such a bare company name, else nil.
    func germanBareCompanyName(near index: Int, upper: Int) -> Range<Int>? {
        if let name = germanBareCompanyName(at: index) { return name }
        guard index + 2 < upper, tokens[index].isCapitalized, tokens[index + 1].lower == "der",
            isBareCompanySourceNoun(tokens[index].lower)
        else { return nil }
        return germanBareCompanyName(at: index + 2)
    }

    /// The one-token name at `index` if it is such a bare company name, else nil.
    func germanBareCompanyName(at index: Int) -> Range<Int>? {
        guard language == .german, index >= 1, index < tokens.count else { return nil }
        let token = tokens[index]
        guard token.kind == .word, token.isCapitalized, spanAt[index] == nil, mention(at: index) == nil,
            table.mention(at: token.range.start) == nil, tokens[index - 1].sentence == token.sentence
        else { return nil }
        switch tokens[index - 1].lower {
        case "die":
            break
        case "der":
            // "bei der X", "Angaben der X": a preposition or a source noun before the article ("sagte
            // der Schweizer der Zeitung": the one spoken to is no source).
            guard index >= 2, tokens[index - 2].sentence == token.sentence, tokens[index - 2].kind == .word,
                Self.bareCompanyPrepositions.contains(tokens[index - 2].lower)
                    || (tokens[index - 2].isCapitalized && isBareCompanySourceNoun(tokens[index - 2].lower))
            else { return nil }
        default:
            return nil
        }
        // "die Velkaro Bank": a longer name is left to the rules for names.
        if index + 1 < tokens.count, tokens[index + 1].sentence == token.sentence, tokens[index + 1].kind == .word,
            tokens[index + 1].isCapitalized
        {
            return nil
        }
        // "nach Angaben der Rieder": a word in "-er" may be the people of a town.
        if token.lower.hasSuffix("er") { return nil }
        let written = document.slice(token.range)
        let scalars = written.unicodeScalars
        guard scalars.count >= 4, scalars.allSatisfy({ $0.properties.isAlphabetic }),
            !scalars.dropFirst().allSatisfy({ $0.properties.isUppercase }),
            cue(at: index, limit: index + 1) == nil, !EntityLexicons.firstNames.contains(written),
            !Self.isOrdinaryWord(written, lower: token.lower), !EntityLexicons.hasGermanNounEnding(token.lower),
            !Self.isGermanNounCompound(token.lower)
        else { return nil }
        return index..<(index + 1)
    }

    /// Whether a capitalised noun before "der" names a source whose author follows ("Angaben",
    /// "Mitteilung", "Pressemitteilung", "Zahlen"), not a person spoken of or to.
    func isBareCompanySourceNoun(_ lower: String) -> Bool {
        Self.sourceNounHeads.contains(lower) || Self.nonSpeakerEndings.contains { lower.hasSuffix($0) }
    }

    /// Prepositions that take "der" in the dative before a bare company name ("bei der X").
    static let bareCompanyPrepositions: WordSet = ["bei", "von", "laut", "mit", "gegenüber", "seitens", "nach"]

    /// Whether a lower-case word is a German compound: it ends in a noun of six letters or more
    /// after three letters or more ("stadtverwaltung"), or in a noun of four letters or more after
    /// a noun, perhaps with a linking "s", "es", "n" or "en" ("landesbahn", "hafenwerk"). An
    /// invented name with a noun inside ("Velkaro", "Harlingo") is none.
    static func isGermanNounCompound(_ lower: String) -> Bool {
        var word = lower
        return word.withUTF8 { bytes -> Bool in
            let count = bytes.count
            guard count >= 7 else { return false }
            for split in 3...(count - 4) where bytes[split] & 0xC0 != 0x80 {
                guard EntityLexicons.germanNounsLower.contains(bytes: UnsafeBufferPointer(rebasing: bytes[split...])) else {
                    continue
                }
                if count - split >= 6 { return true }
                for link in [0, 1, 2] where split - link >= 3 {
                    let head = UnsafeBufferPointer(rebasing: bytes[..<(split - link)])
                    let linking = link == 0 || (link == 1 && (bytes[split - 1] == 0x73 || bytes[split - 1] == 0x6E))
                        || (link == 2 && bytes[split - 2] == 0x65 && (bytes[split - 1] == 0x73 || bytes[split - 1] == 0x6E))
                    if linking && EntityLexicons.germanNounsLower.contains(bytes: head) { return true }
                }
            }
            return false
        }
    }
}
