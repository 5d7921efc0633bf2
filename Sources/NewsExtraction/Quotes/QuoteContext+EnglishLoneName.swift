import NewsModel

/// English speakers named by one word of their name right at the cue ("Prem said …", "said
/// Wembasi, who …"): a person the entity stage knows by a longer name, or one it missed.
extension QuoteContext {
    /// The speaker a lone capitalised word right before or after an English verb of saying stands
    /// for: the one person of the table with that word in the name ("Prem" for "Prem
    /// Kavasri-ard"), or a name of two or three words holding that word, met earlier in the
    /// article right after a role word or before a role apposition ("… met Haruto Wembasi, the
    /// senior Quorvane officer …" for "said Wembasi"). Nil when neither is there.
    func englishLoneNameSpeaker(anchor: Int, in range: Range<Int>) -> SpeakerGuess? {
        guard language == .english, anchor >= 0, anchor < tokens.count else { return nil }
        // Both sides of the cue, read without building an array; cheap token tests first.
        for index in stride(from: anchor - 1, through: anchor + 1, by: 2) where range.contains(index) {
            guard tokens[index].kind == .word, tokens[index].isCapitalized, mentionAt[index] == nil,
                Self.sayingVerbs.contains(tokens[anchor].lower), isLoneNameWord(at: index, anchor: anchor)
            else { continue }
            let written = document.slice(tokens[index].range)
            if let person = onlyPersonNamed(withWord: written) { return SpeakerGuess(entity: person) }
            if let name = earlierRoledName(withWordAt: index) {
                var guess = SpeakerGuess(description: text(name))
                guess.newName = name
                return guess
            }
        }
        return nil
    }

    /// The one person of the table whose name has `word` as one of its words; nil when none or
    /// several have.
    private func onlyPersonNamed(withWord word: String) -> EntityID? {
        var found: EntityID?
        for entity in table.entities where entity.kind == .person {
            guard entity.name.split(separator: " ").contains(where: { $0 == word }) else { continue }
            if found != nil { return nil }
            found = entity.id
        }
        return found
    }

    /// The first earlier name of two or three unmarked words that holds the word at `index` (as
    /// its first or last word) and stands right after a lower-case role word ("manager Prem
    /// Kavasri") or before a comma and a role within six words (", the senior X officer").
    private func earlierRoledName(withWordAt index: Int) -> Range<Int>? {
        let lower = tokens[index].lower
        for earlier in 0..<index where tokens[earlier].lower == lower && tokens[earlier].isCapitalized {
            guard isUnmarkedNameWord(at: earlier) else { continue }
            for name in namesHolding(earlier) where hasRoleNextTo(name) { return name }
        }
        return nil
    }

    /// The runs of two or three unmarked name words in one sentence that start or end at `index`.
    private func namesHolding(_ index: Int) -> [Range<Int>] {
        var names: [Range<Int>] = []
        let sentence = tokens[index].sentence
        var end = index + 1
        while end < tokens.count, end - index < 3, tokens[end].sentence == sentence, isUnmarkedNameWord(at: end) {
            end += 1
            names.append(index..<end)
        }
        var start = index
        while start > 0, index - start < 2, tokens[start - 1].sentence == sentence, isUnmarkedNameWord(at: start - 1) {
            start -= 1
            names.append(start..<(index + 1))
        }
        return names
    }

    /// Whether a lower-case role word stands right before the name, or a comma right after it
    /// opens an apposition with a role word within six words.
    private func hasRoleNextTo(_ name: Range<Int>) -> Bool {
        let before = name.lowerBound - 1
        if before >= 0, tokens[before].kind == .word, !tokens[before].isCapitalized,
            lexicon.roleWord(in: tokens[before].lower) != nil
        {
            return true
        }
        let comma = name.upperBound
        guard comma < tokens.count, tokens[comma].isPunctuation(",") else { return false }
        var probe = comma + 1
        while probe < tokens.count, probe - comma <= 6, tokens[probe].kind == .word {
            if !tokens[probe].isCapitalized, lexicon.roleWord(in: tokens[probe].lower) != nil { return true }
            probe += 1
        }
        return false
    }
}
