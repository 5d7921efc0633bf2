import NewsExtraction
import NewsModel
import Testing

/// Rules found on a blind sample of unseen articles: appositions between the name and the verb
/// after a quote, bare English content clauses with a noun subject, "the agency", German
/// attributions followed by a relative clause or an adverbial, "so" only right after the comma,
/// subjects with relative clauses, and "Weiter hieß es".
@Suite struct QuoteBlindSampleTests {
    static let jane = QuoteFixture.Person(name: "Jane Doran")
    static let tom = QuoteFixture.Person(name: "Tom Velden")
    static let anna = QuoteFixture.Person(name: "Anna Berg")
    static let paul = QuoteFixture.Person(name: "Paul Kern")

    static func english(_ body: String) -> [Quote] {
        QuoteFixture.quotes(
            "Title\n\n" + body, language: .english, people: [jane, tom], companies: ["Acme Bank", "Nordpress"])
    }

    static func german(_ body: String) -> [Quote] {
        QuoteFixture.quotes("Titel\n\n" + body, language: .german, people: [anna, paul], companies: ["Nordwerk"])
    }

    @Test func englishAppositionBetweenNameAndVerbAfterAQuote() {
        let quotes = Self.english(
            "\"Many buyers think prices will not rise before the summer,\" Jane Doran, senior economist at Acme Bank, said.")
        #expect(quotes.count == 1)
        #expect(quotes.first?.direct == true)
        #expect(quotes.first?.speaker?.name == "Jane Doran")
        #expect(quotes.first?.text.hasPrefix("Many buyers think") == true)
        let told = Self.english(
            "\"We should not leave this to the officials alone,\" Tom Velden, head of the finance committee, told the group.")
        #expect(told.first?.speaker?.name == "Tom Velden")
    }

    @Test func englishBareClauseWithANounSubject() {
        let quotes = Self.english(
            "Acme Bank said output from its three mills in the north rose 4% in May. It also said production at its other sites was likely to fall.")
        #expect(quotes.count == 2)
        #expect(quotes.first?.text == "output from its three mills in the north rose 4% in May")
        #expect(quotes.allSatisfy { $0.speaker?.name == "Acme Bank" && !$0.direct })
        // A noun object without a verb after it is no content.
        #expect(Self.english("Acme Bank said goodbye to its old logo in the spring.").isEmpty)
    }

    @Test func theAgencyContinuesTheAgencyThatSpoke() {
        let quotes = Self.english(
            "Nordpress said the troops were advancing. One unit suffered heavy losses, the agency added.")
        #expect(quotes.count == 2)
        #expect(quotes.last?.speaker?.name == "Nordpress")
        #expect(quotes.last?.text == "One unit suffered heavy losses")
    }

    @Test func germanAppositionAndAdverbialAfterTheSpeaker() {
        let quotes = Self.german(
            "Das Abkommen sei schwer zu verstehen, sagte Anna Berg, Vorsitzende der Kommission, am Mittwoch in Bern.")
        #expect(quotes.count == 1)
        #expect(quotes.first?.text == "Das Abkommen sei schwer zu verstehen")
        #expect(quotes.first?.speaker?.name == "Anna Berg")
    }

    @Test func germanRelativeClauseAfterTheSpeaker() {
        let quotes = Self.german(
            "Der Preisträger habe wichtige Debatten vorangetrieben, sagte Berg, die auch Leiterin des Instituts ist, in ihrer Rede.")
        #expect(quotes.count == 1)
        #expect(quotes.first?.text == "Der Preisträger habe wichtige Debatten vorangetrieben")
        #expect(quotes.first?.speaker?.name == "Anna Berg")
    }

    @Test func germanSubjunctiveStatementBeforeASplitAttribution() {
        let quotes = Self.german(
            "Ein Kreis von Forschern habe dort gewirkt, sagte Paul Kern, darunter mehrere Physiker und Chemiker.")
        #expect(quotes.count == 1)
        #expect(quotes.first?.text == "Ein Kreis von Forschern habe dort gewirkt")
        #expect(quotes.first?.speaker?.name == "Paul Kern")
    }

    @Test func germanSoNamesASpeakerOnlyRightAfterTheComma() {
        let quotes = Self.german(
            "Mit der Zeit lernt man neue, seltsame Fähigkeiten dazu und kann so etwa den Willen der Menschen lenken.")
        #expect(quotes.isEmpty)
        let real = Self.german("Die Lage bleibe schwierig, so Kern.")
        #expect(real.first?.speaker?.name == "Paul Kern")
    }

    @Test func germanSubjectWithRelativeClauseIsNoStatement() {
        let quotes = Self.german(
            "Der 51-Jährige, der den Verein im Frühjahr noch gerettet hatte, erklärte am Montag seinen Rücktritt.")
        #expect(quotes.isEmpty)
    }

    @Test func germanImpersonalHiessEsContinuesTheSourceBefore() {
        let quotes = Self.german(
            "Das Werk stellt die Produktion um. Das teilte Nordwerk am Montag mit. Weiter hieß es: Die neuen Maschinen laufen ab sofort auch nachts.")
        let last = quotes.last
        #expect(last?.speaker?.name == "Nordwerk")
        #expect(last?.text.hasPrefix("Die neuen Maschinen") == true)
    }
}

/// German place datelines.
@Suite struct QuoteDatelineTests {
    static func german(_ body: String) -> [Quote] {
        QuoteFixture.quotes(
            "Titel\n\n" + body, language: .german, people: [QuoteFixture.Person(name: "Anna Berg")], companies: ["Nordwerk"])
    }

    @Test func germanPlaceDatelineIsNotContent() {
        let quotes = Self.german(
            "Neue Maschinen im Werk. Lindau – Die Fabrik stellt ihre Produktion auf Nachtschichten um. Das teilte Nordwerk am Montag mit.")
        #expect(quotes.first?.text == "Die Fabrik stellt ihre Produktion auf Nachtschichten um")
        #expect(quotes.first?.speaker?.name == "Nordwerk")
    }
}

/// Names the entity stage missed after a title ("Mr Quell") or a lower-case role word ("said
/// central bank governor Park Quell"): the speaker becomes a person even when a word of the name
/// is also an ordinary word.
@Suite struct QuoteTitledNameTests {
    static func english(_ body: String) -> [Quote] {
        QuoteFixture.quotes("Title\n\n" + body, language: .english, people: [], companies: ["Acme"])
    }

    @Test func aTitleMakesTheNextWordASurname() {
        let quotes = Self.english("\"We will submit a plan that fits the times,\" Mr Stone said.")
        #expect(quotes.count == 1)
        #expect(quotes.first?.speaker?.name == "Stone")
    }

    @Test func aRoleWordBeforeACapitalisedRunMakesAName() {
        let quotes = Self.english("\"The economy is now heading upward,\" said central bank governor Park Lomberg.")
        #expect(quotes.first?.speaker?.name == "Park Lomberg")
        // A company after the role is no person.
        let company = Self.english("\"Sales will rise,\" said a spokesman for Acme.")
        #expect(company.first?.speaker == nil)
    }
}

/// Rules from a second blind sample: the name after a role's apposition, a noun phrase before
/// "laut", and English "it is believed".
@Suite struct QuoteSecondSampleTests {
    static let anna = QuoteFixture.Person(name: "Anna Berg")
    static let paul = QuoteFixture.Person(name: "Paul Kern")

    @Test func theNameAfterARolesAppositionSpeaks() {
        let quotes = QuoteFixture.quotes(
            "Titel\n\nDas Land halte die Strafen nicht für sinnvoll, sagte der Sprecher von Präsident Anna Berg, Paul Kern.",
            language: .german, people: [Self.anna, Self.paul])
        #expect(quotes.first?.speaker?.name == "Paul Kern")
        let english = QuoteFixture.quotes(
            "Title\n\nThe country will not change course, said a spokesman for President Anna Berg, Paul Kern.",
            language: .english, people: [Self.anna, Self.paul])
        #expect(english.first?.speaker?.name == "Paul Kern")
    }

    @Test func aNounPhraseBeforeLautIsNoStatement() {
        let quotes = QuoteFixture.quotes(
            "Titel\n\nDas Ziel sei erreicht, sagte der Vize-Chef der Behörde, Paul Kern, der Zeitung laut Vorausbericht.",
            language: .german, people: [Self.paul])
        #expect(quotes.count == 1)
        #expect(quotes.first?.speaker?.name == "Paul Kern")
    }

    @Test func itIsBelievedNamesNoSpeaker() {
        let quotes = QuoteFixture.quotes(
            "Title\n\nAcme fell sharply. It is also believed that Paul Kern was targeted because he funded rivals.",
            language: .english, people: [Self.paul], companies: ["Acme"])
        #expect(quotes.isEmpty)
    }
}
