import NewsModel

extension EntityScanner {
    /// "Die Stadt Talburg ist mit 20 Prozent an der X beteiligt", "X gehört zu 51 Prozent der Republik
    /// Moorland", "die Gemeinde Talburg hält 30 Prozent": a public owner named by a word for a town,
    /// republic or municipality and its place is an organisation when it stands in a party slot of an
    /// ownership phrase. Elsewhere ("in der Stadt Talburg") the words stay a place.
    mutating func findGermanStateOwners() {
        guard german else { return }
        let n = tokens.count
        guard n > 3 else { return }
        for i in 0..<(n - 2) where isFree(i) && tokens[i].isCapitalized {
            guard Self.ownerStateWords.contains(tokens[i].lower), sameSentence(i, i + 2), owner[i + 1] >= 0 else { continue }
            let place = owner[i + 1]
            guard spans[place].kind == .place, spans[place].start == i + 1, spans[place].end == i + 2 else { continue }
            guard isOwnershipSlot(i) || isStateSubject(verb: i + 2) || isFollowedByPercentShare(i + 2) || isListedOrFrontedHolder(i, end: i + 2) else {
                continue
            }
            spans[place].strength = -1
            owner[i + 1] = -1
            add(span(i, i + 2, kind: .organization, strength: 2))
        }
    }

    /// "… hält 30 Prozent", "… ist mit 20 Prozent an X beteiligt": a holding verb before a stake noun, or a
    /// copula before "mit" and a number, right after the owner.
    func isStateSubject(verb: Int) -> Bool {
        let lower = tokens[verb].lower
        if lower == "ist" || lower == "war" {
            if verb + 2 < tokens.count && sameSentence(verb, verb + 2) && tokens[verb + 1].lower == "mit" && tokens[verb + 2].isNumber { return true }
            // "Die Republik Moorland ist über die Y mit 30 Prozent an X beteiligt", "ist Eigentümerin der X".
            var k = verb + 1
            while k < tokens.count, k <= verb + 8, sameSentence(verb, k), tokens[k].text != "," {
                let word = tokens[k].lower
                if word == "beteiligt" || Self.isOwnerNoun(word) || word.hasSuffix("aktionär") { return true }
                k += 1
            }
            return false
        }
        guard Self.holdingVerbs.contains(lower) else { return false }
        var k = verb + 1
        // "hält über ihre Privatstiftung 60 Prozent": up to six words to the stake noun.
        while k < tokens.count, k <= verb + 6, sameSentence(verb, k), tokens[k].text != "," {
            if tokens[k].isWord, Self.isStakeNoun(tokens[k].lower) { return true }
            k += 1
        }
        return false
    }

    /// Words for a public owner before its place ("Stadt", "Republik", "Gemeinde"), lower case; "Land"
    /// and "Bundesrepublik" are organisations anywhere (``stateWords``).
    static let ownerStateWords: Set<String> = ["stadt", "republik", "gemeinde", "stadtgemeinde", "marktgemeinde", "hansestadt"]
}
