import NewsExtraction
import NewsModel
import Testing

/// German speakers named by one word or by a role in a source phrase. Invented names throughout.
@Suite struct QuoteGermanLoneSpeakerTests {
    static func quotes(_ text: String) -> [Quote] {
        let article = Article(id: "probe", title: "Probe", paragraphs: ["Probe", text], language: .german)
        return RuleBasedExtractor().extract(from: article).quotes
    }

    static func quote(_ text: String, startingWith content: String) -> Quote? {
        quotes(text).first { $0.text.hasPrefix(content) }
    }

    @Test func aRoleInADativeSourcePhraseRefersBack() {
        let text = """
            Die Versicherung befragte 1.000 Kunden, sagte Tobias Quernmayr, Generaldirektor der Valdur. Der \
            Wagen wird laut dem Generaldirektor in Zukunft wichtig bleiben.
            """
        #expect(Self.quote(text, startingWith: "Der Wagen wird")?.speaker?.name == "Tobias Quernmayr", "\(Self.quotes(text))")
        let zufolge = """
            Die Versicherung befragte 1.000 Kunden, sagte Tobias Quernmayr, Generaldirektor der Valdur. Dem \
            Generaldirektor zufolge bleibt der Wagen wichtig.
            """
        #expect(Self.quote(zufolge, startingWith: "bleibt der Wagen")?.speaker?.name == "Tobias Quernmayr", "\(Self.quotes(zufolge))")
    }

    @Test func aLoneGivenNameSpeaksWhenNoOneOfThatNameWasNamedInFull() {
        let text = """
            Vor der Halle steht Farid mit seinem Sohn. Man hat nur ein Leben, sagt Farid. Zurück können sie \
            nicht, sagt Farid.
            """
        #expect(Self.quote(text, startingWith: "Man hat nur")?.speaker?.name == "Farid", "\(Self.quotes(text))")
        #expect(Self.quote(text, startingWith: "Zurück können")?.speaker?.name == "Farid", "\(Self.quotes(text))")
    }

    @Test func aLoneWordOfAPersonNamedBeforeIsThatPerson() {
        let text = """
            Die Trainerin Maren Quastfeld verlor das Spiel. Sie habe unter großem Druck gestanden, sagte Maren.
            """
        #expect(Self.quote(text, startingWith: "Sie habe unter")?.speaker?.name == "Maren Quastfeld", "\(Self.quotes(text))")
    }

    @Test func aPersonNounBeforeASurnameIsNoPartOfTheName() {
        let text = """
            Verteidigungsminister Klaffner sprach von einem Leitsystem. Sein Regierungskollege Quastmeyer \
            betonte, dass es sich um einen Zaun handle.
            """
        #expect(Self.quote(text, startingWith: "dass es sich um")?.speaker?.name == "Quastmeyer", "\(Self.quotes(text))")
    }
}

/// German bodies named by a compound at the cue that the entity stage missed ("kritisierte der
/// Rechnungshof"). Invented texts.
@Suite struct QuoteGermanInstitutionSpeakerTests {
    static func extraction(_ text: String) -> ArticleFacts {
        let article = Article(id: "probe", title: "Probe", paragraphs: ["Probe", text], language: .german)
        return RuleBasedExtractor().extract(from: article)
    }

    @Test func aDefiniteBodyCompoundAtTheCueSpeaksAndIsAnOrganisation() {
        let cases = [
            ("Die Länder hätten die Regeln nicht umgesetzt, kritisierte der Rechnungshof am Dienstag.", "Rechnungshof"),
            ("Nikotin könne schon nach einer Zigarette abhängig machen, berichtet die Ärztezeitung.", "Ärztezeitung"),
            ("Die zentrale Wahlkommission erklärte, das Gericht sei nicht zuständig.", "Wahlkommission"),
        ]
        for (text, body) in cases {
            let result = Self.extraction(text)
            #expect(result.quotes.first?.speaker?.name == body, "\(result.quotes)")
            #expect(result.entities.contains { $0.name == body && $0.kind == .organization }, "\(result.entities)")
        }
    }

    @Test func aKindOfPaperOrABareHeadNamesNoBody() {
        for text in [
            "Die Werte seien zu hoch, berichtete die Tageszeitung.",
            "Die Werte seien zu hoch, erklärte die Kommission.",
        ] {
            let result = Self.extraction(text)
            #expect(result.quotes.allSatisfy { $0.speaker == nil }, "\(result.quotes)")
            #expect(result.entities.isEmpty, "\(result.entities)")
        }
    }
}

/// Reporting verbs right after the content's comma ("…, verdeutlichte X", "…, schrieb die
/// Senatorin X am Abend auf Twitter"). Invented names.
@Suite struct QuoteGermanInvertedReportingTests {
    static func speaker(_ text: String, of content: String) -> String? {
        let article = Article(id: "probe", title: "Probe", paragraphs: ["Probe", text], language: .german)
        return RuleBasedExtractor().extract(from: article).quotes.first { $0.text.hasPrefix(content) }?.speaker?.name
    }

    @Test func aClarifyingVerbAfterTheCommaAttributes() {
        let text = "Die Flächen werden genau ausgewiesen, verdeutlichte VCÖ-Expertin Ulla Quernbach."
        #expect(Self.speaker(text, of: "Die Flächen werden") == "Ulla Quernbach")
        let object = "Die Kommission führt die Frage zu Ende, präzisierte Energieminister Alexander Quernbach die Herkunft des Geldes."
        #expect(Self.speaker(object, of: "Die Kommission führt") == "Alexander Quernbach")
    }

    @Test func aLongerSpeakerPhraseThatNamesAPersonStillAttributes() {
        let text = """
            Die Regierung hat einen Flüchtling angeklagt, schrieb die australische Senatorin Sarah Quernbach am \
            Freitagabend auf Twitter.
            """
        #expect(Self.speaker(text, of: "Die Regierung hat") == "Sarah Quernbach")
        // A long phrase with no one named in it is no speaker phrase.
        let unnamed = """
            Die Regierung hat einen Flüchtling angeklagt, schrieb die größte der australischen Zeitungen am späten \
            Freitagabend auf ihrer Seite im Netz.
            """
        #expect(Self.speaker(unnamed, of: "Die Regierung hat") == nil)
    }
}

/// "Vizekanzler X am Donnerstag: …": a name with a role before it and a short setting after it,
/// then a colon, opens what the person said. Invented names.
@Suite struct QuoteGermanNameColonTests {
    static func quotes(_ text: String) -> [Quote] {
        let article = Article(id: "probe", title: "Probe", paragraphs: ["Probe", text], language: .german)
        return RuleBasedExtractor().extract(from: article).quotes
    }

    @Test func aNameWithRoleAndSettingBeforeAColonSpeaks() {
        let text = """
            Die Zahlen seien falsch, sagte Reinhold Quastler. Vizekanzler Reinhold Quastler am Donnerstag: So \
            kann man nicht Politik machen.
            """
        let quote = Self.quotes(text).first { $0.text.hasPrefix("So kann man") }
        #expect(quote?.speaker?.name == "Reinhold Quastler", "\(Self.quotes(text))")
        let interview = """
            Die Zahlen seien falsch, sagte Reinhold Quastler. Quastler im Interview: Das Volumen wird bei 15 \
            Millionen liegen.
            """
        #expect(Self.quotes(interview).contains { $0.text.hasPrefix("Das Volumen") && $0.speaker?.name == "Reinhold Quastler" })
    }

    @Test func aVerbInTheSettingMakesItNoLabel() {
        let text = """
            Die Zahlen seien falsch, sagte Reinhold Quastler. Quastler am Ende verlor: Das Volumen wird bei 15 \
            Millionen liegen.
            """
        #expect(!Self.quotes(text).contains { $0.text.hasPrefix("Das Volumen") }, "\(Self.quotes(text))")
    }
}
