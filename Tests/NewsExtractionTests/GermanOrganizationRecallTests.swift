import NewsExtraction
import NewsModel
import Testing

/// German company and organisation names that the general rules missed: names of English or
/// unknown words after an industry cue, foreign legal forms in lower case or several tokens,
/// genitives of known names, national units, institutions of known organisations, definite
/// institutes and parliament words. All names are invented.
@Suite struct GermanOrganizationRecallTests {
    private func companies(_ text: String) -> [String] {
        let table = EntityRecognizerTests.entities(text)
        return table.entities.filter { $0.kind == .company || $0.kind == .organization }.map(\.name)
    }

    @Test func theFederalPoliceIsAnOrganisation() {
        let names = companies("Die Bundespolizei kontrollierte am Montag die Züge aus Salzburg.")
        #expect(names.contains("Bundespolizei"), "\(names)")
    }

    @Test func englishWordAfterIndustryCue() {
        let names = companies("Der Kartendienst Harbor wurde verkauft. Später meldete der Bezahlfernsehkonzern Lantern Gewinne.")
        #expect(names.contains("Harbor"), "\(names)")
        #expect(names.contains("Lantern"), "\(names)")
    }

    @Test func realEstateGroupAndDepartmentStoreCues() {
        let names = companies("Die Immobiliengruppe Selvanta von Rainer Kolbeck kauft das Kaufhaus Trevalia.")
        #expect(names.contains("Selvanta") && names.contains("Trevalia"), "\(names)")
    }

    @Test func townAdjectiveBeforeABankWord() {
        let table = EntityRecognizerTests.entities("Die Tiroler Sparkasse hat ihre Beteiligung an der Vandora AG erhöht. Auch die Kärntner Landesholding verkauft.")
        let names = EntityRecognizerTests.names(table, kind: .company)
        #expect(names.contains("Tiroler Sparkasse") && names.contains("Kärntner Landesholding"), "\(names)")
    }

    @Test func acronymDescribedAsASubsidiary() {
        #expect(companies("Die TAR, eine Tochtergesellschaft der Holzmark AG, buchte Anzeigen.").contains("TAR"))
        // An acronym that spells an English word, too.
        #expect(companies("Die ARE, eine Tochtergesellschaft der Holzmark AG, buchte Anzeigen.").contains("ARE"))
        #expect(!companies("Die ARE buchte Anzeigen.").contains("ARE"))
    }

    @Test func unknownTwoWordNameAfterCompoundCue() {
        let names = companies("Der Flugzeugzulieferer Premium Zaltec streicht 500 Stellen in Bayern.")
        #expect(names.contains("Premium Zaltec"), "\(names)")
    }

    @Test func inflectedCueBeforeName() {
        let names = companies("Der Chef des ukrainischen Gasmonopolisten Borvagaz sprach in Kiew.")
        #expect(names.contains("Borvagaz"), "\(names)")
    }

    @Test func personAfterCuedNameStaysAPerson() {
        let table = EntityRecognizerTests.entities("Der Chef des Gasmonopolisten Borvagaz Andrej Kolbenko war optimistisch.")
        let people = EntityRecognizerTests.names(table, kind: .person)
        #expect(people.contains("Andrej Kolbenko"), "\(people)")
        #expect(companies("Der Chef des Gasmonopolisten Borvagaz Andrej Kolbenko war optimistisch.").contains("Borvagaz"))
    }

    @Test func germanNounAfterCueIsNoName() {
        let names = companies("Der Konzern Umsatz stieg nicht, wie das Unternehmen Analysten mitteilte.")
        #expect(names.isEmpty, "\(names)")
    }

    @Test func givenNameAndSurnameAfterCueIsAPerson() {
        let table = EntityRecognizerTests.entities("Der Investor Markus Talberg kauft Aktien.")
        #expect(EntityRecognizerTests.names(table, kind: .person).contains("Markus Talberg"))
        #expect(!companies("Der Investor Markus Talberg kauft Aktien.").contains { $0.contains("Talberg") })
    }

    @Test func lowerCaseAndSplitForeignLegalForms() {
        let names = companies(
            "Beteiligt sind Brelvo s.r.o., die Tatrik a.s., Polmex sp. z o.o., Danvik A/S und die Halder Ges.m.b.H. aus Linz.")
        for name in ["Brelvo s.r.o.", "Tatrik a.s.", "Polmex sp. z o.o.", "Danvik A/S", "Halder Ges.m.b.H."] {
            #expect(names.contains(name), "\(name) not in \(names)")
        }
    }

    @Test func austrianPartnershipForm() {
        let names = companies("Die Mirlak & Co OG verkauft Werkzeuge.")
        #expect(names.contains("Mirlak & Co OG"), "\(names)")
    }

    @Test func abbreviationWithDotsIsNoLegalForm() {
        let names = companies("Die Preise stiegen u.a. in Wien, d.h. deutlich.")
        #expect(names.isEmpty, "\(names)")
    }

    @Test func genitiveOfKnownCompany() {
        let table = EntityRecognizerTests.entities("Nintendos neues Spiel kommt später in den Handel.")
        #expect(EntityRecognizerTests.entity(table, "Nintendo")?.kind == .company, "\(table.entities.map(\.name))")
    }

    @Test func nationalUnitOfAFoundCompany() {
        let names = companies("Der Bezahlsender Talvox wächst. Im Vorjahr übernahm Talvox auch Talvox Italien.")
        #expect(names.contains("Talvox"), "\(names)")
        #expect(names.contains("Talvox Italien"), "\(names)")
    }

    @Test func countryAfterUnknownWordIsNoUnit() {
        let names = companies("Gestern reiste Kanzler Meier nach Italien.")
        #expect(names.isEmpty, "\(names)")
    }

    @Test func fundOfAKnownOrganisation() {
        let table = EntityRecognizerTests.entities("Österreich zahlt elf Millionen an den EU-Talfonds und den UN-Hilfsfonds.")
        let orgs = EntityRecognizerTests.names(table, kind: .organization)
        #expect(orgs.contains("EU-Talfonds"), "\(orgs)")
        #expect(orgs.contains("UN-Hilfsfonds"), "\(orgs)")
    }

    @Test func definiteHyphenatedInstitute() {
        let table = EntityRecognizerTests.entities("Laut einer Studie des Moorland-Instituts sinken die Preise.")
        let orgs = EntityRecognizerTests.names(table, kind: .organization)
        #expect(orgs.contains { $0.hasPrefix("Moorland-Institut") }, "\(orgs)")
    }

    @Test func parliamentAndCabinetWords() {
        let table = EntityRecognizerTests.entities("Der Ministerrat beschloss das Paket, die Nationalversammlung stimmte zu.")
        let orgs = EntityRecognizerTests.names(table, kind: .organization)
        #expect(orgs.contains("Ministerrat"), "\(orgs)")
        #expect(orgs.contains("Nationalversammlung"), "\(orgs)")
    }
}

/// Generic compounds with a known organisation's acronym stay unnamed.
@Suite struct GermanOrganizationGenericFundTests {
    @Test func pluralFundsAreNoName() {
        let table = EntityRecognizerTests.entities("Die EU-Staaten versprachen für die beiden EU-Talfonds viel Geld.")
        let orgs = EntityRecognizerTests.names(table, kind: .organization)
        #expect(!orgs.contains("EU-Talfonds"), "\(orgs)")
    }
}

/// Guards of the German cue and genitive rules against ordinary text.
@Suite struct GermanCueNameGuardTests {
    private func companies(_ text: String) -> [String] {
        EntityRecognizerTests.entities(text).entities.filter { $0.kind == .company || $0.kind == .organization }.map(\.name)
    }

    @Test func adjectiveEndingLikeACueIsNoCue() {
        let names = companies("Angesichts wachsender Komplexitäten und nach umfassender Videoanalyse entschied das Gericht.")
        #expect(!names.contains("Komplexitäten") && !names.contains("Videoanalyse"), "\(names)")
    }

    @Test func englishPhraseAfterEnglishCueIsNoName() {
        let names = companies("Der Chief Software Architect stellte die App Stores der Konkurrenz vor.")
        #expect(!names.contains("Architect") && !names.contains("Stores"), "\(names)")
    }

    @Test func genitiveAfterGivenNameIsAPerson() {
        let table = EntityRecognizerTests.entities("Im Theater läuft eine Oper Giuseppe Verdis vor vollem Haus.")
        #expect(!EntityRecognizerTests.names(table, kind: .organization).contains("Verdi"))
    }
}

/// News sources named after a verb of publishing, and company names after German deal phrases.
@Suite struct GermanSourceNameTests {
    @Test func sourceAfterPublishingVerb() {
        let table = EntityRecognizerTests.entities(
            "Der Roboter fährt schneller als gedacht, schreibt Techblick. Wie Quorix Review berichtet, ist er teuer.")
        let orgs = EntityRecognizerTests.names(table, kind: .organization)
        #expect(orgs.contains("Techblick"), "\(orgs)")
        #expect(orgs.contains("Quorix Review"), "\(orgs)")
    }

    @Test func ordinaryNounAfterPublishingVerbIsNoSource() {
        let table = EntityRecognizerTests.entities("Die Firma meldet Insolvenz an, berichtet Anna Keller.")
        let orgs = EntityRecognizerTests.names(table, kind: .organization)
        #expect(orgs.isEmpty, "\(orgs)")
    }

    @Test func companyAfterGermanDealPhrase() {
        let table = EntityRecognizerTests.entities("Die Übernahme von Zentrix VR kostete zwei Milliarden Dollar.")
        #expect(EntityRecognizerTests.entity(table, "Zentrix VR")?.kind == .company, "\(table.entities.map(\.name))")
    }
}

/// Nouns after German deal phrases that are no company names.
@Suite struct GermanDealPhraseGuardTests {
    @Test func nounFormsAfterDealPhraseAreNoNames() {
        let table = EntityRecognizerTests.entities(
            "Man sprach über die Übernahme von Asylwerbern und den Verkauf von Landesbeteiligungen an Investoren.")
        let names = table.entities.filter { $0.kind == .company || $0.kind == .organization }.map(\.name)
        #expect(names.isEmpty, "\(names)")
    }
}

/// Universities named with their town.
@Suite struct GermanUniversityPlaceTests {
    @Test func universityWithPlace() {
        let table = EntityRecognizerTests.entities("Die Universität Salzburg hatte dem Forscher den Titel aberkannt.")
        let orgs = EntityRecognizerTests.names(table, kind: .organization)
        #expect(orgs.contains("Universität Salzburg"), "\(orgs)")
    }
}
