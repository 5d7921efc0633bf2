import NewsExtraction
import NewsModel
import Testing

/// An English company's name followed by a country is its national unit, a company of its own ("Quarvel Bank
/// Canada", "Norbel Europe"), not the company and a place; not before a noun of business ("Quarvel Bank Japan
/// sales") or another capitalised word. Invented names only.
@Suite struct EntityEnglishCountryUnitTests {
    private func table(_ text: String) -> EntityTable { EntityRecognizerTests.entities(text, language: .english) }

    @Test func aCountryAfterACompanysNameNamesItsUnit() {
        let found = table("Quarvel Bank PLC said its unit Quarvel Bank Canada bought the assets of Telmont Trust Co.")
        let names = found.entities.map(\.name)
        #expect(names.contains("Quarvel Bank Canada"), "\(names)")
        #expect(names.contains("Quarvel Bank PLC"), "\(names)")
        #expect(!found.entities.contains { $0.kind == .place }, "\(names)")
    }

    @Test func aUnitOfAWellKnownCompanyLeavesItsCanonicalName() {
        let found = table("Sales at Texaco rose. Shell Europe said it would cut prices.")
        #expect(found.entities.contains { $0.name == "Shell Europe" && $0.kind == .company }, "\(found.entities.map(\.name))")
    }

    @Test func aCountryBeforeANounOfBusinessStaysAPlace() {
        let found = table("Norbel Electronics Inc said Norbel Electronics Japan sales rose 12 pct.")
        #expect(!found.entities.contains { $0.name == "Norbel Electronics Japan" }, "\(found.entities.map(\.name))")
        #expect(found.entities.contains { $0.kind == .place }, "\(found.entities.map(\.name))")
    }
}
