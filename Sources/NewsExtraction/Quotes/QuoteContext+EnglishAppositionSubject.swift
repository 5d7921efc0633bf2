import NewsModel

/// "Veltrona, the home of Harvey Rabbit and friends, has said …", "A spokesman for X, Dr Quenbar,
/// told …": the subject before an apposition speaks, also when an English auxiliary stands between
/// the apposition's closing comma and the verb; a titled name in the apposition is the speaker.
extension QuoteContext {
    /// The comma that closes an apposition right before the speech verb at `verb`: the token before
    /// the verb, or in English the token before one or two auxiliaries or adverbs ("…, has said",
    /// "…, has also said", "…, had earlier told"). Nil when none closes there.
    func appositionClosingComma(before verb: Int, from lower: Int) -> Int? {
        guard verb - 1 > lower else { return nil }
        if tokens[verb - 1].isPunctuation(",") { return verb - 1 }
        guard language == .english else { return nil }
        var probe = verb - 1
        var skipped = 0
        while probe > lower, skipped < 2, tokens[probe].kind == .word, Self.englishVerbHelpers.contains(tokens[probe].lower) {
            probe -= 1
            skipped += 1
        }
        guard skipped > 0, probe > lower, tokens[probe].isPunctuation(",") else { return nil }
        return probe
    }

    /// Whether the apposition opening at `index` is a person's name, bare ("Paul Kern") or after a
    /// title ("Dr Quenbar", "Mr. Tallis").
    func isNameApposition(at index: Int) -> Bool {
        if mention(at: index)?.kind == .person { return true }
        guard index < tokens.count, tokens[index].kind == .word, tokens[index].isCapitalized,
            Self.appositionTitles.contains(tokens[index].lower)
        else {
            return false
        }
        var next = index + 1
        if next < tokens.count, tokens[next].isPunctuation(".") { next += 1 }
        return next < tokens.count && mention(at: next)?.kind == .person
    }

    /// "The star witness, former Harlow chief Dana Ferrick, has said": a subject that names nobody,
    /// with a person's name closing the apposition before `closing`; the name speaks.
    func isUnnamedSubjectOfName(_ subject: Range<Int>, closing: Int) -> Bool {
        guard closing > 0, mention(at: closing - 1)?.kind == .person else { return false }
        return !subject.contains { mention(at: $0) != nil }
    }

    /// Auxiliaries and adverbs that may stand between an apposition's closing comma and the verb.
    static let englishVerbHelpers: WordSet = [
        "has", "have", "had", "also", "already", "earlier", "previously", "now", "will", "would",
    ]

    /// Titles written before a name.
    static let appositionTitles: WordSet = ["dr", "mr", "mrs", "ms", "prof", "professor", "sir", "dame", "lord", "lady"]
}
