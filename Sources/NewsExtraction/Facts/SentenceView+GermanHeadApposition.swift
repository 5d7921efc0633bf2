import NewsModel

extension SentenceView {
    /// "Die Mehrheitseigentümerin der X, die Privatstiftung Y, will …", "Die Mutter der X, die Y, …": a German
    /// clause that opens with a determiner and a common noun with a genitive name, renamed by an apposition
    /// between commas before the verb at `trigger`; the apposition's party is the subject (not the genitive).
    func germanHeadNounApposition(_ trigger: Int, in clause: Range<Int>) -> EntityID? {
        let start = clause.lowerBound
        guard language == .german, start + 6 < trigger, ["die", "der", "das"].contains(word(start)), !items[start + 1].hasMention,
            let first = tokens[items[start + 1].tokens.lowerBound].text.unicodeScalars.first, first.properties.isUppercase,
            ["der", "des"].contains(word(start + 2)), items[start + 3].isParty, word(start + 4) == ","
        else { return nil }
        // The apposition: an article, a few plain words (a cue such as "Privatstiftung") and the party, then a comma.
        var position = start + 5
        guard ["die", "der", "das"].contains(word(position)) else { return nil }
        position += 1
        while position < trigger, position <= start + 8, !items[position].hasMention, word(position) != "," { position += 1 }
        guard position + 1 < trigger, items[position].isParty, word(position + 1) == ",", !isPossessive(position) else { return nil }
        return items[position].entity
    }
}
