import NewsModel

/// Separable German cues whose particle follows a name in commas: "…, gab der Finanzchef der
/// Firma, Jonas Wittmer, bekannt.", "…, hielt die Chefin, Karla Brenner, fest.".
extension QuoteContext {
    /// Whether the comma at `comma` opens a name in commas between a cue's head at `head` and its
    /// particle: a capitalised word follows, and a second comma within five tokens is followed by a
    /// lower-case word (the particle, or the rest of the phrase before it).
    func isAppositionComma(_ comma: Int, head: Int, limit: Int) -> Bool {
        guard language == .german, comma > head + 1, comma - head <= 8 else { return false }
        return appositionClose(after: comma, limit: limit) != nil
    }

    /// The comma that closes a name in commas opened at `comma`: a capitalised word follows the
    /// opening comma, the name holds names and their small words only, and a lower-case word
    /// follows the closing comma (within five tokens).
    func appositionClose(after comma: Int, limit: Int) -> Int? {
        let end = min(limit, tokens.count)
        guard comma + 2 < end, tokens[comma + 1].kind == .word, tokens[comma + 1].isCapitalized else { return nil }
        var probe = comma + 2
        while probe < min(end, comma + 7) {
            let token = tokens[probe]
            if token.kind == .punctuation {
                guard token.first == ",", probe + 1 < end else { return nil }
                let next = tokens[probe + 1]
                return next.kind == .word && !next.isCapitalized ? probe : nil
            }
            // A name in commas holds names and their words only, no verb of its own.
            guard token.kind == .word, token.isCapitalized || Self.determiners.contains(token.lower)
                || Self.phraseWords.contains(token.lower)
            else { return nil }
            probe += 1
        }
        return nil
    }
}

extension QuoteContext {
    /// Whether the token at `index` is the particle of the separable cue headed at `head`
    /// ("bekannt" in "gab … bekannt").
    func isCueParticle(at index: Int, head: Int, limit: Int) -> Bool {
        guard language == .german, tokens[index].kind == .word, !tokens[index].isCapitalized else { return false }
        return cue(at: head, limit: limit)?.particle == index
    }
}

extension QuoteContext {
    /// "…, wie Jonas Wittmer, Sprecher der Stadtwerke, ausführte.": "wie", a name, a role in commas
    /// and the verb at the end. The content is the clause before "wie".
    func wieAppositionCue(at index: Int, sentence: Int, clause: Range<Int>) -> QuoteCandidate? {
        guard language == .german, index - 4 > clause.lowerBound, tokens[index - 1].isPunctuation(",") else { return nil }
        // The opening comma of the role, then "wie" and the name before it.
        var opening = index - 2
        while opening > clause.lowerBound && index - opening <= 9 && tokens[opening].kind == .word { opening -= 1 }
        guard opening > clause.lowerBound, tokens[opening].isPunctuation(","), opening < index - 2 else { return nil }
        var wie = opening - 1
        while wie > clause.lowerBound && opening - wie <= 5 && tokens[wie].kind == .word && tokens[wie].lower != "wie" {
            wie -= 1
        }
        guard wie > clause.lowerBound + 1, tokens[wie].lower == "wie", wie + 1 < opening,
            tokens[wie - 1].isPunctuation(",")
        else { return nil }
        let content = clause.lowerBound..<(wie - 1)
        guard wordCount(content) >= 3, !isNounPhrase(content),
            let guess = speaker(in: (wie + 1)..<(index - 1), anchor: index)
        else { return nil }
        return QuoteCandidate(parts: [content], direct: false, speaker: guess, sentence: sentence)
    }
}

extension QuoteContext {
    /// "Ihm wird vorgeworfen, …", "Dem Chef wurde vorgeworfen, er habe …", "was X vorgeworfen
    /// wird": a German cue participle with a form of "werden" right around it is a passive; the
    /// person named in the clause is the one spoken about, not the speaker.
    func isGermanPassiveCue(at index: Int, clause: Range<Int>) -> Bool {
        guard language == .german else { return false }
        let word = tokens[index].lower
        guard Self.isGermanParticiple(word) else { return false }
        let from = max(clause.lowerBound, index - 6)
        let to = min(clause.upperBound, index + 2)
        for probe in from..<to where probe != index && tokens[probe].kind == .word {
            if Self.passiveAuxiliaries.contains(tokens[probe].lower) { return true }
        }
        return false
    }

    /// Forms of "werden" that build the passive with a participle.
    static let passiveAuxiliaries: WordSet = ["wird", "wurde", "wurden", "werden", "worden"]

    /// Whether a German word looks like a past participle of a verb of saying: "gesagt",
    /// "vorgeworfen", "mitgeteilt", "erklärt", "berichtet".
    static func isGermanParticiple(_ word: String) -> Bool {
        guard word.count >= 6, word.hasSuffix("t") || word.hasSuffix("en") else { return false }
        if word.hasPrefix("ge") { return true }
        for prefix in separablePrefixes where word.hasPrefix(prefix) && word.dropFirst(prefix.count).hasPrefix("ge") {
            return true
        }
        return inseparablePrefixes.contains { word.hasPrefix($0) } && word.hasSuffix("t")
    }

    static let separablePrefixes = ["vor", "mit", "an", "bekannt", "zu", "hin", "aus", "fest", "ein", "klar", "dar"]
    static let inseparablePrefixes = ["be", "er", "ver", "zer", "ent", "emp", "miss"]
}
