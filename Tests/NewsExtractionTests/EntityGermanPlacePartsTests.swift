import NewsExtraction
import NewsModel
import Testing

/// German names with a place inside or next to them: "BXL-Österreich-Tochter", "Landesregierung
/// Kärntens", "Wiener Landesgericht". Invented company names, real places (the
/// place rules need known places).
@Suite struct EntityGermanPlacePartsTests {
    typealias T = EntityRecognizerTests

    @Test func acronymBeforeACountryInACompound() {
        let table = T.entities("Die BXQ-Österreich-Tochter Tamorin GmbH wächst. Der BXQ-Deutschland-Chef Hans Wurmser tritt zurück.")
        let company = T.entity(table, "BXQ")
        #expect(company?.kind == .company)
        #expect(table.entities.contains { $0.allNames.contains("BXQ-Österreich") } == false)
        // An ordinary word before the place is no company: "die Ost-Österreich-Tochter".
        #expect(T.entity(T.entities("Die Ost-Österreich-Tochter meldet Gewinne."), "Ost") == nil)
    }

    @Test func institutionBeforeAPlaceInTheGenitive() {
        let table = T.entities("Die Landesregierung Kärntens verkauft ihre Anteile. Auch das Finanzministerium Sachsens prüft den Fall.")
        #expect(T.entity(table, "Landesregierung Kärntens")?.kind == .organization)
        #expect(T.entity(table, "Finanzministerium Sachsens")?.kind == .organization)
        // A plain genitive word that is no place stays out.
        #expect(T.entity(T.entities("Die Landesregierung Plans wurde vorgestellt."), "Landesregierung Plans") == nil)
    }

    @Test func courtAfterATownAdjective() {
        let table = T.entities("Der Prozess am Wiener Landesgericht beginnt. Die Grazer Staatsanwaltschaft ermittelt.")
        #expect(T.entity(table, "Wiener Landesgericht")?.kind == .organization)
        #expect(T.entity(table, "Grazer Staatsanwaltschaft")?.kind == .organization)
        #expect(T.entity(table, "Landesgericht") == nil)
    }

    @Test func quotedNameAfterACue() {
        let table = T.entities("Laut Angaben wird ein Schiff der Firma „Tamorin hf“ bald bereit sein.")
        #expect(T.entity(table, "Tamorin hf")?.kind == .company)
        let group = T.entities("Ein Vertreter der Umweltschutzorganisation „Quellmoor Nature Conservation“ kritisierte das.")
        #expect(T.entity(group, "Quellmoor Nature Conservation")?.kind == .organization)
        // A quoted title after a word that is no cue stays no organisation.
        #expect(T.entity(T.entities("Der Bericht „Quellmoor Nature Conservation“ erschien im Mai."), "Quellmoor Nature Conservation")?.kind != .organization)
    }
}
