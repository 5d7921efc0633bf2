import NewsModel

/// One document prepared for the quote rules: tokens, quote spans, and token-level lookups of
/// entity mentions and sentences.
struct QuoteContext {
    let document: Document
    /// The entities; the quote stage may add media it finds as speakers after the context was built.
    var table: EntityTable
    let lexicon: QuoteLexicon
    let language: Language
    let tokens: [QuoteToken]
    let spans: [QuoteMarkSpan]
    /// For each token, the index into `table.mentions` of the mention it is part of.
    let mentionAt: [Int?]
    /// For each token, the index into `spans` of the quote whose content holds it.
    let spanAt: [Int?]
    /// For each span, whether it is a short quoted name ("die „Abendpost“"): closed, at most four
    /// words, no sentence mark, at least half of the words capitalised or numbers.
    let titleSpans: [Bool]
    /// For each sentence, its token index range.
    let sentenceTokens: [Range<Int>]
    /// Whether any token is the punctuation mark "<" (a ticker code may open there): when not,
    /// ``isInsideTicker(_:)`` answers with no search.
    let hasOpeningAngleBracket: Bool
    /// The split names of the table's companies and organisations, filled on first use.
    let organizationNames = OrganizationNames()

    init(document: Document, table: EntityTable, lexicon: QuoteLexicon) {
        self.document = document
        self.table = table
        self.lexicon = lexicon
        language = document.language
        let tokens = QuoteTokenizer.tokens(of: document, lexicon: lexicon)
        self.tokens = tokens
        hasOpeningAngleBracket = tokens.withUnsafeBufferPointer { tokens in
            tokens.contains { $0.kind == .punctuation && $0.first == "<" }
        }
        let spans = QuoteMarkScanner.spans(tokens: tokens, document: document)
        self.spans = spans
        titleSpans = spans.map { span in
            guard span.close != nil, let last = span.content.last, !tokens[last].endsSentence else { return false }
            var words = 0
            var capitals = 0
            for index in span.content where tokens[index].kind == .word {
                words += 1
                if tokens[index].isCapitalized || ("0"..."9").contains(tokens[index].first) { capitals += 1 }
            }
            return words <= 4 && capitals * 2 >= words
        }

        // The loops below read tokens and mentions in place through their buffers: `tokens[index]`
        // in a loop can copy the whole token (and its string).
        let mentionAt = tokens.withUnsafeBufferPointer { tokens in
            table.mentions.withUnsafeBufferPointer { mentions in
                var mentionAt = [Int?](repeating: nil, count: tokens.count)
                var cursor = 0
                for index in tokens.indices where tokens[index].kind == .word {
                    let range = tokens[index].range
                    while cursor < mentions.count && mentions[cursor].range.end <= range.start { cursor += 1 }
                    var probe = cursor
                    while probe < mentions.count && mentions[probe].range.start < range.end {
                        if mentions[probe].range.overlaps(range) && mentions[probe].kind != .place {
                            mentionAt[index] = probe
                            break
                        }
                        probe += 1
                    }
                }
                return mentionAt
            }
        }
        self.mentionAt = mentionAt

        var spanAt = [Int?](repeating: nil, count: tokens.count)
        for (number, span) in spans.enumerated() {
            for index in span.content { spanAt[index] = number }
        }
        self.spanAt = spanAt

        let sentenceTokens = tokens.withUnsafeBufferPointer { tokens in
            var sentenceTokens = [Range<Int>](repeating: 0..<0, count: document.sentences.count)
            var start = 0
            while start < tokens.count {
                var end = start
                let sentence = tokens[start].sentence
                while end < tokens.count && tokens[end].sentence == sentence { end += 1 }
                if sentence >= 0 && sentence < sentenceTokens.count { sentenceTokens[sentence] = start..<end }
                start = end
            }
            return sentenceTokens
        }
        self.sentenceTokens = sentenceTokens
    }

    /// Whether the token at `index` (a valid index) is a word, read in place through the buffer:
    /// `tokens[index].kind` in a loop's condition can copy the whole token.
    @inline(__always) func isWord(at index: Int) -> Bool {
        tokens.withUnsafeBufferPointer { $0[index].kind == .word }
    }

    /// The paragraph of a token.
    func paragraph(of token: Int) -> Int {
        let sentence = tokens[token].sentence
        return sentence < document.sentences.count ? document.sentences[sentence].paragraph : 0
    }

    /// The mention a token belongs to.
    func mention(at token: Int) -> EntityMention? {
        guard token >= 0 && token < mentionAt.count, let index = mentionAt[token] else { return nil }
        return table.mentions[index]
    }

    /// The normalised text from the first to the last token of a range.
    func text(_ range: Range<Int>) -> String {
        guard let first = range.first, let last = range.last else { return "" }
        return document.slice(TextRange(start: tokens[first].range.start, end: tokens[last].range.end))
    }

    /// The normalised range from the first to the last token of a range.
    func textRange(_ range: Range<Int>) -> TextRange {
        guard let first = range.first, let last = range.last else { return TextRange(start: 0, end: 0) }
        return TextRange(start: tokens[first].range.start, end: tokens[last].range.end)
    }

    /// The number of word tokens in a range.
    func wordCount(_ range: Range<Int>) -> Int {
        var count = 0
        for index in range where tokens[index].kind == .word { count += 1 }
        return count
    }

    /// The last mention before a normalised offset whose kind passes the test.
    func lastMention(before offset: Int, where test: (EntityMention) -> Bool) -> EntityMention? {
        // From the last mention before `offset` backwards: the test (a gender, a role) runs only
        // until the nearest one passes, not on every mention of the article.
        let mentions = table.mentions
        var end = 0
        while end < mentions.count && mentions[end].range.start < offset { end += 1 }
        var index = end
        while index > 0 {
            index -= 1
            if test(mentions[index]) { return mentions[index] }
        }
        return nil
    }

    /// The speech cue at a token, if its word is one (and its particle follows within `limit`).
    @inline(__always) func cue(at index: Int, limit: Int) -> (cue: QuoteLexicon.Cue, particle: Int?)? {
        // Most words head no cue: the flag set by the tokenizer rules them out here, at the call,
        // before any closure is entered (the rules ask this of most tokens they pass).
        guard index >= 0, index < tokens.count, tokens[index].isCueHead else { return nil }
        return cueAtHead(index, limit: limit)
    }

    /// ``cue(at:limit:)`` for a token whose word heads a cue of the lexicon.
    func cueAtHead(_ index: Int, limit: Int) -> (cue: QuoteLexicon.Cue, particle: Int?)? {
        // The tokens are read in place through the buffer: `tokens[index]` copies the whole token.
        tokens.withUnsafeBufferPointer { tokens in
            guard tokens[index].kind == .word, tokens[index].isCueHead, spanAt[index] == nil else { return nil }
            // A capitalised German word inside a sentence is a noun ("nach Angaben"), not a verb.
            if language == .german && tokens[index].isCapitalized && index > 0 && tokens[index - 1].kind == .word
                && tokens[index - 1].sentence == tokens[index].sentence
            {
                return nil
            }
            // "…, South Africa and the United States.": a capitalised "States" after a name is a noun.
            if language == .english && tokens[index].isCapitalized && index > 0 && tokens[index - 1].isCapitalized
                && tokens[index - 1].sentence == tokens[index].sentence && Self.englishNounCues.contains(tokens[index].lower)
            {
                return nil
            }
            for cue in lexicon.cues(for: tokens[index].lower, language: language) {
                guard let particle = cue.particle else { return (cue, nil) }
                var probe = index + 1
                while probe < limit && probe < tokens.count {
                    // "teilte X heute, Freitag, mit": a date between commas stands before the particle.
                    if tokens[probe].kind == .punctuation && tokens[probe].first == ",",
                        let second = germanDateCommaEnd(at: probe, limit: limit)
                    {
                        probe = second + 1
                        continue
                    }
                    // "gab der Chef, Jonas Wittmer, bekannt": a name in commas stands before the particle.
                    if tokens[probe].kind == .punctuation && tokens[probe].first == ","
                        && isAppositionComma(probe, head: index, limit: limit)
                    {
                        // The particle right after the name's closing comma.
                        if let close = appositionClose(after: probe, limit: limit), tokens[close + 1].lower == particle {
                            return (cue, close + 1)
                        }
                        probe += 1
                        continue
                    }
                    if tokens[probe].kind == .punctuation && (tokens[probe].first == "," || tokens[probe].endsSentence) { break }
                    // "hält am Plan fest", "hielt an der Prognose fest": holding on to something, no statement
                    // (but "hielt am Montag fest, dass …" and "stellte am Montag fest" are statements).
                    if particle == "fest" && Self.holdForms.contains(tokens[index].lower)
                        && (tokens[probe].lower == "an" || tokens[probe].lower == "am")
                        && !(probe + 1 < tokens.count && Self.isDayWord(tokens[probe + 1].lower))
                    {
                        break
                    }
                    if tokens[probe].lower == particle { return (cue, probe) }
                    probe += 1
                }
            }
            return nil
        }
    }
}

extension QuoteContext {
    /// Finite forms of "halten": with "an"/"am" before the particle "fest" they mean holding on to something.
    static let holdForms: WordSet = ["hält", "hielt", "hielten", "halten", "haltet", "hielte"]

    /// "Montag", "Dienstagabend", "Wochenende": a day after "am" is a time, not what is held on to.
    static func isDayWord(_ word: String) -> Bool {
        ["montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "wochenende", "abend", "morgen",
         "vormittag", "nachmittag", "rande"].contains { word.hasPrefix($0) }
    }
}

