import NewsExtraction
import NewsModel
import Testing

/// Organisation names found by their form (sports clubs, quoted names after a cue), source
/// compounds ("X-Korrespondent"), genitive association cues, and English plant and court names
/// that are no companies.
@Suite struct GermanOrganizationPatternTests {
    @Test func sportsClubsWithNumberAndYear() {
        let table = EntityRecognizerTests.entities(
            "Der 1. FC Quellbach verpflichtet einen Stürmer vom SV Moorstadt 04. Der Wechsel kostet den Verein viel Geld.")
        let orgs = EntityRecognizerTests.names(table, kind: .organization)
        #expect(orgs.contains("1. FC Quellbach"), "\(orgs)")
        #expect(orgs.contains("SV Moorstadt 04"), "\(orgs)")
    }

    @Test func clubScoreIsNotPartOfTheName() {
        let table = EntityRecognizerTests.entities("Am Sonntag gewann der FC Talheim 2:1 gegen den TSV Ulmenried.")
        let orgs = EntityRecognizerTests.names(table, kind: .organization)
        #expect(orgs.contains("FC Talheim"), "\(orgs)")
        #expect(orgs.contains("TSV Ulmenried"), "\(orgs)")
        #expect(!orgs.contains { $0.hasSuffix("2") }, "\(orgs)")
    }

    @Test func clubAbbreviationBeforeOrdinaryNounIsNoClub() {
        let table = EntityRecognizerTests.entities("Die SV Beiträge steigen im nächsten Jahr.")
        #expect(table.entities.filter { $0.kind != .place }.isEmpty, "\(table.entities.map(\.name))")
    }

    @Test func quotedNamesAfterCueWords() {
        let table = EntityRecognizerTests.entities(
            "Die Zeitung „Talblick Bote“ berichtet, die Firma „Zentrofin“ wolle expandieren.")
        #expect(EntityRecognizerTests.entity(table, "Talblick Bote")?.kind == .organization)
        #expect(EntityRecognizerTests.entity(table, "Zentrofin")?.kind == .company)
    }

    @Test func quotedHeadlineAfterCueIsNoName() {
        let table = EntityRecognizerTests.entities("Das Blatt titelte „Wir sind pleite“ und erntete Spott.")
        #expect(table.entities.filter { $0.kind != .place }.isEmpty, "\(table.entities.map(\.name))")
    }

    @Test func knownSourceBeforeReporterCompound() {
        let table = EntityRecognizerTests.entities(
            "Ein ORF-Korrespondent sprach mit den Geiseln. Nach APA-Informationen geht es ihnen gut.")
        let orgs = EntityRecognizerTests.names(table, kind: .organization)
        #expect(orgs.contains("ORF"), "\(orgs)")
        #expect(orgs.contains("Austria Presse Agentur"), "\(orgs)")
    }

    @Test func knownCompanyInGenitiveGroupCompound() {
        let table = EntityRecognizerTests.entities("Die meisten Autos kommen aus Fabriken des japanischen Nissan-Konzerns.")
        #expect(EntityRecognizerTests.entity(table, "Nissan")?.kind == .company)
    }

    @Test func genitiveAssociationCue() {
        let table = EntityRecognizerTests.entities(
            "Nach Zahlen des britischen Branchenverbands KLMT sank die Produktion deutlich.")
        #expect(EntityRecognizerTests.entity(table, "KLMT")?.kind == .organization)
    }

    @Test func englishPlantAndCourtNamesAreNoCompanies() {
        let table = EntityRecognizerTests.entities(
            "The Quarry Creek Nuclear Power Plant was shut. A suit was filed in Ostend Federal Court. "
                + "Brabble Power said it would appeal.",
            language: .english)
        let companies = EntityRecognizerTests.names(table, kind: .company)
        #expect(!companies.contains { $0.hasPrefix("Quarry Creek") }, "\(companies)")
        #expect(!companies.contains("Ostend Federal"), "\(companies)")
        #expect(companies.contains("Brabble Power"), "\(companies)")
    }

    @Test func clubsAndNewOrganisationsFromTheGazetteer() {
        let table = EntityRecognizerTests.entities(
            "Der FC Bayern München und Human Rights Watch kritisieren die Grazer Wechselseitige.")
        #expect(EntityRecognizerTests.entity(table, "FC Bayern München")?.kind == .organization)
        #expect(EntityRecognizerTests.entity(table, "Human Rights Watch")?.kind == .organization)
        #expect(EntityRecognizerTests.entity(table, "Grazer Wechselseitige")?.kind == .company)
    }
}

/// Names after "namens"/"called" and ministries written as hyphen compounds with a country.
@Suite struct GermanNamedAndMinistryTests {
    @Test func nameAfterCueAndNamens() {
        let table = EntityRecognizerTests.entities("Der Pionier ist ein Start-up namens Zentrofin aus Kalifornien.")
        #expect(EntityRecognizerTests.entity(table, "Zentrofin")?.kind == .company)
    }

    @Test func nameAfterCueAndCalled() {
        let table = EntityRecognizerTests.entities(
            "The chips come from a company called Brelvox, the report said.", language: .english)
        #expect(EntityRecognizerTests.entity(table, "Brelvox")?.kind == .company)
    }

    @Test func countryMinistryCompound() {
        let table = EntityRecognizerTests.entities(
            "Das US-Justizministerium klagt. Ein US-Gericht entscheidet später über den Fall.")
        let orgs = EntityRecognizerTests.names(table, kind: .organization)
        #expect(orgs.contains("US-Justizministerium"), "\(orgs)")
        #expect(!orgs.contains("US-Gericht"), "\(orgs)")
    }
}

/// A newspaper's self-reference in capitals is the paper in German text and an ordinary word in
/// English price tables.
@Suite struct CapitalisedAliasTests {
    @Test func germanSelfReferenceInCapitals() {
        let table = EntityRecognizerTests.entities("Wie der STANDARD berichtet, steigen die Mieten weiter.")
        #expect(EntityRecognizerTests.entity(table, "STANDARD")?.kind == .organization)
    }

    @Test func englishCapitalisedOrdinaryWordIsNoName() {
        let table = EntityRecognizerTests.entities(
            "Copper grade A was steady in quiet trade. COPPER STANDARD - Nil trading reported today.", language: .english)
        #expect(EntityRecognizerTests.entity(table, "STANDARD") == nil, "\(table.entities.map(\.name))")
    }
}

/// Associations named by a genitive group, and quoted names that swallow partial names.
@Suite struct GermanAssociationNameTests {
    @Test func associationOfAGroup() {
        let table = EntityRecognizerTests.entities(
            "Der Bundesverband der Hersteller von Zwergnudeln schätzt den Schaden auf zehn Millionen Euro.")
        let orgs = EntityRecognizerTests.names(table, kind: .organization)
        #expect(orgs.contains("Bundesverband der Hersteller von Zwergnudeln"), "\(orgs)")
    }

    @Test func officeOfAPersonIsNoAssociation() {
        let table = EntityRecognizerTests.entities("Er übernahm das Amt des Bürgermeisters im Mai.")
        #expect(table.entities.filter { $0.kind == .organization }.isEmpty, "\(table.entities.map(\.name))")
    }

    @Test func quotedNameTakesOverPartialNames() {
        let table = EntityRecognizerTests.entities(
            "Der Vorstand der schottischen Firma „Brelvox Life Assurance Company“ plant eine Umwandlung.")
        let companies = EntityRecognizerTests.names(table, kind: .company)
        #expect(companies.contains("Brelvox Life Assurance Company"), "\(companies)")
        #expect(!companies.contains("Assurance Company"), "\(companies)")
    }

    @Test func quotedNameAfterOrganisationWord() {
        let table = EntityRecognizerTests.entities(
            "Ein Vertreter der Umweltschutzorganisation „Talvik Nature Alliance“ kritisierte die Entscheidung.")
        #expect(EntityRecognizerTests.entity(table, "Talvik Nature Alliance")?.kind == .organization)
    }
}

/// Newspaper names that start with a capitalised article, and courts with a "für" complement.
@Suite struct GermanArticleNameTests {
    @Test func capitalisedArticleAfterNewspaperCue() {
        let table = EntityRecognizerTests.entities("Das berichtet die Zeitung Die Talpost am Montag.")
        #expect(EntityRecognizerTests.entity(table, "Die Talpost")?.kind == .organization)
    }

    @Test func courtWithComplement() {
        let table = EntityRecognizerTests.entities(
            "Die Firma bringt beim Landesgericht für Zivilrechtssachen einen Antrag ein.")
        let orgs = EntityRecognizerTests.names(table, kind: .organization)
        #expect(orgs.contains("Landesgericht für Zivilrechtssachen"), "\(orgs)")
    }

    @Test func portalCue() {
        let table = EntityRecognizerTests.entities("Auch über das Fluggastrechte-Portal Zelvright floss kein Geld.")
        #expect(EntityRecognizerTests.entity(table, "Zelvright")?.kind == .company)
    }
}

/// An institution word and the name after it, even when the cue rule took that name first.
@Suite struct GermanInstitutionPairTests {
    @Test func cooperativeBankWithName() {
        let table = EntityRecognizerTests.entities("Die Pleitebanken sind die Volksbank Quellheim und zwei Sparkassen.")
        let companies = EntityRecognizerTests.names(table, kind: .company)
        #expect(companies.contains("Volksbank Quellheim"), "\(companies)")
        #expect(!companies.contains("Quellheim"), "\(companies)")
    }
}
