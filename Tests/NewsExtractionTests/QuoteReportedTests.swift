import NewsExtraction
import NewsModel
import Testing

/// Reported speech: every cue family in German and English.
@Suite struct QuoteReportedTests {
    static let anna = QuoteFixture.Person(name: "Anna Berg", role: "Chefin", organization: "Nordwerk")
    static let john = QuoteFixture.Person(name: "John Carter", role: "chief executive", organization: "Acme")

    static func german(_ body: String) -> [Quote] {
        QuoteFixture.quotes("Titel\n\n" + body, language: .german, people: [anna], companies: ["Nordwerk"])
    }

    static func english(_ body: String) -> [Quote] {
        QuoteFixture.quotes("Title\n\n" + body, language: .english, people: [john], companies: ["Acme"])
    }

    @Test(arguments: [
        ("Anna Berg teilte mit, dass das Werk in Sachsen bleibe.", "dass das Werk in Sachsen bleibe"),
        ("Anna Berg erklärte, dass das Werk in Sachsen bleibe.", "dass das Werk in Sachsen bleibe"),
        ("Anna Berg betonte am Montag, dass das Werk in Sachsen bleibe.", "dass das Werk in Sachsen bleibe"),
        ("Anna Berg kündigte an, dass das Werk in Sachsen bleibe.", "dass das Werk in Sachsen bleibe"),
        ("Anna Berg sagte, das Werk bleibe in Sachsen.", "das Werk bleibe in Sachsen"),
        ("Am Montag sagte Anna Berg, das Werk bleibe in Sachsen.", "das Werk bleibe in Sachsen"),
        ("Anna Berg hatte vor kurzem mitgeteilt, dass das Werk in Sachsen bleibe.", "dass das Werk in Sachsen bleibe"),
        ("Das Werk bleibe in Sachsen, so Berg weiter.", "Das Werk bleibe in Sachsen"),
        ("Das Werk bleibe in Sachsen, sagte Anna Berg.", "Das Werk bleibe in Sachsen"),
        ("Wie Anna Berg mitteilte, bleibt das Werk in Sachsen.", "bleibt das Werk in Sachsen"),
        ("Laut Anna Berg bleibt das Werk in Sachsen.", "bleibt das Werk in Sachsen"),
    ])
    func germanCues(body: String, expected: String) throws {
        let quotes = Self.german(body)
        let quote = try #require(quotes.first)
        #expect(quotes.count == 1)
        #expect(!quote.direct)
        #expect(quote.text == expected)
        #expect(quote.speaker?.name == "Anna Berg")
    }

    @Test(arguments: [
        ("John Carter said the plant would stay in Ohio.", "the plant would stay in Ohio"),
        ("John Carter said that the plant would stay in Ohio.", "the plant would stay in Ohio"),
        ("John Carter said on Tuesday that the plant would stay in Ohio.", "the plant would stay in Ohio"),
        ("John Carter told Reuters the plant would stay in Ohio.", "the plant would stay in Ohio"),
        ("John Carter added that the plant would stay in Ohio.", "the plant would stay in Ohio"),
        ("The plant will stay in Ohio, John Carter said.", "The plant will stay in Ohio"),
        ("The plant will stay in Ohio, said John Carter.", "The plant will stay in Ohio"),
        ("According to John Carter, the plant will stay in Ohio.", "the plant will stay in Ohio"),
        ("The plant will stay in Ohio, according to John Carter.", "The plant will stay in Ohio"),
    ])
    func englishCues(body: String, expected: String) throws {
        let quotes = Self.english(body)
        let quote = try #require(quotes.first)
        #expect(quotes.count == 1)
        #expect(!quote.direct)
        #expect(quote.text == expected)
        #expect(quote.speaker?.name == "John Carter")
    }

    @Test func weakCueWithoutSubjunctiveIsNotReported() {
        #expect(Self.german("Anna Berg glaubt, sie kommt morgen.").isEmpty)
    }

    @Test func cueInsideAQuoteIsNotACue() {
        let quotes = Self.german("„Man sagte mir, dass das Werk bleibe“, sagte Anna Berg.")
        #expect(quotes.count == 1)
        #expect(quotes.first?.direct == true)
    }

    @Test func englishSaidAtTheEndIsNotForward() {
        let quotes = Self.english("John Carter said.")
        #expect(quotes.isEmpty)
    }
}

/// Reported speech whose content is the sentence before ("… . Dies bestätigte X.").
@Suite struct QuoteReportedPreviousSentenceTests {
    @Test func diesBestaetigteTakesThePreviousSentence() throws {
        let quotes = QuoteFixture.quotes(
            "Titel\n\nDas Werk in Sachsen wird im Mai geschlossen. Dies bestätigte Anna Berg am Montag.",
            language: .german, people: [.init(name: "Anna Berg")])
        let quote = try #require(quotes.first)
        #expect(quote.text == "Das Werk in Sachsen wird im Mai geschlossen")
        #expect(quote.speaker?.name == "Anna Berg")
        #expect(!quote.direct)
    }

    @Test func soWithALongApposition() throws {
        let quotes = QuoteFixture.quotes(
            "Titel\n\nDas Werk bleibe in Sachsen, so Anna Berg, die Leiterin der Abteilung für Produktion im Werk.",
            language: .german, people: [.init(name: "Anna Berg")])
        #expect(quotes.first?.speaker?.name == "Anna Berg")
        #expect(quotes.first?.text == "Das Werk bleibe in Sachsen")
    }
}

/// English reported speech that must not be read as an attribution.
@Suite struct QuoteReportedEnglishFalseCueTests {
    static let john = QuoteFixture.Person(name: "John Carter", role: "chief executive", organization: "Acme")

    static func english(_ body: String) -> [Quote] {
        QuoteFixture.quotes("Title\n\n" + body, language: .english, people: [john], companies: ["Acme"])
    }

    @Test func mainClauseAfterACommaIsNoAttribution() {
        let quotes = Self.english("Less than four years after the launch, Acme has announced new investment.")
        #expect(quotes.isEmpty)
    }

    @Test func addresseeBeforeAColonIsNoContent() {
        let quotes = Self.english("John Carter told the Reuters news agency: \"We will fight them in every court.\"")
        #expect(quotes.count == 1)
        #expect(quotes.first?.direct == true)
        #expect(quotes.first?.speaker?.name == "John Carter")
    }

    @Test func finiteVerbAfterSaidMakesItForward() throws {
        let quote = try #require(Self.english("Despite the losses, Acme said it would keep the plant.").first)
        #expect(quote.text == "it would keep the plant")
        #expect(quote.speaker?.name == "Acme")
    }
}

/// Where German reported content and attributions end.
@Suite struct QuoteReportedBoundaryTests {
    static func german(_ body: String) -> [Quote] {
        QuoteFixture.quotes(
            "Titel\n\n" + body, language: .german, people: [QuoteReportedTests.anna], companies: ["Nordwerk"])
    }

    @Test func aSecondVerbOfTheSubjectEndsTheContent() throws {
        let quote = try #require(
            Self.german("Anna Berg räumte ein, es könnten Stellen wegfallen, sprach aber von einem offenen Prozess.").first)
        #expect(quote.text == "es könnten Stellen wegfallen")
        #expect(quote.speaker?.name == "Anna Berg")
    }

    @Test func aNameBetweenCommasIsNoInvertedAttribution() {
        let quotes = Self.german("Die Chefin des Werks, Anna Berg, zeigte sich zufrieden und hofft auf gute Zahlen.")
        #expect(!quotes.contains { $0.text.hasSuffix("Anna Berg") })
    }

    @Test func anObjectAfterTheSourcePhraseIsContent() throws {
        let quote = try #require(
            Self.german("Die Firma plant nach Angaben von Nordwerk den Abbau von 300 Stellen.").first)
        #expect(quote.text == "Die Firma plant den Abbau von 300 Stellen")
        #expect(quote.speaker?.name == "Nordwerk")
    }
}

/// English content starts and quoted fragments.
@Suite struct QuoteEnglishBoundaryTests {
    static func english(_ body: String) -> [Quote] {
        QuoteFixture.quotes("Title\n\n" + body, language: .english, people: [QuoteReportedTests.john], companies: ["Acme"])
    }

    @Test func aLaterThatBelongsToTheContent() throws {
        let quote = try #require(Self.english("Acme says it will ask the bank to repay a loan that it had secured.").first)
        #expect(quote.text == "it will ask the bank to repay a loan that it had secured")
        #expect(quote.speaker?.name == "Acme")
    }

    @Test func theSentenceMayRunOnAfterTheAttribution() throws {
        let quote = try #require(
            Self.english("Tool sales are growing, Acme said, with sales in 2003 up 25% at 61 million.").first)
        #expect(quote.text == "Tool sales are growing")
        #expect(quote.speaker?.name == "Acme")
    }

    @Test func aShortQuotedFragmentInsideASentenceIsNoDirectQuote() {
        let quotes = Self.english("Acme said it could not guarantee \"at this stage\" that an offer would be made.")
        #expect(!quotes.contains { $0.direct })
        #expect(quotes.contains { !$0.direct && $0.speaker?.name == "Acme" })
    }
}
