import NewsModel

extension EntityScanner {
    /// "des Generalanwalts des Obersten Marlgerichts, Damazo Quellera-Vont Brisal,", "the chairman
    /// of Harlow Minerals, Ieuan Tarrow,": a role phrase, a comma, then a name closed by a comma
    /// within three words. The name is the apposition of the role, so its given name need not be
    /// known. Returns the role (a German genitive "-s"/"-es" dropped) and the organisation named
    /// in the phrase.
    func roleBeforeApposition(_ i: Int) -> (role: String, organization: Int?)? {
        let n = tokens.count
        // "…, Medienanwältin Maria Quell,": a role word opens no name; the name after it has its role.
        guard i >= 3, tokens[i - 1].text == ",", sameSentence(i - 1, i), !isRoleOrCue(tokens[i].lower) else { return nil }
        // The name is closed by a comma: ", Damazo Quellera-Vont Brisal,".
        var close = i + 1
        while close < n, close <= i + 3, sameSentence(i, close), tokens[close].text != "," { close += 1 }
        guard close < n, close <= i + 3, tokens[close].text == ",", sameSentence(i, close) else { return nil }
        // Back from the comma over the role's attribute: articles, prepositions, adjectives and
        // names ("des Obersten Marlgerichts", "of Harlow Minerals") up to the role word.
        var organization: Int?
        var k = i - 2
        while k >= 0, i - 2 - k < 7, sameSentence(k, i) {
            let token = tokens[k]
            guard token.isWord else { return nil }
            if owner[k] >= 0 {
                let kind = spans[owner[k]].kind
                guard kind != .person else { return nil }
                if organization == nil, kind == .company || kind == .organization { organization = owner[k] }
                k -= 1
                continue
            }
            if let role = roleWord(at: k) {
                // The role needs an article or a preposition before it (adjectives between them), or
                // the sentence start: "Der Sprecher der Firma, …", "laut dem Chef von X, …", "Der
                // frühere Präsident des Landes, …", "the former chairman of X, …".
                let before = wordBeforeRoleAdjectives(k - role.words, role: k)
                guard before <= 0 || !sameSentence(before, k) || Self.roleArticles.contains(tokens[before].lower)
                else { return nil }
                // At least one word of attribute between the role and the comma.
                guard k < i - 2 else { return nil }
                return (role.text, organization)
            }
            guard Self.roleAttributeFunctionWords.contains(token.lower) || token.isCapitalized
                || (german && Self.isGermanAttributiveAdjective(token))
            else { return nil }
            k -= 1
        }
        return nil
    }

    /// The role word at `k`, as written with a German genitive ending dropped ("Generalanwalts"
    /// gives "Generalanwalt"), and how many words it has ("chief executive": 2).
    private func roleWord(at k: Int) -> (text: String, words: Int)? {
        let lower = tokens[k].lower
        if k > 0, sameSentence(k - 1, k), EntityLexicons.roles.words.contains(tokens[k - 1].lower + " " + lower) {
            return (tokens[k - 1].text + " " + tokens[k].text, 2)
        }
        if EntityLexicons.roles.matches(lower) { return (tokens[k].text, 1) }
        guard german else { return nil }
        for ending in ["es", "s"] where lower.hasSuffix(ending) {
            let stem = String(lower.dropLast(ending.count))
            if stem.count >= 4, EntityLexicons.roles.matches(stem) { return (String(tokens[k].text.dropLast(ending.count)), 1) }
        }
        return nil
    }

    /// The index of the first word before `k` that is no adjective of the role at `role` ("Der
    /// frühere Präsident": the article), skipping at most two German attributive adjectives or
    /// English ones of ``englishRoleAdjectives``.
    private func wordBeforeRoleAdjectives(_ k: Int, role: Int) -> Int {
        var k = k
        var adjectives = 0
        while k > 0, adjectives < 2, sameSentence(k, role) {
            let isAdjective =
                german
                ? Self.isGermanAttributiveAdjective(tokens[k]) : Self.englishRoleAdjectives.contains(tokens[k].lower)
            guard isAdjective else { break }
            k -= 1
            adjectives += 1
        }
        return k
    }

    /// English adjectives between an article and a role ("the former chairman").
    static let englishRoleAdjectives: Set<String> = [
        "former", "late", "new", "then", "acting", "outgoing", "incoming", "current", "longtime", "interim",
    ]

    /// Words that stand before a role in an apposition phrase ("des", "dem", "the").
    static let roleArticles: Set<String> = [
        "der", "die", "des", "dem", "den", "ein", "eine", "eines", "einem", "the", "a", "an", "laut", "von", "vom",
    ]

    /// Function words inside a role's attribute ("des … Gerichtshofes", "of the …").
    static let roleAttributeFunctionWords: Set<String> = [
        "des", "der", "dem", "den", "von", "vom", "bei", "beim", "im", "of", "the", "at", "for", "in",
    ]
}
