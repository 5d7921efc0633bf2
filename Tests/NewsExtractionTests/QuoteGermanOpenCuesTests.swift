import NewsExtraction
import NewsModel
import Testing

/// German reported-speech shapes of the dequotes20 session: a content's own "sagt" before a
/// trailing attribution, an apposition and an addressee before "dass", "nach eigenen Angaben"
/// with a named subject, an occasion after the speaker of an inverted cue, the subject's next
/// verb after a reported content, and "zerstreut X die Bedenken".
@Suite struct QuoteGermanOpenCuesTests {
    static let marten = QuoteFixture.Person(name: "Marten Holgersen")
    static let dana = QuoteFixture.Person(name: "Dana Ferrick")

    static func german(_ body: String) -> [Quote] {
        QuoteFixture.quotes("Titel\n\n" + body, language: .german, people: [marten, dana], companies: ["Veltrona"])
    }

    @Test func aContentsOwnSpeechVerbIsNoCue() {
        let quotes = Self.german("Die Regierung sagt nicht die Wahrheit über die Kosten, schrieb Dana Ferrick.")
        #expect(quotes.count == 1, "\(quotes)")
        #expect(quotes.first?.text == "Die Regierung sagt nicht die Wahrheit über die Kosten")
        #expect(quotes.first?.speaker?.name == "Dana Ferrick")
        // A speech verb inside the content, before a trailing attribution, is the content's too.
        let inside = Self.german(
            "Man kann nicht die Erlaubnis abgeben und dann sagen, man bekomme sie zurück, sagte Dana Ferrick dem Fernsehen.")
        #expect(inside.count == 1, "\(inside)")
        #expect(inside.first?.text == "Man kann nicht die Erlaubnis abgeben und dann sagen, man bekomme sie zurück")
        #expect(inside.first?.speaker?.name == "Dana Ferrick")
        // "sagte sie": the pronoun refers back to the speaker of the colon before.
        let pronoun = Self.german(
            "Marten Holgersen kündigte an, dass der Plan am Abend besprochen werde. Skeptisch äußerte sich "
                + "hingegen Dana Ferrick: Die Veltrona werde nicht beraten, sagte sie bei einer Sitzung.")
        #expect(pronoun.last?.speaker?.name == "Dana Ferrick", "\(pronoun)")
        // After a fronted "wie" clause the main clause's verb comes first: still the content.
        let fronted = Self.german("Wie Dana Ferrick mitteilte, sieht die Veltrona in dem Gesetz eine Gefahr.")
        #expect(fronted.first?.text == "sieht die Veltrona in dem Gesetz eine Gefahr", "\(fronted)")
    }

    @Test func anAppositionAndAnAddresseeBeforeDassAreNoContent() {
        let quotes = Self.german(
            "So sagte Marten Holgersen, Vorstandschef der Veltrona, gegenüber der Zeitung, dass die Fusion im Herbst komme.")
        #expect(quotes.count == 1, "\(quotes)")
        #expect(quotes.first?.text == "dass die Fusion im Herbst komme")
        #expect(quotes.first?.speaker?.name == "Marten Holgersen")
        // A content clause before "dass" stays the content.
        let clause = Self.german("Marten Holgersen sagte, es sei klar, dass die Fusion im Herbst komme.")
        #expect(clause.first?.text == "es sei klar, dass die Fusion im Herbst komme")
    }

    @Test func ownStatementsSpeakForTheNamedSubject() {
        let before = Self.german("Die Veltrona hat nach eigenen Angaben im Mai 200 Stellen abgebaut.")
        #expect(before.count == 1, "\(before)")
        #expect(before.first?.speaker?.name == "Veltrona")
        let after = Self.german("Nach eigenen Angaben hat die Veltrona im Mai 200 Stellen abgebaut.")
        #expect(after.first?.speaker?.name == "Veltrona")
        // No named subject: the phrase stays the source.
        let unnamed = Self.german("Nach eigenen Angaben hat das Werk einen neuen Partner gefunden.")
        #expect(unnamed.first?.speaker == nil)
        #expect(unnamed.first?.speakerDescription == "eigenen Angaben")
    }

    @Test func anOccasionAfterTheSpeakerEndsTheSpeakerPhrase() {
        let quotes = Self.german(
            "Ich kann noch keine Entwarnung geben, sagte Marten Holgersen in Anspielung darauf, dass die Gespräche andauern.")
        #expect(quotes.first?.text == "Ich kann noch keine Entwarnung geben", "\(quotes)")
        #expect(quotes.first?.speaker?.name == "Marten Holgersen")
    }

    @Test func theSubjectsNextVerbEndsAReportedContent() {
        let quotes = Self.german(
            "Marten Holgersen hatte vor Gericht erklärt, er sei unschuldig, erkannte die Autorität des Gerichts aber nicht an.")
        #expect(quotes.first?.text == "er sei unschuldig", "\(quotes)")
        // An adjective before a noun after the comma goes on with the content.
        let adjective = Self.german("Marten Holgersen erklärte, man habe neue, erprobte Werkzeuge gekauft.")
        #expect(adjective.first?.text == "man habe neue, erprobte Werkzeuge gekauft")
    }

    @Test func dispellingConcernsIsAnAttribution() {
        let quotes = Self.german("Die Nachbarn sind durchaus offen, zerstreut Marten Holgersen die Bedenken.")
        #expect(quotes.count == 1, "\(quotes)")
        #expect(quotes.first?.text == "Die Nachbarn sind durchaus offen")
        #expect(quotes.first?.speaker?.name == "Marten Holgersen")
    }

    @Test func aDashBeforeAnIndefiniteNounOpensTheWritersAside() {
        let quotes = Self.german(
            "Marten Holgersen betonte, dass die Regel bleiben muss – eine Anspielung auf die Lage der Veltrona.")
        #expect(quotes.first?.text == "dass die Regel bleiben muss", "\(quotes)")
        // A Konjunktiv after the dash goes on with the statement.
        let goesOn = Self.german(
            "Marten Holgersen betonte, dass die Regel bleibe – eine Ausnahme gebe es nicht.")
        #expect(goesOn.first?.text.hasSuffix("eine Ausnahme gebe es nicht") == true, "\(goesOn)")
    }

    @Test func aBracketAfterTheSourceIsNoContent() {
        let quotes = Self.german("Nach Ansicht von Marten Holgersen (CDU) ist mit der Empfehlung noch keine Entscheidung gefallen.")
        #expect(quotes.count == 1, "\(quotes)")
        #expect(quotes.first?.text == "ist mit der Empfehlung noch keine Entscheidung gefallen", "\(quotes)")
        #expect(quotes.first?.speaker?.name == "Marten Holgersen")
    }
}
