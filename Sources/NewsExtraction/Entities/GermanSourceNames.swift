import NewsModel

extension EntityScanner {
    /// "schreibt Techblick", "berichtete Talpost am Montag", "wie Technik Spiegel berichtet": in
    /// German text, one or two capitalised words that no list knows (English words allowed) right
    /// after a verb of publishing, or between "wie" and that verb, name a news source, an
    /// organisation. Runs after the people rules, so people's names and surnames are taken.
    mutating func findGermanSourceNames() {
        guard german else { return }
        let n = tokens.count
        var i = 1
        while i < n {
            defer { i += 1 }
            guard isFree(i), isNameShaped(i), !isShouting(i), sameSentence(i - 1, i) else { continue }
            // "schreibt Techblick": the verb before the name, then the end of the clause.
            if Self.publishingVerbs.contains(tokens[i - 1].lower), let end = sourceNameEnd(from: i),
                end >= n || !sameSentence(i, end) || !tokens[end].isWord || Self.sourceFollowers.contains(tokens[end].lower)
            {
                add(span(i, end, kind: .organization, strength: 1))
                i = end - 1
                continue
            }
            // "wie Techblick berichtet"
            if tokens[i - 1].lower == "wie", sourceNameEnd(from: i) != nil {
                // Between "wie" and the verb, later words may be ordinary ("Technology Review").
                var end = i + 1
                while end < n, end - i < 3, sameSentence(i, end), isFree(end), isNameShaped(end),
                    !tokens[end].flags.contains(.hyphenated), !EntityLexicons.isStopword(tokens[end].lower),
                    !isRoleOrCue(tokens[end].lower)
                {
                    end += 1
                }
                guard end < n, sameSentence(i, end), Self.publishingVerbs.contains(tokens[end].lower) else { continue }
                add(span(i, end, kind: .organization, strength: 1))
                i = end - 1
            }
        }
    }

    /// The end of a source name of one or two words starting at `i`, or nil: free words that
    /// ``isCueNameWord(_:first:allowCompounds:)`` accepts (compounds too: "Techblick" is no
    /// dictionary word), no given name among them.
    func sourceNameEnd(from i: Int) -> Int? {
        guard isCueNameWord(i, first: true, allowCompounds: true), !EntityLexicons.firstNames.contains(tokens[i].text) else { return nil }
        var end = i + 1
        if end < tokens.count, sameSentence(i, end), isFree(end), isNameShaped(end), !tokens[end].flags.contains(.attached),
            isCueNameWord(end, first: false, allowCompounds: true)
        {
            end += 1
        }
        return end
    }

    /// German verbs of publishing, lower case.
    static let publishingVerbs: Set<String> = [
        "berichtet", "berichtete", "berichten", "schreibt", "schrieb", "meldet", "meldete", "meldeten", "zitiert",
        "zitierte",
    ]

    /// Words that may follow a source name after the verb ("berichtete Talpost am Montag").
    static let sourceFollowers: Set<String> = [
        "am", "unter", "unterdessen", "zufolge", "online", "bereits", "zuvor", "nun", "jetzt", "heute", "gestern", "vorab",
        "in", "auf", "im", "mit", "und", "über", "von",
    ]
}
