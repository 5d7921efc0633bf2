import NewsModel

/// "In a letter to Brisko chairman Dana Ferrick, Harlow said …", "In a filing with the Securities and
/// Exchange Commission, the company said …": the people and organisations of an introductory phrase
/// are addressees, not speakers. English only.
extension QuoteContext {
    /// Nouns of a written or spoken statement that open an introductory phrase ("In a letter to …").
    static let introductoryStatementNouns: WordSet = [
        "letter", "letters", "statement", "filing", "filings", "interview", "note", "report", "release", "memo",
        "memorandum", "submission", "notice", "prospectus", "document", "speech", "message", "telex", "cable",
        "testimony", "presentation", "conversation", "call", "reply", "response", "circular", "proxy",
    ]

    /// Possessives that tie the words before them to a subject ("X and his partners").
    private static let subjectPossessives: WordSet = ["his", "her", "its", "their"]

    /// Words that may stand between "In" and the statement noun ("In a brief written statement").
    private static let introductoryModifiers: WordSet = [
        "a", "an", "the", "its", "his", "her", "their", "brief", "short", "written", "joint", "separate", "prepared",
        "telephone", "television", "radio", "newspaper", "recent", "later", "earlier", "formal", "regulatory", "annual",
    ]

    /// The first token of the speaker's part of `range`: after the comma that closes an introductory
    /// statement phrase opening the sentence of `anchor` ("In a letter to X, Harlow said"), when that
    /// comma stands inside the range before the anchor; otherwise the range's own start.
    func startAfterIntroductoryPhrase(_ lower: Int, anchor: Int) -> Int {
        guard language == .english, anchor > lower, anchor < tokens.count else { return lower }
        // The sentence must open inside the range: walk back from the anchor no further than the range's start.
        let sentence = tokens[anchor].sentence
        var start = anchor
        while start > lower && tokens[start - 1].sentence == sentence { start -= 1 }
        guard start == 0 || tokens[start - 1].sentence != sentence, tokens[start].lower == "in", start + 2 < anchor
        else { return lower }
        // "In" [modifiers] noun: the noun within three words.
        var noun = start + 1
        while noun < anchor && noun - start <= 3 && Self.introductoryModifiers.contains(tokens[noun].lower) { noun += 1 }
        guard noun < anchor, noun > start + 1, Self.introductoryStatementNouns.contains(tokens[noun].lower) else { return lower }
        // The comma that closes the phrase, within 20 tokens and before the anchor.
        var comma = noun + 1
        while comma < anchor && comma - noun <= 20 {
            if tokens[comma].isPunctuation(",") { return comma + 1 < anchor ? comma + 1 : lower }
            // "In a filing with the SEC Dana Ferrick and her partners, …": a possessive before the
            // comma belongs to the subject, so no comma closes the phrase.
            if Self.subjectPossessives.contains(tokens[comma].lower) { return lower }
            // A semicolon, colon or quotation mark: no introductory phrase ("In a note: …").
            if tokens[comma].kind == .quoteMark || tokens[comma].isPunctuation(";") || tokens[comma].isPunctuation(":") { return lower }
            comma += 1
        }
        return lower
    }
}
