import NewsModel

extension EntityScanner {
    /// "die Nordische Händlervereinigung", "der Multilateralen Investitionsbank", "die Baltische
    /// Demokratische Partei": in mid-sentence German writes an adjective with a capital only inside
    /// a name, so capitalised adjectives in "-isch" or "-al" (or "Deutsche") followed by a noun
    /// that ends in a word for an organisation ("-vereinigung", "-bank", "-fonds",
    /// "-gemeinschaft", "-partei", …) name an organisation. Left alone: a name that goes on
    /// ("… Zentrum für …"), one that is the genitive of another ("Verband der Deutschen …") and
    /// one that a longer name already holds. Inflected forms group under the nominative ("der
    /// Baltischen Partei" and "die Baltische Partei"). German text only.
    mutating func findAdjectiveInstitutionNames() {
        guard german else { return }
        let n = tokens.count
        var i = 1
        while i + 1 < n {
            defer { i += 1 }
            let token = tokens[i]
            // Cheap checks first: two capitalised free words in one sentence, not at its start.
            guard token.isCapitalized, tokens[i + 1].isCapitalized, token.isWord, tokens[i + 1].isWord, isFree(i),
                isFree(i + 1), sameSentence(i, i + 1), !isSentenceInitial(i), !isShouting(i + 1),
                Self.isNameAdjective(token.lower)
            else { continue }
            let noun = tokens[i + 1].lower
            guard noun.count > 5, !noun.contains("-") || noun.hasSuffix("-organisation") || noun.hasSuffix("-liga"),
                Self.bracketOrganizationEndings.contains(where: { noun.hasSuffix($0) })
            else { continue }
            // "die Baltische Demokratische Partei": earlier adjectives of the same name.
            var start = i
            while start - 1 > 0, tokens[start - 1].isCapitalized, tokens[start - 1].isWord, isFree(start - 1),
                sameSentence(start - 1, i), !isSentenceInitial(start), Self.isNameAdjective(tokens[start - 1].lower)
            {
                start -= 1
            }
            guard !continuesAnotherName(before: start), !nameGoesOn(after: i + 1) else { continue }
            var found = span(start, i + 2, kind: .organization, strength: 2)
            found.canonical = Self.nominativeName(adjectives: (start...i).map { tokens[$0].text }, noun: tokens[i + 1].text)
            add(found)
            i += 1
        }
    }

    /// Whether the words before `start` make the adjectives part of a longer name: a word of
    /// another name right before, or "der"/"des" after an organisation word ("Verband der …").
    private func continuesAnotherName(before start: Int) -> Bool {
        guard start > 0 else { return false }
        if !isFree(start - 1) && sameSentence(start - 1, start) { return true }
        guard start > 1, ["der", "des"].contains(tokens[start - 1].lower), sameSentence(start - 2, start) else { return false }
        let head = tokens[start - 2]
        return !isFree(start - 2) || (head.isCapitalized && Self.bracketOrganizationEndings.contains(where: { head.lower.hasSuffix($0) }))
    }

    /// Whether the name goes on after its noun: "… Zentrum für Luftfahrt", "… Partei Talgrunds"
    /// (a capitalised genitive, or a word of another name).
    private func nameGoesOn(after noun: Int) -> Bool {
        guard noun + 1 < tokens.count, sameSentence(noun, noun + 1) else { return false }
        let next = tokens[noun + 1]
        if Self.nameContinuations.contains(next.lower) { return true }
        return next.isWord && next.isCapitalized && (!isFree(noun + 1) || next.lower.hasSuffix("s"))
    }

    /// Words after which an organisation's name goes on ("für", "zur").
    static let nameContinuations: Set<String> = ["für", "zur", "zum", "gegen", "von", "vom"]

    /// The nominative of "<adjectives> <noun>" with no article: the adjectives' ending follows
    /// the noun's gender ("Nordischer Verband", "Nordisches Institut", "Nordische Bank").
    static func nominativeName(adjectives: [String], noun: String) -> String {
        let lower = noun.lowercased()
        let ending =
            masculineOrganizationEndings.contains(where: { lower.hasSuffix($0) }) ? "er"
            : neuterOrganizationEndings.contains(where: { lower.hasSuffix($0) }) ? "es" : "e"
        var words: [String] = []
        for adjective in adjectives {
            var stem = adjective
            for old in ["en", "er", "es", "em", "e"] where stem.hasSuffix(old) {
                stem.removeLast(old.count)
                break
            }
            words.append(stem + ending)
        }
        return (words + [noun]).joined(separator: " ")
    }

    /// Organisation nouns that are masculine ("der Verband") or neuter ("das Institut").
    static let masculineOrganizationEndings = ["bund", "verband", "verein", "rat", "dienst", "fonds", "ausschuss", "arbeitskreis"]
    static let neuterOrganizationEndings = ["institut", "komitee", "netzwerk", "forum", "zentrum", "amt", "bündnis"]

    /// Whether a lower-cased word is an adjective of a name: "-isch" or "-al" with an ending
    /// ("südamerikanische", "multilateralen"), or "deutsche" in its forms; no hyphen inside.
    static func isNameAdjective(_ lower: String) -> Bool {
        guard !lower.contains("-") else { return false }
        for stem in ["isch", "al", "deutsch"] {
            for ending in ["e", "en", "er", "es"] where lower.hasSuffix(stem + ending) {
                return lower.count > stem.count + ending.count + 1 || stem == "deutsch"
            }
        }
        return false
    }
}
