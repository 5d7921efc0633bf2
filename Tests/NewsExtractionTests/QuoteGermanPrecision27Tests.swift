import NewsExtraction
import NewsModel
import Testing

/// German speech verbs whose clause after the comma states nothing of the subject: a verb that
/// ends a subordinate clause, a purpose infinitive, "vorsehen", "wie berichtet", and a clause
/// that a question mark ends. Also a source phrase inside the statement stays in its text.
/// Invented names only.
@Suite struct QuoteGermanPrecision27Tests {
    static let pelz = QuoteFixture.Person(name: "Ronald Pelzmann")

    static func german(_ body: String) -> [Quote] {
        QuoteFixture.quotes("Titel\n\n" + body, language: .german, people: [pelz], companies: ["Veltrona", "Quorbik"])
    }

    @Test func verbEndingASubordinateClauseHasNoContentAfterIt() {
        let announced = Self.german(
            "Als Veltrona im März die Übernahme von Quorbik verkündete, reagierten viele Anleger mit Skepsis.")
        #expect(announced.isEmpty)
        let explained = Self.german(
            "Nachdem Pelzmann den Verkauf erklärt hatte, stiegen die Aktien der Veltrona deutlich.")
        #expect(explained.isEmpty)
        // A "dass" clause after the verb is still what was said.
        let said = Self.german("Als Pelzmann am Montag sagte, dass die Firma verkauft werde, fiel die Aktie.")
        #expect(said.first?.speaker?.name == "Ronald Pelzmann")
        #expect(said.first?.text.hasPrefix("dass die Firma verkauft werde") == true)
    }

    @Test func infinitiveOfTheVerbAttributesNothing() {
        let quotes = Self.german(
            "Pelzmann hat alle Mühe, den Schwenk der Veltrona zu erklären, der Vorstand sieht sich übergangen.")
        #expect(quotes.isEmpty)
    }

    @Test func purposeInfinitiveIsNoContent() {
        let quotes = Self.german(
            "Pelzmann kündigte am Donnerstag die Auflösung des Vorstands an, um den Weg für einen Neuanfang freizumachen.")
        #expect(quotes.isEmpty)
        // "ohne" with a Konjunktiv clause is a statement.
        let without = Self.german("Pelzmann sagte, ohne neue Aufträge werde die Firma schließen müssen.")
        #expect(without.count == 1)
        #expect(without.first?.speaker?.name == "Ronald Pelzmann")
    }

    @Test func provisionOfADocumentIsNoStatement() {
        let quotes = Self.german("Der Plan der Veltrona sieht vor, dass die Firma bis 2030 schuldenfrei ist.")
        #expect(quotes.isEmpty)
    }

    @Test func wieBerichtetNamesNoSpeaker() {
        let quotes = Self.german("Pelzmann hatte, wie berichtet, einen neuen Plan vorgelegt, der nun geprüft wird.")
        #expect(quotes.isEmpty)
    }

    @Test func clauseEndingInAQuestionMarkIsNoStatement() {
        let asked = Self.german("Pelzmann fragte, ob die Firma bis zum Sommer überleben werde?")
        #expect(asked.isEmpty)
        let stated = Self.german("Pelzmann sagte, die Firma werde den Sommer überleben.")
        #expect(stated.count == 1)
    }
}
