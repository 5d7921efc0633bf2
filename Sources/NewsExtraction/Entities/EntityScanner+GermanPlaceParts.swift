import NewsModel

/// German names with a place inside or next to them: a company acronym before a country in a compound
/// ("BXL-Österreich-Tochter", "BXL-Deutschland-Chef"), an institution with a place in the genitive
/// ("Landesregierung Kärntens", "Finanzministerium Sachsens") and a court or office after a town
/// adjective ("Wiener Landesgericht").
extension EntityScanner {
    /// "BXL-Österreich-Tochter", "BXL-Deutschland-Chef": a hyphen compound of an acronym (or a name
    /// the gazetteer knows), a place and a company compound word or role names the acronym's company
    /// (its branch in the place). ``findCompoundHeads()`` leaves these alone, as the head ends in a place.
    mutating func findPlaceInfixCompounds() {
        guard german else { return }
        for i in tokens.indices where isFree(i) && tokens[i].flags.contains(.hyphenated) && !isShouting(i) {
            guard let head = head(i), let dash = head.firstIndex(of: "-") else { continue }
            let first = String(head[..<dash])
            let place = String(head[head.index(after: dash)...])
            guard !place.contains("-"), isPlace(place), let tail = tail(i),
                EntityLexicons.companyCompounds.contains(tail) || EntityLexicons.roles.matches(tail)
            else { continue }
            let known = EntityLexicons.gazetteer.byFirstToken[first]?.first { $0.count == 1 && $0.kind != .place && $0.kind != .person }
            guard known != nil || isAcronym(first) else { continue }
            var found = span(i, i + 1, kind: known?.kind ?? .company, strength: 2)
            found.nameEnd = tokens[i].range.start + first.unicodeScalars.count
            found.canonical = known?.canonical
            found.derived = true
            if EntityLexicons.roles.matches(tail) { found.role = tokenTail(i) }
            add(found)
        }
    }

    /// Two to six capitals (digits may follow the first): "BXL", "K2T".
    private func isAcronym(_ word: String) -> Bool {
        let scalars = word.unicodeScalars
        guard scalars.count >= 2, scalars.count <= 6, let first = scalars.first, ScalarClass.isUpper(first) else { return false }
        return scalars.allSatisfy { ScalarClass.isUpper($0) || ("0"..."9").contains($0) }
            && scalars.filter({ ScalarClass.isUpper($0) }).count >= 2
    }

    /// "Landesregierung Kärntens", "Finanzministerium Sachsens": an institution word (one named with its
    /// place, or a ministry or court the organisation-word rule found alone) before a place in the genitive
    /// is one organisation with it.
    mutating func extendOrganizationsOverPlaceGenitives() {
        guard german else { return }
        for i in 0..<max(0, tokens.count - 1) where tokens[i + 1].text.utf8.last == UInt8(ascii: "s") && tokens[i].isCapitalized && sameSentence(i, i + 1) {
            let next = tokens[i + 1]
            guard !isShouting(i), next.isCapitalized, next.isWord, !next.isAllCaps, isFree(i + 1), !next.flags.contains(.hyphenated),
                !next.flags.contains(.attached), next.text.hasSuffix("s"), next.text.unicodeScalars.count >= 5,
                isPlace(String(next.text.dropLast()))
            else { continue }
            let lower = tokens[i].lower
            if isFree(i) {
                guard Self.placeOrganizations.contains(lower) || EntityLexicons.organizationWords.matches(lower) else { continue }
                add(span(i, i + 2, kind: .organization, strength: 2))
            } else {
                // A one-word ministry or court found alone ("Finanzministerium") grows over the place.
                let index = owner[i]
                guard spans[index].start == i, spans[index].end == i + 1, spans[index].kind == .organization,
                    spans[index].canonical == nil, EntityLexicons.organizationWords.matches(lower)
                else { continue }
                spans[index].end = i + 2
                spans[index].nameEnd = next.range.end
                spans[index].derived = false
                owner[i + 1] = index
            }
        }
    }

    /// "am Wiener Landesgericht", "die Grazer Staatsanwaltschaft": a court or office word (alone, or found
    /// alone by the organisation-word rule) after a capitalised adjective of a town ("Wiener" of "Wien")
    /// is one organisation with it; a bank, insurer or utility word makes a company ("die Tiroler Sparkasse").
    mutating func extendOrganizationsOverTownAdjectives() {
        guard german else { return }
        for i in 1..<max(1, tokens.count) where tokens[i - 1].text.utf8.last == UInt8(ascii: "r") && tokens[i].isCapitalized && sameSentence(i - 1, i) {
            let lower = tokens[i].lower
            let company = Self.townCompanyWords.contains(lower)
            guard !isShouting(i), company || Self.placeOrganizations.contains(lower) || EntityLexicons.organizationWords.matches(lower),
                isTownAdjective(i - 1)
            else { continue }
            if isFree(i) {
                if isFree(i - 1) { add(span(i - 1, i + 1, kind: company ? .company : .organization, strength: 2)) }
                continue
            }
            let index = owner[i]
            guard spans[index].start == i, spans[index].end == i + 1, spans[index].kind == .organization,
                spans[index].canonical == nil, isFree(i - 1)
            else { continue }
            spans[index].start = i - 1
            spans[index].nameStart = tokens[i - 1].range.start
            spans[index].nameEnd = tokens[i].range.end
            spans[index].derived = false
            owner[i - 1] = index
        }
    }

    /// "Wiener", "Grazer": a capitalised place name with "er", away from the start of its sentence.
    private func isTownAdjective(_ j: Int) -> Bool {
        let token = tokens[j]
        guard token.isCapitalized, token.isWord, !token.isAllCaps, !token.flags.contains(.hyphenated), !isSentenceInitial(j),
            token.lower.hasSuffix("er"), token.text.unicodeScalars.count >= 5
        else { return false }
        if isPlace(String(token.text.dropLast(2))) { return true }
        // "Kärntner", "Münchner": the place ends in "-en".
        return token.lower.hasSuffix("ner") && isPlace(String(token.text.dropLast(3)) + "en")
    }

    /// Words for a bank, insurer or utility that a town adjective before them names ("die Tiroler Sparkasse",
    /// "der Kärntner Landesholding"), lower case.
    static let townCompanyWords: Set<String> = [
        "sparkasse", "volksbank", "raiffeisenbank", "landesbank", "hypothekenbank", "landes-hypothekenbank", "stadtwerke",
        "verkehrsbetriebe", "landesversicherung", "versicherung", "landesholding", "elektrizitätswerke", "wasserkraft",
    ]
}
