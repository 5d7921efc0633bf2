import NewsExtraction
import NewsModel
import Testing

/// German attribution shapes of the dequotes18 blind sample and dev misses: a date between commas
/// in the attribution ("heute, Freitag,"), long "wie" clauses after the content, the speaker's
/// second predicate after "und", rejections and present-tense "stellt klar" before a colon, and a
/// long adverbial before a Konjunktiv content. Each rule has a guard against over-firing. Invented
/// names throughout.
@Suite struct QuoteGermanAttributionShapesTests {
    static let lena = QuoteFixture.Person(name: "Lena Morvik")
    static let jonas = QuoteFixture.Person(name: "Jonas Wittmer")

    static func german(_ body: String) -> [Quote] {
        QuoteFixture.quotes("Titel\n\n" + body, language: .german, people: [lena, jonas], companies: ["Veltrona AG"])
    }

    // MARK: A date between commas

    @Test func aDateBetweenCommasStaysInTheTrailingAttribution() {
        let quotes = Self.german(
            "Die Firmen stellten um zwei Prozent weniger her, teilte die Veltrona AG heute, Freitag, in Linz mit.")
        #expect(quotes.count == 1, "\(quotes)")
        #expect(quotes.first?.text == "Die Firmen stellten um zwei Prozent weniger her")
        #expect(quotes.first?.speaker?.name == "Veltrona AG")
    }

    @Test func aDateBetweenCommasOpensNoContentAfterAForwardCue() {
        let quotes = Self.german("Lena Morvik sagte heute, Montag, die Zinsen blieben niedrig.")
        #expect(quotes.count == 1, "\(quotes)")
        #expect(quotes.first?.text == "die Zinsen blieben niedrig")
        #expect(quotes.first?.speaker?.name == "Lena Morvik")
    }

    @Test func aWeekdayAfterACommaWithoutADayWordIsNoDate() {
        // No "heute" before it: "Freitag" opens the content, it is no date of the attribution.
        let quotes = Self.german("Lena Morvik sagte, Freitag, der Tag der Wahl, sei ein Feiertag.")
        #expect(quotes.first?.text == "Freitag, der Tag der Wahl, sei ein Feiertag", "\(quotes)")
    }

    // MARK: Long "wie" clauses

    @Test func aLongWieClauseAfterTheContentNamesTheSpeaker() {
        let company = Self.german(
            "Jonas Wittmer wird künftig den Aufsichtsrat leiten, wie das Unternehmen am Freitag in Linz mitteilte.")
        #expect(company.count == 1, "\(company)")
        #expect(company.first?.text == "Jonas Wittmer wird künftig den Aufsichtsrat leiten")
        let person = Self.german(
            "Der Roboter sollte die Federn greifen und bewerten, wie Lena Morvik von der Veltrona AG in Linz sagte.")
        #expect(person.count == 1, "\(person)")
        #expect(person.first?.text == "Der Roboter sollte die Federn greifen und bewerten")
        #expect(person.first?.speaker?.name == "Lena Morvik")
    }

    @Test func aLongWieAfterSoAndAnAdjectiveIsAComparison() {
        // "so stark, wie X … mitgeteilt hatte" compares; the long reach is not read after "so".
        let quotes = Self.german(
            "Die Preise stiegen so stark, wie die Veltrona AG am Freitag in Linz mitgeteilt hatte.")
        #expect(quotes.isEmpty, "\(quotes)")
    }

    @Test func aSourceCitedAmongOthersGetsNoLongReach() {
        let quotes = Self.german(
            "Im Zuge dessen übernimmt die Veltrona AG die Mehrheit, wie unter anderem das Linzer Abendblatt berichtet.")
        #expect(quotes.isEmpty, "\(quotes)")
    }

    // MARK: The speaker's second predicate

    @Test func undAndAVerbAfterTheSpeakerEndTheSpeakerPhrase() {
        let quotes = Self.german(
            "Beispielhaft möchte die Stadt hier sein, betont Lena Morvik und lässt durchblicken, dass sie Zweifel hat.")
        #expect(quotes.contains { $0.text == "Beispielhaft möchte die Stadt hier sein" && $0.speaker?.name == "Lena Morvik" },
            "\(quotes)")
    }

    @Test func undBeforeASecondNameStaysInTheSpeakerPhrase() {
        // "und Jonas Wittmer" joins a second speaker; the first one speaks, as before.
        let quotes = Self.german("Die Lage bleibt ernst, sagten Lena Morvik und Jonas Wittmer.")
        #expect(quotes.first?.speaker?.name == "Lena Morvik", "\(quotes)")
        #expect(quotes.first?.text == "Die Lage bleibt ernst")
    }

    // MARK: Before a colon

    @Test func aRejectionBeforeAColonIntroducesTheAnswer() {
        let present = Self.german(
            "Dass der Bericht ein Grund für den Streit war, weist Jonas Wittmer zurück: Wir haben immer offen verhandelt.")
        #expect(present.contains { $0.text == "Wir haben immer offen verhandelt" && $0.speaker?.name == "Jonas Wittmer" },
            "\(present)")
        let perfect = Self.german(
            "Vorwürfe, der Plan nütze nur den Banken, hatte Lena Morvik zurückgewiesen: Nicht die Banken, sondern die Kunden gewinnen.")
        #expect(perfect.contains { $0.text == "Nicht die Banken, sondern die Kunden gewinnen" && $0.speaker?.name == "Lena Morvik" },
            "\(perfect)")
    }

    @Test func aRejectionWithoutAColonIsNoStatement() {
        // The clause after "wies zurück" is the claim rejected, not what the speaker said.
        let quotes = Self.german("Lena Morvik wies zurück, dass die Firma verkauft werde.")
        #expect(quotes.isEmpty, "\(quotes)")
    }

    @Test func presentTenseStelltKlarBeforeAColon() {
        let quotes = Self.german("Lena Morvik stellt aber klar: Über den Preis kann man reden, die Marke bleibt.")
        #expect(quotes.contains { $0.text == "Über den Preis kann man reden, die Marke bleibt" && $0.speaker?.name == "Lena Morvik" },
            "\(quotes)")
    }

    // MARK: A long adverbial before the content

    @Test func aLongAdverbialBeforeAKonjunktivContent() {
        let quotes = Self.german(
            "Lena Morvik sagte am Dienstag auf dem Jahreskongress des Verbands der Kunststoffwerker (VKW) in Linz, fünf Prozent der Teile seien Ausschuss.")
        #expect(quotes.count == 1, "\(quotes)")
        #expect(quotes.first?.text == "fünf Prozent der Teile seien Ausschuss")
        #expect(quotes.first?.speaker?.name == "Lena Morvik")
    }

    @Test func aLongAdverbialBeforeARelativeClauseIsNoContent() {
        let quotes = Self.german(
            "Lena Morvik sagte am Dienstag auf dem Jahreskongress des Verbands der Kunststoffwerker (VKW) in Linz, der seit Jahren wachse, nichts.")
        #expect(quotes.isEmpty, "\(quotes)")
    }

    // MARK: A noun that introduced the name

    @Test func theNounThatIntroducedANameStandsForIt() {
        let quotes = Self.german(
            "Die Beratungsfirma Veltrona AG begrüßte den Plan.\n\nDer Plan sei ein Fortschritt für alle, erklärte die Beratungsfirma.")
        #expect(quotes.count == 1, "\(quotes)")
        #expect(quotes.first?.speaker?.name == "Veltrona AG")
    }

    @Test func anotherNounDoesNotStandForTheName() {
        let quotes = Self.german(
            "Die Beratungsfirma Veltrona AG begrüßte den Plan.\n\nDer Plan sei ein Fortschritt für alle, erklärte die Umweltschutzorganisation.")
        #expect(!quotes.contains { $0.speaker?.name == "Veltrona AG" }, "\(quotes)")
    }
}
