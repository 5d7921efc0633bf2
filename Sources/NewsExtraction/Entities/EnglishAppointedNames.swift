import NewsModel

extension EntityScanner {
    /// "It named Arie Guldemond as chairman", "appointed Ieva Tarrow as its chief executive": in English,
    /// two or three name-shaped words that no list knows, right after a verb of appointing (or after
    /// "and" that joins a second appointee: "named X as chairman and Y as president") and followed by
    /// "as" and a role, are a person's name even when the given name is unknown.
    func isAppointedName(at i: Int) -> Bool {
        guard !german, i > 0, sameSentence(i - 1, i), tokens[i - 1].isWord, !tokens[i - 1].isCapitalized else { return false }
        // The cheap test first: the verbs have five to nine letters, "and" three.
        let length = tokens[i - 1].range.end - tokens[i - 1].range.start
        if length == 3 {
            guard isSecondAppointee(at: i) else { return false }
        } else {
            guard length >= 5, length <= 9, Self.appointingVerbs.contains(tokens[i - 1].lower) else { return false }
        }
        var end = i
        while end < tokens.count, end - i < 3, sameSentence(i, end), isNameShaped(end) {
            let token = tokens[end]
            guard isFree(end), !token.isAllCaps, !token.flags.contains(.hyphenated) || end > i,
                // Only English words count as ordinary here: "Arie" is a German word, not an English one.
                !EntityLexicons.commonEnglish.contains(token.lower) && !EntityLexicons.isStopword(token.lower)
                    || EntityLexicons.firstNames.contains(token.text),
                !isPlace(token.text), !EntityLexicons.companyWords.contains(token.lower), !isRoleOrCue(token.lower)
            else { return false }
            end += 1
        }
        guard end - i >= 2, end < tokens.count, tokens[end].lower == "as" else { return false }
        var k = end + 1
        // "as its chief executive", "as the new president".
        while k < tokens.count, k <= end + 3, sameSentence(i, k), Self.appointedRoleFillers.contains(tokens[k].lower) { k += 1 }
        guard k < tokens.count, sameSentence(i, k) else { return false }
        if EntityLexicons.roles.matches(tokens[k].lower) { return true }
        return k + 1 < tokens.count && EntityLexicons.roles.words.contains(tokens[k].lower + " " + tokens[k + 1].lower)
    }

    /// Whether "and" before token `i` follows an earlier appointee's "as" phrase, with a verb of
    /// appointing before it in the sentence, within twelve words ("named X as chairman and Y …").
    private func isSecondAppointee(at i: Int) -> Bool {
        guard tokens[i - 1].lower == "and" else { return false }
        var sawAs = false
        var k = i - 2
        while k >= 0, i - k <= 12, sameSentence(k, i) {
            if tokens[k].lower == "as" { sawAs = true }
            if Self.appointingVerbs.contains(tokens[k].lower) { return sawAs }
            k -= 1
        }
        return false
    }

    /// Verbs before the name of someone given a post ("named", "appointed", "elected").
    static let appointingVerbs: Set<String> = [
        "named", "names", "appointed", "appoints", "elected", "elects", "hired", "hires", "nominated", "nominates",
        "promoted", "promotes",
    ]

    /// Words between "as" and the role ("as its new chief executive"): articles, possessives, rank
    /// words and the role adjectives of ``englishRoleAdjectives``.
    static let appointedRoleFillers: Set<String> = englishRoleAdjectives.union([
        "its", "their", "his", "her", "the", "a", "an", "deputy", "vice", "senior", "executive",
    ])
}
