import NewsModel

extension EntityScanner {
    /// "die Velkor-Tochter Ostbank", "ihre Tochter Marvobank": right after a word for a unit ("Tochter",
    /// "X-Tochter", "Tochtergesellschaft"), a closed compound ending in "-bank" that no dictionary or
    /// cue list holds as a whole is the unit's name, although the cue rules read "-bank" compounds as
    /// cue words ("Großbank", "Investmentbank"). Returns the end of the name, or nil.
    func germanUnitBankNameEnd(_ i: Int) -> Int? {
        guard i >= 1, isUnitCue(i - 1) else { return nil }
        let token = tokens[i]
        let lower = token.lower
        guard token.isCapitalized, !token.isAllCaps, !token.flags.contains(.hyphenated), lower.utf8.count >= 7,
            lower.hasSuffix("bank"), !EntityLexicons.companyCues.words.contains(lower),
            !EntityLexicons.commonGerman.contains(token.text), !EntityLexicons.frequentGerman.contains(token.text)
        else { return nil }
        return i + 1
    }

    /// Whether token `c` names a unit of a company: "Tochter", "Velkor-Tochter", "Tochterfirma",
    /// "Tochtergesellschaft", "Tochterunternehmen" (not "Töchter": a list follows).
    private func isUnitCue(_ c: Int) -> Bool {
        let lower = tokens[c].lower
        return lower.hasSuffix("tochter") || lower.hasSuffix("tochterfirma") || lower.hasSuffix("tochtergesellschaft")
            || lower.hasSuffix("tochterunternehmen")
    }
}
