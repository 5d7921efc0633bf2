import NewsModel
import Testing

/// German subjects: a pronoun after a fronted clause, "er" for a company, the nearest subject of a "zu" infinitive.
@Suite struct DealGermanSubjectTests {
    private func deals(_ text: String, _ companies: [String], people: [String] = []) -> [String] {
        DealFixture.facts("Titel\n\n" + text, .german, companies: companies, people: people).deals.map(\.summary)
    }

    @Test func pronounAfterFrontedClause() {
        let found = deals("Wie der Hersteller Acme am Morgen bekannt gab, wird er den Konkurrenten Brix im kommenden Jahr übernehmen.", ["Acme", "Brix"])
        #expect(found == ["acquisition Acme>Brix from - -"])
    }

    @Test func erStaysAPersonWhenOneIsNamed() {
        let found = deals("Der Investor John Doe sagte, er werde den Konkurrenten Brix übernehmen.", ["Acme", "Brix"], people: ["John Doe"])
        #expect(found == ["acquisition John Doe>Brix from - -"])
    }

    @Test func nearestSubjectOfZuInfinitive() {
        let found = deals(
            "Acme hatte Geld verloren, so dass nun der Konzern Brix sich anschickte, Acme als Marke zu übernehmen.", ["Acme", "Brix"])
        #expect(found.contains("acquisition Brix>Acme from - -"))
    }

    @Test func hyphenatedPairOfNamesIsOneBuyer() {
        #expect(deals("Der Hersteller Acme-Brix kauft die Cole AG.", ["Acme", "Brix", "Cole AG"]) == ["acquisition Acme>Cole AG from - -"])
        let english = DealFixture.facts("Headline\n\nAcme-Brix bought Cole Inc.", .english, companies: ["Acme", "Brix", "Cole Inc"]).deals
        #expect(english.map(\.summary) == ["acquisition Acme>Cole Inc from - -"])
    }

    @Test func hyphenatedThingOfANameIsNoBuyer() {
        #expect(deals("Der Acme-Chef kauft die Cole AG.", ["Acme", "Cole AG"]).allSatisfy { !$0.hasPrefix("acquisition Acme>") })
    }

    @Test func integratedIntoAGroup() {
        #expect(deals("Im Ergebnis wird Brix in den Acme-Konzern integriert.", ["Acme", "Brix"]) == ["acquisition Acme>Brix from - -"])
        #expect(deals("Die Software wird in die Plattform integriert.", ["Acme"]).isEmpty)
    }

    @Test func soldToAPersonInThePassive() {
        #expect(deals("Im Mai wurde bekannt, dass die Sparte Brix an den Investor John Doe verkauft werden soll.", ["Brix"], people: ["John Doe"]) == ["acquisition John Doe>Brix from - -"])
    }
}
