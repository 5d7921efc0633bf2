import NewsExtraction
import NewsModel
import Testing

/// A long German compound of an ordinary noun after a company cue, or before a verb that marks a
/// company, is a common noun ("verspricht sich der Konzern Synergieeffekte", "an Fremdfirmen
/// verkauft"); a name that ends in a short noun still is a name. Invented names only.
@Suite struct EntityGermanCompoundObjectTests {
    typealias T = EntityRecognizerTests

    @Test func aCompoundAfterTheCueIsTheVerbsObject() {
        let table = T.entities(
            "Die Veltrona AG baut ein Werk in Pune. Davon verspricht sich der Konzern Synergieeffekte. "
                + "Im Jahr erwirtschaftete das Unternehmen Umsatzerlöse von 80 Millionen Euro.")
        #expect(T.entity(table, "Synergieeffekte") == nil, "\(table.entities.map(\.name))")
        #expect(T.entity(table, "Umsatzerlöse") == nil, "\(table.entities.map(\.name))")
        #expect(T.entity(table, "Veltrona AG")?.kind == .company)
    }

    @Test func aCompoundBeforeASaleVerbIsNoCompany() {
        let table = T.entities("Die Werke der Veltrona AG sollten an Fremdfirmen verkauft werden.")
        #expect(T.entity(table, "Fremdfirmen") == nil, "\(table.entities.map(\.name))")
    }

    @Test func aNameEndingInAShortNounStaysAName() {
        let table = T.entities("Im Jahr erwirtschaftete der Konzern Tarvelstein einen Gewinn.")
        #expect(T.entity(table, "Tarvelstein")?.kind == .company, "\(table.entities.map(\.name))")
    }
}

/// A known name that opens a quoted name after a cue grows to the closing mark. Invented names.
@Suite struct EntityQuotedKnownNameTests {
    typealias T = EntityRecognizerTests

    @Test func aQuotedFullNameAfterACueTakesTheKnownStart() {
        // "Hana Financial" is a known company; the quoted name after "Firma" is longer.
        let table = T.entities("Der Vorstand der Firma „Hana Financial Tarvel Assurance Company“ plant den Börsengang.")
        #expect(T.entity(table, "Hana Financial Tarvel Assurance Company")?.kind == .company, "\(table.entities.map(\.name))")
        #expect(T.entity(table, "Tarvel Assurance Company") == nil, "\(table.entities.map(\.name))")
    }
}
