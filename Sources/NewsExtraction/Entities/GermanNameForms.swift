import NewsModel

extension EntityScanner {
    /// "Borvaks neues Spiel": in German text, a free capitalised word ending in "s" or "es" whose stem
    /// is a one-word company or organisation of the gazetteer is that name's genitive (a derived
    /// mention with the gazetteer's canonical name), unless the word is a function word or an
    /// English word.
    mutating func findGazetteerGenitives() {
        guard german else { return }
        let gazetteer = EntityLexicons.gazetteer
        for i in tokens.indices where isFree(i) && tokens[i].isCapitalized && !isShouting(i) {
            let token = tokens[i]
            guard token.text.utf8.count >= 4, token.text.utf8.last == 0x73, !token.flags.contains(.hyphenated),
                !token.isAllCaps, !token.flags.contains(.possessive)
            else { continue }
            let word = token.text
            // The German dictionary lists genitives of brands ("Nintendos"): only function words and
            // English words ("Apples") are excluded here; the stem must be a known name.
            if gazetteer.byFirstToken[word] != nil || EntityLexicons.isStopword(token.lower)
                || EntityLexicons.commonEnglish.contains(token.lower)
            {
                continue
            }
            // "Giuseppe Verdis": after a given name, a person's genitive.
            if i > 0, sameSentence(i - 1, i), EntityLexicons.firstNames.contains(tokens[i - 1].text) { continue }
            guard let (entry, ending) = gazetteerGenitiveEntry(word) else { continue }
            // "des Wiener Kongresses", "des Berliner Verfassungsschutzes": after a town adjective
            // the "-es" genitive names the town's own body, not the known one.
            if ending == 2, i > 0, sameSentence(i - 1, i), tokens[i - 1].isCapitalized, tokens[i - 1].lower.hasSuffix("er") {
                continue
            }
            var found = span(i, i + 1, kind: entry.kind, strength: 3)
            found.nameEnd -= ending
            found.derived = true
            found.canonical = entry.canonical
            add(found)
        }
    }

    /// The one-word gazetteer company or organisation whose genitive `word` is, with the length of
    /// the ending: "-s" ("Borvaks"), or "-es" after a stem of five letters or more ("des
    /// Bundesheeres" from "Bundesheer"); nil when neither stem is such a name.
    func gazetteerGenitiveEntry(_ word: String) -> (Gazetteer.Entry, Int)? {
        let gazetteer = EntityLexicons.gazetteer
        let oneWordName: (Gazetteer.Entry) -> Bool = { $0.tokens.count == 1 && $0.kind != .place }
        if let entry = gazetteer.byFirstToken[String(word.dropLast())]?.first(where: oneWordName) { return (entry, 1) }
        guard word.unicodeScalars.count >= 7, word.hasSuffix("es"),
            let entry = gazetteer.byFirstToken[String(word.dropLast(2))]?.first(where: oneWordName)
        else { return nil }
        return (entry, 2)
    }

    /// Country names that, after a company's name, name its national unit ("Borvak Deutschland").
    static let unitCountries: Set<String> = [
        "Deutschland", "Österreich", "Schweiz", "Italien", "Frankreich", "Spanien", "Polen", "Ungarn", "Tschechien",
        "Slowakei", "Slowenien", "Kroatien", "Rumänien", "Bulgarien", "Serbien", "Russland", "Ukraine", "Türkei",
        "Großbritannien", "Niederlande", "Belgien", "Schweden", "Dänemark", "Norwegen", "Finnland", "Portugal",
        "Griechenland", "China", "Japan", "Indien", "Brasilien", "Mexiko", "Kanada", "Australien", "Europa", "Asien",
        "Nordamerika", "Lateinamerika", "Benelux", "Skandinavien", "CEE", "UK", "USA",
    ]

    /// "Sky Deutschland und Borvak Italien": a company name of this article (found by a rule or
    /// opening a two-word gazetteer name with a country, "Borvak Deutschland") followed by a
    /// country name is the company's national unit, a company of its own.
    mutating func findNationalUnits() {
        guard german else { return }
        let n = tokens.count
        var companyNames = Set<String>()
        for span in spans where span.strength >= 0 && span.end - span.start == 1 && isCompanyLike(span.kind) && !span.derived {
            companyNames.insert(tokens[span.start].text)
        }
        for i in 0..<max(0, n - 1) where tokens[i].isCapitalized && !isShouting(i) && sameSentence(i, i + 1) {
            let word = tokens[i].text
            let country = tokens[i + 1]
            guard Self.unitCountries.contains(country.text), !country.flags.contains(.attached),
                !tokens[i].flags.contains(.hyphenated)
            else { continue }
            let known =
                companyNames.contains(word)
                || (EntityLexicons.gazetteer.byFirstToken[word]?.contains {
                    $0.kind == .company && $0.tokens.count == 2 && Self.unitCountries.contains($0.tokens[1])
                } ?? false)
            guard known else { continue }
            // The company word: free, or a one-word company span of its own.
            if owner[i] >= 0 {
                let index = owner[i]
                guard spans[index].start == i, spans[index].end == i + 1, isCompanyLike(spans[index].kind),
                    !spans[index].derived
                else { continue }
            }
            // The country: free or a one-word place.
            if owner[i + 1] >= 0 {
                let place = owner[i + 1]
                guard spans[place].kind == .place, spans[place].start == i + 1, spans[place].end == i + 2 else { continue }
            }
            for t in i...(i + 1) where owner[t] >= 0 {
                let index = owner[t]
                spans[index].strength = -1
                for u in spans[index].start..<spans[index].end { owner[u] = -1 }
            }
            guard add(span(i, i + 2, kind: .company, strength: 2)) != nil else { continue }
            // The parent company's own one-word mentions stay its own, not a short form of the unit.
            for index in spans.indices where spans[index].strength >= 0 && spans[index].end - spans[index].start == 1
                && isCompanyLike(spans[index].kind) && spans[index].canonical == nil && !spans[index].derived
                && tokens[spans[index].start].text == word
            {
                spans[index].canonical = word
            }
        }
    }

    /// "des Gasmonopolisten Borvak Anna Lenz": a name found after a cue that runs into a given name
    /// and one more capitalised word ends before the given name, which opens a person's name.
    mutating func releasePeopleFromCuedNames() {
        for index in spans.indices where spans[index].strength == 2 && spans[index].canonical == nil {
            let span = spans[index]
            guard isCompanyLike(span.kind), span.end - span.start >= 3, span.rule.description == "cue before" else { continue }
            for k in (span.start + 1)..<(span.end - 1) {
                guard EntityLexicons.firstNames.contains(tokens[k].text), isNameShaped(k + 1),
                    !EntityLexicons.companyWords.contains(tokens[k + 1].lower), !isLegalForm(k + 1)
                else { continue }
                for t in k..<span.end { owner[t] = -1 }
                spans[index].end = k
                spans[index].nameEnd = tokens[k - 1].range.end
                break
            }
        }
    }
}
