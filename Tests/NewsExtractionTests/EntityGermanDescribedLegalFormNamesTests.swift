import NewsExtraction
import NewsModel
import Testing

/// A German noun that describes a company right before its legal-form name is no part of the name:
/// "den Konkurrenten Quentel AG", "der Mittelständler Korvanto GmbH", "die Netztochter Quentel Netz
/// GmbH". Invented names only.
@Suite struct EntityGermanDescribedLegalFormNamesTests {
    private func companies(_ text: String) -> [String] {
        EntityRecognizerTests.entities(text).entities.filter { $0.kind == .company }.map(\.name)
    }

    @Test func anInflectedRivalNounBeforeALegalFormName() {
        let names = companies("Die Zelvag AG übernimmt den Konkurrenten Quentel AG und später den Rivalen Morbang GmbH.")
        #expect(names.contains("Quentel AG"), "\(names)")
        #expect(names.contains("Morbang GmbH"), "\(names)")
    }

    @Test func aMidSizedCompanyNounBeforeANameIsACue() {
        #expect(companies("Der Mittelständler Korvanto GmbH baut Stellen ab.").contains("Korvanto GmbH"))
        // As a cue it also names a company without a legal form.
        #expect(companies("Der Mittelständler Korvanto baut Stellen ab.").contains("Korvanto"))
    }

    @Test func aSubsidiaryCompoundBeforeALegalFormName() {
        let names = companies("Die Netztochter Quentel Netz GmbH wird an einen Finanzinvestor verkauft.")
        #expect(names.contains("Quentel Netz GmbH"), "\(names)")
        // A legal-form name of two words stays whole.
        #expect(companies("Die Quentel Netz GmbH wird verkauft.").contains("Quentel Netz GmbH"))
    }
}
