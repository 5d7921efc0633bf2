import NewsModel

/// German attribution shapes that the general reported-speech rules stopped short of
/// (dequotes18):
/// - a date between commas in the attribution, as Austrian agency copy writes it: "…, teilte das
///   Ministerium heute, Freitag, in Wien mit.", "Die Firma sagte heute, Montag, …";
/// - a long "wie" clause after the content: "…, wie die Veltrona AG am Freitag in Linz mitteilte.";
/// - the speaker's second verb after "und": "…, betont Morvik und lässt durchblicken, dass …";
/// - a rejection before a colon: "Den Vorwurf weist Morvik zurück: Wir haben …", "…, hatte
///   Morvik zurückgewiesen: …".
extension QuoteContext {
    /// Weekdays, lower case.
    static let germanWeekdays: WordSet = ["montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag"]
    /// Day words that a weekday between commas may follow ("heute, Freitag,").
    static let germanDayAdverbs: WordSet = ["heute", "gestern", "morgen", "vorgestern"]

    /// "heute, Freitag, …": when the comma at `comma` opens a weekday that follows a day adverb
    /// and is closed by a second comma, the index of that second comma; otherwise nil.
    func germanDateCommaEnd(at comma: Int, limit: Int) -> Int? {
        guard language == .german, comma > 0, comma + 2 < limit, tokens[comma].isPunctuation(","),
            tokens[comma + 2].isPunctuation(","),
            Self.germanDayAdverbs.contains(tokens[comma - 1].lower),
            Self.germanWeekdays.contains(tokens[comma + 1].lower)
        else { return nil }
        return comma + 2
    }

    /// The reach of the backward scan from a German cue to the comma before its speaker phrase:
    /// up to 14 words when ", wie" opens that phrase ("…, wie die Veltrona AG am Freitag in Linz
    /// mitteilte"), otherwise the usual six. Not after a comparison ("so stark, wie …") nor for a
    /// source cited among others ("wie unter anderem X berichtet").
    func germanWieReach(beforeCue index: Int, clauseStart: Int) -> Int {
        var probe = index - 1
        while probe > clauseStart && index - probe <= 14 {
            let token = tokens[probe]
            if token.lower == "wie" && token.kind == .word {
                guard tokens[probe - 1].isPunctuation(","), !isComparisonBeforeComma(probe - 1) else { return 6 }
                return index - probe + 1
            }
            // "wie unter anderem X berichtet" cites one source of several for a fact: no statement.
            if token.lower == "anderem" && tokens[probe - 1].lower == "unter" { return 6 }
            // Only words (and the brackets and hyphens of names) stand in the speaker phrase.
            if token.kind != .word && !token.isPunctuation("(") && !token.isPunctuation(")")
                && !token.isPunctuation("-")
            {
                return 6
            }
            probe -= 1
        }
        return 6
    }

    /// "so stark, wie …", "genauso, wie …": the comma closes a comparison, not a content.
    private func isComparisonBeforeComma(_ comma: Int) -> Bool {
        guard comma >= 1 else { return false }
        let before = tokens[comma - 1].lower
        if before == "so" || before.hasSuffix("genauso") || before == "ebenso" { return true }
        return comma >= 2 && tokens[comma - 2].lower == "so"
    }

    /// "…, betont Morvik und lässt durchblicken, dass …": "und" and a lower-case word after a
    /// name in the speaker phrase start the speaker's next predicate; the phrase ends before it.
    func isSecondPredicateAfterSpeaker(at index: Int, limit: Int) -> Bool {
        guard language == .german, tokens[index].lower == "und", index + 1 < limit else { return false }
        let next = tokens[index + 1]
        return next.kind == .word && !next.isCapitalized && !Self.determiners.contains(next.lower)
            && mention(at: index - 1) != nil
    }

    /// Forms of "zurückweisen" that introduce the speaker's answer before a colon: "weist X zurück:",
    /// "hatte X zurückgewiesen:". Without a colon the clause is the claim rejected, not a statement.
    static let rejectionHeads: WordSet = ["weist", "wies", "wiesen", "weisen"]

    /// Whether the word at `index` is a rejection cue that a colon at `colon` closes.
    func isRejectionBeforeColon(at index: Int, colon: Int) -> Bool {
        guard language == .german else { return false }
        let word = tokens[index].lower
        if word == "zurückgewiesen" || word == "zurückweist" { return index == colon - 1 }
        guard Self.rejectionHeads.contains(word), colon - 1 > index else { return false }
        return tokens[colon - 1].lower == "zurück"
    }
}

extension QuoteContext {
    /// Where a German content starts after a long adverbial ("sagte am Dienstag auf dem Kongress
    /// des X-Verbands (XV) in Linz, fünf Prozent seien …"): the first comma within 22 tokens of the
    /// verb, when the clause after it opens with "dass", or holds a Konjunktiv form and opens with no
    /// relative pronoun or conjunction. `from` is where the usual 12-token scan stopped.
    func lateGermanContentStart(from: Int, verbEnd: Int, clause: Range<Int>) -> Int? {
        var probe = from
        while probe < clause.upperBound && probe - verbEnd <= 22 {
            let token = tokens[probe]
            if token.kind == .quoteMark || spanAt[probe] != nil || token.endsSentence || token.isPunctuation(":")
                || token.isPunctuation(";")
            {
                return nil
            }
            if token.isPunctuation(",") {
                let start = probe + 1
                guard start < clause.upperBound, tokens[start].kind == .word else { return nil }
                let opener = tokens[start].lower
                if opener == "dass" || opener == "daß" { return start }
                if Self.relativeOpeners.contains(opener) || Self.subordinators.contains(opener)
                    || Self.clauseOpeners.contains(opener) || Self.coordinatorOpeners.contains(opener)
                {
                    return nil
                }
                var end = start
                while end < clause.upperBound && !tokens[end].isPunctuation(",") { end += 1 }
                return hasKonjunktiv(start..<end) ? start : nil
            }
            probe += 1
        }
        return nil
    }
}

extension QuoteContext {
    /// "Die Umweltschutzorganisation Grünfeld … so die Umweltschutzorganisation": the last company
    /// or organisation (of the 40 mentions before `offset`) that was introduced right after the
    /// same noun ("der Zeitung „X“" for "die Zeitung" too).
    func introducedMention(noun: String, before offset: Int) -> EntityMention? {
        let mentions = table.mentions
        var index = 0
        while index < mentions.count && mentions[index].range.start < offset { index += 1 }
        var checked = 0
        while index > 0 && checked < 40 {
            index -= 1
            checked += 1
            let mention = mentions[index]
            guard mention.kind == .company || mention.kind == .organization,
                var before = tokenIndex(startingAt: mention.range.start), before > 0
            else { continue }
            before -= 1
            if tokens[before].kind == .quoteMark && before > 0 { before -= 1 }
            if tokens[before].kind == .word && tokens[before].isCapitalized && tokens[before].lower == noun {
                return mention
            }
        }
        return nil
    }

    /// The token that starts at a text offset, by binary search over the token ranges.
    func tokenIndex(startingAt offset: Int) -> Int? {
        var low = 0
        var high = tokens.count
        while low < high {
            let middle = (low + high) / 2
            if tokens[middle].range.start < offset { low = middle + 1 } else { high = middle }
        }
        return low < tokens.count && tokens[low].range.start == offset ? low : nil
    }
}
