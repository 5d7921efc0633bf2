import NewsModel

extension EntityScanner {
    /// Owners that are no companies, in a party slot of a German ownership phrase (see
    /// ``isOwnershipSlot(_:)``): "der Bund" ("Der Bund hält 15 Prozent", "gehört dem Bund",
    /// "Anteile des Bundes"), a family with its name ("die Familie Brenzler hält 60 Prozent"), a
    /// state or town word with a name no list knows ("die Stadt Talburg ist mit 49 Prozent
    /// beteiligt"), a foundation with its name ("die Stiftung Harlinger Wald hält 30 Prozent"; elsewhere
    /// the cue rule takes the name after "Stiftung" alone). Elsewhere "Bund", "Familie" and "Stadt"
    /// stay ordinary nouns. Runs before the ownership-slot rule, which would take the name
    /// word alone.
    mutating func findGermanPublicHolders() {
        guard german else { return }
        let n = tokens.count
        guard n > 2 else { return }
        var i = 0
        while i < n - 1 {
            defer { i += 1 }
            // Cheap checks first: a free capitalised word of the length of a holder word.
            let length = tokens[i].range.end - tokens[i].range.start
            guard length >= 4, length <= 17, isFree(i), tokens[i].isCapitalized, !tokens[i].isAllCaps,
                !tokens[i].flags.contains(.hyphenated)
            else { continue }
            let lower = tokens[i].lower
            if lower == "bund" || lower == "bundes" {
                guard isOwnershipSlot(i) || isHolderSubject(i) else { continue }
                var found = span(i, i + 1, kind: .organization, strength: 2)
                if lower == "bundes" {
                    found.nameEnd -= 2
                    found.derived = true
                }
                add(found)
            } else if Self.familyWords.contains(lower) || Self.holderStateWords.contains(lower) {
                guard sameSentence(i, i + 1), isFreeHolderName(i + 1) else { continue }
                guard isOwnershipSlot(i) || isOwnershipSlot(i + 1) || isHolderSubject(i + 1) || isFollowedByPercentShare(i + 2)
                    || isListedOrFrontedHolder(i, end: i + 2)
                else { continue }
                add(span(i, i + 2, kind: .organization, strength: 2))
                i += 1
            } else if lower == "stiftung" {
                guard sameSentence(i, i + 1), isOwnershipSlot(i) || isHolderSubject(foundationNameEnd(after: i + 1) - 1) else { continue }
                // "die Stiftung Harlinger Wald hält": the cue rule took the first name word alone.
                releaseCuedName(at: i + 1)
                guard isFreeHolderName(i + 1) else { continue }
                let end = foundationNameEnd(after: i + 1)
                add(span(i, end, kind: .organization, strength: 2))
                i = end - 1
            }
        }
    }

    /// Frees a one-word company or organisation that a cue word found at token `i` (no gazetteer
    /// name), so that a longer name can take it; the span is dropped later.
    private mutating func releaseCuedName(at i: Int) {
        guard owner[i] >= 0 else { return }
        let index = owner[i]
        guard spans[index].start == i, spans[index].end == i + 1, spans[index].canonical == nil, !spans[index].derived,
            spans[index].strength <= 2, isCompanyLike(spans[index].kind)
        else { return }
        spans[index].strength = -1
        owner[i] = -1
    }

    /// "Die Familie Brenzler hält 60 Prozent", "Der Bund ist mit 20 Prozent beteiligt": the holder's last
    /// word (token `i`) right before a holding verb and a stake noun, or a copula, "mit" and a number.
    private func isHolderSubject(_ i: Int) -> Bool {
        guard i + 1 < tokens.count, sameSentence(i, i + 1) else { return false }
        return isStateSubject(verb: i + 1)
    }

    /// A free name word after a holder word: capitalised, no function word, role, cue, place or
    /// common noun, no hyphen compound ("Familie Brenzler", not "Familie Glück", "Stadt Ämter").
    private func isFreeHolderName(_ i: Int) -> Bool {
        guard isFree(i), isNameShaped(i), !tokens[i].isAllCaps, !tokens[i].flags.contains(.hyphenated) else { return false }
        let lower = tokens[i].lower
        if EntityLexicons.isStopword(lower) || isRoleOrCue(lower) || isPlace(tokens[i].text) { return false }
        return !EntityLexicons.commonGerman.contains(tokens[i].text) && !EntityLexicons.frequentGerman.contains(tokens[i].text)
            && !TextLexicons.months.contains(lower) && !Self.isWeekday(lower)
    }

    /// The end of a foundation's name whose first word is token `first`: up to two more capitalised
    /// words after a word ending like a place adjective ("Stiftung Harlinger Wald") or when they are
    /// no ordinary words ("Stiftung Edda Brenzler").
    private func foundationNameEnd(after first: Int) -> Int {
        var end = first + 1
        while end < tokens.count, end - first < 3, sameSentence(first, end), isFree(end), isNameShaped(end),
            !tokens[end].isAllCaps, !tokens[end].flags.contains(.hyphenated)
        {
            let lower = tokens[end].lower
            if EntityLexicons.isStopword(lower) || isRoleOrCue(lower) || Self.isWeekday(lower) || TextLexicons.months.contains(lower) {
                break
            }
            let previousAdjective = tokens[end - 1].lower.hasSuffix("er") && tokens[end - 1].isCapitalized
            if !previousAdjective && isKnownWord(end) { break }
            end += 1
        }
        return end
    }

    /// Words for a family as owner, lower case ("Familie Brenzler", "Gründerfamilie Brenzler").
    static let familyWords: Set<String> = ["familie", "eigentümerfamilie", "gründerfamilie", "unternehmerfamilie", "familien"]

    /// Words for a state or town before its name, lower case; with a name no list knows, only in an
    /// ownership slot ("die Stadt Talburg hält 49 Prozent").
    static let holderStateWords: Set<String> = ["stadt", "gemeinde", "stadtgemeinde", "marktgemeinde", "land", "bundesland", "freistaat", "kanton", "hansestadt", "landkreis", "kreis", "bezirk"]
}
