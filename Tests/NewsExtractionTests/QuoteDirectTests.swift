import NewsExtraction
import NewsModel
import Testing

/// Direct quotes: each bracket style, split and multi-sentence quotes, scare quotes and titles.
@Suite struct QuoteDirectTests {
    static let anna = QuoteFixture.Person(name: "Anna Berg", role: "Chefin", organization: "Nordwerk")
    static let john = QuoteFixture.Person(name: "John Carter", role: "chief executive", organization: "Acme")

    static func german(_ body: String) -> [Quote] {
        QuoteFixture.quotes("Titel\n\n" + body, language: .german, people: [anna], companies: ["Nordwerk"])
    }

    static func english(_ body: String) -> [Quote] {
        QuoteFixture.quotes("Title\n\n" + body, language: .english, people: [john], companies: ["Acme"])
    }

    @Test(arguments: [
        "„Wir bauen ein neues Werk in Sachsen“, sagte Anna Berg am Montag.",
        "“Wir bauen ein neues Werk in Sachsen”, sagte Anna Berg am Montag.",
        "»Wir bauen ein neues Werk in Sachsen«, sagte Anna Berg am Montag.",
        "«Wir bauen ein neues Werk in Sachsen», sagte Anna Berg am Montag.",
        "\"Wir bauen ein neues Werk in Sachsen\", sagte Anna Berg am Montag.",
        "‚Wir bauen ein neues Werk in Sachsen‘, sagte Anna Berg am Montag.",
    ])
    func germanBracketStyles(body: String) throws {
        let quotes = Self.german(body)
        let quote = try #require(quotes.first)
        #expect(quotes.count == 1)
        #expect(quote.direct)
        #expect(quote.text == "Wir bauen ein neues Werk in Sachsen")
        #expect(quote.speaker?.name == "Anna Berg")
        #expect(quote.role == "Chefin")
        #expect(quote.organization?.name == "Nordwerk")
    }

    @Test(arguments: [
        "\"We will build a new plant in Ohio,\" John Carter said on Monday.",
        "“We will build a new plant in Ohio,” said John Carter.",
        "John Carter said: \"We will build a new plant in Ohio.\"",
        "‘We will build a new plant in Ohio,’ Carter said.",
    ])
    func englishBracketStyles(body: String) throws {
        let quotes = Self.english(body)
        let quote = try #require(quotes.first)
        #expect(quotes.count == 1)
        #expect(quote.direct)
        #expect(quoteWords(quote.text) == quoteWords("We will build a new plant in Ohio"))
        #expect(quote.speaker?.name == "John Carter")
    }

    @Test func speakerBeforeTheColon() throws {
        let quote = try #require(Self.german("Anna Berg sagte der Zeitung: „Das Werk bleibt in Sachsen.“").first)
        #expect(quote.speaker?.name == "Anna Berg")
        #expect(quote.text == "Das Werk bleibt in Sachsen.")
    }

    @Test func splitQuoteBecomesOne() throws {
        let quotes = Self.german("„Das Werk bleibt“, sagte Anna Berg, „und wir stellen weitere Leute ein.“")
        #expect(quotes.count == 1)
        let quote = try #require(quotes.first)
        #expect(quote.text == "Das Werk bleibt und wir stellen weitere Leute ein.")
        #expect(quote.speaker?.name == "Anna Berg")
        let english = Self.english("\"The plant stays,\" John Carter said, \"and we will hire more people.\"")
        #expect(english.count == 1)
        #expect(english.first.map { quoteWords($0.text) } == quoteWords("The plant stays and we will hire more people"))
    }

    @Test func multiSentenceQuote() throws {
        let quote = try #require(
            Self.german("„Das Werk bleibt. Wir stellen weitere Leute ein. Das ist sicher“, sagte Berg.").first)
        #expect(quote.text == "Das Werk bleibt. Wir stellen weitere Leute ein. Das ist sicher")
        #expect(quote.speaker?.name == "Anna Berg")
    }

    @Test func quoteContinuingInTheNextParagraph() throws {
        let quotes = Self.english(
            "\"We will build a new plant in Ohio,\" John Carter said.\n\n\"It will employ five hundred people.\"")
        #expect(quotes.count == 2)
        #expect(quotes.allSatisfy { $0.speaker?.name == "John Carter" })
    }

    @Test func straightMarkAfterSentenceEndOpensTheNextQuote() throws {
        // The paragraph break between the two quotes was lost.
        let quotes = Self.english(
            "John Carter was clear: \"We will build a plant in Ohio. The region needs the jobs. \"Prices will not rise for buyers,\" he said.")
        let texts = quotes.map(\.text)
        #expect(texts.contains { $0.hasPrefix("Prices will not rise for buyers") }, "\(texts)")
        #expect(!texts.contains { $0.contains("jobs") && $0.contains("Prices") }, "\(texts)")
        #expect(quotes.allSatisfy { $0.speaker?.name == "John Carter" })
        // A closing mark after a sentence end still closes.
        let closed = Self.english("John Carter said: \"We will build a plant in Ohio.\" The shares rose.")
        #expect(closed.first.map { quoteWords($0.text) } == quoteWords("We will build a plant in Ohio"))
    }

    @Test func speakerInThePreviousSentenceWithAColon() throws {
        let quotes = Self.german("Anna Berg wurde deutlich:\n\n„Wir werden das Werk nicht schließen.“")
        #expect(quotes.first?.speaker?.name == "Anna Berg")
    }

    @Test(arguments: [
        "Das Unternehmen nennt den Plan „Zukunft“ und investiert.",
        "Die Firma spricht von einer „großen Chance“ für die Region.",
        "Der Film „Das Boot in der Nacht“ lief gestern, sagte Anna Berg.",
        "Er las die Zeitung „Welt am Sonntag“ gestern.",
    ])
    func scareQuotesAndTitlesAreNotQuotes(body: String) {
        #expect(Self.german(body).filter(\.direct).isEmpty)
    }

    @Test func englishScareQuotesAreNotQuotes() {
        #expect(Self.english("Acme called the plan a \"disaster\" and moved on.").filter(\.direct).isEmpty)
        #expect(Self.english("The so-called \"Ohio Plant Growth Plan\" failed, John Carter said.").filter(\.direct).isEmpty)
    }

    @Test func unattributedQuoteIsDropped() {
        #expect(Self.german("Auf dem Plakat stand „Wir bleiben hier und kämpfen weiter“ in großen Buchstaben.").isEmpty)
    }
}
