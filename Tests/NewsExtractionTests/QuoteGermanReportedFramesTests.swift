import NewsExtraction
import NewsModel
import Testing

/// German reported-speech frames found on a blind sample (de-quotes14): separable cues after a
/// name in commas, "wie X, Rolle, ausführte", Konjunktiv forms beyond the lexicon, the end of a
/// content at "und" with a new indicative clause, a cue in commas inside the content, new cue
/// verbs, age nouns as speakers, and stray noun phrases that speak for nobody.
@Suite struct QuoteGermanReportedFramesTests {
    static let karla = QuoteFixture.Person(name: "Karla Brenner")
    static let jonas = QuoteFixture.Person(name: "Jonas Wittmer")

    static func german(_ body: String) -> [Quote] {
        QuoteFixture.quotes("Titel\n\n" + body, language: .german, people: [karla, jonas], companies: ["Talvera"])
    }

    @Test func separableParticleAfterANameInCommas() {
        let quotes = Self.german(
            "Der Umsatz sei im Mai um vier Prozent gestiegen, gab der Finanzchef der Firma, Jonas Wittmer, bekannt.")
        #expect(quotes.count == 1)
        #expect(quotes.first?.text == "Der Umsatz sei im Mai um vier Prozent gestiegen")
        #expect(quotes.first?.speaker?.name == "Jonas Wittmer")
        let held = Self.german(
            "Eine Schließung des Werks kommt nicht in Frage, hielt Karla Brenner in Anspielung auf die Gerüchte fest.")
        #expect(held.first?.text == "Eine Schließung des Werks kommt nicht in Frage")
        #expect(held.first?.speaker?.name == "Karla Brenner")
        // "festhalten an": holding on to a plan is no statement, and what follows is no content.
        let plan = Self.german("Nach dem Treffen hält die Talvera am Plan von 400 Stellen fest, allerdings will man auf Kündigungen verzichten.")
        #expect(plan.isEmpty)
        let monday = Self.german("Karla Brenner hielt am Montag fest, dass die Kosten gestiegen seien.")
        #expect(monday.first?.text == "dass die Kosten gestiegen seien")
    }

    @Test func wieNameRoleInCommasVerb() {
        let quotes = Self.german(
            "Der Umbau wird bis zum Sommer dauern, wie Jonas Wittmer, Sprecher der Stadtwerke, ausführte.")
        #expect(quotes.count == 1)
        #expect(quotes.first?.text == "Der Umbau wird bis zum Sommer dauern")
        #expect(quotes.first?.speaker?.name == "Jonas Wittmer")
    }

    @Test func adverbsInWeiseAndWeileAreNoKonjunktiv() {
        // The weak cue "gemeldet" needs a Konjunktiv in its clause; "mittlerweile" is an adverb.
        let quotes = Self.german(
            "Für die Woche hatten sich 800 Hoteliers gemeldet bis Karla Brenner beschloss die Gruppe zu sperren, "
                + "da ihr die Sache zu heiß wurde; mittlerweile hat Brenner ein neues Forum gestartet.")
        #expect(quotes.isEmpty)
    }

    @Test func konjunktivFormsBeyondTheLexicon() {
        let accused = Self.german("Karla Brenner beschuldigte die Branche, sie male Horrorszenarien an die Wand.")
        #expect(accused.first?.text == "sie male Horrorszenarien an die Wand")
        #expect(accused.first?.speaker?.name == "Karla Brenner")
        let warned = Self.german(
            "Mit Blick auf die Steuern mahnte Jonas Wittmer, wer den Betrieben Lasten aufbürde, verhindert Investitionen.")
        #expect(warned.first?.text == "wer den Betrieben Lasten aufbürde, verhindert Investitionen")
        // An adjective before its noun is no Konjunktiv: a weak cue with it states nothing.
        let object = Self.german("Karla Brenner kritisierte die Firma, die große Pläne für neue Werke hat.")
        #expect(object.isEmpty)
    }

    @Test func undWithANewIndicativeClauseEndsTheContent() {
        let quotes = Self.german("Jonas Wittmer erklärte, man sei zufrieden, und die Aktionäre stimmten dem Plan zu.")
        #expect(quotes.first?.text == "man sei zufrieden")
        let name = Self.german("Karla Brenner erklärte, die Firma wachse schnell und Jonas Wittmer leitet die Sparte.")
        #expect(name.first?.text == "die Firma wachse schnell")
        // A second subjunctive clause after "und" is still the statement.
        let both = Self.german("Karla Brenner erklärte, die Firma wachse schnell und die Sparte plane neue Werke.")
        #expect(both.first?.text == "die Firma wachse schnell und die Sparte plane neue Werke")
    }

    @Test func cueInCommasInsideTheContentKeepsTheSubject() {
        let quotes = Self.german("Die älteren Aufträge, kritisiert Karla Brenner, seien fast alle geliefert worden.")
        #expect(quotes.count == 1)
        #expect(quotes.first?.text == "Die älteren Aufträge seien fast alle geliefert worden")
        #expect(quotes.first?.speaker?.name == "Karla Brenner")
    }

    @Test func cuesOfAdmittingAccusingAndRulingOut() {
        #expect(Self.german("Karla Brenner gab zu, dass die Firma zu spät reagiert habe.").first?.text
            == "dass die Firma zu spät reagiert habe")
        #expect(Self.german("Jonas Wittmer schloss am Mittwoch aus, dass die Firma verkauft werde.").first?.text
            == "dass die Firma verkauft werde")
        #expect(Self.german("Karla Brenner warf der Regierung vor, die Bauern im Stich zu lassen.").first?.text
            == "die Bauern im Stich zu lassen")
        #expect(Self.german("Jonas Wittmer entschuldigte sich bei den Kunden, er habe die Erwartungen enttäuscht.")
            .first?.text == "er habe die Erwartungen enttäuscht")
        // A rejected claim is not the speaker's statement.
        #expect(Self.german("Karla Brenner wies zurück, dass die Firma verkauft werde.").isEmpty)
        // A weak cue's object with a relative clause is no content; "das sei …" is one.
        #expect(Self.german("Jonas Wittmer versprach den Fans ein Spiel, das sie nicht enttäuschen werde.").isEmpty)
        #expect(Self.german("Karla Brenner kritisierte, das sei ein Fehler gewesen.").first?.text
            == "das sei ein Fehler gewesen")
    }

    @Test func ageNounWithDigitsSpeaksForThePersonBefore() {
        let quotes = Self.german(
            "Jonas Wittmer sprach mit der Zeitung. Die Stadt baue keine neuen Stadien, betonte der 45-Jährige.")
        #expect(quotes.first?.text == "Die Stadt baue keine neuen Stadien")
        #expect(quotes.first?.speaker?.name == "Jonas Wittmer")
    }

    @Test func strayNounPhraseSpeaksForNobody() {
        #expect(Self.german("Den Anschuldigungen zufolge wurden die Pausenzeiten der Fahrer überwacht.").isEmpty)
        // A body and a source phrase still speak.
        let police = Self.german("Der Polizei zufolge wurden drei Männer festgenommen.")
        #expect(police.first?.text == "wurden drei Männer festgenommen")
        let own = Self.german("Nach eigenen Angaben hat die Firma im Mai vier Werke eröffnet.")
        #expect(own.count == 1)
    }
}

/// First-person speech without quotation marks whose attribution stands inside it.
@Suite struct QuoteGermanFirstPersonStatementTests {
    @Test func theStatementGoesOnAfterTheAttribution() {
        let quotes = QuoteGermanReportedFramesTests.german(
            "Jonas Wittmer sprach in Kassel. Wir haben hart gekämpft, sagte er am Morgen, aber jetzt werden die anderen zahlen.")
        #expect(quotes.count == 1)
        #expect(quotes.first?.text == "Wir haben hart gekämpft aber jetzt werden die anderen zahlen")
        #expect(quotes.first?.speaker?.name == "Jonas Wittmer")
        // A third-person indicative statement does not run on past its attribution.
        let plain = QuoteGermanReportedFramesTests.german(
            "Jonas Wittmer sprach in Kassel. Die Firma hat hart gekämpft, sagte er am Morgen, aber die Börse reagierte kaum.")
        #expect(plain.allSatisfy { !$0.text.contains("Börse reagierte") || !$0.text.contains("gekämpft") })
    }
}

/// A passive cue names the person spoken about, not the speaker.
@Suite struct QuoteGermanPassiveCueTests {
    @Test func passiveAccusationHasNoSpeaker() {
        let quotes = QuoteGermanReportedFramesTests.german(
            "Jonas Wittmer wurde vorgeworfen, an der Schlägerei beteiligt gewesen zu sein.")
        #expect(quotes.allSatisfy { $0.speaker?.name != "Jonas Wittmer" })
        let active = QuoteGermanReportedFramesTests.german(
            "Karla Brenner hatte der Regierung vorgeworfen, die Bauern im Stich zu lassen.")
        #expect(active.first?.speaker?.name == "Karla Brenner")
    }
}

extension QuoteGermanReportedFramesTests {
    @Test func concessiveClauseAfterAStatedViewIsNoContent() {
        // "hält … für" states a view; "auch wenn …" limits it and is not what was said.
        let quotes = Self.german(
            "Jonas Wittmer hält den Fall für vergleichbar, auch wenn die Firma in diesem Fall kein Geld nehme.")
        #expect(!quotes.contains { $0.text.hasPrefix("auch wenn") })
        let although = Self.german("Karla Brenner hält den Plan für richtig, obwohl die Kosten gestiegen seien.")
        #expect(!although.contains { $0.text.hasPrefix("obwohl") })
        // A "dass" clause after the same cue is still content.
        let content = Self.german("Karla Brenner hält es für möglich, dass die Kosten gestiegen seien.")
        #expect(content.first?.text == "dass die Kosten gestiegen seien")
    }
}
