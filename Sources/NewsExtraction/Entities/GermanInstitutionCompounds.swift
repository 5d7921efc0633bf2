import NewsModel

extension EntityScanner {
    /// German institutions named by a hyphen compound of a name and an institution word:
    /// "Talberg-Privatstiftung", "Konrad-Quast-Stiftung", "Quellmann-Institut". The whole compound
    /// is the name (an organisation); a first part that is an ordinary word ("Klima-Stiftung")
    /// makes a common noun.
    mutating func findInstitutionCompounds() {
        guard german else { return }
        for i in tokens.indices where tokens[i].flags.contains(.hyphenated) && isFree(i) {
            // Cheap checks first: the compound's last letters, then its last part.
            let lower = tokens[i].lower
            guard let last = lower.utf8.last, last == 0x67 || last == 0x74, lower.hasSuffix("stiftung") || lower.hasSuffix("institut") || lower.hasSuffix("universität"),
                tokens[i].isCapitalized, !isShouting(i), let tail = tail(i), Self.institutionTails.contains(tail),
                let head = head(i), head.unicodeScalars.count >= 3
            else { continue }
            // "Klima-Stiftung", "Forschungs-Institut": an ordinary first part (each part of a
            // longer one) makes no name.
            let parts = head.split(separator: "-").map(String.init)
            guard parts.allSatisfy({ !isOrdinaryCompoundPart($0) }) else { continue }
            add(span(i, i + 1, kind: .organization, strength: 2))
        }
    }

    /// Whether a part of a compound is an ordinary German word, also with the linking "s" of
    /// German compounds ("Forschungs-" of "Forschung"). English words count as names here
    /// ("Talflick-Stiftung").
    func isOrdinaryCompoundPart(_ part: String) -> Bool {
        if isOrdinaryGerman(part) { return true }
        guard part.utf8.count >= 4, part.utf8.last == 0x73 else { return false }
        return isOrdinaryGerman(String(part.dropLast()))
    }

    /// Whether a capitalised word is a German function word, common noun or frequent word.
    func isOrdinaryGerman(_ word: String) -> Bool {
        EntityLexicons.isStopword(word.lowercased()) || EntityLexicons.commonGerman.contains(word)
            || EntityLexicons.frequentGerman.contains(word)
    }

    /// Last parts of a hyphen compound that make it an institution's name, lower case.
    static let institutionTails: Set<String> = [
        "stiftung", "privatstiftung", "familienstiftung", "institut", "universität",
    ]
}
