import NewsExtraction
import NewsModel
import Testing

/// German organisation forms: institutions with a place complement, unknown acronyms in
/// brackets, town newspapers, institution compounds and English lead words. Invented names only
/// (real places, because the place rules need known places); each rule also checks ordinary
/// German words that must stay no entity.
@Suite struct EntityGermanOrganizationFormsTests {
    typealias T = EntityRecognizerTests

    @Test func institutionWithHyphenatedPlace() {
        let table = T.entities("Die Genehmigung bestätigte das Verkehrsministerium Baden-Württemberg am Freitag.")
        #expect(T.entity(table, "Verkehrsministerium Baden-Württemberg")?.kind == .organization)
        #expect(T.entity(table, "Verkehrsministerium") == nil)
    }

    @Test func institutionGenitiveWithPlace() {
        let table = T.entities("Teile des Urteils des Straflandesgerichts Linz wurden vom Höchstgericht aufgehoben.")
        #expect(T.entity(table, "Straflandesgerichts Linz")?.kind == .organization)
    }

    @Test func genitiveAndNominativeOfAnInstitutionAreOneOrganisation() {
        let table = T.entities(
            "Die Freisprüche des Landgerichts Linz wurden aufgehoben. Das Landgericht Linz muss den Prozess neu aufnehmen.")
        let court = T.entity(table, "Landgericht Linz")
        #expect(court?.kind == .organization)
        #expect(court?.aliases.contains("Landgerichts Linz") == true)
        #expect(table.entities.filter { $0.name.hasPrefix("Landgericht") }.count == 1)
    }

    @Test func partyWithGenitivePlaceAndAcronym() {
        let table = T.entities(
            "Bei der Wahl gewann die Sozialistische Partei Ungarns (SPQU) 40 Prozent. Der SPQU-Chef sprach von einem Erfolg.")
        let party = T.entity(table, "Sozialistische Partei Ungarns")
        #expect(party?.kind == .organization)
        #expect(party?.aliases.contains("SPQU") == true)
    }

    @Test func chamberWithVonAndPlace() {
        let table = T.entities("Nach Angaben der Handelskammer von Graz dauert der Umweg zwei Tage länger.")
        #expect(T.entity(table, "Handelskammer von Graz")?.kind == .organization)
    }

    @Test func placeAfterOrdinaryNounStaysAPlace() {
        let table = T.entities("Die Zahl der Touristen von Graz stieg, die Nachfrage aus Baden-Württemberg auch.")
        #expect(table.entities.allSatisfy { $0.kind == .place })
    }

    @Test func personsPartyInBrackets() {
        let table = T.entities("Regierungschefin Lena Quastova (PLVM) will verhandeln. Die PLVM lehnt Neuwahlen ab.")
        #expect(T.entity(table, "PLVM")?.kind == .organization)
        #expect(T.entity(table, "Lena Quastova")?.kind == .person)
    }

    @Test func acronymAfterOrganisationWord() {
        let table = T.entities("Das Bündnis aus Liberaldemokraten (LDQ) und Grünen kam auf 57 Sitze.")
        #expect(T.entity(table, "LDQ")?.kind == .organization)
    }

    @Test func abbreviationsOfThingsAreNoOrganisations() {
        let table = T.entities(
            "Das Bruttoinlandsprodukt (BIP) wuchs, die Künstliche Intelligenz (KI) auch. Die Zahl der Lastwagen (LKW) sank, "
                + "die Wasserqualität (WQX) stieg.")
        #expect(T.names(table, kind: .organization).isEmpty)
        #expect(T.names(table, kind: .company).isEmpty)
    }

    @Test func townNewspaper() {
        let table = T.entities("Zuvor hatten die Grazer Nachrichten darüber berichtet.")
        #expect(T.entity(table, "Grazer Nachrichten")?.kind == .organization)
    }

    @Test func ordinaryNewsAreNoNewspaper() {
        let table = T.entities("Die Nachrichten aus Graz waren gut, die Wiener Touristen lasen keine Zeitung.")
        #expect(T.names(table, kind: .organization).isEmpty)
    }

    @Test func countryAdjectiveDescribesAPaper() {
        let table = T.entities("Das Bild erschien in einer Grazer Zeitung und in der Schweizer Zeitung am Montag.")
        #expect(T.names(table, kind: .organization).isEmpty)
    }

    @Test func sportsCountryCodesAreNoOrganisations() {
        let table = T.entities("Ergebnis: 1. Lena Quastova (AUT) 8:17:43 2. Mara Veitlund (GER) 8:18:50 3. Ina Sorv (NOR) 8:19:02.")
        #expect(T.names(table, kind: .organization).isEmpty)
    }

    @Test func institutionCompound() {
        let table = T.entities("Einer der Käufer war die Quellmann-Privatstiftung, in deren Vorstand er saß.")
        #expect(T.entity(table, "Quellmann-Privatstiftung")?.kind == .organization)
    }

    @Test func ordinaryInstitutionCompoundIsNoName() {
        let table = T.entities("Eine Klima-Stiftung und eine Familien-Privatstiftung wurden gegründet.")
        #expect(T.names(table, kind: .organization).isEmpty)
    }

    @Test func englishLeadWordJoinsTheName() {
        let table = T.entities("Der Sender kündigte eine Partnerschaft mit der International Drone Tarnwick Association an.")
        #expect(T.entity(table, "International Drone Tarnwick Association") != nil)
        #expect(T.entity(table, "Drone Tarnwick Association") == nil)
    }

    @Test func unknownAcronymAsSubjectOfAStatement() {
        let table = T.entities("Die QVX teilte am Montag mit, dass die Preise steigen. Laut TKVM sei die Lage ernst.")
        #expect(T.entity(table, "QVX")?.kind == .organization)
        #expect(T.entity(table, "TKVM")?.kind == .organization)
    }

    @Test func knownAbbreviationsAsSubjectsAreNoOrganisations() {
        let table = T.entities("Das BIP stieg um zwei Prozent. Die SMS kam am Montag an, laut GPS war er in Graz.")
        #expect(T.names(table, kind: .organization).isEmpty)
        #expect(T.names(table, kind: .company).isEmpty)
    }

    @Test func englishOpenerAfterACue() {
        let table = T.entities("Das Start-up Open Quellwerk sammelte Geld ein.")
        #expect(T.entity(table, "Open Quellwerk")?.kind == .company)
        #expect(T.entity(table, "Open") == nil)
    }

    @Test func ordinaryWordAfterOpenerIsNoName() {
        let table = T.entities("Das Unternehmen New Zeitung lehnt ab.")
        #expect(T.entity(table, "New Zeitung") == nil)
    }

    @Test func courtWithUnknownTown() {
        let table = T.entities("Das Landgericht Talbrück verurteilte den Manager zu zwei Jahren Haft.")
        #expect(T.entity(table, "Landgericht Talbrück")?.kind == .organization)
    }

    @Test func foundationAndAssociationAfterCue() {
        let table = T.entities("Die Stiftung Talwerk fördert junge Forscher. Der Verein Quellhof lehnt das Projekt ab.")
        #expect(T.entity(table, "Talwerk")?.kind == .organization)
        #expect(T.entity(table, "Quellhof")?.kind == .organization)
    }

    @Test func serviceProviderCompound() {
        let table = T.entities("Der Zahlungsdienstleister Quirvo hat 50 Mitarbeiter.")
        #expect(T.entity(table, "Quirvo")?.kind == .company)
    }
}
