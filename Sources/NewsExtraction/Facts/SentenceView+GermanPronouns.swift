import NewsModel

/// German subject pronouns for the deal rules: "sie" stands for a company as often as "er" and "es"
/// ("die Firma", "die AG", "die Bank"), so "…, sie habe die X übernommen" has the company as its subject.
extension SentenceView {
    /// Personal pronouns that may be the subject of a German deal verb.
    static let germanSubjectPronouns: WordSet = ["er", "es", "sie"]

    /// The pronoun right after a fronted verb ("…, übernimmt sie die X", "kauft er 20 Prozent"), or nil.
    /// Also a description after a reflexive: "trennt sich das Geldhaus von …".
    func germanPronounAfterVerb(_ trigger: Int, in clause: Range<Int>) -> Int? {
        var next = trigger + 1
        if word(next) == "sich" { next += 1 }
        guard next + 1 < clause.upperBound, !items[next].hasMention else { return nil }
        // Only where a verb leads its clause (V2 after a fronted part): a word must follow the pronoun.
        if Self.germanSubjectPronouns.contains(items[next].lower) { return next }
        guard next > trigger + 1 else { return nil }
        return span(next + 1, min(clause.upperBound, next + 4)).first { isGermanDescription($0) }
    }
}

/// German descriptions that stand for a company named before: "der spanische Konzern", "das
/// krisengeplagte Geldhaus", "der führende Mobilfunk-Betreiber".
extension SentenceView {
    /// Endings of compounds that name a kind of company ("Süßgetränkekonzern", "Mobilfunk-Betreiber").
    static let germanCompanyEndings: [String] = ["konzern", "hersteller", "versicherer", "betreiber", "anbieter", "händler", "autobauer", "unternehmen"]

    /// Whether a word names a kind of company: a lexicon company word, or a compound ending in one.
    func isGermanCompanyNoun(_ index: Int) -> Bool {
        let word = items[index].lower
        if words.has(.companyword, word) { return true }
        let tail = word.split(separator: "-").last.map(String.init) ?? word
        if words.has(.companyword, tail) { return true }
        return Self.germanCompanyEndings.contains { tail.count > $0.count + 2 && tail.hasSuffix($0) }
    }

    /// Whether an item ends a German description of a company: a nominative article, up to two
    /// lower-case adjectives, and a company noun ("der spanische Baukonzern"), with no name right after it.
    func isGermanDescription(_ index: Int) -> Bool {
        guard language == .german, !items[index].hasMention, index > 0, isGermanCompanyNoun(index),
            !items[index].lower.hasPrefix("mutter"), !items[index].lower.hasPrefix("tochter")
        else { return false }
        if index + 1 < items.count, items[index + 1].hasMention || transparent(index + 1) { return false }
        var position = index - 1
        while position >= 0, index - position <= 3 {
            if ["der", "die", "das", "dieser", "diese", "dieses"].contains(word(position)) { return position < index - 1 || index - position == 1 }
            guard !items[position].hasMention, items[position].mask == 0,
                tokens[items[position].tokens.lowerBound].text.unicodeScalars.first?.properties.isLowercase == true
            else { return false }
            position -= 1
        }
        return false
    }
}
