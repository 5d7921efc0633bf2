import NewsModel

/// How far back from a cue the comma that ends an English content clause may stand.
extension QuoteContext {
    /// The most words between the comma that ends the content and the cue at `index`: six, or ten
    /// when an English person's name ends right at the cue ("…, Harlow Minerals Inc's chairman
    /// Dorian Felk said"): the company and the role before the name belong to the speaker phrase.
    /// A sure name the entity stage missed counts too ("…, deputy Minister of Energy Zorin Abadel
    /// Zek said"). So does an organisation's name the entity stage missed ("…, the US Trade
    /// Representative's Office said").
    func speakerPhraseReach(beforeCue index: Int) -> Int {
        guard language == .english, index > 0, tokens[index - 1].kind == .word, tokens[index - 1].isCapitalized
        else { return 6 }
        if mention(at: index - 1)?.kind == .person { return 10 }
        for length in [3, 2] where index - length >= 0 && isConfidentName((index - length)..<index, anchor: index) {
            return 10
        }
        // "…, the US Trade Representative's Office said": an organisation's long name at the cue.
        if let name = newOrganizationName(in: max(0, index - 9)..<index, anchor: index), name.upperBound == index {
            return max(6, index - name.lowerBound + 2)
        }
        return 6
    }
}
