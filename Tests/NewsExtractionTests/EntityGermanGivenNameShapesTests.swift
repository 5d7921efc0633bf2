import NewsExtraction
import NewsModel
import Testing

/// German given names in two shapes: a capitalised particle before a lower-case one belongs to the surname
/// ("Joris Van der Hoeven"), and a given name that is also a German word is that word after an indefinite or
/// demonstrative determiner before another German word ("eine Art Trost"). Invented names only.
@Suite struct EntityGermanGivenNameShapesTests {
    private func people(_ text: String) -> [String] {
        EntityRecognizerTests.entities(text, language: .german).entities.filter { $0.kind == .person }.map(\.name)
    }

    @Test func aCapitalisedParticleBeforeALowerCaseOneOpensTheSurname() {
        #expect(people("Der Kandidat Joris Van der Hoeven gewann die Wahl in Tarmelen.") == ["Joris Van der Hoeven"])
    }

    @Test func aCapitalisedParticleAloneAfterAGivenNameStaysOutOfAGermanName() {
        // "Van" with no lower-case particle after it is no particle in German text.
        #expect(!people("Der Kandidat Joris Van Hoeven gewann die Wahl.").contains("Joris Van"))
        #expect(people("Der Kandidat Joris Van Hoeven gewann die Wahl.").count <= 1)
    }

    @Test func aGivenNameThatIsAWordIsTheWordAfterAnIndefiniteArticle() {
        #expect(people("Das wird dann vielleicht als eine Art Trost gesehen.").isEmpty)
        #expect(people("Sie bauten eine Art Podest aus Holz.").isEmpty)
    }

    @Test func aGivenNameWhoseLongerFormIsAnotherGivenNameIsNoWord() {
        // The word list holds "Christiane" and "Christianes": forms of a given name, not of a noun.
        #expect(people("Die Folgen seien spürbar, sagte der Delegierte Christian Quellbrand.") == ["Christian Quellbrand"])
        #expect(people("Die Folgen seien spürbar, sagte Christian Quellbrand.") == ["Christian Quellbrand"])
    }

    @Test func aPersonAfterAnIndefiniteArticleStaysAPerson() {
        #expect(people("Was wäre ein David Brenkow ohne seine Tattoos?") == ["David Brenkow"])
    }

    @Test func aPersonAfterADefiniteArticleStaysAPerson() {
        #expect(people("Die Rede des Gerhard Brenkow dauerte eine Stunde.") == ["Gerhard Brenkow"])
    }
}
