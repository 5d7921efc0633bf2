import NewsModel

/// English names that their context marks as a company's unit, and the name parts that join a
/// legal form with a place: "Hospital Corp of America", "Quorvel United Kingdom Ltd",
/// "Deutsche Quorvel AG" (a national unit of a known company), "its Quorvel Sulphur Springs
/// affiliate", "Metropolitan Leasing, a wholly-owned subsidiary of X", "the Measurement Systems
/// Division of X".
extension EntityScanner {
    /// Lower-case nouns that name a company's part ("its X unit", "a subsidiary of Y").
    static let unitNouns: Set<String> = ["unit", "subsidiary", "affiliate", "division"]
    /// Words that may open a continent named after "of" in a company name ("Insurance Co of North America").
    private static let continentLeads: Set<String> = ["north", "south", "latin", "central"]
    /// Legal forms that an "of America" may follow inside a name.
    private static let americaForms: Set<String> = ["co", "corp", "company", "corporation"]
    /// Words between "a" and the unit noun of an apposition ("a wholly-owned subsidiary of").
    private static let unitAdjectives: Set<String> = [
        "wholly-owned", "wholly", "owned", "majority-owned", "partly-owned", "new", "newly-formed", "separate",
        "subsidiary", "principal", "main", "major", "unit",
    ]

    /// The end of a name whose legal form (ending before `end`) is followed by "of America" or
    /// "of North America": such names keep the continent ("Hospital Corp of America"), while
    /// "Acme Inc of Chicago" says where the company is. The continent's place span is freed.
    mutating func americaSuffixEnd(_ end: Int) -> Int {
        guard !german, end + 1 < tokens.count, end > 0, tokens[end].lower == "of",
            Self.americaForms.contains(tokens[end - 1].lower), sameSentence(end - 1, end + 1)
        else { return end }
        var last = end + 1
        if Self.continentLeads.contains(tokens[last].lower), last + 1 < tokens.count, sameSentence(last, last + 1) { last += 1 }
        guard tokens[last].text == "America" else { return end }
        for t in end...last where owner[t] >= 0 {
            let index = owner[t]
            guard spans[index].kind == .place, spans[index].start > end, spans[index].end <= last + 1 else { return end }
            spans[index].strength = -1
            for u in spans[index].start..<spans[index].end { owner[u] = -1 }
        }
        return last + 1
    }

    /// Whether a place span of two or three words (`start..<end`) right before a legal form is part
    /// of a longer name: a name word stands right before it ("Quorvel United Kingdom Ltd").
    func placeJoinsName(_ start: Int, _ end: Int) -> Bool {
        guard !german, end - start <= 3, start > 0, sameSentence(start - 1, start), isNameShaped(start - 1) else { return false }
        return owner[start - 1] < 0 || spans[owner[start - 1]].kind == .company
    }

    /// "Deutsche Quorvel AG", "First Quorvel Corp": a national adjective or an ordinal right before a
    /// known name that a legal form extends makes a different company (the known company's national
    /// unit, or another bank named after it). Returns the token that starts the longer name, or nil.
    func nationalUnitStart(before start: Int) -> Int? {
        guard !german, start > 0, sameSentence(start - 1, start), isFree(start - 1), tokens[start - 1].isCapitalized,
            !tokens[start - 1].isAllCaps,
            tokens[start - 1].text == "Deutsche" || EntityLexicons.demonyms.contains(tokens[start - 1].text)
                || Self.ordinalNameOpeners.contains(tokens[start - 1].text)
        else { return nil }
        return start - 1
    }

    /// Names that a unit noun (token `i`) marks as a company: "its Quorvel Sulphur Springs
    /// affiliate", "the Measurement Systems Division of X", "Metropolitan Leasing, a wholly-owned
    /// subsidiary of X". English only; the name words must be free and not all places, demonyms or
    /// ordinary words (unless the apposition after them says what they are). The caller has tested
    /// the token's length and first letter (see ``findEnglishShapedNames()``).
    mutating func unitName(at i: Int) {
        let n = tokens.count
        guard i >= 1, Self.unitNouns.contains(tokens[i].lower) else { return }
        if tokens[i].isCapitalized {
            // "the Measurement Systems Division of X": the capitalised noun ends the name.
            guard i + 1 < n, tokens[i + 1].lower == "of", sameSentence(i, i + 1), isFree(i) else { return }
            let start = freeNameStart(before: i)
            guard start < i, start > 0, ["the", "its"].contains(tokens[start - 1].lower), hasNameWord(start, i, ordinaryCounts: true) else { return }
            add(span(start, i + 1, kind: .company, strength: 2))
        } else if i >= 2, !["its", "their"].contains(tokens[i - 1].lower) {
            // "its Quorvel Sulphur Springs affiliate".
            let start = freeNameStart(before: i)
            if start < i, start > 0, sameSentence(start - 1, i), followsUnitPossessive(start), hasNameWord(start, i) {
                add(span(start, i, kind: .company, strength: 2))
                return
            }
            if tradedUnitName(before: i) { return }
            // "Metropolitan Leasing, a wholly-owned subsidiary of X".
            guard i + 1 < n, tokens[i + 1].lower == "of", let article = appositionArticle(before: i), article >= 2,
                tokens[article - 1].text == ","
            else { return }
            let nameStart = freeNameStart(before: article - 1)
            guard nameStart < article - 1, !isSentenceInitial(nameStart) || article - 1 - nameStart >= 2 else { return }
            add(span(nameStart, article - 1, kind: .company, strength: 2))
        }
    }

    /// "its Quorvel Sulphur insurance unit", "their Velmar software subsidiary": one or two lower-case words of the
    /// unit's trade between "its"/"their" and the name before them and the unit noun at `unit`. Returns whether a
    /// name was added.
    private mutating func tradedUnitName(before unit: Int) -> Bool {
        var end = unit
        while end > 1, unit - end < 2, sameSentence(end - 1, unit), tokens[end - 1].isWord, !tokens[end - 1].isCapitalized,
            !tokens[end - 1].isNumber, !EntityLexicons.isStopword(tokens[end - 1].lower)
        {
            end -= 1
        }
        guard end < unit else { return false }
        let start = freeNameStart(before: end)
        guard start < end, start > 0, sameSentence(start - 1, unit), followsUnitPossessive(start), hasNameWord(start, end)
        else { return false }
        add(span(start, end, kind: .company, strength: 2))
        return true
    }

    /// Words of ownership between "its" and a unit's name ("its wholly-owned X unit"); not "new" ("its new Islamic
    /// banking unit" names no company).
    private static let ownershipAdjectives: Set<String> = ["wholly-owned", "wholly", "owned", "majority-owned", "partly-owned", "fully-owned", "fully"]

    /// Whether "its" or "their" stands right before the name starting at `start`, or before one to three words of
    /// ownership between ("its wholly-owned X unit", "its wholly- owned X division").
    private func followsUnitPossessive(_ start: Int) -> Bool {
        var j = start - 1
        while j > 0, start - j <= 3, sameSentence(j, start), Self.ownershipAdjectives.contains(tokens[j].lower) || tokens[j].text == "-" { j -= 1 }
        return j >= 0 && ["its", "their"].contains(tokens[j].lower)
    }

    /// The first of up to four free name-shaped words that end right before `end` (leading "The" left out).
    private func freeNameStart(before end: Int) -> Int {
        var start = end
        while start > 0, end - start < 4, sameSentence(start - 1, end), isFree(start - 1), isNameShaped(start - 1),
            !tokens[start - 1].flags.contains(.possessive), !isRoleOrCue(tokens[start - 1].lower)
        {
            start -= 1
        }
        if start < end, tokens[start].lower == "the" { start += 1 }
        return start
    }

    /// Whether the words `start..<end` hold a name word: not all places, demonyms or (unless
    /// `ordinaryCounts`, where a capitalised unit noun makes the phrase a name) ordinary words.
    private func hasNameWord(_ start: Int, _ end: Int, ordinaryCounts: Bool = false) -> Bool {
        (start..<end).contains { t in
            let text = tokens[t].text
            guard !isPlace(text), !tokens[t].isAllCaps, !text.contains("."), !EntityLexicons.demonyms.contains(text) else { return false }
            return (ordinaryCounts && !EntityLexicons.isStopword(tokens[t].lower)) || !isOrdinary(text, lower: tokens[t].lower)
        }
    }

    /// The "a"/"an" that opens the apposition ending in the unit noun at `unit` ("a wholly-owned
    /// subsidiary"), with at most two adjectives between.
    private func appositionArticle(before unit: Int) -> Int? {
        var j = unit - 1
        while j > 0, unit - j <= 3, Self.unitAdjectives.contains(tokens[j].lower) { j -= 1 }
        guard ["a", "an"].contains(tokens[j].lower), sameSentence(j, unit) else { return nil }
        return j
    }
}

extension EntityScanner {
    /// "Census and Statistics Department", "Trade and Industry Ministry": two single free name words
    /// joined by "and" right before an English institution head (token `head`) are one name. Returns
    /// the first word, or nil.
    func joinedHeadStart(before head: Int) -> Int? {
        let and = head - 2
        guard !german, and >= 1, tokens[and].lower == "and", sameSentence(and - 1, head),
            isFree(and - 1), isFree(head - 1), isNameShaped(and - 1), isNameShaped(head - 1),
            !tokens[and - 1].isAllCaps, !tokens[head - 1].isAllCaps,
            !EntityLexicons.isStopword(tokens[and - 1].lower), !EntityLexicons.isStopword(tokens[head - 1].lower),
            !isPlace(tokens[and - 1].text), !isPlace(tokens[head - 1].text)
        else { return nil }
        return and - 1
    }
}

extension EntityScanner {
    /// "Quorvel NovaBank Corp": an English word with an inner capital is a name word even when its
    /// tail is a cue ("…Bank"), which the cue lists match by ending for German compounds.
    @inline(__always) func isInnerCapitalName(_ i: Int) -> Bool {
        !german && tokens[i].flags.contains(.innerCapital) && tokens[i].isCapitalized
    }

    /// "First Quorvel NovaBank Corp", "First Brixa Bancorp Inc": a free "First" right before the
    /// name that ends in a legal form (at `form`) opens it, when two name words or more follow it.
    func leadingFirstStart(_ start: Int, form: Int) -> Int {
        guard !german, start >= 1, form - start >= 2, tokens[start - 1].text == "First", isFree(start - 1),
            sameSentence(start - 1, start), !tokens[start].isAllCaps
        else { return start }
        return start - 1
    }

    /// Ordinals that open American bank names ("First Quorvel Corp", "Second Tarrow Bancorp").
    static let ordinalNameOpeners: Set<String> = ["First", "Second", "Third"]
}
