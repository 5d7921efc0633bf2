import NewsModel

extension EntityScanner {
    /// Unknown acronyms that act as organisations: the subject of a statement, holding or buying
    /// verb right after it ("Die QVX teilte mit", "der QVX kritisierte", "die QVX hält 28 Prozent")
    /// or the source after "laut" ("laut QVX"), or described by a company apposition ("Die QVX, eine Tochter der Y,").
    /// Acronyms the dictionaries know ("BIP", "DAX"), places and abbreviations of things
    /// (``bracketNonOrganizations``) stay out. German text only.
    mutating func findAcronymSubjects() {
        guard german else { return }
        let n = tokens.count
        for i in 1..<max(1, n - 1) where tokens[i].isAllCaps && isFree(i) {
            // Cheap checks first: the word before is an article or "laut".
            let before = tokens[i - 1].lower
            let source = before == "laut"
            guard source || before == "die" || before == "der" || before == "das", sameSentence(i - 1, i) else { continue }
            let word = tokens[i].text
            let length = word.unicodeScalars.count
            guard length >= 2, length <= 5, !tokens[i].flags.contains(.hyphenated), !word.contains("."),
                word.unicodeScalars.filter({ $0.properties.isUppercase }).count >= 2, !isShouting(i)
            else { continue }
            // "Die ARE, eine Tochtergesellschaft der BIG, …": an apposition with a company cue names it too.
            let described = !source && hasCompanyApposition(i)
            if !source && !described {
                guard i + 1 < n, sameSentence(i, i + 1), Self.statementVerbs.contains(tokens[i + 1].lower) else { continue }
            }
            // With a company apposition an acronym that spells an English word is a name too ("Die ARE, eine Tochter …").
            guard !Self.bracketNonOrganizations.contains(word),
                described ? !isPlace(word) && !EntityLexicons.commonGerman.contains(word) : !isKnownAcronym(i)
            else { continue }
            add(span(i, i + 1, kind: described ? .company : .organization, strength: 2))
        }
    }

    /// Verbs of statements and demands that, right after an unknown acronym with an article,
    /// make it an organisation, lower case.
    static let statementVerbs: Set<String> = [
        "teilte", "teilt", "erklärte", "erklärt", "kritisierte", "kritisiert", "forderte", "fordert", "meldete", "meldet",
        "warnte", "warnt", "sagte", "sagt", "betonte", "betont", "kündigte", "kündigt", "berichtete", "berichtet",
        "verlangte", "verlangt", "begrüßte", "begrüßt", "bestätigte", "bestätigt", "lehnte", "lehnt", "wies", "weist",
        "verwies", "verweist", "bezeichnete", "bezeichnet", "empfahl", "empfiehlt", "beschloss", "beschließt",
        "veröffentlichte", "veröffentlicht", "gab", "gibt", "hatte", "hat", "will", "wollte", "plant", "plante",
        // Holding and buying: "Die QVX hält 28 Prozent", "die QVX übernimmt".
        "hält", "hielt", "besitzt", "besaß", "übernimmt", "übernahm", "kauft", "kaufte", "erwirbt", "erwarb", "verkauft",
        "verkaufte", "stockt", "stockte",
    ]
}
