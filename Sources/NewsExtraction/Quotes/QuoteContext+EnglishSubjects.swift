import NewsModel

/// English subjects the nearest-name rule gets wrong: a titled full name the entity stage missed
/// ("President George W Quell said") and a subject with a relative clause before its verb
/// ("Quell Communications, which had an offer for Acme rejected, said …").
extension QuoteContext {
    /// "President George W Quell", "Ambassador Stefan Quellsson": a capitalised title, a known
    /// given name, an optional middle initial and a surname that is no function, company or
    /// media word, nearest to `anchor`. Returns the name without the title.
    func englishTitledName(in range: Range<Int>, anchor: Int) -> Range<Int>? {
        guard language == .english else { return nil }
        var best: Range<Int>?
        for index in range where index + 2 < range.upperBound {
            let title = tokens[index]
            guard title.kind == .word, title.isCapitalized, Self.englishCapitalTitles.contains(title.lower) else { continue }
            let given = index + 1
            guard tokens[given].kind == .word, mention(at: given) == nil,
                EntityLexicons.firstNames.contains(document.slice(tokens[given].range))
            else { continue }
            var last = given + 1
            // A middle initial: one capital letter, perhaps with its dot.
            if last + 1 < range.upperBound, tokens[last].kind == .word, document.slice(tokens[last].range).count <= 2,
                tokens[last].isCapitalized
            {
                last += 1
            }
            guard last < range.upperBound, tokens[last].kind == .word, tokens[last].isCapitalized,
                mention(at: last) == nil, spanAt[last] == nil, cue(at: last, limit: last + 1) == nil
            else { continue }
            let written = document.slice(tokens[last].range)
            // After a known given name the surname may be an ordinary word ("George Bush").
            let lower = tokens[last].lower
            guard written.count >= 2, !EntityLexicons.isStopword(lower), !EntityLexicons.companyWords.contains(lower),
                !EntityLexicons.legalForms.contains(lower), !Self.mediaWords.contains(lower),
                !EntityLexicons.demonyms.contains(written)
            else { continue }
            let name = given..<(last + 1)
            if best.map({ abs($0.upperBound - anchor) > abs(name.upperBound - anchor) }) ?? true { best = name }
        }
        return best
    }

    /// Capitalised English titles and offices before a full name.
    static let englishCapitalTitles: Set<String> = [
        "president", "ambassador", "chancellor", "senator", "governor", "secretary", "premier", "judge", "mayor",
        "minister", "general", "commissioner", "chairman", "governor-general", "prime",
    ]

    /// "Quell Communications, which had an offer for Acme rejected, said …": the noun phrase
    /// before ", which" or ", who" when the relative clause ends with the comma before the verb.
    func relativeClauseSubject(in before: Range<Int>, verb: Int) -> Range<Int>? {
        guard language == .english, verb - 1 > before.lowerBound, tokens[verb - 1].isPunctuation(",") else { return nil }
        var comma = verb - 2
        while comma > before.lowerBound && verb - comma <= 30 {
            if tokens[comma].isPunctuation(","), comma + 1 < verb, Self.relativeWords.contains(tokens[comma + 1].lower) {
                break
            }
            comma -= 1
        }
        guard comma > before.lowerBound, tokens[comma].isPunctuation(","), verb - comma <= 30,
            Self.relativeWords.contains(tokens[comma + 1].lower)
        else { return nil }
        var start = comma
        while start > before.lowerBound && comma - start < 6 {
            let token = tokens[start - 1]
            guard token.kind == .word, token.isCapitalized || mention(at: start - 1) != nil || token.lower == "of" else { break }
            start -= 1
        }
        return start < comma ? start..<comma : nil
    }

    /// Words that open an English relative clause.
    static let relativeWords: Set<String> = ["which", "who", "whose"]
}
