import NewsModel

extension EntityScanner {
    /// German newspapers named by their town's adjective and a newspaper word: "Talburger
    /// Nachrichten", "Quellbacher Rundschau", "die Talburger Neueste Nachrichten". The adjective is
    /// a known place with "-er" ("Talburg" + "er", "Talbrem" + "er" of "Talbremen"), not a country;
    /// not after an indefinite article, nor before a name ("der Talburger Zeitung „Kurierblatt“").
    mutating func findTownNewspapers() {
        guard german else { return }
        let n = tokens.count
        var i = 0
        while i + 1 < n {
            defer { i += 1 }
            // Cheap checks first: two capitalised words, the first ending in "er" (bytes), then the set.
            guard tokens[i].isCapitalized, tokens[i + 1].isCapitalized, Self.endsInEr(tokens[i].text) else { continue }
            let next = tokens[i + 1]
            guard next.text.utf8.count >= 6, !tokens[i].isAllCaps, !next.flags.contains(.attached),
                Self.newspaperWords.contains(next.text), sameSentence(i, i + 1), !isShouting(i)
            else { continue }
            let adjective = tokens[i].text
            let stem = String(adjective.dropLast(2))
            // "eine Schweizer Zeitung": a country's adjective describes a paper, a town's names it.
            guard isPlace(stem) || isPlace(stem + "en"), !Self.unitCountries.contains(stem) else { continue }
            if i > 0, sameSentence(i - 1, i), Self.genericDeterminers.contains(tokens[i - 1].lower) { continue }
            var end = i + 2
            // "Neueste Nachrichten": a second newspaper word.
            if end < n, sameSentence(i, end), Self.newspaperWords.contains(tokens[end].text), !tokens[end].flags.contains(.attached) {
                end += 1
            }
            // "der Talburger Zeitung „Kurierblatt“": a paper described, then named.
            if end < n, sameSentence(i, end), tokens[end].isQuote || tokens[end].isCapitalized && !tokens[end].isAllCaps
                && !EntityLexicons.isStopword(tokens[end].lower) && isFree(end) && !isOrdinary(tokens[end].text, lower: tokens[end].lower)
            {
                continue
            }
            releasePlaceSpan(at: i)
            guard (i..<end).allSatisfy({ isFree($0) }) else { continue }
            add(span(i, end, kind: .organization, strength: 2))
            i = end - 1
        }
    }

    /// Whether a word of at least five bytes ends in "er", read on its UTF-8 bytes.
    @inline(__always) static func endsInEr(_ word: String) -> Bool {
        let utf8 = word.utf8
        guard utf8.count >= 5 else { return false }
        let last = utf8.index(before: utf8.endIndex)
        return utf8[last] == 0x72 && utf8[utf8.index(before: last)] == 0x65
    }

    /// Words that, after a town's adjective, name a newspaper, as written.
    static let newspaperWords: Set<String> = [
        "Nachrichten", "Zeitung", "Allgemeine", "Rundschau", "Anzeiger", "Tagblatt", "Abendblatt", "Morgenpost",
        "Volksstimme", "Tageszeitung", "Stadtanzeiger", "Stadt-Anzeiger", "Volkszeitung", "Abendzeitung", "Neueste",
        "Generalanzeiger", "General-Anzeiger", "Landeszeitung", "Kurier",
    ]
}
