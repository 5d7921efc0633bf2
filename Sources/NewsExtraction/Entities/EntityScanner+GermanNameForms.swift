import NewsModel

/// German-text name forms the plain lexicon lookups miss: a given name written with an accent
/// the list has without it ("Néstor" for "Nestor"), and a role noun in an inflected case before a
/// name ("dem Präsidenten Xaver Dorn", "des Premierministers Tarvo Kelm").
extension EntityScanner {
    /// Accented Latin letters (no German umlauts) and their plain letter.
    static let accentFolds: [Character: Character] = [
        "á": "a", "à": "a", "â": "a", "ã": "a", "å": "a", "é": "e", "è": "e", "ê": "e", "ë": "e",
        "í": "i", "ì": "i", "î": "i", "ï": "i", "ó": "o", "ò": "o", "ô": "o", "õ": "o", "ú": "u",
        "ù": "u", "û": "u", "ñ": "n", "ç": "c", "Á": "A", "É": "E", "Í": "I", "Ó": "O", "Ú": "U",
    ]

    /// Whether token `i` is a known given name once its accents are dropped ("Néstor", "Inés"):
    /// tried only for words with a byte outside ASCII that the list does not hold as written.
    func isAccentedKnownGivenName(_ i: Int) -> Bool {
        let text = tokens[i].text
        guard text.utf8.contains(where: { $0 >= 0x80 }) else { return false }
        var folded = ""
        var changed = false
        for character in text {
            if let plain = Self.accentFolds[character] {
                folded.append(plain)
                changed = true
            } else {
                folded.append(character)
            }
        }
        return changed && EntityLexicons.firstNames.contains(folded)
    }

    /// Case endings of German role nouns: weak masculine "-en"/"-n" ("Präsidenten",
    /// "Kollegen") and genitive "-s"/"-es" ("Premierministers").
    static let germanRoleCaseEndings = ["en", "es", "n", "s"]

    /// Whether token `k` is a capitalised German role noun with a case ending ("Präsidenten",
    /// "Premierministers"): the word without the ending is a role of the lexicon.
    func isGermanInflectedRole(_ k: Int) -> Bool {
        guard german, tokens[k].isCapitalized, !tokens[k].isAllCaps, !tokens[k].flags.contains(.hyphenated) else {
            return false
        }
        let lower = tokens[k].lower
        guard let last = lower.utf8.last, last == UInt8(ascii: "n") || last == UInt8(ascii: "s"), lower.utf8.count >= 6
        else { return false }
        for ending in Self.germanRoleCaseEndings where lower.hasSuffix(ending) {
            if EntityLexicons.roles.matches(String(lower.dropLast(ending.count))) { return true }
        }
        return false
    }
}
