import NewsModel

/// Direct quotes: words in quotation marks with a speaker in the same sentence ("„…“, sagte X",
/// "X said: "…"", "„…“, so X"), before a colon in the previous sentence, or continuing the
/// previous quote of the paragraph.
extension QuoteContext {
    /// The direct quotes of the document, in order, with split quotes joined; `reported` are the
    /// reported quotes, whose speakers a quote standing alone after them may continue.
    func directQuotes(reported: [QuoteCandidate] = []) -> [QuoteCandidate] {
        var result: [QuoteCandidate] = []
        var merged = Set<Int>()
        for (number, span) in spans.enumerated() where !merged.contains(number) {
            let sentence = tokens[span.open].sentence
            if sentence < document.sentences.count, document.sentences[sentence].repeatOf != nil { continue }
            guard wordCount(span.content) >= 3, !isTitle(span), !isEmbeddedFragment(span),
                !isNameLike(span) || isGermanStatementBeforeCue(span)
            else {
                continue
            }
            var parts = [span.content]
            var guess: SpeakerGuess?
            // Short quotes inside running text are names and titles ("Ärzte ohne Grenzen") unless an
            // attribution follows right after them or a colon introduces them.
            let isShort = wordCount(span.content) <= 6 && !endsLikeASentence(span) && isTitleCased(span.content)
            let after = afterRegion(of: number)
            if !after.isEmpty, let cueIndex = cueNearStart(of: after) ?? cueAfterApposition(in: after) {
                guess = speaker(in: after, anchor: cueIndex)
                // „A“, sagte X, „B“: one quote, "A B".
                if guess != nil, number + 1 < spans.count, spans[number + 1].open == after.upperBound,
                    tokens[after.upperBound - 1].isPunctuation(",") || tokens[after.upperBound - 1].kind == .word,
                    wordCount(spans[number + 1].content) >= 1
                {
                    parts.append(spans[number + 1].content)
                    merged.insert(number + 1)
                }
            }
            // „…“ inside a reported statement ("X said it believes the plan is "highly desirable"")
            // is part of what that speaker said.
            if guess == nil, let outer = reportedSpeaker(around: span, in: reported) { guess = outer }
            if guess == nil {
                let before = beforeRegion(of: number)
                if let cueIndex = cueBefore(in: before),
                    !isShort || tokens[cueIndex].isPunctuation(":") || cueIndex == span.open - 1
                        || (cueIndex == span.open - 2 && tokens[span.open - 1].isClauseBoundary)
                {
                    guess = speaker(in: before, anchor: cueIndex)
                }
            }
            if guess == nil && !isShort { guess = contextSpeaker(for: number, previous: result, reported: reported) }
            if guess == nil && !isShort { guess = clauseSubject(of: number) }
            guard let guess else { continue }
            result.append(QuoteCandidate(parts: parts, direct: true, speaker: guess, sentence: sentence))
        }
        return result
    }

    /// The speaker of the reported statement whose content holds the whole quote, marks included.
    private func reportedSpeaker(around span: QuoteMarkSpan, in reported: [QuoteCandidate]) -> SpeakerGuess? {
        guard let close = span.close else { return nil }
        for candidate in reported where !candidate.speaker.isEmpty {
            if candidate.parts.contains(where: { $0.lowerBound < span.open && close <= $0.upperBound }) {
                return candidate.speaker
            }
        }
        return nil
    }

    /// "Müller habe „nicht den Eindruck, dass sie es kann“", "Kern würdigte sie als „…“": a German
    /// quote inside a clause without a speech verb belongs to the person who leads the sentence.
    private func clauseSubject(of number: Int) -> SpeakerGuess? {
        guard language == .german else { return nil }
        let before = beforeRegion(of: number)
        let sentence = tokens[spans[number].open].sentence
        guard !before.isEmpty, before.lowerBound == sentenceTokens[sentence].lowerBound else { return nil }
        let head = before.lowerBound..<min(before.upperBound, before.lowerBound + 8)
        return speaker(in: head, anchor: before.lowerBound, strongOnly: true)
    }

    /// Whether a quote of a few words runs on inside an English sentence ("could not guarantee "at
    /// this stage" that …"): words right before and after the marks, no sentence mark inside.
    /// (German news quotes such fragments as direct quotes: „…“ inside a reported clause.)
    private func isEmbeddedFragment(_ span: QuoteMarkSpan) -> Bool {
        guard wordCount(span.content) <= 3, !endsLikeASentence(span), let close = span.close,
            language == .english,
            span.open > 0, close + 1 < tokens.count
        else { return false }
        let before = tokens[span.open - 1]
        let after = tokens[close + 1]
        return before.kind == .word && after.kind == .word && before.sentence == after.sentence
            && cue(at: span.open - 1, limit: span.open) == nil && cue(at: close + 1, limit: close + 2) == nil
    }

    /// Whether a quote of a few words is a name ("Reporter ohne Grenzen", "National Press Club"):
    /// no sentence mark, and every word capitalised, a number or a function word.
    func isNameLike(_ span: QuoteMarkSpan) -> Bool {
        guard wordCount(span.content) <= 5, !endsLikeASentence(span), isTitleCased(span.content) else { return false }
        for index in span.content where tokens[index].kind == .word {
            let token = tokens[index]
            // "Wir sind dabei", "It is over": a pronoun makes a sentence.
            if Self.sentencePronouns.contains(token.lower) { return false }
            if token.isCapitalized || ("0"..."9").contains(token.first) { continue }
            if lexicon.functionWords.contains(token.lower) { continue }
            return false
        }
        return true
    }

    /// Pronouns that make a few quoted words a sentence, not a name.
    static let sentencePronouns: Set<String> = [
        "ich", "wir", "du", "ihr", "er", "sie", "es", "man", "i", "we", "you", "he", "she", "it", "they",
    ]

    /// Whether at least half of the words are capitalised or numbers, as in names and titles.
    private func isTitleCased(_ range: Range<Int>) -> Bool {
        var words = 0
        var capitals = 0
        for index in range where tokens[index].kind == .word {
            words += 1
            let first = tokens[index].first
            if tokens[index].isCapitalized || ("0"..."9").contains(first) { capitals += 1 }
        }
        return capitals * 2 >= words
    }

    /// Whether the quoted words end with a sentence mark ("… bleibt.“, "… hier?“").
    private func endsLikeASentence(_ span: QuoteMarkSpan) -> Bool {
        guard let last = span.content.last else { return false }
        return tokens[last].endsSentence
    }

    /// Whether a quote is a title or name: a title cue right before it.
    private func isTitle(_ span: QuoteMarkSpan) -> Bool {
        for back in 1...2 where span.open - back >= 0 {
            let token = tokens[span.open - back]
            if token.sentence != tokens[span.open].sentence { break }
            if token.kind == .word && lexicon.titleCues.contains(token.lower) { return true }
            if token.kind != .word { break }
        }
        return false
    }

    /// The tokens after the closing mark up to the end of the sentence or the next quote.
    func afterRegion(of number: Int) -> Range<Int> {
        guard let close = spans[number].close else { return 0..<0 }
        // „Das Werk bleibt.“ Der Umbau beginnt …: a quote that ends its sentence, followed by a
        // capitalised word, is followed by a new sentence, not by its attribution.
        if endsLikeASentence(spans[number]), close + 1 < tokens.count, tokens[close + 1].kind == .word,
            tokens[close + 1].isCapitalized
        {
            return (close + 1)..<(close + 1)
        }
        let paragraph = paragraph(of: close)
        var end = close + 1
        var next = number + 1
        while end < tokens.count && end - close <= 30 {
            if next < spans.count && end == spans[next].open {
                // „…“, schreibt die „Abendpost“: a quoted name in the attribution is part of it.
                guard isTitleSpan(next), let titleClose = spans[next].close else { break }
                end = titleClose + 1
                next += 1
                continue
            }
            let token = tokens[end]
            if token.endsSentence || paragraph != self.paragraph(of: end) { break }
            end += 1
        }
        return (close + 1)..<end
    }

    /// Whether a quote span is a short quoted name ("die „Abendpost“"): closed, at most four
    /// words, no sentence mark, mostly capitalised.
    func isTitleSpan(_ number: Int) -> Bool {
        titleSpans[number]
    }

    /// The tokens before the opening mark back to the sentence start or the previous quote.
    func beforeRegion(of number: Int) -> Range<Int> {
        let open = spans[number].open
        let sentenceStart = sentenceTokens[tokens[open].sentence].lowerBound
        var start = open
        // "wird von der „Abendpost“ mit den Worten zitiert: „…“": quoted names before the quote are
        // part of its attribution.
        var previous = number - 1
        while previous >= 0 && isTitleSpan(previous) && open - spans[previous].open < 30 { previous -= 1 }
        let previousClose = previous >= 0 ? (spans[previous].close ?? spans[previous].content.upperBound) + 1 : 0
        while start > sentenceStart && start > previousClose && open - start < 30 {
            if tokens[start - 1].endsSentence { break }
            start -= 1
        }
        return start..<open
    }

    /// A speech cue within the first words after a quote ("“, sagte", "," said", "“, so").
    private func cueNearStart(of region: Range<Int>) -> Int? {
        var words = 0
        for index in region {
            let token = tokens[index]
            guard token.kind == .word else { continue }
            words += 1
            if words > 7 { return nil }
            if cue(at: index, limit: region.upperBound) != nil { return index }
            if words == 1 && (token.lower == "so" || token.lower == "laut" || token.lower == "according") { return index }
            if token.lower == "zufolge" { return index }
        }
        return nil
    }

    /// A speech cue before a quote: a speech verb in the region, a colon right before it, or "laut X".
    private func cueBefore(in region: Range<Int>) -> Int? {
        guard !region.isEmpty else { return nil }
        if tokens[region.upperBound - 1].isPunctuation(":") { return region.upperBound - 1 }
        for index in region.reversed() {
            let lower = tokens[index].lower
            if cue(at: index, limit: region.upperBound) != nil || lower == "laut" || lower == "zufolge"
                || lower == "according" || (lower == "nach" && isSourceNoun(after: index, limit: region.upperBound))
            {
                return index
            }
        }
        return nil
    }

    /// The speaker of a quote that stands alone: the previous sentence ends with a colon, or the
    /// previous quote of the paragraph (or of the paragraph before) continues.
    private func contextSpeaker(for number: Int, previous: [QuoteCandidate], reported: [QuoteCandidate])
        -> SpeakerGuess?
    {
        let span = spans[number]
        let before = beforeRegion(of: number)
        if wordCount(before) > 2 { return nil }
        if span.close != nil && wordCount(afterRegion(of: number)) > 1 { return nil }
        // The previous sentence ends with a colon: "Er sagte: \n\n „…“".
        let sentence = tokens[span.open].sentence
        if sentence > 0 {
            let previousSentence = sentenceTokens[sentence - 1]
            if let last = previousSentence.last, tokens[last].isPunctuation(":") {
                if let guess = speaker(in: previousSentence, anchor: last) { return guess }
            }
        }
        // The previous quote, direct or reported, continues (same or previous paragraph): "X sagte,
        // das Werk bleibe. „Wir sind zufrieden.“"
        var latest: QuoteCandidate? = previous.last
        for candidate in reported.reversed() {
            guard let end = candidate.parts.last?.upperBound, end <= span.open else { continue }
            if (latest?.parts.last?.upperBound ?? -1) < end { latest = candidate }
            break
        }
        if let last = latest, let lastPart = last.parts.last, let lastToken = lastPart.last, !last.speaker.isEmpty {
            let distance = paragraph(of: span.open) - paragraph(of: lastToken)
            if distance >= 0 && distance <= 1 { return last.speaker }
        }
        return nil
    }
}
