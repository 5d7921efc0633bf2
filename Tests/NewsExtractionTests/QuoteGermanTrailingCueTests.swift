import NewsExtraction
import NewsModel
import Testing

/// German attributions after their content (dequotes17): the perfect and pluperfect ("…, hatte X
/// getwittert"), "so" before a finite cue, a cue with no comma after a Konjunktiv content, the
/// source phrase right before "zufolge", and forward cues whose clause states nothing ("zeigte
/// sich offen, … zu tun", "formulierte das Gesetz so, dass …"). Invented names throughout.
@Suite struct QuoteGermanTrailingCueTests {
    static let lena = QuoteFixture.Person(name: "Lena Morvik")
    static let jonas = QuoteFixture.Person(name: "Jonas Wittmer")

    static func german(_ body: String) -> [Quote] {
        QuoteFixture.quotes("Titel\n\n" + body, language: .german, people: [lena, jonas], companies: ["Veltrona AG"])
    }

    // MARK: Perfect and pluperfect

    @Test func anAuxiliaryTheSpeakerAndAParticipleAfterTheContent() {
        let tweeted = Self.german("Die Zinsen bleiben niedrig, hatte Lena Morvik getwittert.")
        #expect(tweeted.count == 1, "\(tweeted)")
        #expect(tweeted.first?.text == "Die Zinsen bleiben niedrig")
        #expect(tweeted.first?.speaker?.name == "Lena Morvik")
        let said = Self.german("Es gebe keinen Plan B, hat Jonas Wittmer vergangene Woche in einem Interview gesagt.")
        #expect(said.first?.text == "Es gebe keinen Plan B")
        #expect(said.first?.speaker?.name == "Jonas Wittmer")
        let company = Self.german("Der Umsatz sei gestiegen, hatte die Veltrona AG am Montag mitgeteilt.")
        #expect(company.first?.text == "Der Umsatz sei gestiegen")
        #expect(company.first?.speaker?.name == "Veltrona AG")
    }

    @Test func anAppositionMayStandInTheSpeakerPhrase() {
        let quotes = Self.german(
            "Die Lage bleibt ernst, hatte Jonas Wittmer, der Chef der Veltrona AG, in der Nacht getwittert.")
        #expect(quotes.count == 1, "\(quotes)")
        #expect(quotes.first?.text == "Die Lage bleibt ernst")
        #expect(quotes.first?.speaker?.name == "Jonas Wittmer")
        // A content that opens with "Sie" and its verb is a clause, not an adjective phrase.
        let pronoun = Self.german(
            "Sie wollen unsere Zerstörung, hatte Jonas Wittmer, der zornige Minister, in der Nacht der Wahl getwittert.")
        #expect(pronoun.first?.text == "Sie wollen unsere Zerstörung")
        #expect(pronoun.first?.speaker?.name == "Jonas Wittmer")
    }

    @Test func aParticipleWithAnObjectOrASubjectBeforeTheCommaIsNoAttribution() {
        // The participle takes an object: what stands before the comma was not said.
        #expect(Self.german("Das Werk wird geschlossen, hatte Jonas Wittmer die Pläne angekündigt.").isEmpty)
        #expect(Self.german("Der Vertrag sei nichtig, hat das Gericht den Vertrag für nichtig erklärt.").isEmpty)
        // A subject with its relative clause, a front field with its subordinate clause.
        #expect(Self.german("Die Firma, die 2010 gegründet worden war, hat ihre Zahlen bekanntgegeben.").isEmpty)
        #expect(
            Self.german("Nach der Entscheidung des Gerichts, wonach die Gebühr unzulässig ist, hatten Studenten Proteste angekündigt.")
                .isEmpty)
    }

    @Test func aTweetingVerbIsACueBeforeItsContent() {
        let quotes = Self.german("Lena Morvik hatte getwittert, die Zinsen blieben niedrig.")
        #expect(quotes.first?.text == "die Zinsen blieben niedrig")
        #expect(quotes.first?.speaker?.name == "Lena Morvik")
    }

    // MARK: "so" before a finite cue

    @Test func soBeforeAFiniteCueNamesTheSpeaker() {
        let quotes = Self.german("Auf das Gelände soll das Lager hin, so erklärte der Minister Jonas Wittmer am Montag.")
        #expect(quotes.count == 1, "\(quotes)")
        #expect(quotes.first?.text == "Auf das Gelände soll das Lager hin")
        #expect(quotes.first?.speaker?.name == "Jonas Wittmer")
    }

    // MARK: No comma before the cue

    @Test func aCueWithNoCommaAfterAKonjunktivContent() {
        let quotes = Self.german(
            "Lena Morvik leitet die Firma seit Jahren. Derzeit gehe ein Riss durch die Branche bedauerte sie, und viele Kunden würden zögern.")
        #expect(quotes.count == 1, "\(quotes)")
        #expect(quotes.first?.text == "Derzeit gehe ein Riss durch die Branche")
        #expect(quotes.first?.speaker?.name == "Lena Morvik")
    }

    @Test func aFrontFieldOrAConjunctionBeforeTheCueIsNoContent() {
        #expect(Self.german("Im Dezember warnte Jonas Wittmer vor einem Einbruch der Preise.").isEmpty)
        #expect(Self.german("Die Firma habe gewonnen und sagte er dazu nichts.").isEmpty)
    }

    // MARK: "zufolge"

    @Test func theSourceBeforeZufolgeIsTheNounPhraseRightBeforeIt() {
        let quotes = Self.german("Die Veltrona AG befindet sich Insidern zufolge in Verhandlungen über einen Kauf.")
        #expect(quotes.count == 1, "\(quotes)")
        #expect(quotes.first?.speaker == nil)
        #expect(quotes.first?.text == "Die Veltrona AG befindet sich in Verhandlungen über einen Kauf")
        // "eigenen Angaben zufolge": the subject is its own source.
        let own = Self.german("Die Veltrona AG hat eigenen Angaben zufolge 200 Stellen abgebaut.")
        #expect(own.first?.speaker?.name == "Veltrona AG")
    }

    // MARK: Forward cues that state nothing

    @Test func aZuInfinitiveAfterAReflexiveCueOfAttitudeIsNoStatement() {
        #expect(Self.german("Lena Morvik zeigte sich offen, die Mittel schon im Mai vorzuziehen.").isEmpty)
        #expect(Self.german("Lena Morvik zeigte sich bereit, die Mittel zu erhöhen.").isEmpty)
        let clause = Self.german("Lena Morvik zeigte sich zuversichtlich, dass die Mittel reichen.")
        #expect(clause.first?.text == "dass die Mittel reichen")
    }

    @Test func formulierenIntroducesOnlyTheWordsAfterAColon() {
        let colon = Self.german("Lena Morvik formulierte es klar: Ich werde das Werk nicht schließen.")
        #expect(colon.first?.text == "Ich werde das Werk nicht schließen")
        #expect(colon.first?.speaker?.name == "Lena Morvik")
        #expect(Self.german("Die Regierung formulierte das Gesetz so, dass alle Betriebe profitieren.").isEmpty)
    }
}
