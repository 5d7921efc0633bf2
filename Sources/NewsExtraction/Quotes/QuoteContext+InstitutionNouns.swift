import NewsModel

/// German institutions named again by the head of their compound name ("das Wirtschaftsministerium
/// … erklärte das Ministerium", "das Handelsgericht … so das Gericht") and the correlative "so …,
/// so …" that names nobody.
extension QuoteContext {
    /// "erklärte das Ministerium": a definite German noun that is the tail of the name of an
    /// organisation or company named before ("Wirtschaftsministerium", "Wiener Handelsgericht")
    /// stands for the last such one. The noun must be long enough to be a head of its own
    /// ("Amt" is not) and must not carry its own attribute ("das Ministerium für Y" is new).
    func institutionNounSpeaker(at index: Int, upper: Int) -> SpeakerGuess? {
        guard language == .german, index > 0, index < tokens.count else { return nil }
        // Cheap first: a capitalised word after a definite article, not itself a name.
        let token = tokens[index]
        guard token.kind == .word, token.isCapitalized, token.lower.utf8.count >= 6,
            Self.institutionArticles.contains(tokens[index - 1].lower), mention(at: index) == nil
        else { return nil }
        // The attribute may lie past `upper` (the speaker phrase ends before a preposition).
        if index + 1 < tokens.count, Self.attributeOpeners.contains(tokens[index + 1].lower) { return nil }
        let noun = germanGenitiveBase(at: index)
        let found = lastMention(before: token.range.start) { mention in
            guard mention.kind == .company || mention.kind == .organization,
                let name = table.entity(mention.entity)?.name
            else { return false }
            return Self.hasHeadNoun(name, noun)
        }
        guard let found = found ?? introducedMention(noun: noun, before: token.range.start) else { return nil }
        return SpeakerGuess(entity: found.entity)
    }

    /// Whether the last word of a name ends in the lower-case noun ("Wirtschaftsministerium" and
    /// "ministerium"; "Süddeutsche Zeitung" and "zeitung").
    static func hasHeadNoun(_ name: String, _ noun: String) -> Bool {
        guard let last = name.split(whereSeparator: { $0 == " " || $0 == "-" }).last else { return false }
        let lower = last.lowercased()
        return lower.count > noun.count ? lower.hasSuffix(noun) : lower == noun
    }

    /// Definite articles before an institution noun ("das Ministerium", "des Gerichts").
    static let institutionArticles: WordSet = ["der", "die", "das", "des", "dem"]

    /// "So erfreulich X auch ist, so dramatisch ist Y": "so" before an adjective or adverb is a
    /// comparison, not "so X" naming a speaker. A speaker after "so" opens with a capital, an
    /// article or a pronoun ("so Berg", "so der Sprecher", "so ein Sprecher", "so sie").
    func isCorrelativeSo(at index: Int) -> Bool {
        guard language == .german, index + 1 < tokens.count else { return false }
        let next = tokens[index + 1]
        guard next.kind == .word, !next.isCapitalized else { return false }
        return !Self.determiners.contains(next.lower) && !Self.personPronouns.contains(next.lower)
            && !Self.soSpeakerOpeners.contains(next.lower)
    }

    /// Lower-case words that may open the speaker after "so" ("so heißt es", "so hieß es", "so
    /// zwei Sprecher", "so mehrere Experten").
    static let soSpeakerOpeners: WordSet = ["heißt", "hieß", "hiess", "hieß's", "es", "man", "sein", "seine", "ihr", "ihre"]
}

extension QuoteContext {
    /// Coordinators that never open the content clause after a German cue ("…, bedauerte sie,
    /// und vielen Menschen …" goes on with the narrator's sentence).
    static let coordinatorOpeners: WordSet = ["und", "oder", "sowie"]
}

extension QuoteContext {
    /// Cue heads that are no speech after "Das"/"Dies" ("Das zeigt sich auch beim Ranking": a
    /// finding; "zeigte sich zuversichtlich" needs a person as subject).
    static let demonstrativeNonSpeechHeads: Set<String> = ["zeigt", "zeigte", "zeigen", "zeigten"]
}
