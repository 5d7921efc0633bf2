extension EntityScanner {
    /// Countries that name a company's national unit right after its name in English (German: ``unitCountries``).
    static let englishUnitCountries: Set<String> = [
        "Canada", "Australia", "Japan", "Germany", "Deutschland", "France", "Italy", "Italia", "UK", "Britain", "USA",
        "U.S.A.", "America", "Brazil", "Brasil", "Mexico", "India", "China", "Korea", "Austria", "Switzerland", "Netherlands",
        "Nederland", "Spain", "Espana", "Ireland", "Belgium", "Sweden", "Singapore", "Malaysia", "Europe", "Asia", "Africa",
    ]

    /// Words after "X Canada" that make the country an attribute of X's business, not part of a unit's name ("IBM
    /// Japan sales", "its Acme Canada operations").
    static let countryAttributeNouns: Set<String> = [
        "sales", "operations", "business", "businesses", "market", "markets", "exports", "imports", "plant", "plants",
        "shipments", "revenues", "earnings", "profits",
    ]

    /// "Lloyds Bank Canada", "Quarvel Bank Canada said", "AOL Europe": an English company's name followed by a country
    /// in the same sentence is the name of its national unit, a company of its own. The country's place span is dropped;
    /// the company's span grows over it and loses a gazetteer's canonical name. Not after a legal form ("Brixel Corp
    /// Canada": the legal form ends the name), nor before another capitalised word or a noun of business ("IBM Japan
    /// sales").
    mutating func extendCompaniesOverCountries() {
        guard !german else { return }
        for index in spans.indices where spans[index].kind == .company && spans[index].strength >= 0 && !spans[index].derived {
            let next = spans[index].end
            guard next < tokens.count, next > 0, sameSentence(next - 1, next), !isLegalForm(next - 1), owner[next] >= 0,
                Self.englishUnitCountries.contains(tokens[next].text), !tokens[next].flags.contains(.attached),
                !tokens[next].flags.contains(.hyphenated), !tokens[next - 1].flags.contains(.hyphenated)
            else { continue }
            let place = owner[next]
            guard spans[place].kind == .place, spans[place].start == next, spans[place].end == next + 1 else { continue }
            let after = next + 1
            if after < tokens.count, sameSentence(next, after),
                tokens[after].isCapitalized || Self.countryAttributeNouns.contains(tokens[after].lower)
            {
                continue
            }
            spans[place].strength = -1
            owner[next] = index
            spans[index].end = after
            spans[index].nameEnd = tokens[next].range.end
            spans[index].canonical = nil
        }
    }
}
