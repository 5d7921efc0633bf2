import NewsExtraction
import NewsModel
import Testing

/// Pronouns after quotes, organisations as pronoun antecedents, possessors before a role,
/// demonstrative pronouns and trade nouns for companies (invented names only).
@Suite struct QuoteAntecedentTests {
    static let anna = QuoteFixture.Person(name: "Anna Berg")
    static let paul = QuoteFixture.Person(name: "Paul Kern")
    static let hugo = QuoteFixture.Person(name: "Hugo Lenz")
    static let john = QuoteFixture.Person(name: "John Carter")
    static let mary = QuoteFixture.Person(name: "Mary Stone")
    static let tom = QuoteFixture.Person(name: "Tom Reed")

    static func german(_ body: String) -> [Quote] {
        QuoteFixture.quotes(
            "Titel\n\n" + body, language: .german, people: [anna, paul, hugo],
            companies: ["Nordwerk", "Vereinigung für Sparer"])
    }

    static func english(_ body: String) -> [Quote] {
        QuoteFixture.quotes("Title\n\n" + body, language: .english, people: [john, mary, tom], companies: ["Acme"])
    }

    @Test func germanPronounSkipsPeopleNamedInsideTheQuote() {
        let quotes = Self.german(
            "Trainer Hugo Lenz stellt sich vor seinen Spieler: „Kern ist immer noch der Beste“, wird der Trainer zitiert. "
                + "Er glaubt, dass die Mannschaft gestärkt aus der Saison hervorgehe.")
        let reported = quotes.first { !$0.direct }
        #expect(reported?.speaker?.name == "Hugo Lenz")
    }

    @Test func englishPronounSkipsPeopleNamedInsideTheQuote() {
        let quotes = Self.english(
            "Coach John Carter backed his player: \"Reed is still the best we have,\" the coach told reporters. "
                + "He said the team would come back stronger next season.")
        let reported = quotes.first { !$0.direct }
        #expect(reported?.speaker?.name == "John Carter")
    }

    @Test func germanPronounAfterAnOrganisationSubjectIsTheOrganisation() {
        let quotes = Self.german(
            "Paul Kern steht in der Kritik. Die Vereinigung für Sparer schlug in die gleiche Kerbe, indem sie "
                + "erklärte, der Aufsichtsrat müsse endlich handeln.")
        let reported = quotes.first { !$0.direct }
        #expect(reported?.speaker?.name == "Vereinigung für Sparer")
        // At the start of its sentence the pronoun still stands for the person.
        let person = Self.german("Paul Kern steht in der Kritik. Er erklärte, der Aufsichtsrat müsse endlich handeln.")
        #expect(person.first?.speaker?.name == "Paul Kern")
    }

    @Test func germanPronounAfterAnOrganisationInAPhraseIsThePerson() {
        let interview = Self.german(
            "Anna Berg hält nichts davon. In der Vereinigung für Sparer sagte sie, das Verbot sei falsch.")
        #expect(interview.first?.speaker?.name == "Anna Berg")
        let object = Self.german(
            "Paul Kern wurde deutlich. Den Nordwerk-Vorstand forderte er auf, die Zahlungen auszusetzen.")
        #expect(object.allSatisfy { $0.speaker?.name != "Nordwerk" })
    }

    @Test func germanPossessorOfASourceNounSpeaks() {
        let quotes = Self.german("Nach Kerns Meinung werden im Größenwahn Entscheidungen getroffen.")
        #expect(quotes.first?.speaker?.name == "Paul Kern")
    }

    @Test func germanDemonstrativePronounStandsForThePersonBefore() {
        let quotes = Self.german(
            "In einem Interview mit dem Anwalt der Familie – Paul Kern – sagte dieser, dass der Sänger schwer krank sei.")
        #expect(quotes.count == 1)
        #expect(quotes.first?.speaker?.name == "Paul Kern")
        #expect(quotes.first?.text == "dass der Sänger schwer krank sei")
    }

    @Test func germanPossessorBeforeARoleDoesNotSpeak() {
        let quotes = Self.german(
            "Die Kosten dürften sich laut Kerns Anwalt Hugo Lenz auf rund 6.000 Euro belaufen.")
        #expect(quotes.first?.speaker?.name == "Hugo Lenz")
    }

    @Test func englishPossessorBeforeARoleDoesNotSpeak() {
        let named = Self.english("The costs will be about 6,000 dlrs, Reed's lawyer Mary Stone said.")
        #expect(named.first?.speaker?.name == "Mary Stone")
        let unnamed = Self.english("The costs will be about 6,000 dlrs, Reed's lawyer said.")
        #expect(unnamed.first.map { $0.speaker?.name != "Tom Reed" } ?? true)
    }

    @Test func englishTradeNounSpeaksForTheCompany() {
        let quotes = Self.english(
            "Acme said late March car sales rose 6.2 pct. The figures include sales of two new models, the carmaker said.")
        #expect(quotes.count == 2)
        #expect(quotes.allSatisfy { $0.speaker?.name == "Acme" })
    }
}

/// A pronoun whose nearest person is named inside what was said (invented names only).
@Suite struct QuoteContentAntecedentTests {
    @Test func englishPronounAfterAContentNameIsTheSpeakerBefore() {
        let quotes = QuoteFixture.quotes(
            "Title\n\nJohn Carter said the tour by finance minister Tom Reed was a sign of goodwill. "
                + "But it was notable that Reed did not meet the creditors, he added.",
            language: .english, people: [.init(name: "John Carter"), .init(name: "Tom Reed")])
        #expect(quotes.count == 2)
        #expect(quotes.allSatisfy { $0.speaker?.name == "John Carter" })
    }

    @Test func germanPronounAfterAContentNameIsTheSpeakerBefore() {
        let quotes = QuoteFixture.quotes(
            "Titel\n\nPaul Kern sagte, die Reise von Minister Hugo Lenz sei ein gutes Zeichen. "
                + "Lenz habe die Gläubiger aber nicht getroffen, fügte er hinzu.",
            language: .german, people: [.init(name: "Paul Kern"), .init(name: "Hugo Lenz")])
        #expect(quotes.count == 2)
        #expect(quotes.allSatisfy { $0.speaker?.name == "Paul Kern" })
    }

    @Test func aPronounForThePersonNamedAsSubjectStays() {
        let quotes = QuoteFixture.quotes(
            "Title\n\nJohn Carter said sales rose. Tom Reed arrived later. He said the plan was sound.",
            language: .english, people: [.init(name: "John Carter"), .init(name: "Tom Reed")])
        #expect(quotes.last?.speaker?.name == "Tom Reed")
    }
}
