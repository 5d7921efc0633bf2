import NewsModel

/// Interviews in question-and-answer form: "Frage: …" is the interviewer's, "Antwort: …" (or
/// "A: …") is what the interviewee says, the person named last before the answer.
extension QuoteContext {
    /// "Antwort: Im nächsten Jahr wollen wir fertig sein.": the answer, spoken by the last person
    /// named before it.
    func labelledAnswer(inSentence sentence: Int, end: Int) -> QuoteCandidate? {
        let range = sentenceTokens[sentence]
        let first = range.lowerBound
        // The colon first: one comparison rules out nearly every sentence before the label lookup.
        guard first + 2 < end, tokens[first + 1].isPunctuation(":"), tokens[first].kind == .word,
            Self.answerLabels.contains(tokens[first].lower), tokens[first].isCapitalized, tokens[first + 2].kind == .word,
            wordCount((first + 2)..<end) >= 3, spanAt[first + 2] == nil
        else { return nil }
        // The label opens its paragraph.
        if first > 0 && paragraph(of: first - 1) == paragraph(of: first) { return nil }
        guard let person = lastMention(before: tokens[first].range.start, where: { $0.kind == .person }) else {
            return nil
        }
        return QuoteCandidate(
            parts: [(first + 2)..<end], direct: false, speaker: personGuess(person, in: first..<(first + 1)),
            sentence: sentence)
    }

    /// Labels of an interview answer.
    static let answerLabels: Set<String> = ["antwort", "answer", "a"]
}
