import NewsExtraction
import NewsModel
import Testing

/// Rules found on unseen articles: pronoun chains, objects of non-saying verbs, occasions after
/// "told", ", saying …", and agency datelines.
@Suite struct QuoteGeneralisationTests {
    static let john = QuoteFixture.Person(name: "John Carter", role: "chief executive", organization: "Acme")
    static let mary = QuoteFixture.Person(name: "Mary Stone")
    static let paul = QuoteFixture.Person(name: "Paul Kern")
    static let anna = QuoteFixture.Person(name: "Anna Berg")

    static func english(_ body: String) -> [Quote] {
        QuoteFixture.quotes("Title\n\n" + body, language: .english, people: [john, paul], companies: ["Acme"])
    }

    static func german(_ body: String) -> [Quote] {
        QuoteFixture.quotes("Titel\n\n" + body, language: .german, people: [anna, paul], companies: ["Nordwerk"])
    }

    @Test func englishPronounGoesOnWithTheSubjectNotTheObject() {
        let quotes = Self.english(
            "John Carter said the plan failed. He described Paul Kern as careless. \"We lost a year,\" he said.")
        let direct = quotes.first { $0.direct }
        #expect(direct?.speaker?.name == "John Carter")
        // Without a pronoun subject before the object, the person named last speaks.
        let plain = Self.english(
            "John Carter said the plan failed. Paul Kern was careless. \"We lost a year,\" he said.")
        #expect(plain.first { $0.direct }?.speaker?.name == "Paul Kern")
    }

    @Test func germanPronounGoesOnWithTheSubjectNotTheObject() {
        let quotes = Self.german(
            "Anna Berg kam gestern. Sie warf Paul Kern Untätigkeit vor. „Wir haben ein Jahr verloren“, sagte sie.")
        #expect(quotes.first { $0.direct }?.speaker?.name == "Anna Berg")
    }

    @Test func anObjectAfterANonSayingVerbIsNoContent() {
        let quotes = Self.english("John Carter has denied all the charges, saying he was unaware of the fraud.")
        #expect(quotes.count == 1)
        #expect(quotes.first?.text == "he was unaware of the fraud")
        #expect(quotes.first?.speaker?.name == "John Carter")
        // A subject pronoun after the verb still opens a clause.
        let announced = Self.english("John Carter announced on Monday he would close the plant in May.")
        #expect(announced.first?.text == "he would close the plant in May")
    }

    @Test func theOccasionAfterToldIsNoContent() {
        let quotes = Self.english(
            "Acme sees no reason to change its course, chief executive John Carter told Reuters in a telephone interview.")
        #expect(quotes.count == 1)
        #expect(quotes.first?.text == "Acme sees no reason to change its course")
        #expect(quotes.first?.speaker?.name == "John Carter")
        let conference = Self.english("Paul Kern told a news conference.")
        #expect(conference.isEmpty)
    }

    @Test func theAddresseeAfterToldIsNotTheSpeaker() {
        let quotes = Self.english("Sales fell sharply last year, his closest associate has told a New York court.")
        #expect(quotes.allSatisfy { $0.speakerDescription?.contains("New York") != true })
    }

    @Test func aDatelineIsNotPartOfTheContent() {
        let quotes = Self.english("LONDON, March 16 - Acme will sell its plant in Leeds, John Carter said.")
        #expect(quotes.first?.text == "Acme will sell its plant in Leeds")
    }

    @Test func aCapitalisedWordThatIsNoNameSpeaksForNobodyInEnglish() {
        let quotes = Self.english("Speculation of a possible sale has mounted since Acme announced a study in May.")
        #expect(quotes.allSatisfy { $0.speakerDescription?.hasPrefix("Speculation") != true })
        // An unnamed source is still kept, as a description.
        let dealer = Self.english("\"Prices will fall further,\" said a securities dealer at a large bank.")
        #expect(dealer.first?.speakerDescription?.contains("dealer") == true)
    }

    @Test func aConjunctionMayOpenASecondAttribution() {
        let quotes = Self.english(
            "John Carter said the rivals told officials they would honour the pact, but Paul Kern said it would take time.")
        #expect(quotes.count == 2)
        #expect(quotes.last?.speaker?.name == "Paul Kern")
        #expect(quotes.last?.text == "it would take time")
        #expect(quotes.first?.text.contains("Kern") == false)
        let german = Self.german(
            "Anna Berg sagte, das Werk bleibe in Sachsen, aber Paul Kern sagte, das sei noch offen.")
        #expect(german.last?.speaker?.name == "Paul Kern")
        #expect(german.first?.text.contains("Kern") == false)
    }

    @Test func aGermanRoleCompoundIsAnUnnamedSpeaker() {
        let quotes = Self.german(
            "Die Behörde ermittelt seit Monaten gegen Nordwerk, wie eine Behördensprecherin am Montag bestätigte.")
        #expect(quotes.count == 1)
        #expect(quotes.first?.speaker == nil)
        #expect(quotes.first?.role == "Behördensprecherin")
    }

    @Test func aQuoteInsideAReportedStatementHasItsSpeaker() {
        let quotes = QuoteFixture.quotes(
            "Title\n\nAcme, in a letter to Nordwerk, said it believes the sale would be \"highly desirable at this time.\"",
            language: .english, companies: ["Acme", "Nordwerk"])
        #expect(quotes.first { !$0.direct }?.speaker?.name == "Acme")
        let direct = quotes.first { $0.direct }
        #expect(direct?.speaker?.name == "Acme")
        #expect(direct?.text.hasPrefix("highly desirable") == true)
    }

    @Test func aSourceAfterASemicolonSpeaksOnlyForWhatFollows() {
        let quotes = Self.german(
            "Die Veranstalter zählten 2.000 Teilnehmer; nach Angaben von Nordwerk waren es zirka 1.000 Menschen.")
        let source = quotes.first { $0.speaker?.name == "Nordwerk" }
        #expect(source?.text == "waren es zirka 1.000 Menschen")
    }

    @Test func aPronounSkipsAPersonOfTheOtherGender() {
        let english = QuoteFixture.quotes(
            "Title\n\nMary Stone met John Carter on Monday. \"We agreed on nothing,\" she said.",
            language: .english, people: [Self.mary, Self.john], companies: ["Acme"])
        #expect(english.first?.speaker?.name == "Mary Stone")
        let german = Self.german("Anna Berg traf am Montag Paul Kern. „Wir haben uns auf nichts geeinigt“, sagte sie.")
        #expect(german.first?.speaker?.name == "Anna Berg")
        // A role shows the gender too: "Sprecherin".
        let role = QuoteFixture.quotes(
            "Titel\n\nDie Sprecherin Eva Lind traf Paul Kern. „Wir bleiben in Sachsen“, sagte sie.", language: .german,
            people: [QuoteFixture.Person(name: "Eva Lind", role: "Sprecherin"), Self.paul])
        #expect(role.first?.speaker?.name == "Eva Lind")
        // Without a fitting person the last person still speaks.
        let male = Self.german("Anna Berg kam. „Wir bleiben in Sachsen“, sagte er.")
        #expect(male.first?.speaker?.name == "Anna Berg")
    }

    @Test func aLongAddresseeAfterToldEndsAtThat() {
        let quotes = Self.english(
            "John Carter told a few hundred former officials attending the party that he was an unusual choice.")
        #expect(quotes.first?.text == "he was an unusual choice")
        // A "that" after the content's own verb is no complementiser.
        let relative = Self.english("John Carter said the firm had a plan that would save money.")
        #expect(relative.first?.text == "the firm had a plan that would save money")
    }

    @Test func aDefinitePersonNounRefersToThePersonNamedBefore() {
        let quotes = Self.german(
            "Das Werk bleibt, sagte der Arbeitsrechtler Paul Kern am Montag. Es sei nie geprüft worden, so der Arbeitsrechtler.")
        #expect(quotes.count == 2)
        #expect(quotes.last?.speaker?.name == "Paul Kern")
        #expect(quotes.last?.role == "Arbeitsrechtler")
        // An office may be held by someone not named yet: no guess.
        let office = Self.german("Paul Kern kam. Das Werk bleibe in Sachsen, sagte der Bundespräsident.")
        #expect(office.first?.speaker?.name != "Paul Kern")
    }

    @Test func aSpeechVerbAfterLautTakesTheStatement() {
        let quotes = Self.german("Laut Nordwerk sagte Paul Kern, dass zehn Millionen Euro investiert werden sollen.")
        #expect(quotes.count == 1)
        #expect(quotes.first?.speaker?.name == "Paul Kern")
        #expect(quotes.first?.text == "dass zehn Millionen Euro investiert werden sollen")
    }
}
