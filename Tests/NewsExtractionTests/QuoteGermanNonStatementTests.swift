import NewsExtraction
import NewsModel
import Testing

/// German stretches that look like reported content but are none: a relative clause on the object
/// after a comma, and a bare document or value noun after "laut". Also "konterte" as a speech verb.
/// Invented names only.
@Suite struct QuoteGermanNonStatementTests {
    static let pelz = QuoteFixture.Person(name: "Ronald Pelzmann")
    static let dana = QuoteFixture.Person(name: "Dana Ferrick")

    static func german(_ body: String) -> [Quote] {
        QuoteFixture.quotes("Titel\n\n" + body, language: .german, people: [pelz, dana], companies: ["Veltrona"])
    }

    @Test func relativeClauseAfterTheObjectIsNoContent() {
        let testified = Self.german(
            "Am Nachmittag sagte dann der Anwalt Ronald Pelzmann aus, dessen Kanzlei federführend eingebunden war.")
        #expect(testified.isEmpty)
        let criticised = Self.german(
            "Wie Pelzmann kritisierte auch er den Bericht der Kommission, in dem die Firma schlecht wegkommt.")
        #expect(criticised.isEmpty)
    }

    @Test func prepositionBeforeAnArticleStillOpensContent() {
        // "in der neuen Fabrik": an article and an adjective, not a relative clause.
        let quotes = Self.german("Pelzmann sagte, in der neuen Fabrik würden bald 300 Menschen arbeiten.")
        #expect(quotes.count == 1)
        #expect(quotes.first?.speaker?.name == "Ronald Pelzmann")
        #expect(quotes.first?.text.hasPrefix("in der neuen Fabrik") == true)
        let that = Self.german("Pelzmann erzählte, dass die Bank kein Personal gestellt habe.")
        #expect(that.first?.text == "dass die Bank kein Personal gestellt habe")
    }

    @Test func bareDocumentNounAfterLautIsNoSpeaker() {
        #expect(Self.german("Der Anteil liegt laut Buchwert bei 30 Millionen Euro.").isEmpty)
        #expect(Self.german("Die Firma wächst laut Geschäftsplan weiter.").isEmpty)
        // A name after "laut" stays a source.
        let named = Self.german("Der Umsatz sank laut Veltrona im Quartal deutlich.")
        #expect(named.count == 1)
        #expect(named.first?.organization?.name == "Veltrona" || named.first?.speaker?.name == "Veltrona")
    }

    @Test func konterteIsASpeechVerb() {
        let quotes = Self.german("Ferrick konterte, dass man das Recht jedes Landes festschreiben werde.")
        #expect(quotes.count == 1)
        #expect(quotes.first?.speaker?.name == "Dana Ferrick")
        #expect(quotes.first?.text == "dass man das Recht jedes Landes festschreiben werde")
    }
}
