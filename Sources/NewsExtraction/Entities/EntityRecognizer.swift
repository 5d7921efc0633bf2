import NewsModel

/// Finds companies, organisations, people and places in a document and resolves their aliases.
///
/// Rule families, in order: names opened by a group word ("Grupo X"), gazetteer names, legal
/// forms (also after a hyphen: "Versicherungs-AG"), Reuters' angle brackets, English institutions of a
/// place ("Bank of X", "Statistics X"), company words
/// ("… Industries", "… Immobilien"), "&" names, initials before names ("K. Tamoro & Co"), web names
/// ("drivo.ai"), compounds ("X-Tochter", "X-Gründer"), context cues ("der Konzern X"), people
/// (given names, roles), surnames, cues after names ("X said it"), German public holders in ownership
/// slots ("der Bund", "die Familie X", "die Stadt X"), unknown words coordinated or
/// repeated, camel-case names ("PayPal"), then aliases (spacing, genitives, compounds, acronyms
/// in brackets, headline capitals) and people's organisations.
public struct EntityRecognizer: Sendable {
    /// Creates a recognizer; lexicons load once, on first use.
    public init() {}

    /// The rule families in the order they run, each with its name.
    private static let steps: [(StaticString, @Sendable (inout EntityScanner) -> Void)] = [
        ("group word", { $0.findGroupPrefixedNames() }),
        ("gazetteer", { $0.findGazetteerNames() }),
        ("quoted known name", { $0.extendKnownQuotedNames() }),
        ("town newspaper", { $0.findTownNewspapers() }),
        ("legal form", { $0.findLegalForms() }),
        ("hyphenated legal form", { $0.findHyphenatedLegalForms() }),
        ("brackets", { $0.findBracketedNames() }),
        ("english place institution", { $0.findEnglishPlaceInstitutions() }),
        ("english shaped name", { $0.findEnglishShapedNames() }),
        ("airline", { $0.findAirlineNames() }),
        ("possessed division", { $0.findPossessedDivisionNames() }),
        ("company word", { $0.findCompanyWordNames() }),
        ("ampersand", { $0.findAmpersandNames() }),
        ("initials", { $0.extendCompaniesOverInitials() }),
        ("web name", { $0.findWebNames() }),
        ("consortium member", { $0.findConsortiumMembers() }),
        ("institution compound", { $0.findInstitutionCompounds() }),
        ("compound", { $0.findCompoundHeads() }),
        ("place infix compound", { $0.findPlaceInfixCompounds() }),
        ("cue before", { $0.findCuedNames() }),
        ("english trade cue", { $0.findEnglishTradeCuedNames() }),
        ("quoted cued name", { $0.findQuotedCuedNames() }),
        ("cued english name", { $0.findCuedEnglishNames() }),
        ("organisation word", { $0.findOrganizationNames() }),
        ("institution", { $0.findInstitutionNames() }),
        ("acronym", { $0.findNamesBeforeAcronyms() }),
        ("state", { $0.findStatesAsOrganizations() }),
        ("organisation place", { $0.extendOrganizationsOverPlaces() }),
        ("organisation place complement", { $0.extendOrganizationsOverPlaceComplements() }),
        ("organisation place genitive", { $0.extendOrganizationsOverPlaceGenitives() }),
        ("organisation town adjective", { $0.extendOrganizationsOverTownAdjectives() }),
        ("company country unit", { $0.extendCompaniesOverCountries() }),
        ("acronym initials", { $0.extendNamesOverAcronymInitials() }),
        ("person", { $0.findPeople() }),
        ("titled person", { $0.findTitledPeople() }),
        ("surname", { $0.findSurnames() }),
        ("cue after", { $0.findNamesBeforeCues() }),
        ("german cut name", { $0.extendGermanCutNames() }),
        ("public holder", { $0.findGermanPublicHolders() }),
        ("ownership slot", { $0.findGermanOwnershipSlotNames() }),
        ("deal slot", { $0.findGermanDealSlotNames() }),
        ("state owner", { $0.findGermanStateOwners() }),
        ("unknown word", { $0.findUnknownNames() }),
        ("camel case", { $0.findCamelCaseNames() }),
        ("bracket acronym", { $0.findBracketedAcronymOrganizations() }),
        ("acronym subject", { $0.findAcronymSubjects() }),
        ("english lead word", { $0.extendNamesOverEnglishLeadWords() }),
        ("alias", { $0.resolveAliases() }),
        ("organisation link", { $0.linkPeopleToOrganizations() }),
    ]

    /// Recognises the entities of a document.
    public func recognize(in document: Document) -> EntityTable { scan(document).table() }

    /// Each span found in a document with the rule family that found it ("PayPal <- camel case"),
    /// for looking into what the recognizer does.
    public func diagnostics(in document: Document) -> [String] {
        let scanner = scan(document)
        return scanner.spans.map { "\(scanner.name(of: $0)) <- \($0.rule) [\($0.kind.rawValue)]" }
    }

    private func scan(_ document: Document) -> EntityScanner {
        var scanner = EntityScanner(document: document)
        for (rule, step) in Self.steps {
            scanner.rule = rule
            step(&scanner)
        }
        return scanner
    }
}
