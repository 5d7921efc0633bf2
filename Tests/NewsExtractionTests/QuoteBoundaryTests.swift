import NewsExtraction
import NewsModel
import Testing

/// Where English reported content starts and who "it" is: occasions between the verb and the
/// content, sentences broken after "U.S.", the subject company before "It said", and the company
/// of a spokesman before "the company said" (invented names only).
@Suite struct QuoteBoundaryTests {
    static let john = QuoteFixture.Person(name: "John Carter")

    static func english(_ body: String) -> [Quote] {
        QuoteFixture.quotes(
            "Title\n\n" + body, language: .english, people: [john], companies: ["Acme", "Nordwerk", "Exchange Board"])
    }

    @Test func theOccasionAfterToldOrSaidIsNoContent() {
        let told = Self.english("Banks are fine, John Carter said. He told a news conference his office had talks with the bank.")
        #expect(told.last?.text == "his office had talks with the bank")
        #expect(told.last?.speaker?.name == "John Carter")
        let statement = Self.english("Acme said in a statement the bid was below the value of the shares.")
        #expect(statement.first?.text == "the bid was below the value of the shares")
        // A statement that is the subject of the content stays in it.
        let subject = Self.english("John Carter said the statement was misleading and would be withdrawn.")
        #expect(subject.first?.text == "the statement was misleading and would be withdrawn")
    }

    @Test func aSecondContentAfterAndThatKeepsTheFirst() {
        let quotes = Self.english("Acme said profits rose and that it expected solid growth in 2005.")
        #expect(quotes.map(\.text) == ["profits rose and that it expected solid growth in 2005"])
        #expect(quotes.first?.speaker?.name == "Acme")
        // A speaker after the verb is no content: the clause after "and that" is.
        let after = Self.english("The demand was only helping users, said John Carter and that it was likely people would use other ones.")
        #expect(after.contains { $0.text == "it was likely people would use other ones" && $0.speaker?.name == "John Carter" })
    }

    @Test func aPastTenseVerbAfterANounPhraseMakesAContentClause() {
        let quotes = Self.english("Acme said shareholders at the annual meeting approved a name change.")
        #expect(quotes.first?.text == "shareholders at the annual meeting approved a name change")
        // A participle after an article is an adjective, no verb of a clause: no content.
        let phrase = Self.english("Acme said shareholders of the combined company.")
        #expect(phrase.isEmpty, "\(phrase.map(\.text))")
    }

    @Test func aSentenceBrokenAfterUSIsOneContent() {
        let quotes = Self.english("Japan wants to keep its chip dispute with the U.S. From turning into a trade war, John Carter said.")
        #expect(quotes.first?.text == "Japan wants to keep its chip dispute with the U.S. From turning into a trade war")
        // A real sentence after "U.S." stays apart.
        let apart = Self.english("Exports went mainly to the U.S. The company expects more orders, John Carter said.")
        #expect(apart.first?.text == "The company expects more orders")
    }

    @Test func itAfterASentenceIsItsSubjectCompany() {
        let quotes = Self.english(
            "Acme told shareholders not to accept the bid pending advice from Nordwerk, its adviser. "
                + "It said the bid was below the value of the shares.")
        #expect(quotes.first?.speaker?.name == "Acme")
    }

    @Test func theCompanyAfterItsSpokesmanIsThatCompany() {
        let quotes = Self.english(
            "A spokesman for Acme said the company would have a statement later. "
                + "Trading was delayed by the Exchange Board, which expected an announcement. "
                + "Yesterday, the company said output at its plant was cut to 81 pct.")
        #expect(quotes.last?.speaker?.name == "Acme")
    }
}

/// Role phrases that refer back and appositions after "according to" (invented names only).
@Suite struct QuoteRoleReferenceTests {
    @Test func englishTheOrganisationRoleIsThePersonWithThatRole() {
        let baker = QuoteFixture.Person(name: "James Walker", role: "Treasury Secretary")
        let quotes = QuoteFixture.quotes(
            "Title\n\nJames Walker said lending had grown. The Treasury secretary also said that guarantees would be wrong.",
            language: .english, people: [baker], companies: ["Treasury"])
        #expect(quotes.last?.speaker?.name == "James Walker")
    }

    @Test func germanGenitiveRoleIsThePersonWithThatRole() {
        let minister = QuoteFixture.Person(name: "Georg Osterholt", role: "Finanzminister")
        let quotes = QuoteFixture.quotes(
            "Titel\n\nFinanzminister Georg Osterholt warnte vor dem Austritt. Die Bevölkerung müsse sich entscheiden, "
                + "heißt es in einer Erklärung des Finanzministers zu der Studie.",
            language: .german, people: [minister])
        #expect(quotes.last?.speaker?.name == "Georg Osterholt")
    }

    @Test func englishAccordingToSkipsTheNameInApposition() {
        let lawyer = QuoteFixture.Person(name: "Emma Gallard")
        let quotes = QuoteFixture.quotes(
            "Title\n\nAccording to its Paris lawyer, Emma Gallard of Shore and Stern, the overall claim is based on that figure.",
            language: .english, people: [lawyer])
        #expect(quotes.first?.text == "the overall claim is based on that figure")
        #expect(quotes.first?.speaker?.name == "Emma Gallard")
    }

    @Test func firstPersonPronounsNeverSpeak() {
        let anna = QuoteFixture.Person(name: "Anna Berg")
        let quotes = QuoteFixture.quotes(
            "Titel\n\nAnna Berg sprach am Montag. Mir ist egal, wie jemand anderer zu einem Zaun sagt: Hauptsache, es gibt ihn, meinte sie.",
            language: .german, people: [anna])
        #expect(quotes.allSatisfy { $0.speakerDescription != "Mir" })
        #expect(quotes.contains { $0.speaker?.name == "Anna Berg" })
    }
}

/// Capitalised cue words that are nouns (invented names only).
@Suite struct QuoteNounCueTests {
    @Test func unitedStatesIsNoCue() {
        let quotes = QuoteFixture.quotes(
            "Title\n\nAcme employs 50,000 staff in Europe alone, and has large operations in the Czech Republic, South Africa and the United States.",
            language: .english, companies: ["Acme"])
        #expect(quotes.isEmpty)
        // Lower-case "states" still reports.
        let states = QuoteFixture.quotes(
            "Title\n\nThe plant will close in May, Acme states in its annual report.", language: .english, companies: ["Acme"])
        #expect(states.first?.speaker?.name == "Acme")
    }
}
