import NewsModel

/// "… verstößt nach Ansicht des Generalanwalts des Obersten Marlgerichts, Talvo Brisal, gegen …":
/// a person named in commas right after a German "nach"/"laut" source phrase is that source.
extension QuoteContext {
    /// The person named in an apposition that opens with the comma at `end` (right after a source
    /// phrase) and closes with a comma before `limit`, and the token after that closing comma.
    func sourceAppositionPerson(at end: Int, limit: Int) -> (speaker: SpeakerGuess, after: Int)? {
        guard language == .german, end + 2 < limit, tokens[end].isPunctuation(","),
            let person = mention(at: end + 1), person.kind == .person, let first = mentionAt[end + 1]
        else { return nil }
        var close = end + 2
        while close < limit, mentionAt[close] == first { close += 1 }
        guard close + 1 < limit, tokens[close].isPunctuation(",") else { return nil }
        return (SpeakerGuess(entity: person.entity), close + 1)
    }
}
