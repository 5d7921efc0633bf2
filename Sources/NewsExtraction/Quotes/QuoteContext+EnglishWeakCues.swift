import NewsModel

/// English weak cues after their content: "…, he suggested.", "…, the bank estimated.". Before
/// a clause a weak cue needs "that" ("estimated that …"); after a whole clause and a short
/// subject it reports that clause.
extension QuoteContext {
    /// Whether a weak cue at `verb` stands right after a short subject that follows the comma
    /// ending the content ("…, he suggested", "…, the bank estimated"), with nothing after it.
    func isEnglishInvertedWeakCue(comma: Int, verb: Int, tailWords: Int) -> Bool {
        guard language == .english, tailWords == 0 || isTimeOnlyTail(after: verb) else { return false }
        let between = verb - comma - 1
        guard between >= 1 && between <= 4 else { return false }
        // The subject: a pronoun, or a short phrase ending in a name or a noun ("the bank").
        for index in (comma + 1)..<verb where tokens[index].kind != .word { return false }
        return true
    }

    /// Whether the content at `start` is an indirect question ("declined to say if he was
    /// pleased", "would not say whether …"), not a statement with a condition ("said if the bid
    /// fails, the bank will …": a comma and a main clause follow the "if" clause).
    func isOpenQuestion(at start: Int, end: Int) -> Bool {
        guard language == .english, start < end else { return false }
        switch tokens[start].lower {
        case "whether": return true
        case "if": return !((start + 1)..<end).contains { tokens[$0].isPunctuation(",") && spanAt[$0] == nil }
        default: return false
        }
    }
}

/// English contents that are no clause: the occasion of a statement ("said in an interview with
/// the Daily Quill, published on Friday") and the object of a verb of stressing ("stressed the
/// importance of good relations").
extension QuoteContext {
    /// Whether the content at `start` is only the occasion: an article, an occasion noun within
    /// three words, and then a preposition, a comma or the end.
    func opensWithOccasionOnly(at start: Int, end: Int) -> Bool {
        guard language == .english, start < end, ["a", "an", "the"].contains(tokens[start].lower) else { return false }
        var probe = start + 1
        while probe < end && probe - start <= 3 && tokens[probe].kind == .word {
            if Self.occasionHeads.contains(tokens[probe].lower) {
                let next = probe + 1
                return next >= end || tokens[next].isPunctuation(",") || Self.occasionFollowers.contains(tokens[next].lower)
            }
            probe += 1
        }
        return false
    }

    /// Words after an occasion noun that show no clause follows ("an interview with …").
    static let occasionFollowers: Set<String> = ["with", "to", "on", "at", "in", "by", "for", "published", "broadcast"]

    /// Whether a content without "that" after a verb other than "say" or "tell" is a noun phrase:
    /// it opens with an article and no finite verb follows ("stressed the importance of …").
    func isEnglishObjectPhrase(verb: Int, start: Int, end: Int) -> Bool {
        guard language == .english, start < end, ["a", "an", "the"].contains(tokens[start].lower),
            !Self.sayingVerbs.contains(tokens[verb].lower)
        else { return false }
        return !hasClauseVerb(after: start, end: end)
    }

    /// The plain verbs of saying, whose bare content is a clause even without a known verb.
    static let sayingVerbs: Set<String> = ["said", "says", "say", "saying", "told", "tells", "added", "adds"]
}
