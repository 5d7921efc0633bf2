import NewsModel

extension EntityScanner {
    /// German organisations named with their place after the institution word, in the forms the
    /// one-word rule (``extendOrganizationsOverPlaces()``) leaves alone: a hyphenated place
    /// ("Verkehrsministerium Baden-Württemberg"), a genitive place ("Kommunistische Partei
    /// Quellandiens", after a genitive head too: "des Landesgerichts Talburg"), a name of several
    /// words before the place, and "von" with a place after an institution word ("Handelskammer von Talburg"). Gazetteer
    /// names keep their form. Runs right after the organisation-place step.
    mutating func extendOrganizationsOverPlaceComplements() {
        guard german else { return }
        let n = tokens.count
        // "Handelskammer von Talburg": an institution word named with its place, joined by "von".
        // Businesses ("Flughafen von Talburg") stay out: that is mostly the place, not the operator.
        for i in 0..<max(0, n - 2) where tokens[i].isCapitalized && tokens[i + 1].text.utf8.count == 3 && tokens[i + 1].text == "von" && isFree(i) {
            guard Self.placeOrganizations.contains(tokens[i].lower), !isShouting(i), sameSentence(i, i + 2),
                isFree(i + 1), placeComplementLength(at: i + 2, genitive: false) == 1
            else { continue }
            releasePlaceSpan(at: i + 2)
            guard isFree(i + 2) else { continue }
            add(span(i, i + 3, kind: .organization, strength: 2))
        }
        for index in spans.indices where spans[index].kind == .organization && spans[index].strength >= 0 {
            let next = spans[index].end
            guard next + 1 <= n, spans[index].canonical == nil, sameSentence(spans[index].start, next) else { continue }
            let last = next - 1
            guard tokens[last].isCapitalized, !tokens[last].isAllCaps, !tokens[last].flags.contains(.hyphenated) else { continue }
            var end = next
            if tokens[next].text == "von" {
                guard next + 1 < n, sameSentence(next, next + 1), isFree(next),
                    placeComplementLength(at: next + 1, genitive: false) == 1
                else { continue }
                end = next + 2
            } else if placeComplementLength(at: next, genitive: true) == 1 {
                end = next + 1
            } else if next == last + 1, spans[index].start == last, isUnknownPlaceName(after: last) {
                // "Landgericht Talburg": a town the place list does not know, after an
                // institution word that is named with its town.
                end = next + 1
            } else {
                continue
            }
            releasePlaceSpan(at: end - 1)
            guard (next..<end).allSatisfy({ isFree($0) }) else { continue }
            for t in next..<end { owner[t] = index }
            spans[index].end = end
            spans[index].nameEnd = tokens[end - 1].range.end
        }
    }

    /// 1 when token `i` is a known place standing alone (not glued to the word before it), as a
    /// whole hyphenated token too ("Baden-Württemberg"), or, when `genitive` is set, a place's
    /// genitive ("Quellandiens"); 0 otherwise. Cheap checks on the token come first.
    func placeComplementLength(at i: Int, genitive: Bool) -> Int {
        let token = tokens[i]
        guard token.isCapitalized, token.isWord, !token.isAllCaps, !token.flags.contains(.attached) else { return 0 }
        if isPlace(token.text) {
            // "Verkehrsministerium Baden-Württemberg": a hyphenated token only as a whole place.
            return 1
        }
        guard genitive, token.text.utf8.count >= 5, token.text.utf8.last == 0x73 else { return 0 }
        return isPlace(String(token.text.dropLast())) ? 1 : 0
    }

    /// Whether the token after the one-word institution at `i` ("Landgericht", "Universität") is
    /// a free capitalised word that is a known town (``isInstitutionTown(_:)``) or no ordinary
    /// word, role, cue, given name or frequent word: the institution's town.
    func isUnknownPlaceName(after i: Int) -> Bool {
        let next = tokens[i + 1]
        guard Self.placeOrganizations.contains(tokens[i].lower), isFree(i + 1), next.isCapitalized, next.isWord,
            !next.isAllCaps, !next.flags.contains(.hyphenated), !next.flags.contains(.attached)
        else { return false }
        if isInstitutionTown(i + 1) { return true }
        return !isOrdinary(next.text, lower: next.lower) && !isRoleOrCue(next.lower)
            && !EntityLexicons.frequentGerman.contains(next.text) && !EntityLexicons.firstNames.contains(next.text)
    }

    /// Frees token `i` when a one-token span owns it that is a place, or a name a weaker rule made
    /// of the place word ("Quellandiens" before "(PKQ)"): the place becomes part of a longer name.
    mutating func releasePlaceSpan(at i: Int) {
        guard owner[i] >= 0 else { return }
        let index = owner[i]
        guard spans[index].start == i, spans[index].end == i + 1 else { return }
        let misread = isCompanyLike(spans[index].kind) && spans[index].canonical == nil && spans[index].strength <= 2
        guard spans[index].kind == .place || misread else { return }
        spans[index].strength = -1
        owner[i] = -1
    }
}
