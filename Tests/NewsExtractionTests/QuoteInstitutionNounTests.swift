import NewsExtraction
import NewsModel
import Testing

/// German institutions named again by their head noun, the correlative "so …, so …", and the
/// speech cues added in the twelfth session (invented names only).
@Suite struct QuoteInstitutionNounTests {
    static func german(_ body: String, companies: [String], people: [QuoteFixture.Person] = []) -> [Quote] {
        QuoteFixture.quotes("Titel\n\n" + body, language: .german, people: people, companies: companies)
    }

    @Test func headNounNamesTheInstitutionNamedBefore() throws {
        let quotes = Self.german(
            "Das Quellministerium legte Zahlen vor. Nordwerk baut weniger. "
                + "Die Industrie spürt Gegenwind, erklärte das Ministerium.",
            companies: ["Quellministerium", "Nordwerk"])
        let quote = try #require(quotes.first)
        #expect(quote.speaker?.name == "Quellministerium")
        #expect(quote.text == "Die Industrie spürt Gegenwind")
    }

    @Test func headNounOfATwoWordName() throws {
        let quotes = Self.german(
            "Das Quellstädter Handelsgericht urteilte am Montag. Nordwerk muss zahlen. "
                + "Die Klage sei berechtigt, so das Gericht.",
            companies: ["Quellstädter Handelsgericht", "Nordwerk"])
        #expect(try #require(quotes.first).speaker?.name == "Quellstädter Handelsgericht")
    }

    @Test func headNounWithItsOwnAttributeIsSomeoneNew() {
        let quotes = Self.german(
            "Das Quellministerium legte Zahlen vor. "
                + "Die Industrie spürt Gegenwind, erklärte das Ministerium für Verkehr.",
            companies: ["Quellministerium"])
        #expect(quotes.first?.speaker?.name != "Quellministerium")
    }

    @Test func correlativeSoNamesNobody() {
        let quotes = Self.german(
            "Nordwerk wächst. So erfreulich das Wachstum auch ist, so gering ist der Gewinn der Quellgruppe.",
            companies: ["Nordwerk"])
        #expect(quotes.isEmpty)
        // "so" before a name or an article still names the speaker.
        let named = Self.german(
            "Nordwerk wächst. Das Wachstum sei erfreulich, so Paul Kern.", companies: ["Nordwerk"],
            people: [QuoteFixture.Person(name: "Paul Kern")])
        #expect(named.first?.speaker?.name == "Paul Kern")
        #expect(named.first?.text == "Das Wachstum sei erfreulich")
    }

    @Test func narrativeSpeechVerbs() {
        let people = [QuoteFixture.Person(name: "Lena Quast"), QuoteFixture.Person(name: "Otto Brenk")]
        let told = Self.german(
            "Nordwerk baut. Bis dato sind 18 Hektar bebaut, erzählt Lena Quast.", companies: ["Nordwerk"],
            people: people)
        #expect(told.first?.speaker?.name == "Lena Quast")
        #expect(told.first?.text == "Bis dato sind 18 Hektar bebaut")
        let appeal = Self.german(
            "Nordwerk baut. Alle Bürgermeister müssten helfen, appelliert Otto Brenk.", companies: ["Nordwerk"],
            people: people)
        #expect(appeal.first?.speaker?.name == "Otto Brenk")
    }
}

/// Definite compounds of an organisation and a role, and demonstrative findings.
@Suite struct QuoteCompoundRoleTests {
    @Test func definiteCompoundChiefNamesThePersonOfThatCompany() throws {
        let carla = QuoteFixture.Person(name: "Carla Quint", role: "CEO", organization: "Quellwerk")
        let text = "Titel\n\nQuellwerk-Chefin Carla Quint sprach in Wien. Die Zukunft sei offen. "
            + "Ich denke, es ist unsere Schuld, meint die Quellwerk-Chefin."
        let quotes = QuoteFixture.quotes(text, language: .german, people: [carla], companies: ["Quellwerk"])
        let quote = try #require(quotes.first { $0.text.hasPrefix("Ich denke") })
        #expect(quote.speaker?.name == "Carla Quint")
    }

    @Test func definiteCompoundSpokesmanIsNotTheChief() {
        let carla = QuoteFixture.Person(name: "Carla Quint", role: "CEO", organization: "Quellwerk")
        let text = "Titel\n\nQuellwerk-Chefin Carla Quint sprach in Wien. "
            + "Die Zahlen seien gut, sagte der Quellwerk-Sprecher."
        let quotes = QuoteFixture.quotes(text, language: .german, people: [carla], companies: ["Quellwerk"])
        #expect(quotes.allSatisfy { $0.speaker?.name != "Carla Quint" })
    }

    @Test func demonstrativeFindingIsNoSpeech() {
        let text = "Titel\n\nIn Quellland ist die Arbeitslosigkeit hoch. Das zeigt sich auch beim Ranking der Nordwerk-Stiftung."
        let quotes = QuoteFixture.quotes(text, language: .german, companies: ["Nordwerk-Stiftung"])
        #expect(quotes.isEmpty)
    }
}

/// Two statements in one German sentence, each with its own "so X".
@Suite struct QuoteSecondStatementTests {
    @Test func twoSoAttributionsMakeTwoStatements() {
        let paul = QuoteFixture.Person(name: "Paul Kern", role: "Direktor", organization: "Nordhilfe")
        let text = "Titel\n\nPaul Kern leitet die Nordhilfe. Die Sammlung sei unersetzlich, so Kern, doch die große "
            + "Sammlung wäre wohl bei Quellbank zu holen, so der Nordhilfe-Direktor mit einem Seitenhieb auf das Abkommen."
        let quotes = QuoteFixture.quotes(text, language: .german, people: [paul], companies: ["Nordhilfe"])
        #expect(quotes.map(\.text) == [
            "Die Sammlung sei unersetzlich", "doch die große Sammlung wäre wohl bei Quellbank zu holen",
        ])
        #expect(quotes.allSatisfy { $0.speaker?.name == "Paul Kern" })
    }

    @Test func oneSoAttributionWithARestStillJoins() {
        let paul = QuoteFixture.Person(name: "Paul Kern")
        let text = "Titel\n\nDer Einsatz solle sich, so Kern, auf schwere Fälle begrenzen."
        let quotes = QuoteFixture.quotes(text, language: .german, people: [paul])
        #expect(quotes.first?.text == "Der Einsatz solle sich auf schwere Fälle begrenzen")
    }
}

/// A German content clause never opens with a coordinator.
@Suite struct QuoteCoordinatorContentTests {
    @Test func contentAfterACueNeverOpensWithUnd() {
        let lena = QuoteFixture.Person(name: "Lena Quast")
        let text = "Titel\n\nLena Quast sprach in Quellstadt. Derzeit gehe ein Riss durch die Union bedauerte sie, "
            + "und vielen Menschen würden die Entwicklungen Angst bereiten."
        let quotes = QuoteFixture.quotes(text, language: .german, people: [lena])
        #expect(!quotes.contains { $0.text.hasPrefix("und") })
        // A content clause after the comma still counts.
        let plain = QuoteFixture.quotes(
            "Titel\n\nLena Quast sprach in Quellstadt. Sie bedauerte, dass die Union gespalten sei.",
            language: .german, people: [lena])
        #expect(plain.first?.text == "dass die Union gespalten sei")
    }
}
