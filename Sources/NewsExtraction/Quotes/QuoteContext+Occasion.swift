import NewsModel

/// Boundaries of English reported content: the occasion between the verb and the content ("told
/// a news conference his office …", "said in a statement the bid …"), and a sentence the splitter
/// broke after an abbreviation ("with the U.S. From erupting into …, officials said").
extension QuoteContext {
    /// Nouns of an occasion or document that may stand between a speech verb and its content.
    static let occasionHeads: WordSet = [
        "statement", "conference", "interview", "briefing", "meeting", "hearing", "speech", "letter", "filing",
        "release", "session", "seminar", "symposium", "forum", "rally", "gathering", "luncheon", "dinner",
        "breakfast", "call", "address", "remarks", "report", "newsletter", "communique", "announcement",
    ]

    /// Where the content starts when an occasion phrase opens what follows the verb: "a news
    /// conference his office has …" → "his". The phrase is a determiner, at most two more words
    /// and an occasion noun, followed by a word that opens a clause (a pronoun, a determiner, a
    /// capitalised name). Nil when `start` opens no occasion phrase.
    func contentAfterOccasion(from start: Int, end: Int) -> Int? {
        guard language == .english, start < end, ["a", "an", "the"].contains(tokens[start].lower) else { return nil }
        var probe = start + 1
        while probe < end && probe - start <= 3 && tokens[probe].kind == .word {
            if Self.occasionHeads.contains(tokens[probe].lower) {
                var next = probe + 1
                // "… a statement on Tuesday the bid …", "… a news conference here …".
                while next < end && next - probe <= 3 && Self.occasionTails.contains(tokens[next].lower) { next += 1 }
                guard next < end, tokens[next].kind == .word, next + 2 <= end else { return nil }
                let word = tokens[next]
                let opensClause =
                    Self.englishClauseStarters.contains(word.lower) && !["a", "an", "the"].contains(word.lower)
                    || Self.englishSubjectPronouns.contains(word.lower)
                    || (["the", "a", "an"].contains(word.lower) && hasClauseVerb(after: next + 1, end: end))
                    || ((word.isCapitalized || mention(at: next) != nil) && hasClauseVerb(after: next, end: end))
                return opensClause ? next : nil
            }
            probe += 1
        }
        return nil
    }

    /// Words that may follow an occasion noun before the content ("on Tuesday", "here").
    static let occasionTails: WordSet = [
        "on", "in", "here", "there", "today", "yesterday", "monday", "tuesday", "wednesday", "thursday", "friday",
        "saturday", "sunday", "late", "earlier", "last", "week", "night",
    ]

    /// Words that cannot open an English sentence of news after a full stop but follow "U.S." in a
    /// sentence the splitter broke ("the U.S. From erupting", "in the U.S. And on London's …").
    static let splitContinuations: WordSet = [
        "from", "and", "to", "for", "on", "at", "by", "with", "of", "or", "in", "into", "over", "against", "than",
        "under", "is", "are", "was", "were", "has", "had", "have", "will", "would", "could", "may", "might",
        "should", "can", "said", "says", "dollar", "dollars", "economy", "government", "officials",
    ]

    /// The first token of the sentence before `sentence` when the two are one sentence broken after
    /// an abbreviation of capitals ("U.S.", "U.K."), in the same paragraph.
    func abbreviationSplitStart(ofSentence sentence: Int) -> Int? {
        guard language == .english, sentence > 0, sentence < sentenceTokens.count else { return nil }
        let range = sentenceTokens[sentence]
        let previous = sentenceTokens[sentence - 1]
        guard let first = range.first(where: { tokens[$0].kind == .word }), previous.count >= 4,
            document.sentences[sentence - 1].paragraph == document.sentences[sentence].paragraph,
            Self.splitContinuations.contains(tokens[first].lower)
        else { return nil }
        // The previous sentence ends in "X.Y." (one or two tokens).
        let tailEnd = tokens[previous.upperBound - 1].range.end
        let tail = document.slice(TextRange(start: max(0, tailEnd - 4), end: tailEnd))
        let scalars = Array(tail.unicodeScalars)
        guard scalars.count == 4, scalars[1] == ".", scalars[3] == ".",
            scalars[0].properties.isUppercase, scalars[2].properties.isUppercase
        else { return nil }
        // No quotation marks across the break.
        guard !(previous.lowerBound..<range.upperBound).contains(where: { tokens[$0].kind == .quoteMark }) else {
            return nil
        }
        return previous.lowerBound
    }

    /// The reported quotes of `sentence` with a content that opens the sentence extended back over
    /// the sentence before, when the splitter broke one sentence after an abbreviation.
    func joiningAbbreviationSplit(_ found: [QuoteCandidate], sentence: Int) -> [QuoteCandidate] {
        guard let first = found.first, !first.direct, let part = first.parts.first,
            part.lowerBound == sentenceTokens[sentence].lowerBound,
            let start = abbreviationSplitStart(ofSentence: sentence)
        else { return found }
        var result = found
        result[0].parts[0] = start..<part.upperBound
        return result
    }

    /// English cue words that are nouns when capitalised after a capitalised word ("the United
    /// States", "Member States", "Annual Reports").
    static let englishNounCues: WordSet = ["states", "reports", "notes", "claims"]
}
