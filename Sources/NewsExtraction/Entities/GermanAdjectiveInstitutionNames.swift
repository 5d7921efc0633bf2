import NewsModel

extension EntityScanner {
    /// "die Nordische Händlervereinigung", "der Multilateralen Investitionsfonds", "die
    /// Interamerikanische Entwicklungsbank": in mid-sentence German writes an adjective with a
    /// capital only inside a name, so a capitalised adjective in "-isch" or "-al" (or "Deutsche")
    /// followed by a noun that ends in a word for an organisation ("-vereinigung", "-bank",
    /// "-fonds", "-gemeinschaft", "-verband", …) is an organisation's name. The text's form is
    /// the name (the alias step joins other forms). German text only.
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
            guard noun.count > 5, Self.bracketOrganizationEndings.contains(where: { noun.hasSuffix($0) }) else { continue }
            add(span(i, i + 2, kind: .organization, strength: 2))
            i += 1
        }
    }

    /// Whether a lower-cased word is an adjective of a name: "-isch" or "-al" with an ending
    /// ("südamerikanische", "multilateralen"), or "deutsche" in its forms.
    static func isNameAdjective(_ lower: String) -> Bool {
        for stem in ["isch", "al", "deutsch"] {
            for ending in ["e", "en", "er", "es"] where lower.hasSuffix(stem + ending) {
                return lower.count > stem.count + ending.count + 1 || stem == "deutsch"
            }
        }
        return false
    }
}
