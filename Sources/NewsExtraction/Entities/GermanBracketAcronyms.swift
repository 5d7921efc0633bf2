import NewsModel

extension EntityScanner {
    /// Unknown acronyms in brackets that name an organisation: a person's party or organisation
    /// ("Lena Quast (PLV)", the usual form in German news), and the short form after a name the
    /// other rules did not find but whose words say it is an organisation ("die
    /// Liberaldemokraten (PLV)", "Bündnis für Talgrund (BFT)"). Known abbreviations of things
    /// ("Bruttoinlandsprodukt (BIP)", "Künstliche Intelligenz (KI)") are ordinary words or listed
    /// in ``bracketNonOrganizations``. An acronym after a found company or organisation is left to
    /// the alias step, which makes it that entity's alias. German text only; runs before the
    /// alias step, so that later uses of the acronym ("PLV-Chef") join the new name.
    mutating func findBracketedAcronymOrganizations() {
        guard german else { return }
        let n = tokens.count
        var i = 1
        while i + 2 < n {
            defer { i += 1 }
            // Cheap checks first: "(", a short all-caps word, ")".
            guard tokens[i + 1].isAllCaps, tokens[i].isPunctuation, tokens[i].text == "(", tokens[i + 2].text == ")", isFree(i + 1)
            else { continue }
            let word = tokens[i + 1].text
            let length = word.unicodeScalars.count
            guard length >= 2, length <= 5, word.unicodeScalars.filter({ $0.properties.isUppercase }).count >= 2,
                !word.contains("."), sameSentence(i - 1, i + 1), !Self.bracketNonOrganizations.contains(word),
                !isKnownAcronym(i + 1)
            else { continue }
            let before = i - 1
            if owner[before] >= 0 {
                // A person's party; a company's or organisation's own acronym is its alias.
                guard spans[owner[before]].kind == .person else { continue }
            } else if !hasOrganizationWordBefore(i) {
                continue
            }
            add(span(i + 1, i + 2, kind: .organization, strength: 2))
        }
    }

    /// Whether the acronym at `i` is an ordinary word, a place or a legal form.
    func isKnownAcronym(_ i: Int) -> Bool {
        let token = tokens[i]
        // "PL" is no English word "pl": short acronyms are looked up as written only.
        if token.text.utf8.count <= 3 {
            return EntityLexicons.isStopword(token.lower) || EntityLexicons.commonGerman.contains(token.text)
                || isPlace(token.text) || EntityLexicons.legalForms.contains(token.lower)
        }
        return isOrdinary(token.text, lower: token.lower) || isPlace(token.text)
            || EntityLexicons.legalForms.contains(token.lower)
    }

    /// Whether one of the (up to five) capitalised words right before the bracket at `open`, in
    /// its sentence, ends in a word for an organisation ("Liberaldemokraten", "Bündnis",
    /// "Volkspartei", "Forum").
    func hasOrganizationWordBefore(_ open: Int) -> Bool {
        var j = open - 1
        // "„Allianz für Talgrund“ (AFT)": a closing quotation mark may stand before the bracket.
        if j > 0, tokens[j].isQuote { j -= 1 }
        var seen = 0
        while j >= 0, seen < 5, sameSentence(j, open), tokens[j].isWord {
            if tokens[j].isCapitalized {
                let lower = tokens[j].lower
                if Self.bracketOrganizationEndings.contains(where: { lower.hasSuffix($0) }) { return true }
            } else if !EntityLexicons.isStopword(tokens[j].lower) {
                break
            }
            seen += 1
            j -= 1
        }
        return false
    }

    /// Endings of German (and English) words that name an organisation, its members as a body, or
    /// a grouping of them, lower case.
    static let bracketOrganizationEndings: [String] = [
        "partei", "demokraten", "sozialisten", "kommunisten", "liberalen", "konservativen", "grünen", "union", "bund",
        "bündnis", "allianz", "verband", "verein", "vereinigung", "gesellschaft", "institut", "agentur", "kommission",
        "behörde", "organisation", "bewegung", "front", "gewerkschaft", "komitee", "ausschuss", "kammer", "stiftung",
        "netzwerk", "forum", "zentrum", "rat", "amt", "dienst", "liga", "koalition", "plattform", "arbeitskreis",
        "initiative", "party", "alliance", "association", "council", "league", "federation", "committee", "agency",
        // Banks, funds and communities of states or firms ("Südatlantische Entwicklungsbank (SAEB)",
        // "Nordischer Investitionsfonds (NDIF)", "Baltische Handelsgemeinschaft (BHG)").
        "bank", "fonds", "gemeinschaft",
    ]

    /// All-caps abbreviations of things, not organisations, that are no ordinary word of the
    /// dictionaries ("Künstliche Intelligenz (KI)"), and the country codes of sports results.
    static let bracketNonOrganizations: Set<String> = [
        "KI", "AI", "IPO", "CEO", "CFO", "COO", "CTO", "LKW", "PKW", "KMU", "KMUS", "SUV", "ATX", "MW", "GW", "KW", "TW",
        "PS", "BIP", "BNE", "AGB", "TTIP", "CETA", "TTP", "TPP", "FAQ", "API", "APP", "VR", "AR", "OS", "CPU", "GPU",
        "LED", "LTE", "UMTS", "WLAN", "NFC", "SSD", "HDD", "RAM", "PIN", "TAN", "IBAN", "BIC", "ISIN", "WKN", "MWST",
        "UST", "GAP", "EEG", "SMS", "MMS", "PDF", "USB", "HD", "UHD", "DVD", "CD", "KV", "NR", "BGBL", "STGB", "BGB", "HGB", "ABGB", "DSGVO", "QE", "ETF",
        // Country codes of sports results ("Lena Quast (AUT)").
        "AUT", "GER", "SUI", "ITA", "FRA", "ESP", "NOR", "SWE", "FIN", "DEN", "NED", "BEL", "LUX", "POR", "GBR", "ENG",
        "SCO", "IRL", "WAL", "ISL", "POL", "CZE", "SVK", "SLO", "CRO", "SRB", "BIH", "MNE", "MKD", "ALB", "GRE", "BUL",
        "ROU", "HUN", "UKR", "BLR", "RUS", "EST", "LAT", "LTU", "TUR", "ISR", "CYP", "MLT", "AND", "LIE", "MON", "USA",
        "CAN", "MEX", "BRA", "ARG", "CHI", "COL", "URU", "PER", "VEN", "ECU", "JPN", "KOR", "PRK", "CHN", "TPE", "HKG",
        "IND", "PAK", "AUS", "NZL", "RSA", "KEN", "ETH", "NGR", "EGY", "MAR", "ALG", "TUN", "CMR", "GHA", "CIV", "SEN",
        "KAZ", "UZB", "GEO", "ARM", "AZE", "IRI", "QAT", "UAE", "KSA", "BER", "JAM", "CUB", "THA", "INA", "MAS", "SIN",
        "PHI", "VIE", "LAT", "MDA",
    ]
}
