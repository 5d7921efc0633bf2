import NewsModel

/// Finds companies, organisations, people and places in a document and resolves their aliases.
///
/// Rule families, in order: gazetteer names, legal forms, Reuters' angle brackets, compounds
/// ("X-Tochter", "X-Gründer"), people (given names, roles), surnames, context cues ("der Konzern
/// X", "X said it"), unknown words coordinated or repeated, inner-capital names ("OpenSky"),
/// then aliases (spacing, genitives, compounds, acronyms in brackets, headline capitals).
public struct EntityRecognizer: Sendable {
    /// Creates a recognizer; lexicons load once, on first use.
    public init() {}

    /// Recognises the entities of a document.
    public func recognize(in document: Document) -> EntityTable {
        var scanner = EntityScanner(document: document)
        scanner.findGazetteerNames()
        scanner.findLegalForms()
        scanner.findBracketedNames()
        scanner.findCompanyWordNames()
        scanner.findCompoundHeads()
        scanner.findCuedNames()
        scanner.findPeople()
        scanner.findSurnames()
        scanner.findNamesBeforeCues()
        scanner.findUnknownNames()
        scanner.findCamelCaseNames()
        scanner.resolveAliases()
        scanner.linkPeopleToOrganizations()
        return scanner.table()
    }
}
